// `--cache`: a warm run reads and checks no unchanged input (counted by
// `--stats`: the units the rules checked), reports exactly what a cold run
// reports, corpus-wide findings included; a changed file or config is linted again.

import {appendFileSync, chmodSync, cpSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cacheFile} from '../src/cli/cache.js'
import type {StatsSummary} from '../src/engine/stats.js'
import type {LintResult} from '../src/engine/types.js'
import {quranTsvRows} from './fixtures/quran.js'
import {copyOfCorpus, enAr, makeProject, runCli} from './helpers/cli.js'

interface Report {
  results: LintResult[]
  metadata: {stats: StatsSummary}
}

async function lint(folder: string, extra: string[] = []): Promise<Report> {
  const run = await runCli(['--cache', '--stats', '--format', 'json-with-metadata', ...extra], folder)
  expect({code: run.code, stdout: run.stdout.slice(0, 20)}, run.stderr).toMatchObject({code: 1, stdout: expect.stringMatching(/^\{/)})
  return JSON.parse(run.stdout) as Report
}

describe('bilint --cache', () => {
  it('skips unchanged inputs, keeps corpus-wide findings, and re-lints what a file or config change touches', async () => {
    const folder = copyOfCorpus()
    cpSync(path.join(folder, 'corpus/udhr'), path.join(folder, 'corpus/udhr-copy'), {recursive: true})
    const cold = await lint(folder)
    // Four documents: the news report and three UDHR pairs.
    expect(cold.metadata.stats.totals.units).toBe(4)
    const warm = await lint(folder)
    expect(warm.metadata.stats.totals.units).toBe(0)
    expect(warm.results).toEqual(cold.results)
    // duplicate-unit compares documents: the copy is still found from the cached states.
    expect(warm.results.flatMap((result) => result.messages).filter((message) => message.ruleId === 'duplicate-unit').length).toBeGreaterThan(0)

    appendFileSync(path.join(folder, 'corpus/udhr-ru/articles-1-6.ru.txt'), '\n')
    expect((await lint(folder)).metadata.stats.totals.units).toBe(1)
    expect((await lint(folder, ['--rule', 'paragraph-count:warn'])).metadata.stats.totals.units).toBe(4)
  })

  it('caches each chunk of a large file linted on worker threads, and lints them again when the file changes', {timeout: 180_000}, async () => {
    const folder = makeProject({'.lintrc.json': enAr, 'quran.tsv': quranTsvRows(300).join('\n') + '\n'})
    const run = async () => {
      const result = await runCli(['--cache', '--stats', '--concurrency', '2', '--format', 'json-with-metadata', 'quran.tsv'], folder, {BILINT_CHUNK_BYTES: '16384'})
      return JSON.parse(result.stdout) as Report
    }
    const cold = await run()
    expect(cold.metadata.stats.totals.units).toBe(300)
    const warm = await run()
    expect(warm.metadata.stats.totals.units).toBe(0)
    expect(warm.results).toEqual(cold.results)
    // The file changed: every chunk's key changes with it (the key signs the whole file).
    appendFileSync(path.join(folder, 'quran.tsv'), 'One more.\tواحدة أخرى.\n')
    expect((await run()).metadata.stats.totals.units).toBe(301)
  })

  it('reads a cache file of an earlier format as empty: its duplicate-unit states hold SHA-1 prints', async () => {
    const folder = copyOfCorpus()
    const cold = await lint(folder)
    const file = cacheFile(undefined, folder)
    const written = JSON.parse(readFileSync(file, 'utf8')) as {bilintCache: number; entries: Record<string, {messages: unknown[]}>}
    expect(written.bilintCache).toBe(2)
    // The same entries under format 1, without their messages: read, they would lose every finding.
    for (const entry of Object.values(written.entries)) entry.messages = []
    writeFileSync(file, JSON.stringify({...written, bilintCache: 1}))
    const again = await lint(folder)
    expect(again.metadata.stats.totals.units).toBe(cold.metadata.stats.totals.units)
    expect(again.results).toEqual(cold.results)
    expect((JSON.parse(readFileSync(file, 'utf8')) as {bilintCache: number}).bilintCache).toBe(2)
  })

  it('puts the cache in a folder given to --cache-location', () => {
    expect(cacheFile(undefined, '/p')).toBe(path.resolve('/p/.bilintcache'))
    expect(cacheFile('tmp/', '/p')).toBe(path.resolve('/p/tmp/.bilintcache'))
    expect(cacheFile('ci/lint-cache.json', '/p')).toBe(path.resolve('/p/ci/lint-cache.json'))
  })

  it('says in one line, exit 2, that it cannot write a cache under a file or in a read-only folder, before linting', async () => {
    const folder = makeProject({'.lintrc.json': enAr, 'doc.txt': 'Hello.\n\nمرحبا.\n', 'locked/keep.txt': ''})
    chmodSync(path.join(folder, 'locked'), 0o555)
    try {
      const underFile = await runCli(['--cache', '--cache-location', 'doc.txt/cache'], folder)
      expect(underFile).toEqual({code: 2, stdout: '', stderr: 'bilint: Cannot write the cache to `doc.txt/cache`: `doc.txt` is a file, not a folder\n'})
      const readOnly = await runCli(['--cache', '--cache-location', 'locked/'], folder)
      expect(readOnly).toEqual({code: 2, stdout: '', stderr: 'bilint: Cannot write the cache to `locked/`: the folder `locked` is read-only\n'})
    } finally {
      chmodSync(path.join(folder, 'locked'), 0o755)
    }
  })
})
