// The one-pass and table-driven scans that replaced regex searches in hot
// per-unit paths must answer exactly as the regexes they replaced, on any
// text: each is checked here against that regex, kept as the reference.

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {countLetters, hasScriptCharacter} from '../../src/text/language-script.js'
import {mojibakeFindings} from '../../src/text/mojibake.js'
import {augmentedScripts, sharedScripts} from '../../src/text/scripts/script-sets.js'
import {mayHoldDateTime} from '../../src/text/dates/index.js'
import {DECIMAL_DIGIT, ETHIOPIC_NUMERAL, HAN_NUMERAL, numberSigns, ORDINAL_MARK} from '../../src/text/number-signs.js'
import {findingsByLine, hasUnusualSpace, whitespaceFindings} from '../../src/text/whitespace.js'
import {udhrArticles} from '../fixtures/udhr.js'

/** Arabic and Persian letters, marks, joiners and words, and a few other characters, astral ones included. */
const arabicPiece = fc.constantFrom(
  'است', 'را', 'مي', 'می', '\u200C', 'شود', 'ی', 'ک', 'ال', 'الناس', 'كتاب', 'ه', '\u0654', 'ة', 'ؤ', 'إ', 'پ', 'گ', 'ۀ', '\u064E', '\u0651',
  ' ', '،', '.', 'في', 'من', 'هذه', 'إلى', 'التي', 'a', 'I', '😀', '𞤀', '\ud800', '١٢', '0'
)
const arabicText = fc.array(arabicPiece, {maxLength: 14}).map((pieces) => pieces.join(''))
const anyText = fc.oneof(arabicText, fc.string({unit: 'binary', maxLength: 20}), fc.string({unit: 'grapheme', maxLength: 20}))

/** The scripts every letter and mark shares, by the definition: the intersection of their augmented sets. */
function sharedByDefinition(text: string): string[] | 'all' {
  let shared: Set<string> | 'all' = 'all'
  for (const character of text) {
    if (!/^[\p{L}\p{M}]$/u.test(character)) continue
    const set = augmentedScripts(character.codePointAt(0)!)
    if (set === 'all') continue
    shared = shared === 'all' ? new Set(set) : new Set([...shared].filter((script) => set.has(script)))
  }
  return shared === 'all' ? 'all' : [...shared].sort()
}

describe('scans that replaced regex searches', () => {
  it('counts letters and script letters as the per-character regexes do', () => {
    for (const scripts of [['Arab'], ['Latn'], ['Hani', 'Hira', 'Kana'], ['Cyrl']]) {
      fc.assert(
        fc.property(anyText, (text) => {
          const characters = [...text]
          const inScripts = characters.filter((character) => scripts.some((script) => new RegExp(`^\\p{sc=${script}}$`, 'u').test(character))).length
          expect(countLetters(text, scripts)).toEqual({letters: characters.filter((character) => /^\p{L}$/u.test(character)).length, inScripts})
          // A new list each call (no cached one) gives the same counts.
          expect(countLetters(text, [...scripts])).toEqual(countLetters(text, scripts))
          expect(hasScriptCharacter(text, scripts)).toBe(inScripts > 0)
        }),
        {numRuns: 150}
      )
    }
    expect(countLetters('abc', ['Latg'])).toEqual({letters: 3, inScripts: undefined})
  })

  it('finds the scripts all letters share, by the definition', () => {
    const mixed = fc.array(fc.oneof(arabicPiece, fc.constantFrom('Москва', 'Mосква', 'abc', 'αβγ', '漢字', 'かな', '\u0301', '\u0300')), {maxLength: 10})
    fc.assert(
      fc.property(fc.oneof(mixed.map((pieces) => pieces.join('')), anyText), (text) => {
        const found = sharedScripts(text)
        expect(found === 'all' ? 'all' : [...found].sort()).toEqual(sharedByDefinition(text))
      }),
      {numRuns: 400}
    )
  })

  it('sees unusual white space and numbers as the regexes do', () => {
    const spaced = fc.array(fc.constantFrom(' ', '  ', '\t', '\u00a0', '\n', 'a', 'ب', '\ufeff', '٣', '〇', '十', '5', '𝟓', '第', '\u1369', '፼'), {maxLength: 8})
    const text = fc.oneof(spaced.map((pieces) => pieces.join('')), anyText)
    fc.assert(
      // Two texts asked in turn, then the first again: the answers kept for the last texts are theirs.
      fc.property(text, text, (value, other) => {
        for (const current of [value, other, value]) {
          expect(hasUnusualSpace(current)).toBe(/^\s|\s$|[^\S ]| {2}/u.test(current))
          expect(mayHoldDateTime(current)).toBe(/[\p{Nd}〇零一二三四五六七八九十]/u.test(current))
          const signs = numberSigns(current)
          expect((signs & DECIMAL_DIGIT) !== 0).toBe(/\p{Nd}/u.test(current))
          expect((signs & HAN_NUMERAL) !== 0).toBe(/[〇零一二三四五六七八九十]/u.test(current))
          expect((signs & ORDINAL_MARK) !== 0).toBe(current.includes('第'))
          expect((signs & ETHIOPIC_NUMERAL) !== 0).toBe(/[\u1369-\u137C]/u.test(current))
        }
      }),
      {numRuns: 400}
    )
  })

  it('finds every white space finding when it reads only the texts with unusual white space', () => {
    const piece = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u202f', '\u3000', '\u2028', '\u200b', '\ufeff', '\n', '\r', '\r\n', 'a', 'ب', ':', '«', '»', '?', '؟', '5')
    const text = fc.oneof(fc.array(piece, {maxLength: 10}).map((pieces) => pieces.join('')), anyText)
    fc.assert(
      fc.property(text, fc.constantFrom('fr', 'ar', 'en', 'zh'), fc.boolean(), (value, lang, leading) => {
        expect(whitespaceFindings(value, lang, {leading})).toEqual(findingsByLine(value, lang, {leading}))
      }),
      {numRuns: 600}
    )
  })

  it('finds mojibake after a long clean stretch, in both code pages', () => {
    const arabic = udhrArticles('arb').get(1)!.join(' ')
    const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1')
    const windows1256 = (text: string) => new TextDecoder('windows-1256').decode(Buffer.from(text, 'utf8'))
    const found = mojibakeFindings(`${arabic} ${windows1256('العالم')} ${udhrArticles('eng').get(1)![0]} ${latin1('São Paulo')}`)
    expect(found.map((finding) => [finding.repaired, finding.codePage])).toEqual([
      ['العالم', 'windows-1256'],
      ['ã', 'windows-1252']
    ])
    expect(mojibakeFindings(arabic)).toEqual([])
  })
})
