// Property tests (fast-check) for every reader: arbitrary Unicode text (RTL,
// astral, combining marks, controls without NUL), random line endings and
// BOMs, written as a valid file of each layout, and arbitrary bytes as the
// file. Linting never throws out of bilint, every message points inside the
// file, and a valid file gets no fatal message.

import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {encodePo} from '../src/corpus/formats/po.js'
import {expectPositionsInside, type FileLinter, fileLinter} from './helpers/lint-files.js'

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

let linter: FileLinter

beforeAll(async () => {
  linter = await fileLinter('bilint-properties-')
})

// Hundreds of small folders: removed at the end.
afterAll(() => linter.remove())

const lintFiles = (files: Record<string, Buffer>) => linter.lint(files)

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
