// `bilint --init` as a newcomer runs it: a folder holding a few bilingual
// files (real UDHR text) and bilint installed in node_modules; `--init`
// then `bilint` must work without editing anything.

import {cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {runInit} from '../src/cli/init.js'
import {main} from '../src/cli/main.js'
import type {LintResult} from '../src/engine/types.js'
import {udhrPair} from './fixtures/udhr.js'
import {makeProject, repoRoot, runCli} from './helpers/cli.js'

const enAr = udhrPair('eng', 'arb', 3)
const enFr = udhrPair('eng', 'fra', 3)
const frEn = udhrPair('fra', 'eng', 6)
const enRu = udhrPair('eng', 'rus', 3)

// gettext's plural rules of the catalogs' languages, as their headers give them.
const pluralForms: Record<string, string> = {
  ar: 'nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;',
  ru: 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
  en: 'nplurals=2; plural=(n != 1);'
}

type Pairs = {source: string[]; target: string[]}

/** A PO catalog translating `pairs.source` into `lang`, its header as gettext writes it. */
function po(lang: string, pairs: Pairs): string {
  const header = ['msgid ""', 'msgstr ""', `"Language: ${lang}\\n"`, '"Content-Type: text/plain; charset=UTF-8\\n"', `"Plural-Forms: ${pluralForms[lang]}\\n"`]
  const entries = pairs.source.map((msgid, index) => `msgid ${JSON.stringify(msgid)}\nmsgstr ${JSON.stringify(pairs.target[index])}`)
  return [header.join('\n'), ...entries].join('\n\n') + '\n'
}

function xml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/** `--init` then `bilint --format json` in `folder`: what each printed, the config written and the files linted. */
async function initThenLint(folder: string) {
  const init = await runCli(['--init'], folder)
  expect(init.stderr).toBe('')
  expect(init.code).toBe(0)
  const config = JSON.parse(readFileSync(path.join(folder, '.lintrc.json'), 'utf8'))
  const lint = await runCli(['--format', 'json'], folder)
  expect(lint.stderr).toBe('')
  expect([0, 1]).toContain(lint.code)
  const results = JSON.parse(lint.stdout) as LintResult[]
  // A file read with the wrong languages or format gets a fatal message (no `<tuv>` in the language, no such field).
  expect(results.flatMap((result) => result.messages.filter((message) => message.fatal))).toEqual([])
  return {init, config, linted: results.map((result) => path.relative(folder, result.filePath)).sort()}
}

/** A project as a user has it: bilingual files, a note in one language, bilint installed. */
function newcomerProject(): string {
  const folder = makeProject({
    'news/udhr-1-3.txt': [...enAr.source, ...enAr.target].join('\n') + '\n',
    'news/notes.txt': enAr.source.slice(0, 2).join('\n') + '\n',
    'legal/charter.en.txt': enFr.source.join('\n') + '\n',
    'legal/charter.fr.txt': enFr.target.join('\n') + '\n',
    'legal/udhr-1-6.txt': [...frEn.source, '---', ...frEn.target].join('\n') + '\n',
    'README.md': '# Our corpus\n\nThe declaration in three languages.\n'
  })
  mkdirSync(path.join(folder, 'node_modules'))
  symlinkSync(repoRoot, path.join(folder, 'node_modules/bilint'), 'dir')
  return folder
}

/** The CLI in this process (quicker than the binary), for what the binary test does not cover. */
async function inProcess(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const stdin = Object.assign(new PassThrough(), {isTTY: false})
  const code = await main(argv, {cwd, stdin, stdout: {write: (text: string) => (stdout += text)}, stderr: {write: (text: string) => (stderr += text)}} as never)
  return {code, stdout, stderr}
}

describe('bilint --init', () => {
  it('detects the layouts and languages, writes .lintrc.json, and `bilint` then runs on it', async () => {
    const folder = newcomerProject()
    const init = await runCli(['--init'], folder)
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    // Scripts split the combined Arabic file; franc tells French from English around `---`.
    expect(init.stdout).toContain(`news/udhr-1-3.txt: both versions in one file: English (en), Latn, lines 1–${enAr.source.length}; Arabic (ar), Arab`)
    expect(init.stdout).toContain('legal/udhr-1-6.txt: both versions in one file: French (fr), Latn')
    expect(init.stdout).toContain('legal/charter.en.txt + charter.fr.txt: a parallel pair, English (en) and French (fr)')
    expect(init.stdout).toContain('news/notes.txt: not a bilingual document')

    const config = JSON.parse(readFileSync(path.join(folder, '.lintrc.json'), 'utf8'))
    expect(config).toEqual({
      $schema: './node_modules/bilint/schema/lintrc.json',
      // The pair most files have; the combined file puts French first.
      languages: {source: 'fr', target: 'en'},
      files: ['legal/**/*.txt', 'news/**/*.txt'],
      ignores: ['news/notes.txt'],
      extends: ['bilint:recommended'],
      overrides: [{files: ['news/udhr-1-3.txt'], languages: {source: 'en', target: 'ar'}}]
    })

    const lint = await runCli(['--format', 'json'], folder)
    expect(lint.stderr).toBe('')
    expect([0, 1]).toContain(lint.code)
    const results = JSON.parse(lint.stdout) as LintResult[]
    expect(results.map((result) => path.relative(folder, result.filePath)).sort()).toEqual([
      'legal/charter.en.txt',
      'legal/charter.fr.txt',
      'legal/udhr-1-6.txt',
      'news/udhr-1-3.txt'
    ])
    expect(results.flatMap((result) => result.messages.filter((message) => message.fatal))).toEqual([])

    // A second --init leaves the config alone.
    const written = readFileSync(path.join(folder, '.lintrc.json'), 'utf8')
    const again = await inProcess(['--init'], folder)
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('.lintrc.json already exists here')
    expect(readFileSync(path.join(folder, '.lintrc.json'), 'utf8')).toBe(written)
  })

  it('says so when nothing is bilingual, and writes nothing', async () => {

    const monolingual = makeProject({'notes.txt': enAr.source.join('\n')})
    const nothing = await inProcess(['--init'], monolingual)
    expect(nothing.code).toBe(2)
    expect(nothing.stderr).toContain('found no bilingual document here')
    expect(existsSync(path.join(monolingual, '.lintrc.json'))).toBe(false)
  })

  it('asks for the languages only when a person is at the terminal', async () => {
    const folder = makeProject({'udhr.txt': [...enAr.source, ...enAr.target].join('\n')})
    const stdin = Object.assign(new PassThrough(), {isTTY: true})
    const stdout = new PassThrough()
    let shown = ''
    // Answer each question when it is asked, as a person would.
    const answers: Record<string, string> = {'Source language': 'ar', 'Target language': 'en'}
    stdout.on('data', (chunk: Buffer) => {
      shown += chunk
      for (const [question, answer] of Object.entries(answers)) if (String(chunk).includes(question)) stdin.write(answer + '\n')
    })
    const code = await runInit({cwd: folder, stdin, stdout, stderr: {write: () => true}})
    expect(code).toBe(0)
    expect(shown).toContain('Source language [en]: ')
    expect(shown).toContain('Target language [ar]: ')
    expect(JSON.parse(readFileSync(path.join(folder, '.lintrc.json'), 'utf8')).languages).toEqual({source: 'ar', target: 'en'})
  })

  it('finds PO catalogs by their Language header, one target language at the top and an override per other', async () => {
    const folder = makeProject({
      'locale/ar/LC_MESSAGES/django.po': po('ar', enAr),
      'locale/ar/LC_MESSAGES/djangojs.po': po('ar', udhrPair('eng', 'arb', 1)),
      'locale/ru/LC_MESSAGES/django.po': po('ru', enRu),
      // The catalog of the msgids' own language translates nothing.
      'locale/en/LC_MESSAGES/django.po': po('en', {source: enAr.source, target: enAr.source})
    })
    const {init, config, linted} = await initThenLint(folder)
    expect(init.stdout).toContain('Looked at 4 segment files:\n  3 PO catalogs: en → ar (2), en → ru (1)\n')
    expect(init.stdout).toContain('locale/en/LC_MESSAGES/django.po: not a bilingual PO catalog (source and target both in en), left out')
    expect(init.stdout).toContain('Languages: English (en) → Arabic (ar); English (en) → Russian (ru) for locale/ru/**')
    expect(config).toEqual({
      languages: {source: 'en', target: 'ar'},
      files: ['locale/**/*.po'],
      ignores: ['locale/en/LC_MESSAGES/django.po'],
      extends: ['bilint:recommended'],
      overrides: [{files: ['locale/ru/**'], languages: {source: 'en', target: 'ru'}}]
    })
    expect(linted).toEqual(['locale/ar/LC_MESSAGES/django.po', 'locale/ar/LC_MESSAGES/djangojs.po', 'locale/ru/LC_MESSAGES/django.po'])
  })

  it("reads Django's own catalogs, and a source language other than English from X-Source-Language", async () => {
    const folder = makeProject({})
    for (const lang of ['ar', 'ru']) cpSync(path.join(repoRoot, 'test/fixtures/django', lang), path.join(folder, lang), {recursive: true})
    const {init, config, linted} = await initThenLint(folder)
    expect(init.stdout).toContain('26 PO catalogs: en → ar (13), en → ru (13)')
    expect(config.files).toEqual(['ar/**/*.po', 'ru/**/*.po'])
    expect(config.overrides).toEqual([{files: ['ru/**'], languages: {source: 'en', target: 'ru'}}])
    expect(linted).toHaveLength(26)

    const fromRussian = makeProject({'ru-ar.po': po('ar', {source: enRu.target, target: enAr.target}).replace('"Language: ar', '"X-Source-Language: ru_RU\\n"\n"Language: ar')})
    expect((await initThenLint(fromRussian)).config.languages).toEqual({source: 'ru-RU', target: 'ar'})
  })

  it('finds XLIFF 1.2 and 2.0 files by the languages their elements name', async () => {
    const units = (open: (index: number) => string, close: string) => enAr.source.map((source, index) => `${open(index)}<source>${xml(source)}</source><target>${xml(enAr.target[index])}</target>${close}`).join('\n')
    const folder = makeProject({
      'app.xlf': `<?xml version="1.0"?>\n<xliff version="1.2"><file original="app" source-language="en" target-language="ar" datatype="plaintext"><body>\n${units((index) => `<trans-unit id="${index}">`, '</trans-unit>')}\n</body></file></xliff>\n`,
      'site.xliff': `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar"><file id="f">\n${units((index) => `<unit id="${index}"><segment>`, '</segment></unit>')}\n</file></xliff>\n`
    })
    const {init, config, linted} = await initThenLint(folder)
    expect(init.stdout).toContain('  2 XLIFF files: en → ar (2)\n')
    expect(config).toEqual({languages: {source: 'en', target: 'ar'}, files: ['*.xlf', '*.xliff'], extends: ['bilint:recommended']})
    expect(linted).toEqual(['app.xlf', 'site.xliff'])
  })

  it("finds a TMX's languages in its header and first <tuv>s, and leaves out a memory of one language", async () => {
    const tus = (pairs: Pairs, target: string) => pairs.source.map((source, index) => `<tu><tuv xml:lang="en"><seg>${xml(source)}</seg></tuv><tuv xml:lang="${target}"><seg>${xml(pairs.target[index])}</seg></tuv></tu>`)
    const tmx = (body: string[]) => `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>\n${body.join('\n')}\n</body></tmx>\n`
    const folder = makeProject({
      'tm/memory.tmx': tmx(tus(enAr, 'ar')),
      'tm/english.tmx': tmx(enAr.source.map((source) => `<tu><tuv xml:lang="en"><seg>${xml(source)}</seg></tuv></tu>`))
    })
    const {init, config, linted} = await initThenLint(folder)
    expect(init.stdout).toContain('  1 TMX file: en → ar (1)\n')
    expect(init.stdout).toContain('tm/english.tmx: not a bilingual TMX file (no <tuv> in a language other than en), left out')
    expect(config).toEqual({languages: {source: 'en', target: 'ar'}, files: ['tm/**/*.tmx'], ignores: ['tm/english.tmx'], extends: ['bilint:recommended']})
    expect(linted).toEqual(['tm/memory.tmx'])
  })

  it("reads Hugging Face's translation records with a format override naming their fields", async () => {
    const records = enAr.source.map((en, index) => JSON.stringify({id: String(index), translation: {ar: enAr.target[index], en}}))
    const folder = makeProject({'hf/train.jsonl': records.join('\n') + '\n'})
    const {init, config, linted} = await initThenLint(folder)
    // The fields name no order: English is taken for the source.
    expect(init.stdout).toContain('  1 JSON Lines file: ar and en (1)\n')
    expect(config).toEqual({
      languages: {source: 'en', target: 'ar'},
      files: ['hf/**/*.jsonl'],
      extends: ['bilint:recommended'],
      overrides: [{files: ['**/*.jsonl'], format: {name: 'jsonl', source: 'translation.en', target: 'translation.ar'}}]
    })
    expect(linted).toEqual(['hf/train.jsonl'])
  })

  it('pairs Moses files by their language extensions', async () => {
    const folder = makeProject({'train.en': enAr.source.join('\n') + '\n', 'train.ar': enAr.target.join('\n') + '\n', 'build.sh': 'echo done\n'})
    const {init, config, linted} = await initThenLint(folder)
    expect(init.stdout).toContain('  1 Moses pair: ar and en (1)\n')
    expect(config).toEqual({languages: {source: 'en', target: 'ar'}, files: ['*.ar', '*.en'], extends: ['bilint:recommended']})
    expect(linted).toEqual(['train.ar', 'train.en'])
  })

  it('finds TSV columns by script, a header naming them, and reads only the start of a large file', async () => {
    // An id column, then Arabic before English: the config says which column is which.
    const rows = enAr.source.map((en, index) => `${index + 1}\t${enAr.target[index]}\t${en}`)
    const folder = makeProject({'data/pairs.tsv': ['id\tar\ten', ...rows].join('\n') + '\n'})
    const {init, config, linted} = await initThenLint(folder)
    expect(init.stdout).toContain('  1 TSV file: ar → en (1)\n')
    expect(config).toEqual({
      languages: {source: 'ar', target: 'en'},
      files: ['data/**/*.tsv'],
      extends: ['bilint:recommended'],
      overrides: [{files: ['**/*.tsv'], format: {name: 'tsv', header: true, source: 'ar', target: 'en'}}]
    })
    expect(linted).toEqual(['data/pairs.tsv'])

    // Bytes past the first 64 KB that are not UTF-8: a whole read would refuse the file.
    const large = makeProject({})
    const start = Buffer.from(Array.from({length: 400}, (_, index) => `${enAr.source[index % enAr.source.length]}\t${enAr.target[index % enAr.target.length]}`).join('\n') + '\n')
    expect(start.length).toBeGreaterThan(64 << 10)
    writeFileSync(path.join(large, 'opus.tsv'), Buffer.concat([start, Buffer.from([0xff, 0xfe, 0x0a])]))
    const init2 = await runCli(['--init'], large)
    expect(init2.stdout).toContain('  1 TSV file: en → ar (1)\n')
    expect(JSON.parse(readFileSync(path.join(large, '.lintrc.json'), 'utf8')).files).toEqual(['*.tsv'])
  })

  it("reads a TSV's columns in the order of the languages a person chooses at the terminal", async () => {
    const folder = makeProject({'pairs.tsv': enAr.source.map((en, index) => `${enAr.target[index]}\t${en}`).join('\n') + '\n'})
    const stdin = Object.assign(new PassThrough(), {isTTY: true})
    const stdout = new PassThrough()
    const answers: Record<string, string> = {'Source language': 'en', 'Target language': 'ar'}
    stdout.on('data', (chunk: Buffer) => {
      for (const [question, answer] of Object.entries(answers)) if (String(chunk).includes(question)) stdin.write(answer + '\n')
    })
    expect(await runInit({cwd: folder, stdin, stdout, stderr: {write: () => true}})).toBe(0)
    const config = JSON.parse(readFileSync(path.join(folder, '.lintrc.json'), 'utf8'))
    expect(config.languages).toEqual({source: 'en', target: 'ar'})
    expect(config.overrides).toEqual([{files: ['**/*.tsv'], format: {name: 'tsv', source: 2, target: 1}}])
  })
})

