// Bad input gets a clear answer, and nothing is lost: encodings, empty files,
// symlink loops, unreadable files, NUL bytes, units over the size limit, deep XML, a
// closed pipe.

import {spawnSync} from 'node:child_process'
import {chmodSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/api.js'
import {type Input, inputPaths} from '../src/corpus/layout.js'
import {readInput} from '../src/corpus/read.js'
import type {LintResult} from '../src/engine/types.js'
import {udhrPair} from './fixtures/udhr.js'
import {makeProject, repoRoot, runCli} from './helpers/cli.js'

const sample = readFileSync(path.join(repoRoot, 'corpus/alalam-2020-07-08.txt'), 'utf8')
const config = {languages: {source: 'en', target: 'ar'}, rules: {'paragraph-count': 'error', 'mixed-script': 'error'}}

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const bytes = Buffer.from('\uFEFF' + text, 'utf16le')
  return endian === 'be' ? bytes.swap16() : bytes
}

describe('encodings', () => {
  for (const endian of ['le', 'be'] as const) {
    it(`reads UTF-16${endian.toUpperCase()} with a BOM, and --fix writes it back in UTF-16${endian.toUpperCase()}`, async () => {
      const folder = makeProject({'.lintrc.json': config})
      const file = path.join(folder, 'doc.txt')
      writeFileSync(file, utf16(sample, endian))
      const {stdout} = await runCli(['--format', 'json'], folder)
      const [result] = JSON.parse(stdout) as LintResult[]
      expect(result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([
        '10:1 paragraph-count',
        '10:1 paragraph-count',
        '17:44 mixed-script'
      ])
      await runCli(['--fix'], folder)
      expect(readFileSync(file)).toEqual(utf16(sample.replace('منذ عام 2011', 'منذ عام ٢٠١١'), endian))
    })
  }
})

describe('empty and odd files', () => {
  it('gives an empty file no message, and an empty version one message', async () => {
    const folder = makeProject({
      '.lintrc.json': config,
      'empty.txt': '',
      'blank.txt': '\n\n  \n',
      'pair.en.txt': 'The agreement was signed on Wednesday.\nIt covers air defence.\n',
      'pair.ar.txt': ''
    })
    const {stdout} = await runCli(['--format', 'json'], folder)
    const results = Object.fromEntries((JSON.parse(stdout) as LintResult[]).map((result) => [path.basename(result.filePath), result.messages]))
    expect(results['empty.txt']).toEqual([])
    expect(results['blank.txt']).toEqual([])
    expect(results['pair.ar.txt'].map((message) => message.message)).toEqual(['The Arabic version is empty, while the English version has 2 paragraphs'])
  })

  it('does not follow a symlink loop under a glob', async () => {
    const folder = makeProject({'.lintrc.json': config, 'corpus/doc.txt': sample})
    symlinkSync(path.join(folder, 'corpus'), path.join(folder, 'corpus/loop'))
    const {code, stdout} = await runCli(['--format', 'json', 'corpus'], folder)
    expect(code).toBe(1)
    expect((JSON.parse(stdout) as LintResult[]).map((result) => path.relative(folder, result.filePath))).toEqual(['corpus/doc.txt'])
  })
})

describe('output', () => {
  it('stops quietly when the reader closes the pipe', () => {
    const folder = makeProject({'.lintrc.json': config, 'doc.txt': sample})
    // `head -c 1` closes the pipe after one byte, while bilint still writes.
    const run = spawnSync('bash', ['-c', `node ${path.join(repoRoot, 'bin/bilint.js')} --format json | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`], {cwd: folder, encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(['0', '1']).toContain(run.stdout.trim())
  })
})

const summary = (result: LintResult) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`)

describe('unreadable files and NUL bytes', () => {
  // Root reads a file whatever its mode, so the chmod test runs only as another user.
  it.skipIf(process.getuid?.() === 0)('reports a file without read permission, and lints the others', async () => {
    const folder = makeProject({'.lintrc.json': config, 'locked.txt': sample, 'c.tsv': 'Hello.\tمرحبا.\n', 'open.txt': sample})
    chmodSync(path.join(folder, 'locked.txt'), 0o000)
    chmodSync(path.join(folder, 'c.tsv'), 0o000)
    const results = Object.fromEntries((await lint({cwd: folder, files: ['.']})).map((result) => [path.basename(result.filePath), summary(result)]))
    expect(results['locked.txt']).toEqual(['1:1 null Cannot read file (EACCES)'])
    expect(results['c.tsv']).toEqual(['1:1 null Cannot read file (EACCES)'])
    expect(results['open.txt'].length).toBeGreaterThan(0)
  })

  it('reports a file removed between discovery and reading, in every layout', async () => {
    const folder = makeProject({})
    const languages = {source: 'en', target: 'ar'}
    const gone = (name: string) => path.join(folder, name)
    const inputs: Input[] = [
      {layout: 'combined', path: gone('doc.txt')},
      {layout: 'parallel', sourcePath: gone('doc.en.txt'), targetPath: gone('doc.ar.txt')},
      {layout: 'moses', sourcePath: gone('c.en'), targetPath: gone('c.ar')},
      ...(['tsv', 'tmx', 'xliff', 'po', 'jsonl'] as const).map((name): Input => ({layout: 'segment', path: gone(`c.${name}`), format: {name}}))
    ]
    for (const input of inputs) {
      const items = []
      for await (const item of readInput(input, languages)) items.push(item)
      expect(items.map((item) => ('problem' in item ? `${path.basename(item.filePath)}: ${item.problem.message}` : 'unit')), input.layout).toEqual(
        input.layout === 'parallel'
          ? ['doc.en.txt: Cannot read file (ENOENT)', 'doc.ar.txt: Cannot read file (ENOENT)']
          : [`${path.basename(inputPaths(input)[0])}: Cannot read file (ENOENT)`]
      )
    }
  })

  it('takes NUL bytes in a segment file for a binary file, at the line and column where they stand', async () => {
    const {source, target} = udhrPair('eng', 'arb', 2)
    const rows = source.map((text, index) => `${text}\t${target[index]}`)
    const before = rows.slice(0, 2).join('\n') + '\n'
    const folder = makeProject({'.lintrc.json': config, 'c.tsv': before + 'x\0y\tz\n' + rows.slice(2).join('\n')})
    const [result] = await lint({cwd: folder, files: ['c.tsv']})
    // The rows before the NUL are linted; the file stops at it.
    expect(summary(result).at(-1)).toBe(`3:2 null Binary file (NUL byte at offset ${Buffer.byteLength(before) + 1}); not a text corpus`)
    expect(result.messages.slice(0, -1).every((message) => message.line < 3)).toBe(true)
  })
})

describe('units over the size limit', () => {
  const english = 'The agreement was signed on Wednesday in Damascus. '
  // 12 MB: over the default limit of 10 MB a side (the 100 MB measurement is in docs/reliability.md).
  const hugeLine = english.repeat(Math.ceil(12e6 / english.length)).slice(0, 12e6)

  it('reports a document whose English version is one 12 MB line, without a stack trace, and exits 1', async () => {
    const folder = makeProject({'.lintrc.json': config, 'doc.txt': `${hugeLine}\n\nوقع الاتفاق يوم الأربعاء في دمشق.\n`})
    const {code, stdout, stderr} = await runCli(['--format', 'json'], folder)
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const [result] = JSON.parse(stdout) as LintResult[]
    expect(summary(result)).toEqual([
      '1:1 null The English version of this document is 12,000,000 bytes, over the limit of 10,000,000 (`maxUnitSize`); the document is not linted'
    ])
  })

  it('stops reading a TMX file at an element longer than 64 MiB, before it takes the memory (#27)', async () => {
    const tu = (en: string, ar: string) => `<tu><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="ar"><seg>${ar}</seg></tuv></tu>`
    const folder = makeProject({
      '.lintrc.json': config,
      'big.tmx': `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/><body>\n${tu('It was signed in 2011.', 'وقع عام ٢٠١١ و 2012.')}\n${tu('word '.repeat(14_000_000), 'كلمة')}\n</body></tmx>\n`
    })
    const [result] = await lint({cwd: folder, files: ['big.tmx']})
    expect(summary(result)).toEqual([expect.stringMatching(/^3:\d+ mixed-script /), '4:5 null An element is longer than 64 MiB; the rest of the file is not read'])
  })

  it('skips a TSV row with a 12 MB field and lints the rows around it', async () => {
    const folder = makeProject({
      '.lintrc.json': config,
      'c.tsv': `Hello.\tمرحبا.\n${hugeLine}\tوقع الاتفاق.\nIt was signed in 2011.\tوقع عام ٢٠١١ و 2012.\n`
    })
    const [result] = await lint({cwd: folder, files: ['c.tsv']})
    expect(summary(result)).toEqual([
      '2:1 null The English version of this segment is 12,000,000 bytes, over the limit of 10,000,000 (`maxUnitSize`); the segment is not linted',
      expect.stringMatching(/^3:\d+ mixed-script /)
    ])
  })

  it('takes the limit from `maxUnitSize`, counting UTF-8 bytes', async () => {
    const {source, target} = udhrPair('eng', 'arb', 3)
    const rows = source.map((text, index) => `${text}\t${target[index]}`)
    const limit = 200
    const folder = makeProject({'.lintrc.json': {...config, maxUnitSize: limit}, 'c.tsv': rows.join('\n') + '\n'})
    const [result] = await lint({cwd: folder, files: ['c.tsv']})
    const expected = rows.flatMap((_, index) => {
      const sizes = [Buffer.byteLength(source[index]), Buffer.byteLength(target[index])]
      const side = sizes.findIndex((size) => size > limit)
      if (side === -1) return []
      const column = side === 0 ? 1 : source[index].length + 2
      const name = side === 0 ? 'English' : 'Arabic'
      return [`${index + 1}:${column} null The ${name} version of this segment is ${sizes[side].toLocaleString('en')} bytes, over the limit of ${limit} (\`maxUnitSize\`); the segment is not linted`]
    })
    // Arabic letters take two bytes: a side can be over the limit in bytes while under it in characters.
    expect(target.some((text) => text.length <= limit && Buffer.byteLength(text) > limit)).toBe(true)
    expect(expected.length).toBeGreaterThan(0)
    expect(summary(result).filter((line) => line.includes('maxUnitSize'))).toEqual(expected)
  })
})

describe('deep XML', () => {
  it('reads a TMX segment nested 50,000 elements deep, and the units after it', async () => {
    const depth = 50_000
    const header = '<header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="test" creationtoolversion="1" o-tmf="none"/>'
    const tu = (en: string, ar: string) => `<tu><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="ar"><seg>${ar}</seg></tuv></tu>`
    const folder = makeProject({
      '.lintrc.json': {...config, rules: {'number-agreement': 'error'}},
      'deep.tmx': `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">${header}<body>\n${tu('<g>'.repeat(depth) + 'Deep' + '</g>'.repeat(depth), 'عميق')}\n${tu('It was signed in 2011.', 'وقع عام ٢٠١٢.')}\n</body></tmx>\n`
    })
    const run = await runCli(['--format', 'json', 'deep.tmx'], folder)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    const [result] = JSON.parse(run.stdout) as LintResult[]
    expect(result.messages.map((message) => `${message.line} ${message.ruleId}`)).toEqual(['4 number-agreement'])
  })
})

describe('a unit with more findings of one rule than are listed', () => {
  const summary = (side: string) => `… and 149,000 more findings of \`quote-balance\` in the ${side} version of this unit (only the first 1,000 are listed)`

  it('lists the first 1,000 findings a side and one message for the rest, in memory, spooled and in --stats', async () => {
    const cwd = makeProject({
      '.lintrc.json': {languages: {source: 'en', target: 'ar'}, files: ['**/*.txt'], rules: {'quote-balance': 'error'}},
      'x.en.txt': 'Open ' + '('.repeat(150_000) + '\n',
      'x.ar.txt': 'افتح ' + '('.repeat(150_000) + '\n'
    })
    for (const env of [{}, {BILINT_MESSAGES_IN_MEMORY: '100'}]) {
      const run = await runCli(['-f', 'json', '-o', 'report.json'], cwd, env)
      expect(run.stderr).toBe('')
      expect(run.code).toBe(1)
      const results = JSON.parse(readFileSync(path.join(cwd, 'report.json'), 'utf8')) as LintResult[]
      expect(results.map((result) => result.messages.length)).toEqual([1001, 1001])
      expect(results[0].messages[0]).toMatchObject({ruleId: 'quote-balance', line: 1, column: 6})
      expect(results[0].messages[999]).toMatchObject({ruleId: 'quote-balance', line: 1, column: 1005})
      expect(results.map((result) => result.messages[1000])).toEqual([
        {ruleId: 'quote-balance', severity: 2, message: summary('Arabic'), line: 1, column: 1006, side: 'target'},
        {ruleId: 'quote-balance', severity: 2, message: summary('English'), line: 1, column: 1006, side: 'source'}
      ])
    }
    const stats = await runCli(['--stats', '-f', 'json', '-o', 'report.json'], cwd)
    expect(stats.stderr).toMatch(/^quote-balance +\| +1 \| +100\.0% \| +2002 \|/m)
  }, 120_000)

  it('fixes the listed findings in each pass of --fix: 3,000 doubled spaces in 3 passes, 15,000 to 5,000 left after 10', async () => {
    const cwd = makeProject({
      '.lintrc.json': {languages: {source: 'en', target: 'ar'}, files: ['**/*.txt'], rules: {whitespace: 'error'}},
      'y.en.txt': 'Words ' + 'a  '.repeat(15_000) + 'end.\n',
      'y.ar.txt': 'كلمات ' + 'ب  '.repeat(3000) + 'نهاية.\n'
    })
    const run = await runCli(['--fix', '-f', 'json'], cwd)
    expect(run.code).toBe(1)
    const results = JSON.parse(run.stdout) as LintResult[]
    expect(results.map((result) => result.messages.length)).toEqual([0, 1001])
    expect(results[1].messages[1000].message).toBe('… and 4,000 more findings of `whitespace` in the English version of this unit (only the first 1,000 are listed)')
    expect(readFileSync(path.join(cwd, 'y.ar.txt'), 'utf8')).toBe('كلمات ' + 'ب '.repeat(3000) + 'نهاية.\n')
    expect(readFileSync(path.join(cwd, 'y.en.txt'), 'utf8')).toBe('Words ' + 'a '.repeat(10_000) + 'a  '.repeat(5000) + 'end.\n')
  }, 120_000)
})

describe('files that are not regular files', () => {
  it('refuses a FIFO, named or matched by a glob, alone or in a pair, and lints the others, without waiting', {timeout: 60_000}, async () => {
    const folder = makeProject({'.lintrc.json': config, 'doc.txt': sample, 'pair.en.txt': 'Hello.\n'})
    for (const name of ['pipe.txt', 'rows.tsv', 'pair.ar.txt']) expect(spawnSync('mkfifo', [path.join(folder, name)]).status).toBe(0)
    const expected = {
      'pair.ar.txt': ['1:1 null Not a regular file (a FIFO): not read'],
      'pair.en.txt': ['1:1 null Partner file `pair.ar.txt` is not a regular file (a FIFO): a parallel pair needs both versions'],
      'pipe.txt': ['1:1 null Not a regular file (a FIFO): not read'],
      'rows.tsv': ['1:1 null Not a regular file (a FIFO): not read']
    }
    const runs = {
      named: ['pipe.txt', 'rows.tsv', 'pair.en.txt', 'doc.txt'],
      globbed: ['*'],
      'by the config': [],
      'with a content cache': ['--cache', '--cache-strategy', 'content']
    }
    for (const [how, args] of Object.entries(runs)) {
      const run = await runCli(['--format', 'json', ...args], folder)
      expect(run.code, `${how}: ${run.stderr}`).toBe(1)
      const results = Object.fromEntries((JSON.parse(run.stdout) as LintResult[]).map((result) => [path.basename(result.filePath), summary(result)]))
      expect(Object.keys(results).sort(), how).toEqual(['doc.txt', ...Object.keys(expected)])
      expect(results, how).toMatchObject(expected)
      expect(results['doc.txt'].length, how).toBeGreaterThan(0)
    }
  })
})

describe('a file that bilint fails on', () => {
  it('reads a JSONL record nested 5,000 deep, and lints the file beside it (#27)', async () => {
    const deep = `{"source":"Hi there.","target":"مرحبا.","x":${'['.repeat(5000)}${']'.repeat(5000)}}\n`
    const cwd = makeProject({
      '.lintrc.json': {languages: {source: 'en', target: 'ar'}, files: ['**/*'], extends: ['bilint:all']},
      'd.jsonl': deep + deep.replace('Hi there.', 'Hi there'),
      'good.jsonl': '{"source":"Good morning","target":"صباح الخير."}\n'
    })
    const run = await runCli(['-f', 'json'], cwd)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    const results = JSON.parse(run.stdout) as LintResult[]
    expect(results.map((result) => [path.basename(result.filePath), result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)])).toEqual([
      ['d.jsonl', ['2:37 terminal-punctuation']],
      ['good.jsonl', ['1:46 terminal-punctuation']]
    ])
  })
})
