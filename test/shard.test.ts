// `--shard i/n` and `bilint merge-reports`: the merged report of every shard
// is the single run's report, byte for byte, corpus-wide findings included.

import {cpSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {inShard, type ShardReport} from '../src/engine/shard.js'
import type {LintResult} from '../src/engine/types.js'
import {quranTsvRows} from './fixtures/quran.js'
import {copyOfCorpus, enAr, makeProject, runCli} from './helpers/cli.js'

describe('inShard', () => {
  it('deals inputs round-robin, each to exactly one shard', () => {
    const inputs = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    const parts = [1, 2, 3].map((index) => inShard(inputs, {index, count: 3}))
    expect(parts).toEqual([['a', 'd', 'g'], ['b', 'e'], ['c', 'f']])
    expect(inShard(inputs, undefined)).toEqual(inputs)
  })
})

describe('bilint --shard i/3 and merge-reports', () => {
  it('merges to exactly the single-run report, with the duplicate found across shards', async () => {
    const folder = copyOfCorpus()
    // The same UDHR pair twice: duplicate-unit, a corpus-wide rule, must see both copies.
    cpSync(path.join(folder, 'corpus/udhr'), path.join(folder, 'corpus/udhr-copy'), {recursive: true})
    const runs = await Promise.all([
      runCli(['--format', 'json'], folder),
      ...[1, 2, 3].map((index) => runCli(['--shard', `${index}/3`, '--output-file', `shards/shard-${index}.json`], folder))
    ])
    const single = runs[0]
    const shards = [1, 2, 3].map((index) => JSON.parse(readFileSync(path.join(folder, `shards/shard-${index}.json`), 'utf8')) as ShardReport)
    // Each file is linted by one shard only; no shard alone sees the duplicate.
    expect(shards.flatMap((shard) => shard.results.map((result) => result.filePath)).sort()).toEqual((JSON.parse(single.stdout) as LintResult[]).map((result) => result.filePath))
    for (const shard of shards) expect(shard.results.flatMap((result) => result.messages).some((message) => message.ruleId === 'duplicate-unit')).toBe(false)

    const files = [1, 2, 3].map((index) => `shards/shard-${index}.json`)
    const [merged, incomplete] = await Promise.all([
      runCli(['merge-reports', ...files, '--format', 'json'], folder),
      runCli(['merge-reports', files[0], files[2]], folder)
    ])
    expect(merged.code).toBe(single.code)
    expect(merged.stdout).toBe(single.stdout)
    const duplicates = (JSON.parse(merged.stdout) as LintResult[]).flatMap((result) => result.messages).filter((message) => message.ruleId === 'duplicate-unit')
    expect(duplicates.map((message) => message.message)).toContain('Duplicate pair: the same source and target as corpus/udhr-copy/articles-1-6.en.txt line 1; remove one')
    expect(incomplete).toMatchObject({code: 2, stderr: expect.stringContaining('needs shards 1/3 to 3/3 exactly once')})
  })

  it('cuts a large segment file into chunks across shards, and merges to the single run', {timeout: 180_000}, async () => {
    const rows = quranTsvRows(300)
    // A pair repeated far apart (in different chunks, so in different shards), and a bad row.
    rows.push(rows[3], 'no tab here')
    const folder = makeProject({'.lintrc.json': {...enAr, rules: {'duplicate-unit': 'error'}}, 'quran.tsv': rows.join('\n') + '\n'})
    const chunks = {BILINT_CHUNK_BYTES: '16384'}
    const single = await runCli(['--format', 'json', 'quran.tsv'], folder)
    await Promise.all([1, 2, 3].map((index) => runCli(['--shard', `${index}/3`, '--output-file', `shard-${index}.json`, 'quran.tsv'], folder, chunks)))
    const shards = [1, 2, 3].map((index) => JSON.parse(readFileSync(path.join(folder, `shard-${index}.json`), 'utf8')) as ShardReport)
    // Every shard read a part of the one file.
    for (const shard of shards) expect(shard.corpus.map((slice) => slice.input)).toEqual(expect.arrayContaining([expect.stringMatching(/quran\.tsv$/)]))
    const merged = await runCli(['merge-reports', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--format', 'json'], folder)
    expect(merged.stdout).toBe(single.stdout)
    expect(merged.code).toBe(1)
    const messages = (JSON.parse(merged.stdout) as LintResult[])[0].messages
    expect(messages).toEqual(expect.arrayContaining([expect.objectContaining({ruleId: 'duplicate-unit', line: 301}), expect.objectContaining({ruleId: null, line: 302})]))
  })

  it('rejects a shard outside its count', async () => {
    expect(await runCli(['--shard', '4/3'], copyOfCorpus())).toMatchObject({code: 2, stderr: expect.stringContaining('Invalid --shard "4/3"')})
  })

  it('refuses to merge a shard report of an earlier format, whose duplicate-unit states hold SHA-1 prints', async () => {
    const folder = makeProject({'.lintrc.json': enAr, 'old.json': {bilintShard: 1, shard: {index: 1, count: 1}, results: [], corpus: []}})
    expect(await runCli(['merge-reports', 'old.json'], folder)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('old.json is a shard report of another bilint version (format 1; this one reads 2): run the shards again')
    })
  })
})
