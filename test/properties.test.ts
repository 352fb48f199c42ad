// Property tests (fast-check) for every reader: arbitrary Unicode text (RTL,
// astral, combining marks, controls without NUL), random line endings and
// BOMs, written as a valid file of each layout, and arbitrary bytes as the
// file. Linting never throws out of bilint, every message points inside the
// file, and a valid file gets no fatal message.

import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {rules as coreRules} from '../rules/index.js'
import {loadConfig, type ResolvedConfig} from '../src/config/load.js'
import {encodePo} from '../src/corpus/formats/po.js'
import {fileEncoding} from '../src/corpus/encoding.js'
import type {LintResult} from '../src/engine/types.js'
import {lintCorpus} from '../src/lint.js'

/** Runs per property: enough to meet the odd cases each run, few enough for the file to stay well under 20 s (`FC_NUM_RUNS` to explore more). */
const numRuns = Number(process.env.FC_NUM_RUNS) || 12

/** Characters that are no letter: digits, punctuation, RTL and bidi marks, combining marks, astral symbols, controls other than NUL and line breaks. */
const noise = fc.constantFrom(
  ' ', '  ', '0', '٣', '۴', '.', '،', '؟', '"', "'", '&', '<', '>', '\\', '%s', '{0}', '«', '»', '(', ')',
  '\u200f', '\u200e', '\u202b', '\u2067', '\u2069', '\u200b', '\u00a0', '\u00ad', '\ufeff',
  '\u0301', '\u064e', '\u0651', '\u05b7', '😀', '👩🏽‍💻', '𝔸', '\u0001', '\u001f', '\u007f', '\u0085', '\u2028', '\u2029', '\t'
)
const englishWord = fc.constantFrom('All', 'human', 'beings', 'are', 'born', 'free', 'in', 'dignity', '1948', 'Paris', 'e\u0301te\u0301')
const arabicWord = fc.constantFrom('يولد', 'جميع', 'الناس', 'أحرارا', 'متساوين', 'في', 'الكرامة', '١٩٤٨', 'باريس', 'عَلَى', 'ک')
const anyChar = fc.oneof(noise, englishWord, arabicWord, fc.string({unit: 'binary', minLength: 1, maxLength: 1}))

/** A line of one language: words of its script among noise, with at least one word. */
function lineOf(word: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(word, fc.array(fc.oneof(word, noise), {maxLength: 8}))
    .map(([first, rest]) => [first, ...rest].join(' ').replace(/[\t\r\n]/g, ' '))
}

/** Any text without line breaks, and without NUL, which makes a file binary. */
const anyLine = fc.array(anyChar, {maxLength: 12}).map((parts) => parts.join('').replace(/[\0\r\n]/g, ' '))

const ending = fc.constantFrom('\n', '\r\n', '\r')
const encoding = fc.constantFrom('utf-8', 'utf-8 with BOM', 'utf-16le', 'utf-16be')

function encode(text: string, how: string): Buffer {
  if (how === 'utf-8') return Buffer.from(text, 'utf8')
  if (how === 'utf-8 with BOM') return Buffer.from('\uFEFF' + text, 'utf8')
  const bytes = Buffer.from('\uFEFF' + text, 'utf16le')
  return how === 'utf-16be' ? bytes.swap16() : bytes
}

// XML 1.0 allows tab, LF, CR and U+0020 on, without surrogates, U+FFFE and U+FFFF.
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g
const xml = (text: string) => text.replace(notXml, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const tsvField = (text: string) => (text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text)

type Pair = [string, string]

/** Each layout: its file names, and the files that hold `pairs` with `eol` between lines. */
const layouts: Record<string, (pairs: Pair[], eol: string) => Record<string, string>> = {
  // The `---` line splits the versions whatever their scripts (an English version may be only `1948`).
  combined: (pairs, eol) => ({'doc.txt': [...pairs.map(([en]) => en), '---', ...pairs.map(([, ar]) => ar)].join(eol) + eol}),
  parallel: (pairs, eol) => ({'doc.en.txt': pairs.map(([en]) => en).join(eol), 'doc.ar.txt': pairs.map(([, ar]) => ar).join(eol) + eol}),
  tsv: (pairs, eol) => ({'c.tsv': pairs.map(([en, ar]) => `${tsvField(en)}\t${tsvField(ar)}`).join(eol) + eol}),
  moses: (pairs, eol) => ({'c.en': pairs.map(([en]) => en).join(eol) + eol, 'c.ar': pairs.map(([, ar]) => ar).join(eol) + eol}),
  po: (pairs, eol) => ({'c.po': pairs.map(([en, ar], index) => `#: ${index}${eol}msgid "${encodePo(`${index} ${en}`)}"${eol}msgstr "${encodePo(ar)}"${eol}`).join(eol)}),
  jsonl: (pairs, eol) => ({'c.jsonl': pairs.map(([en, ar]) => JSON.stringify({source: en, target: ar})).join(eol) + eol}),
  tmx: (pairs, eol) => ({
    'c.tmx': `<?xml version="1.0"?>${eol}<tmx version="1.4"><header srclang="en"/><body>${eol}${pairs
      .map(([en, ar]) => `<tu>${eol}<tuv xml:lang="en"><seg>${xml(en)}</seg></tuv>${eol}<tuv xml:lang="ar"><seg>${xml(ar)}</seg></tuv>${eol}</tu>`)
      .join(eol)}${eol}</body></tmx>${eol}`
  }),
  xliff: (pairs, eol) => ({
    'c.xlf': `<xliff version="1.2"><file source-language="en" target-language="ar"><body>${eol}${pairs
      .map(([en, ar], index) => `<trans-unit id="${index}">${eol}<source>${xml(en)}</source>${eol}<target>${xml(ar)}</target>${eol}</trans-unit>`)
      .join(eol)}${eol}</body></file></xliff>${eol}`
  })
}

let root: string
let config: ResolvedConfig
let runs = 0

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'bilint-properties-'))
  config = await loadConfig({lookup: false, cwd: root, coreRules, inline: {languages: {source: 'en', target: 'ar'}, files: ['**/*'], extends: ['bilint:all']}})
})

// Hundreds of small folders: removed at the end.
afterAll(() => rmSync(root, {recursive: true, force: true}))

/** Write the files (name → bytes) to a fresh folder and lint them in-process, as the CLI does. */
async function lintFiles(files: Record<string, Buffer>): Promise<{results: LintResult[]; texts: Map<string, string>}> {
  const folder = path.join(root, String(runs++))
  mkdirSync(folder)
  const texts = new Map<string, string>()
  for (const [name, bytes] of Object.entries(files)) {
    const filePath = path.join(folder, name)
    writeFileSync(filePath, bytes)
    // The text positions count in: the file decoded as bilint decodes it, leniently, BOM excluded.
    texts.set(filePath, new TextDecoder(fileEncoding(bytes)).decode(bytes))
  }
  const report = await lintCorpus({cwd: root, patterns: [...texts.keys()], config})
  expect(report.crashes).toEqual([])
  return {results: report.results, texts}
}

/** Every message's line and column, start and end, within the file: line ≤ lines, column ≤ that line's length + 1. */
function expectPositionsInside(results: LintResult[], texts: Map<string, string>) {
  for (const result of results) {
    const lines = texts.get(result.filePath)!.split(/\r\n|\r|\n/)
    for (const message of result.messages) {
      const points = [[message.line, message.column]]
      if (message.endLine !== undefined) points.push([message.endLine, message.endColumn!])
      for (const [line, column] of points) {
        const where = `${path.basename(result.filePath)} ${line}:${column} (${message.ruleId}: ${message.message}), ${lines.length} lines`
        expect(line, where).toBeGreaterThanOrEqual(1)
        expect(line, where).toBeLessThanOrEqual(lines.length)
        expect(column, where).toBeGreaterThanOrEqual(1)
        expect(column, where).toBeLessThanOrEqual(lines[line - 1].length + 1)
      }
    }
  }
}

const pairs = (english: fc.Arbitrary<string>, arabic: fc.Arbitrary<string>) => fc.array(fc.tuple(english, arabic), {minLength: 1, maxLength: 4})

describe('every reader, on generated files', () => {
  for (const [layout, files] of Object.entries(layouts)) {
    it(`${layout}: a valid file of any text gets no fatal message, and every message points inside the file`, async () => {
      await fc.assert(
        fc.asyncProperty(pairs(lineOf(englishWord), lineOf(arabicWord)), ending, encoding, async (content, eol, how) => {
          const generated = Object.fromEntries(Object.entries(files(content, eol)).map(([name, text]) => [name, encode(text, how)]))
          const {results, texts} = await lintFiles(generated)
          expect(results.flatMap((result) => result.messages.filter((message) => message.fatal).map((message) => message.message))).toEqual([])
          expectPositionsInside(results, texts)
        }),
        {numRuns}
      )
    })

    it(`${layout}: arbitrary text in the format never throws, and every message points inside the file`, async () => {
      await fc.assert(
        fc.asyncProperty(pairs(anyLine, anyLine), ending, encoding, async (content, eol, how) => {
          const generated = Object.fromEntries(Object.entries(files(content, eol)).map(([name, text]) => [name, encode(text, how)]))
          const {results, texts} = await lintFiles(generated)
          expectPositionsInside(results, texts)
        }),
        {numRuns}
      )
    })

    it(`${layout}: arbitrary bytes as the file never throw, and every message points inside the file`, async () => {
      const names = Object.keys(files([['a', 'b']], '\n'))
      await fc.assert(
        fc.asyncProperty(fc.array(fc.uint8Array({maxLength: 200}), {minLength: names.length, maxLength: names.length}), async (contents) => {
          const {results, texts} = await lintFiles(Object.fromEntries(names.map((name, index) => [name, Buffer.from(contents[index])])))
          expectPositionsInside(results, texts)
        }),
        {numRuns}
      )
    })
  }
})
