import {describe, expect, it} from 'vitest'
import {spacedWords} from '../../src/text/lexical/words.js'
import {createSide} from '../../src/text/side.js'
import {quranPairs} from '../fixtures/quran.js'
import {udhrArticles} from '../fixtures/udhr.js'

/** `Intl.Segmenter`'s word-like segments of `text`. */
function icuWords(text: string, lang: string) {
  const found = []
  for (const part of new Intl.Segmenter(lang, {granularity: 'word'}).segment(text)) {
    if (part.isWordLike) found.push({span: [part.index, part.index + part.segment.length], text: part.segment})
  }
  return found
}

const sideOf = (text: string, lang: string) =>
  createSide({role: 'target', lang, filePath: '/x.txt', text, toFileOffset: (offset) => offset, position: (offset) => ({line: 1, column: offset + 1})})

// Scripts with spaces (Latin with apostrophes, Arabic and Persian with ZWNJ, Hebrew with geresh) and without (Chinese, Japanese, Thai: ICU's dictionaries).
const udhr = [
  ['eng', 'en'], ['fra', 'fr'], ['arb', 'ar'], ['pes_1', 'fa'], ['heb', 'he'], ['rus', 'ru'], ['hin', 'hi'], ['tur', 'tr'],
  ['ell_monotonic', 'el'], ['hye', 'hy'], ['kat', 'ka'], ['amh', 'am'], ['vie', 'vi'], ['kor', 'ko'], ['urd', 'ur'],
  ['cmn_hans', 'zh'], ['jpn', 'ja'], ['tha', 'th']
] as const

describe('words (UAX #29)', () => {
  for (const [code, lang] of udhr) {
    it(`are ICU's word-like segments in the UDHR (${code})`, () => {
      const text = [...udhrArticles(code).values()].flat().join('\n')
      const words = sideOf(text, lang).words
      expect(words).toEqual(icuWords(text, lang))
      expect(words.length).toBeGreaterThan(500)
    })
  }

  it('are ICU\'s in the Qur\'an, Arabic and English', () => {
    for (const {text, translation} of quranPairs(1000)) {
      expect(spacedWords(text)).toEqual(icuWords(text, 'ar'))
      expect(spacedWords(translation)).toEqual(icuWords(translation, 'en'))
    }
  })

  it('keep apostrophes, points, colons and underscores inside a word, commas inside a number, and a ZWNJ inside or after one', () => {
    const cases = ['l’homme', "don't", 'a:b', 'U.S.A.', 'e.g.', '1,000 and 1.5', '3:30', 'a_b _ab ab_', 'کرده\u200cاند', '\u200cab', 'ab\u200c c', 'ש"ב ש\'', 'a’’b', 'a..b', 'a;b 1;2', 'a-b', 'x\u00adb', 'a1b 1a', 'COVID-19']
    for (const text of cases) expect(spacedWords(text), text).toEqual(icuWords(text, 'en'))
  })
})
