// gettext PO: entries, plural forms, fuzzy and obsolete entries, C escapes
// decoded with each character mapped back to the file.

import {describe, expect, it} from 'vitest'
import {codeMark as placeholder} from '../../src/text/lexical/mask.js'
import {udhrPair} from '../fixtures/udhr.js'
import {applyEdit, expectPositionsMatchFile, fileText, readFiles, spanOf, writeFiles} from './helpers.js'

const {source, target} = udhrPair('eng', 'arb', 3)

const header = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;\\n"', '']

function poFile(): string {
  return [
    ...header,
    '#: udhr.html:1',
    'msgctxt "title"',
    `msgid "${source[0]}"`,
    `msgstr "${target[0]}"`,
    '',
    '#, fuzzy',
    `msgid "${source[1]}"`,
    `msgstr "${target[1]}"`,
    '',
    '#. split over lines, with escapes',
    'msgid ""',
    `"${source[2].slice(0, 40)}"`,
    `"${source[2].slice(40)} \\"quoted\\"\\n"`,
    'msgstr ""',
    `"${target[2].slice(0, 30)}"`,
    `"${target[2].slice(30)} \\"مقتبس\\"\\n"`,
    '',
    'msgid "%d article"',
    'msgid_plural "%d articles"',
    'msgstr[0] "لا مواد"',
    'msgstr[1] "مادة واحدة من %1$d {total}"',
    'msgstr[2] ""',
    '',
    'msgid "untranslated"',
    'msgstr ""',
    '',
    '#~ msgid "obsolete"',
    '#~ msgstr "قديم"',
    ''
  ].join('\n')
}

describe('PO reader', () => {
  it('reads translated entries and plural forms as gettext does, without header, fuzzy and obsolete entries', async () => {
    const files = writeFiles({'udhr.po': poFile()})
    const {units, untranslated, problems, skipped} = await readFiles([files['udhr.po']])
    expect(problems).toEqual([])
    // Every plural form translates msgid_plural, as msgfmt compares them; the second gives it again, as `repeated`.
    expect(units.map((unit) => [unit.source.text, unit.target.text])).toEqual([
      [source[0], target[0]],
      [`${source[2]} "quoted"\n`, `${target[2]} "مقتبس"\n`],
      [`${placeholder} articles`, 'لا مواد'],
      [`${placeholder} articles`, `مادة واحدة من ${placeholder} ${placeholder}`]
    ])
    expect(units.map((unit) => unit.source.repeated)).toEqual([false, false, false, true])
    expect(units[0].entry).toEqual({context: 'title', flags: [], comments: []})
    expect(units[1].entry?.comments).toEqual(['split over lines, with escapes'])
    expect(units.slice(2).map((unit) => unit.entry?.plural)).toEqual([
      {form: 0, forms: 3, nplurals: 6, empty: [2], countOptional: true, first: true},
      {form: 1, forms: 3, nplurals: 6, empty: [2], countOptional: true, first: false}
    ])
    expect(units[3].entry?.flags).toEqual([])
    // The msgid is a key: no fix changes it.
    expect(units.map((unit) => [unit.source.fixable, unit.target.fixable])).toEqual(units.map(() => [false, true]))
    expect(untranslated.map((unit) => [unit.source.text, unit.target.text])).toEqual([['untranslated', '']])
    expect(skipped).toBe(1)
    // A code placeholder stands where its code is, and a fix around it keeps it.
    const plural = units[3].target
    expect(plural.codes.map((code) => [code.text, code.kind])).toEqual([
      ['%1$d', 'printf'],
      ['{total}', 'brace']
    ])
    expect(plural.position(plural.text.indexOf(placeholder))).toEqual({line: plural.position(0).line, column: 'msgstr[1] "مادة واحدة من '.length + 1})
    expect(plural.toFileOffset(plural.text.length) - plural.toFileOffset(plural.text.lastIndexOf(placeholder))).toBe('{total}'.length)
    const withFuzzy = await readFiles([files['udhr.po']], {name: 'po', fuzzy: 'include'})
    expect(withFuzzy.units[1].target.text).toBe(target[1])
  })

  it('points inside the msgstr string, after escapes and across its lines', async () => {
    const files = writeFiles({'udhr.po': poFile()})
    const {units} = await readFiles([files['udhr.po']])
    const split = units[1].target
    const lines = fileText(files['udhr.po']).split('\n')
    const secondLine = lines.findIndex((line) => line.startsWith(`"${target[2].slice(30)}`)) + 1
    expect(split.position(30)).toEqual({line: secondLine, column: 2})
    // `مقتبس` stands after `\"`, two file characters for one of the text.
    const quoted = split.text.indexOf('مقتبس')
    expect(split.position(quoted)).toEqual({line: secondLine, column: 2 + target[2].slice(30).length + 3})
    for (const unit of units) {
      expectPositionsMatchFile(unit.source)
      expectPositionsMatchFile(unit.target)
    }
  })

  it('re-encodes a fix as a PO string', async () => {
    const files = writeFiles({'udhr.po': poFile()})
    const {units} = await readFiles([files['udhr.po']])
    const side = units[1].target
    const span = spanOf(side, '"مقتبس"')
    const edited = applyEdit(side, span, '«مقتبس» "و"\tتم')
    expect(edited).toContain(' «مقتبس» \\"و\\"\\tتم\\n"')
    const again = await readFiles([files['udhr.po']])
    expect(again.units[1].target.text).toBe(side.text.slice(0, span[0]) + '«مقتبس» "و"\tتم' + side.text.slice(span[1]))
    expect(again.units.map((unit) => unit.id)).toEqual(units.map((unit) => unit.id))
  })

  it('reports a broken escape at its position and reads the other entries', async () => {
    const text = poFile().replace(`msgstr "${target[0]}"`, `msgstr "${target[0].slice(0, 5)}\\q${target[0].slice(5)}"`)
    const files = writeFiles({'broken.po': text})
    const {units, problems} = await readFiles([files['broken.po']])
    const line = text.split('\n').findIndex((row) => row.includes('\\q')) + 1
    expect(problems).toEqual([
      {file: 'broken.po', message: 'Unknown escape `\\q` in a PO string; expected `\\n`, `\\t`, `\\"` or `\\\\`; entry skipped', line, column: 'msgstr "'.length + 6}
    ])
    expect(units).toHaveLength(3)
    expect(units[0].source.text.startsWith(source[2])).toBe(true)
  })

  it('reports a string with no closing quote, or with text after it, where it ends', async () => {
    // An escaped quote and an escaped backslash before the end are part of the string.
    const open = `msgstr "${target[0].slice(0, 5)}\\" \\\\`
    const trailing = `msgstr "${target[0].slice(0, 5)}\\\\" x"`
    for (const [broken, message, column] of [
      [open, 'PO string has no closing quote; entry skipped', open.length + 1],
      [trailing, 'Unexpected text after the closing quote of a PO string', 'msgstr "'.length + 8 + 1]
    ] as const) {
      const text = poFile().replace(`msgstr "${target[0]}"`, broken)
      const files = writeFiles({'broken.po': text})
      const {units, problems} = await readFiles([files['broken.po']])
      const line = text.split('\n').indexOf(broken) + 1
      expect(problems).toEqual([{file: 'broken.po', message, line, column}])
      expect(units).toHaveLength(3)
    }
  })

  it('refuses a form past msgstr[15] without counting up to it, and reads 200,000 flags on one line (#27)', async () => {
    const flags = Array.from({length: 200_000}, (_, index) => `f${index}`)
    const text = [
      ...header,
      'msgid "%d file"',
      'msgid_plural "%d files"',
      'msgstr[300000000] "ملف"',
      '',
      `#, ${flags.join(', ')}, fuzzy`,
      'msgid "Skipped"',
      'msgstr "متروك"',
      '',
      `#, ${flags.join(',')}`,
      'msgid "Read"',
      'msgstr "مقروء"',
      ''
    ].join('\n')
    const files = writeFiles({'huge.po': text})
    const {units, problems, skipped} = await readFiles([files['huge.po']])
    expect(problems.map(({message, line}) => [line, message])).toEqual([[6, '`msgstr[300000000]` is past `msgstr[15]`, the last plural form bilint reads (no language has more than 6); entry skipped']])
    expect(skipped).toBe(1)
    expect(units.map((unit) => [unit.target.text, unit.entry?.flags.length])).toEqual([['مقروء', 200_000]])
  })

  it('reports entries msgfmt refuses where they are, reads the rest, and counts a gap in the forms as an empty form', async () => {
    const text = [
      ...header,
      'msgid "%d file"',
      'msgid_plural "%d files"',
      'msgstr "ملف"',
      '',
      'msgid "One file"',
      'msgstr[0] "ملف واحد"',
      '',
      'msgctxt "alone"',
      '',
      'msgid "No translation line"',
      '',
      'msgid "Far \\x110000"',
      'msgstr "بعيد"',
      '',
      'msgid "%d day"',
      'msgid_plural "%d days"',
      'msgstr[0] "لا أيام"',
      'msgstr[3] "%d أيام"',
      ''
    ].join('\r\n')
    const files = writeFiles({'bad.po': text})
    const {units, problems} = await readFiles([files['bad.po']])
    expect(problems.map(({message, line}) => [line, message])).toEqual([
      [6, 'An entry with `msgid_plural` and a plain `msgstr`, expected `msgstr[0]`, `msgstr[1]`…; entry skipped'],
      [10, 'An entry with `msgstr[n]` and no `msgid_plural`; entry skipped'],
      [13, 'An entry without `msgid`; entry skipped'],
      [15, 'An entry without `msgstr`; entry skipped'],
      [17, 'Escape `\\x110000` is past U+10FFFF, the last code point; entry skipped']
    ])
    expect(units.map((unit) => [unit.target.text, unit.entry?.plural?.forms, unit.entry?.plural?.empty])).toEqual([
      ['لا أيام', 4, [1, 2]],
      [`${placeholder} أيام`, 4, [1, 2]]
    ])
    expect(units[1].target.position(0)).toEqual({line: 23, column: 'msgstr[3] "'.length + 1})
  })
})
