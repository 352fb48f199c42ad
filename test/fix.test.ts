// --fix loses nothing: property tests over real bilingual text with injected
// fixable defects, dry runs, read-only files, and a process killed mid-run.

import {spawn, spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {loadConfig} from '../src/config/load.js'
import {lintCorpus, writeFixes} from '../src/lint.js'
import {makeProject, repoRoot, runCli} from './helpers/cli.js'
import {udhrPair} from './fixtures/udhr.js'

const {source, target} = udhrPair('eng', 'arb', 8)
const english = source.slice(1)
const arabic = target.slice(1)
const config = {languages: {source: 'en', target: 'ar'}, rules: {'mixed-script': 'error', 'invisible-characters': 'error'}}

/** Defects whose safe fix is certain, each an edit of one character of a clean text. */
const defects = [
  // A Cyrillic а in an English word (mixed-script restores the Latin a).
  {side: 'source', find: /(?<=\p{sc=Latn})a(?=\p{sc=Latn})/gu, replace: 'а'},
  // A zero-width space inside an Arabic word (invisible-characters removes it).
  {side: 'target', find: /(?<=\p{sc=Arab})(?=\p{sc=Arab})/gu, replace: '\u200B'},
  // A Persian keheh for the Arabic kaf (mixed-script restores ك).
  {side: 'target', find: /ك/gu, replace: 'ک'}
] as const

function inject(text: string, defect: (typeof defects)[number], choice: number): string {
  const matches = [...text.matchAll(defect.find)]
  if (matches.length === 0) return text
  const at = matches[choice % matches.length].index!
  const length = defect.find.source.includes('(?=') && defect.replace === '\u200B' ? 0 : 1
  return text.slice(0, at) + defect.replace + text.slice(at + length)
}

function document(englishParagraphs: string[], arabicParagraphs: string[], eol: string, bom: boolean): string {
  return (bom ? '\uFEFF' : '') + [...englishParagraphs, ...arabicParagraphs].join(eol) + eol
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

async function fixFolder(folder: string) {
  const loaded = await loadConfig({cwd: folder, lookup: true, coreRules: rules})
  const report = await lintCorpus({cwd: folder, patterns: [], config: loaded, fix: true})
  expect(await writeFixes(report)).toEqual([])
  return report
}

describe('--fix', () => {
  it('turns injected defects back into the clean text, and a second run changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({defect: fc.nat(defects.length - 1), paragraph: fc.nat(english.length - 1), choice: fc.nat(500)}), {minLength: 1, maxLength: 6}),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        async (injections, eol, bom) => {
          const dirtyEnglish = [...english]
          const dirtyArabic = [...arabic]
          for (const {defect, paragraph, choice} of injections) {
            const chosen = defects[defect]
            const paragraphs = chosen.side === 'source' ? dirtyEnglish : dirtyArabic
            paragraphs[paragraph] = inject(paragraphs[paragraph], chosen, choice)
          }
          const clean = document(english, arabic, eol, bom)
          const folder = makeProject({'.lintrc.json': config, 'doc.txt': document(dirtyEnglish, dirtyArabic, eol, bom)})
          const file = path.join(folder, 'doc.txt')
          await fixFolder(folder)
          expect(readFileSync(file, 'utf8')).toBe(clean)
          const before = sha(file)
          const second = await fixFolder(folder)
          expect(second.fixed.size).toBe(0)
          expect(sha(file)).toBe(before)
        }
      ),
      {numRuns: 20}
    )
  })

  it('changes only the fixed characters: every other byte stays, file mode too', async () => {
    const withKaf = arabic.findIndex((paragraph) => paragraph.includes('ك'))
    const dirty = document(english, arabic.map((paragraph, index) => (index === withKaf ? paragraph.replace('ك', 'ک') : paragraph)), '\r\n', true)
    const folder = makeProject({'.lintrc.json': config, 'doc.txt': dirty})
    const file = path.join(folder, 'doc.txt')
    chmodSync(file, 0o640)
    await fixFolder(folder)
    const before = Buffer.from(dirty)
    const after = readFileSync(file)
    // ک (2 bytes in UTF-8) became ك (2 bytes): the same length, one character apart.
    expect(after.length).toBe(before.length)
    const differing = [...after].flatMap((byte, index) => (byte === before[index] ? [] : [index]))
    expect(differing.length).toBeGreaterThan(0)
    expect(differing.at(-1)! - differing[0]).toBeLessThan(2)
    expect(statSync(file).mode & 0o777).toBe(0o640)
  })

  it('reports a read-only file instead of writing it', async () => {
    const folder = makeProject({'.lintrc.json': config, 'doc.txt': document(english, arabic.map((paragraph) => paragraph.replace('ك', 'ک')), '\n', false)})
    const file = path.join(folder, 'doc.txt')
    chmodSync(file, 0o444)
    const before = sha(file)
    const {code, stdout} = await runCli(['--fix', '--format', 'json'], folder)
    expect(code).toBe(1)
    const [result] = JSON.parse(stdout)
    expect(result.messages[0]).toMatchObject({ruleId: null, fatal: true, message: 'File is read-only: fixes not written'})
    expect(sha(file)).toBe(before)
  })
})

describe('a full disk', () => {
  // A small tmpfs stands for a full disk; mounting needs root, as CI and this workplace run.
  const mountPoint = mkdtempSync(path.join(tmpdir(), 'bilint-full-'))
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=160k', 'tmpfs', mountPoint]).status === 0

  it.skipIf(!mounted)('keeps the original when the fixed file cannot be written', async () => {
    try {
      const withKaf = arabic.findIndex((paragraph) => paragraph.includes('ك'))
      let dirty = document(english, arabic.map((paragraph, index) => (index === withKaf ? paragraph.replace('ك', 'ک') : paragraph)), '\n', false)
      // About 100 KB: the original and its temporary copy do not both fit in 160 KB.
      while (Buffer.byteLength(dirty) < 100_000) dirty += '\n' + arabic.join('\n')
      writeFileSync(path.join(mountPoint, '.lintrc.json'), JSON.stringify(config))
      writeFileSync(path.join(mountPoint, 'doc.txt'), dirty)
      const before = sha(path.join(mountPoint, 'doc.txt'))
      const {code, stdout} = await runCli(['--fix', '--format', 'json'], mountPoint)
      expect(code).toBe(1)
      expect(JSON.parse(stdout)[0].messages[0]).toMatchObject({ruleId: null, fatal: true, message: 'Cannot write fixes (ENOSPC)'})
      expect(sha(path.join(mountPoint, 'doc.txt'))).toBe(before)
      expect(readdirSync(mountPoint).sort()).toEqual(['.lintrc.json', 'doc.txt'])
    } finally {
      spawnSync('umount', [mountPoint])
    }
  })
})

describe('--fix-dry-run', () => {
  it('writes nothing and prints a unified diff; with json, ESLint\'s output field', async () => {
    const withKaf = arabic.findIndex((paragraph) => paragraph.includes('ك'))
    const dirty = document(english, arabic.map((paragraph, index) => (index === withKaf ? paragraph.replace('ك', 'ک') : paragraph)), '\n', false)
    const folder = makeProject({'.lintrc.json': config, 'doc.txt': dirty})
    const file = path.join(folder, 'doc.txt')
    const before = sha(file)
    const {stdout} = await runCli(['--fix-dry-run'], folder)
    expect(sha(file)).toBe(before)
    expect(stdout).toContain('--- a/doc.txt\n+++ b/doc.txt\n')
    const removed = stdout.split('\n').filter((line) => line.startsWith('-') && !line.startsWith('---'))
    const added = stdout.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++'))
    expect(removed).toHaveLength(1)
    expect(added).toEqual([removed[0].replace('-', '+').replace('ک', 'ك')])
    const json = await runCli(['--fix-dry-run', '--format', 'json'], folder)
    expect(sha(file)).toBe(before)
    expect(JSON.parse(json.stdout)[0].output).toBe(dirty.replace('ک', 'ك'))
  })

  it('rejects --fix together with --fix-dry-run', async () => {
    const folder = makeProject({'.lintrc.json': config, 'doc.txt': document(english, arabic, '\n', false)})
    const {code, stderr} = await runCli(['--fix', '--fix-dry-run'], folder)
    expect(code).toBe(2)
    expect(stderr).toContain('--fix and --fix-dry-run cannot be used together')
  })
})

describe('--fix on segment files', () => {
  it('writes the fix through the format: a TSV cell and a PO string', async () => {
    const folder = makeProject({
      '.lintrc.json': config,
      'pairs.tsv': 'The year 2020 was hard.\tكانت سنة ٢٠٢٠ صعبة\u200Bجدا.\n',
      'pairs.po': 'msgid "The \\"year\\" 2020."\nmsgstr "سنة \\"٢٠٢٠\\" صع\u200Bبة."\n'
    })
    await runCli(['--fix'], folder)
    expect(readFileSync(path.join(folder, 'pairs.tsv'), 'utf8')).toBe('The year 2020 was hard.\tكانت سنة ٢٠٢٠ صعبةجدا.\n')
    expect(readFileSync(path.join(folder, 'pairs.po'), 'utf8')).toBe('msgid "The \\"year\\" 2020."\nmsgstr "سنة \\"٢٠٢٠\\" صعبة."\n')
  })
})

describe('unsafe fixes', () => {
  it('travel as suggestions, and --unsafe-fixes applies them', async () => {
    const folder = makeProject({
      '.lintrc.json': {languages: {source: 'en', target: 'ar'}, rules: {'name-consistency': 'error'}},
      'doc.txt': readFileSync(path.join(repoRoot, 'corpus/alalam-2020-07-08.txt'), 'utf8')
    })
    const file = path.join(folder, 'doc.txt')
    const safe = await runCli(['--fix', '--format', 'json'], folder)
    const typo = JSON.parse(safe.stdout)[0].messages.find((message: {line: number}) => message.line === 16)
    expect(typo.fix).toBeUndefined()
    expect(typo.suggestions[0].fix.text).toBe('أيوب')
    expect(readFileSync(file, 'utf8')).toContain('علي ابوب')
    await runCli(['--fix', '--unsafe-fixes'], folder)
    expect(readFileSync(file, 'utf8')).toContain('علي أيوب')
  })
})

describe('a killed --fix run', () => {
  for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
    it(`leaves every file entirely old or entirely new (${signal})`, async () => {
      const files: Record<string, string> = {'.lintrc.json': config}
      const dirty = document(english, arabic.map((paragraph) => paragraph.replaceAll('ك', 'ک')), '\n', false)
      const clean = document(english, arabic, '\n', false)
      for (let index = 0; index < 300; index++) files[`docs/doc-${index}.txt`] = dirty
      const folder = makeProject(files)
      const docs = path.join(folder, 'docs')
      const first = path.join(docs, 'doc-0.txt')
      const child = spawn(process.execPath, [path.join(repoRoot, 'bin/bilint.js'), '--fix'], {cwd: folder, stdio: 'ignore'})
      // Kill the process as soon as it has written its first file: in the middle of writing.
      while (readFileSync(first, 'utf8') === dirty) await new Promise((resolve) => setTimeout(resolve, 2))
      child.kill(signal)
      await new Promise((resolve) => child.on('exit', resolve))
      const texts = readdirSync(docs)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(path.join(docs, name), 'utf8'))
      expect(texts).toHaveLength(300)
      for (const text of texts) expect(text === dirty || text === clean).toBe(true)
      // The kill came before the last write: some files are still old.
      expect(texts.filter((text) => text === dirty).length).toBeGreaterThan(0)
      // Terminated, the process removes its temporary files before it dies (src/corpus/write.ts).
      if (signal === 'SIGTERM') expect(readdirSync(docs).filter((name) => !name.endsWith('.txt'))).toEqual([])
      // A run to the end fixes the rest.
      await runCli(['--fix'], folder)
      for (const name of readdirSync(path.join(folder, 'docs'))) if (name.endsWith('.txt')) expect(readFileSync(path.join(folder, 'docs', name), 'utf8')).toBe(clean)
    })
  }
})
