// Legacy encodings through `encoding` in the config (a windows-1256 Arabic
// corpus), and UTF-16 segment files: the same findings at the same lines and
// columns as the UTF-8 copy, fixes written back in the file's own encoding,
// and a fix the encoding cannot hold refused with the file untouched.

import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules as coreRules} from '../../rules/index.js'
import {fix, lint} from '../../src/api.js'
import {loadConfig} from '../../src/config/load.js'
import {ConfigError} from '../../src/config/validate.js'
import {encodeText} from '../../src/corpus/write.js'
import type {LintResult} from '../../src/engine/types.js'
import {udhrArticles, udhrPair} from '../fixtures/udhr.js'
import {lintCorpus, writeFixes} from '../../src/lint.js'
import {makeProject} from '../helpers/cli.js'

const windows1256 = {bom: false, encoding: 'windows-1256'}
const rules = {'mixed-script': 'error', whitespace: 'error', 'punctuation-spacing': 'error', 'paragraph-count': 'error'}

/**
 * UDHR articles 1–3, English then Arabic, with a doubled space and a space
 * before a full stop in the Arabic version; the English hyphen U+2010, which
 * windows-1256 lacks, as a hyphen-minus.
 */
function udhrDocument(): string {
  const {source: english, target} = udhrPair('eng', 'arb', 3)
  const source = english.map((paragraph) => paragraph.replace(/\u2010/g, '-'))
  const arabic = [...target]
  arabic[1] = arabic[1].replace(' ', '  ')
  arabic[2] = arabic[2].replace(/\.$/, ' .')
  return [...source, '', ...arabic].join('\n') + '\n'
}

/** What `--fix` says of the files it could not write (the CLI shows each as a fatal message of the file). */
async function fixProblems(folder: string): Promise<string[]> {
  const config = await loadConfig({lookup: true, cwd: folder, coreRules})
  const report = await lintCorpus({cwd: folder, patterns: ['.'], config, fix: true})
  return (await writeFixes(report)).map((problem) => problem.message)
}

const summary = (result: LintResult) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`)

function byName(results: LintResult[]): Record<string, LintResult> {
  return Object.fromEntries(results.map((result) => [path.basename(result.filePath), result]))
}

describe('a legacy encoding (`encoding` in the config)', () => {
  it('encodes with the table TextDecoder decodes with: windows-1256 0xC7 is U+0627 ALEF', () => {
    expect(encodeText('\u0627', windows1256)).toEqual(Buffer.of(0xc7))
    expect(new TextDecoder('windows-1256').decode(Buffer.of(0xc7))).toBe('\u0627')
  })

  it('reads a windows-1256 document with the findings of its UTF-8 copy, and --fix writes windows-1256 back', async () => {
    const text = udhrDocument()
    const folder = makeProject({
      '.lintrc.json': {languages: {source: 'en', target: 'ar'}, rules, overrides: [{files: ['legacy/**'], encoding: 'cp1256'}]},
      'utf8/doc.txt': text,
      'legacy/doc.txt': ''
    })
    writeFileSync(path.join(folder, 'legacy/doc.txt'), encodeText(text, windows1256))
    const [legacy, utf8] = await lint({cwd: folder, files: ['utf8', 'legacy']})
    expect(summary(legacy).length).toBeGreaterThanOrEqual(2)
    expect(summary(legacy)).toEqual(summary(utf8))
    expect(summary(legacy).some((line) => line.includes('whitespace'))).toBe(true)

    await fix({cwd: folder, files: ['utf8', 'legacy']})
    const fixed = readFileSync(path.join(folder, 'utf8/doc.txt'), 'utf8')
    expect(fixed).not.toBe(text)
    expect(readFileSync(path.join(folder, 'legacy/doc.txt'))).toEqual(encodeText(fixed, windows1256))
  })

  it('reads a parallel pair whose Arabic file alone is windows-1256', async () => {
    const {source, target} = udhrPair('eng', 'arb', 2)
    const folder = makeProject({
      '.lintrc.json': {languages: {source: 'en', target: 'ar'}, rules, overrides: [{files: ['*.ar.txt'], encoding: 'windows-1256'}]},
      'udhr.en.txt': source.join('\n') + '\n'
    })
    const arabic = [...target]
    arabic[2] = arabic[2].replace(' ', '  ')
    writeFileSync(path.join(folder, 'udhr.ar.txt'), encodeText(arabic.join('\n') + '\n', windows1256))
    const results = byName(await lint({cwd: folder, files: ['.']}))
    expect(summary(results['udhr.en.txt'])).toEqual([])
    expect(summary(results['udhr.ar.txt'])).toEqual([`3:${arabic[2].indexOf('  ') + 1} whitespace Unexpected 2 spaces between words, expected one space`])
  })

  it('reads and fixes a windows-1256 TSV as its UTF-8 copy', async () => {
    const {source, target} = udhrPair('eng', 'arb', 2)
    const rows = source.map((text, index) => `${text.replace(/\u2010/g, '-')}\t${index === 1 ? target[index].replace(' ', '  ') : target[index]}`)
    const text = rows.join('\r\n') + '\r\n'
    const folder = makeProject({
      '.lintrc.json': {languages: {source: 'en', target: 'ar'}, rules, overrides: [{files: ['legacy/**'], encoding: 'windows-1256'}]},
      'utf8/c.tsv': text,
      'legacy/c.tsv': ''
    })
    writeFileSync(path.join(folder, 'legacy/c.tsv'), encodeText(text, windows1256))
    const [legacy, utf8] = await lint({cwd: folder, files: ['utf8', 'legacy']})
    expect(summary(legacy)).toEqual(summary(utf8))
    expect(summary(legacy)).toContain(`2:${rows[1].indexOf('  ') + 1} whitespace Unexpected 2 spaces between words, expected one space`)
    await fix({cwd: folder, files: ['utf8', 'legacy']})
    const fixed = readFileSync(path.join(folder, 'utf8/c.tsv'), 'utf8')
    expect(fixed).not.toBe(text)
    expect(readFileSync(path.join(folder, 'legacy/c.tsv'))).toEqual(encodeText(fixed, windows1256))
  })

  it('without the option, says where the bytes stop being UTF-8', async () => {
    const folder = makeProject({'.lintrc.json': {languages: {source: 'en', target: 'ar'}, rules}})
    writeFileSync(path.join(folder, 'doc.txt'), encodeText(udhrDocument(), windows1256))
    const [result] = await lint({cwd: folder, files: ['doc.txt']})
    const offset = encodeText(udhrDocument(), windows1256).findIndex((byte) => byte >= 0x80)
    expect(summary(result)).toEqual([`1:1 null Invalid UTF-8 at byte offset ${offset}`])
  })

  it('refuses an encoding TextDecoder does not know, naming the JSON path', async () => {
    const folder = makeProject({})
    await expect(lint({cwd: folder, config: {languages: {source: 'en', target: 'ar'}, encoding: 'windows-9999'}})).rejects.toThrow(
      '<config>: encoding: "windows-9999" is not an encoding bilint can read; use a WHATWG Encoding Standard label such as "utf-8", "windows-1256" or "windows-1251"'
    )
    const error = await lint({cwd: folder, config: {languages: {source: 'en', target: 'ar'}, overrides: [{files: ['*'], encoding: 'x-user-defined'}]}}).catch((caught) => caught)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).jsonPath).toBe('overrides[0].encoding')
  })

  it('refuses a fix the encoding cannot hold, and leaves the file as it was', async () => {
    // windows-1256 has no Persian yeh (U+06CC), so Persian texts in it were typed with the Arabic one (U+064A).
    const persian = udhrArticles('pes_1').get(1)!.join(' ').replace(/\u06CC/g, '\u064A').replace(/[\u0654\u0655\u2010]/g, '')
    const english = udhrArticles('eng').get(1)!.join(' ')
    const bytes = encodeText(`${english}\n\n${persian}\n`, windows1256)
    const folder = makeProject({'.lintrc.json': {languages: {source: 'en', target: 'fa'}, rules: {'mixed-script': 'error'}, encoding: 'windows-1256'}})
    const file = path.join(folder, 'doc.txt')
    writeFileSync(file, bytes)
    const column = persian.indexOf('\u064A') + 1
    expect(await fixProblems(folder)).toEqual([`Fixes not written: \`ی\` (U+06CC) at 3:${column} of the fixed text has no byte in windows-1256; the file is unchanged`])
    expect(readFileSync(file)).toEqual(bytes)
  })

  it('reads a multi-byte legacy encoding, and refuses to write fixes in it', async () => {
    const japanese = udhrArticles('jpn').get(1)!.join('')
    const english = udhrArticles('eng').get(1)!.join(' ').replace(' ', '  ')
    const bytes = Buffer.from(new TextEncoder().encode(english + '\n\n'))
    const folder = makeProject({'.lintrc.json': {languages: {source: 'en', target: 'ja'}, rules: {whitespace: 'error'}, encoding: 'shift_jis'}})
    const file = path.join(folder, 'doc.txt')
    // Shift_JIS bytes of the Japanese text, by the reverse of TextDecoder's mapping, one character at a time.
    writeFileSync(file, Buffer.concat([bytes, shiftJis(japanese + '\n')]))
    const before = readFileSync(file)
    expect(await fixProblems(folder)).toEqual([
      'Fixes not written: bilint reads shift_jis but cannot write it (a multi-byte legacy encoding); convert the file to UTF-8 to fix it'
    ])
    expect(readFileSync(file)).toEqual(before)
  })
})

/** Shift_JIS bytes of `text`: each character's two-byte code found by decoding every candidate (test data only). */
function shiftJis(text: string): Buffer {
  const decoder = new TextDecoder('shift_jis')
  const codes = new Map<string, number[]>()
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      const char = decoder.decode(Uint8Array.of(lead, trail))
      if (char.length === 1 && !codes.has(char)) codes.set(char, [lead, trail])
    }
  }
  return Buffer.from([...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : codes.get(char)!)))
}
