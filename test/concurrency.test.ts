// `--concurrency`: worker threads across files and chunks of large segment
// files give the report of the single-threaded run, byte for byte, on a
// corpus of mixed formats, corpus-wide findings and fixes included.

import {cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/engine/types.js'
import {quranPairs, quranTsvRows} from './fixtures/quran.js'
import {udhrPair} from './fixtures/udhr.js'
import {makeProject, repoRoot, runCli} from './helpers/cli.js'

const verses = quranPairs()
const poString = (text: string) => '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"'
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** Real verses in five formats and real documents, with a few defects a user would fix. */
function mixedCorpus(): string {
  const tsv = quranTsvRows(300)
  // A number that disagrees, and a row with a stray column.
  tsv[120] = 'In the year 1445 they came.\tفي عام ١٤٤٦ جاؤوا.'
  tsv[233] += '\tstray'
  const po = verses.slice(300, 450)
  // The pair of TSV row 11: a duplicate only the corpus-wide pass can see.
  po.push(verses[10])
  const {source, target} = udhrPair('eng', 'arb', 10)
  return makeProject({
    '.lintrc.json': {languages: {source: 'en', target: 'ar'}, extends: ['bilint:recommended'], rules: {'duplicate-unit': 'error'}},
    'segments/quran.tsv': tsv.join('\n') + '\n',
    'segments/quran.po': 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n' + po.map((verse) => `msgid ${poString(verse.translation)}\nmsgstr ${poString(verse.text)}\n`).join('\n'),
    'segments/quran.jsonl': verses.slice(450, 600).map((verse) => JSON.stringify({source: verse.translation, target: verse.text})).join('\n') + '\n',
    'segments/quran.tmx':
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="test" creationtoolversion="1" o-tmf="none"/><body>\n' +
      verses
        .slice(600, 680)
        .map((verse) => `<tu><tuv xml:lang="en"><seg>${xml(verse.translation)}</seg></tuv><tuv xml:lang="ar"><seg>${xml(verse.text)}</seg></tuv></tu>`)
        .join('\n') +
      '\n</body></tmx>\n',
    // A zero-width space to fix, in a parallel pair.
    'docs/udhr.en.txt': source.join('\n').replace('human family', 'human\u200B family') + '\n',
    'docs/udhr.ar.txt': target.join('\n') + '\n'
  })
}

/** Every file of a folder (but the cache), by relative path. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) files[path.relative(folder, path.join(entry.parentPath, entry.name))] = readFileSync(path.join(entry.parentPath, entry.name), 'utf8')
  }
  return files
}

// Small chunks, so that the TSV file (about 150 KB) is cut into several.
const smallChunks = {BILINT_CHUNK_BYTES: '16384'}

describe('--concurrency', () => {
  // Three CLI runs of a small corpus each: generous limits for a loaded CI machine.
  it('gives the single-threaded JSON report byte for byte, with 2 and 3 threads and chunked files', {timeout: 180_000}, async () => {
    const folder = mixedCorpus()
    cpSync(path.join(repoRoot, 'corpus/alalam-2020-07-08.txt'), path.join(folder, 'docs/alalam.txt'))
    const args = ['--format', 'json', 'segments', 'docs']
    const [off, two, three] = await Promise.all([
      runCli([...args, '--concurrency', 'off'], folder),
      runCli([...args, '--concurrency', '2'], folder, smallChunks),
      runCli([...args, '--concurrency', '3'], folder, smallChunks)
    ])
    expect(off.stderr).toBe('')
    expect(off.code).toBe(1)
    expect(two).toEqual(off)
    expect(three).toEqual(off)
    const results = JSON.parse(off.stdout) as LintResult[]
    const found = (file: string) => results.find((result) => result.filePath.endsWith(file))!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
    // The PO file comes first in corpus order: the TSV row repeats its pair.
    expect(found('quran.tsv')).toEqual(expect.arrayContaining(['11:1 duplicate-unit', '121:36 number-agreement', '234:134 null']))
    expect(found('udhr.en.txt')).toEqual(['1:121 invisible-characters'])
    expect(found('alalam.txt')).toContain('10:1 paragraph-count')
  })

  it('fixes the same files the same way', {timeout: 180_000}, async () => {
    const [a, b] = [mixedCorpus(), mixedCorpus()]
    const [off, two] = await Promise.all([runCli(['--fix', 'segments', 'docs', '--concurrency', 'off'], a), runCli(['--fix', 'segments', 'docs', '--concurrency', '2'], b, smallChunks)])
    expect(two.code).toBe(off.code)
    expect(readFileSync(path.join(b, 'docs/udhr.en.txt'), 'utf8')).toContain('human family')
    expect(snapshot(b)).toEqual(snapshot(a))
  })

  it('lints on worker threads indeed: a plugin rule that names its thread sees two of them, and none but the main one with off', {timeout: 180_000}, async () => {
    const folder = makeProject({
      '.lintrc.json': {languages: {source: 'en', target: 'ar'}, plugins: ['./probe.js'], rules: {'thread-probe': 'warn'}},
      'quran.tsv': quranTsvRows(300).join('\n') + '\n',
      // Reports each unit's thread: the one rule whose output may differ between runs.
      'probe.js': `import {threadId} from 'node:worker_threads'
import {defineRule} from 'bilint'
export const rules = [defineRule({
  meta: {id: 'thread-probe', description: 'Names the thread', docs: {what: 'x', why: 'x', fix: 'x'}, schema: {type: 'object'}, defaultOptions: {}, messages: {thread: 'thread {{id}}'}, recommended: false},
  examples: {valid: [], invalid: []},
  check(unit, context) { context.report({side: unit.source, span: [0, 0], messageId: 'thread', data: {id: threadId}}) }
})]
`
    })
    mkdirSync(path.join(folder, 'node_modules'))
    symlinkSync(repoRoot, path.join(folder, 'node_modules/bilint'), 'dir')
    const threads = async (concurrency: string) => {
      const run = await runCli(['--format', 'json', '--concurrency', concurrency, 'quran.tsv'], folder, smallChunks)
      expect(run.stderr).toBe('')
      const [result] = JSON.parse(run.stdout) as LintResult[]
      expect(result.messages).toHaveLength(300)
      return new Set(result.messages.map((message) => message.message)).size
    }
    expect(await threads('off')).toBe(1)
    expect(await threads('2')).toBe(2)
  })

  it('gives each file the rules of the overrides it matches, on worker threads as on one', {timeout: 180_000}, async () => {
    // Tasks share one options object per set of matching overrides: files in
    // `new/`, `legacy/` and `legacy/kept/` (which the override ignores) must
    // still each get their own rules.
    const {source, target} = udhrPair('eng', 'arb', 6)
    const files: Record<string, unknown> = {
      '.lintrc.json': {
        languages: {source: 'en', target: 'ar'},
        rules: {'paragraph-count': 'error'},
        overrides: [{files: ['legacy/**'], ignores: ['legacy/kept/**'], rules: {'paragraph-count': 'off'}}]
      }
    }
    // The Arabic lost its last article in every pair.
    for (const name of ['new/a', 'legacy/a', 'new/b', 'legacy/b', 'legacy/kept/c', 'legacy/c']) {
      files[`${name}.en.txt`] = source.join('\n') + '\n'
      files[`${name}.ar.txt`] = target.slice(0, -1).join('\n') + '\n'
    }
    const folder = makeProject(files)
    const args = ['--format', 'json', 'new', 'legacy']
    const [off, two] = await Promise.all([runCli([...args, '--concurrency', 'off'], folder), runCli([...args, '--concurrency', '2'], folder)])
    expect(two).toEqual(off)
    const results = JSON.parse(off.stdout) as LintResult[]
    const ruled = results.filter((result) => result.messages.some((message) => message.ruleId === 'paragraph-count'))
    expect(ruled.map((result) => path.relative(folder, result.filePath)).sort()).toEqual(['legacy/kept/c.en.txt', 'new/a.en.txt', 'new/b.en.txt'])
  })

  it('rejects a count that is not auto, off or a number', async () => {
    expect(await runCli(['--concurrency', 'many'], mixedCorpus())).toMatchObject({code: 2, stderr: expect.stringContaining('Invalid --concurrency "many"')})
  })
})
