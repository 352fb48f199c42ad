// Hostile input for every reader and every rule (#27): random bytes, deep
// nesting (JSON arrays and objects, XML elements, brackets, quotes, bidi
// isolates, ICU plurals), control characters and long runs of one character,
// each inside a file of every format. Each case is linted with every rule
// in-process, as the CLI does, within a time budget; no exception escapes
// (a crash of a reader or rule fails the case), and every message points
// inside its file. The property tests (`properties.test.ts`) cover ordinary
// text; these cover what no translator writes.

import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {encodePo} from '../src/corpus/formats/po.js'
import {expectPositionsInside, type FileLinter, fileLinter} from './helpers/lint-files.js'

/** Cases per property (`FC_NUM_RUNS` to explore more). */
const numRuns = Number(process.env.FC_NUM_RUNS) || 10
/**
 * The longest run of one token, and the deepest nesting in a text: every
 * rule is linear in its unit (test/linearity.test.ts), so 20,000 keeps each
 * case well within its budget on a shared 2-core machine; `FUZZ_MAX_RUN`
 * tries longer runs.
 */
const maxRun = Number(process.env.FUZZ_MAX_RUN) || 20_000
/** A case that takes longer has hung or grown much faster than its input. */
const budgetMs = Number(process.env.FUZZ_BUDGET_MS) || 15_000

const controls = fc.constantFrom(
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001b[2J\u001b[H', '\u001b]0;PWNED\u0007', '\u007f',
  '\u0080', '\u0085', '\u009b', '\u009f', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d',
  '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udfff', '\r', '\n', '\t'
)
/** Text of control characters among a few words. */
const controlText = fc.array(fc.oneof(controls, fc.constantFrom('Hello', 'مرحبا', ' ', '.', '5')), {minLength: 1, maxLength: 40}).map((parts) => parts.join(''))

/** What a rule or an analysis may take at each occurrence: brackets, quotes, marks, digits, placeholders, names, dates. */
const tokens = fc.constantFrom(
  ' ', '  ', '\t', '\u00a0', '(', ')', '[', '"', '«', '“', "'", '.', '،', '؟', '!', '%s', '{0}', '{', '}', '<', '<b>', '&amp;', '\\',
  '\u200d', '\u202e', '\u2067', 'e\u0301', 'ا\u064e', '٣', '۴', '1', '1,000', '5 March 2020, ', 'Ahmad Said ', 'أحمد سعيد ', 'a', 'ب', '😀', 'a\n', 'a\n\n'
)
const longRun = fc.tuple(tokens, fc.integer({min: 50, max: maxRun})).map(([token, count]) => token.repeat(count))

/** Openers and closers that texts nest. */
const pairs = fc.constantFrom(['(', ')'], ['[', ']'], ['{', '}'], ['«', '»'], ['“', '”'], ['"', '"'], ['\u2067', '\u2069'], ['\u202b', '\u202c'], ['<b>', '</b>'], ['{n, plural, other {', '}}'])
const nestedText = fc.tuple(pairs, fc.integer({min: 50, max: maxRun})).map(([[open, close], depth]) => 'Deep ' + open.repeat(depth) + 'x' + close.repeat(depth) + ' end.')

const hostileText = fc.oneof(controlText, longRun, nestedText)

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029\u0085]/g, ' ')
const tu = (en: string, ar: string) => `<tu><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="ar"><seg>${ar}</seg></tuv></tu>`
const transUnit = (id: number, en: string, ar: string) => `<trans-unit id="${id}"><source>${en}</source><target>${ar}</target></trans-unit>`

/** Each format's file around one hostile pair, between two ordinary ones (so the units after it are read too). */
const formats: Record<string, (en: string, ar: string) => Record<string, string>> = {
  combined: (en, ar) => ({'doc.txt': `Good morning.\n\n${en}\n\nGood night.\n---\nصباح الخير.\n\n${ar}\n\nتصبح على خير.\n`}),
  parallel: (en, ar) => ({'doc.en.txt': `Good morning.\n\n${en}\n`, 'doc.ar.txt': `صباح الخير.\n\n${ar}\n`}),
  markdown: (en, ar) => ({'doc.en.md': `# Title\n\n${en}\n\n<!-- bilint-disable-next-line -->\n${en}\n`, 'doc.ar.md': `# عنوان\n\n${ar}\n\n${ar}\n`}),
  tsv: (en, ar) => ({'c.tsv': `Good morning.\tصباح الخير.\n${oneLine(en)}\t${oneLine(ar)}\nGood night.\tتصبح على خير.\n`}),
  moses: (en, ar) => ({'c.en': `Good morning.\n${oneLine(en)}\nGood night.\n`, 'c.ar': `صباح الخير.\n${oneLine(ar)}\nتصبح على خير.\n`}),
  po: (en, ar) => ({'c.po': `msgid "Good morning."\nmsgstr "صباح الخير."\n\n#, python-format, icu-format\nmsgid "${encodePo(en)}"\nmsgstr "${encodePo(ar)}"\n\nmsgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "${encodePo(ar)}"\nmsgstr[1] "%d ملفات"\n`}),
  jsonl: (en, ar) => ({'c.jsonl': [{source: 'Good morning.', target: 'صباح الخير.'}, {source: en, target: ar}, {source: 'Good night.', target: 'تصبح على خير.'}].map((record) => JSON.stringify(record)).join('\n') + '\n'}),
  tmx: (en, ar) => ({'c.tmx': `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/><body>\n${tu('Good morning.', 'صباح الخير.')}\n${tu(xmlText(en), xmlText(ar))}\n${tu('Good night.', 'تصبح على خير.')}\n</body></tmx>\n`}),
  xliff: (en, ar) => ({'c.xlf': `<xliff version="1.2"><file source-language="en" target-language="ar"><body>\n${transUnit(1, 'Good morning.', 'صباح الخير.')}\n${transUnit(2, xmlText(en), xmlText(ar))}\n${transUnit(3, 'Good night.', 'تصبح على خير.')}\n</body></file></xliff>\n`})
}

/** Structures nested deep in the format itself, not in its text. */
const jsonNesting = fc.tuple(fc.constantFrom(['[', ']'], ['{"a":', '}'], ['[{"b":[', ']}]']), fc.integer({min: 1000, max: 200_000}))
const xmlNesting = fc.tuple(fc.constantFrom('g', 'mrk', 'bpt', 'ph'), fc.integer({min: 1000, max: 20_000}))

let linter: FileLinter

beforeAll(async () => {
  linter = await fileLinter('bilint-fuzz-')
})

afterAll(() => linter.remove())

/** Lint the files within the budget; no crash, and every message inside its file. */
async function lintWithin(files: Record<string, string | Buffer>): Promise<void> {
  const started = performance.now()
  const {results, texts} = await linter.lint(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, Buffer.from(content)])))
  const elapsed = performance.now() - started
  expectPositionsInside(results, texts)
  expect(elapsed, `${Object.keys(files).join(', ')}: ${Math.round(elapsed)} ms`).toBeLessThan(budgetMs)
}

const settings = {numRuns, endOnFailure: true}

describe('every reader and rule, on hostile text', () => {
  for (const [format, files] of Object.entries(formats)) {
    it(`${format}: control characters, long runs and deep nesting, in either version`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileText, fc.constantFrom('both', 'source', 'target'), async (text, where) => {
          const en = where === 'target' ? 'Hello there.' : text
          const ar = where === 'source' ? 'مرحبا هناك.' : text
          await lintWithin(files(en, ar))
        }),
        settings
      )
    }, 120_000)
  }
})

describe('every reader, on hostile structure', () => {
  it('jsonl: a record nested up to 200,000 deep in a field beside the text', async () => {
    await fc.assert(
      fc.asyncProperty(jsonNesting, fc.boolean(), async ([[open, close], depth], broken) => {
        const deep = open.repeat(depth) + close.repeat(broken ? depth - 1 : depth)
        await lintWithin({'c.jsonl': `{"source":"Hi there.","target":"مرحبا.","x":${deep}}\n{"source":"Good night.","target":"تصبح على خير."}\n`})
      }),
      settings
    )
  }, 120_000)

  it('tmx and xliff: a segment nested up to 20,000 elements deep, closed or not', async () => {
    await fc.assert(
      fc.asyncProperty(xmlNesting, fc.boolean(), async ([element, depth], broken) => {
        const deep = `<${element}>`.repeat(depth) + 'Deep text.' + `</${element}>`.repeat(broken ? depth - 1 : depth)
        await lintWithin({...formats.tmx(deep, 'نص عميق.'), ...formats.xliff('Deep.', deep)})
      }),
      settings
    )
  }, 120_000)

  for (const [format, files] of Object.entries(formats)) {
    it(`${format}: random bytes of up to 4 KB as each file`, async () => {
      const names = Object.keys(files('a', 'b'))
      await fc.assert(
        fc.asyncProperty(fc.array(fc.uint8Array({minLength: 1, maxLength: 4096}), {minLength: names.length, maxLength: names.length}), async (contents) => {
          await lintWithin(Object.fromEntries(names.map((name, index) => [name, Buffer.from(contents[index])])))
        }),
        settings
      )
    }, 120_000)
  }
})
