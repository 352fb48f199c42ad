import {describe, expect, it} from 'vitest'
import {sentenceBreaks, splitSentences} from '../../src/text/lexical/sentences.js'
import {quranPairs} from '../fixtures/quran.js'
import {udhrArticles} from '../fixtures/udhr.js'

/** Where ICU's sentence segmenter ends each sentence of `text`. */
function icuBreaks(text: string, lang: string): number[] {
  return [...new Intl.Segmenter(lang, {granularity: 'sentence'}).segment(text)].map((part) => part.index + part.segment.length)
}

// The languages of the tests' UDHR texts, and scripts with their own terminators and spacing.
const udhr = [
  ['eng', 'en'], ['arb', 'ar'], ['pes_1', 'fa'], ['heb', 'he'], ['rus', 'ru'], ['cmn_hans', 'zh'], ['jpn', 'ja'], ['fra', 'fr'],
  ['hin', 'hi'], ['tha', 'th'], ['tur', 'tr'], ['ell_monotonic', 'el'], ['kat', 'ka'], ['hye', 'hy'], ['amh', 'am'], ['mya', 'my'],
  ['khm', 'km'], ['kor', 'ko'], ['urd', 'ur'], ['vie', 'vi']
] as const

describe('sentences (UAX #29)', () => {
  it('ends sentences where Intl.Segmenter does, for every BMP code point in the rules\' contexts', () => {
    // Each template puts the code point after a full stop, a question mark, a
    // closing bracket or a letter, before upper- or lower-case text: SB6–SB11.
    const templates = ['Ab.X cd. Ef', 'Ab.X Cd', 'ab X. Cd', 'Ab. X Cd', 'Ab?X Cd', 'Ab.)X cd', 'a.\u0308X b']
    const differ: string[] = []
    for (let codePoint = 0; codePoint < 0x10000; codePoint += 1) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue
      for (const template of templates) {
        const text = template.replace('X', String.fromCharCode(codePoint))
        if (sentenceBreaks(text, 'en').join() !== icuBreaks(text, 'en').join()) differ.push(`U+${codePoint.toString(16)} in ${JSON.stringify(text)}`)
      }
    }
    expect(differ.slice(0, 10)).toEqual([])
  }, 60_000)

  it('reads astral letters, digits and marks as ICU does', () => {
    const samples = ['𝐀', '𝐚', '𐐀', '𐐨', '𝟎', '𑂽', '𑁆', '😀', '🏽', '𞤀', '𞤢', '𖼀']
    for (const sample of samples) {
      for (const text of [`Ab.${sample} cd. Ef`, `Ab.${sample} Cd`, `ab ${sample}. Cd`, `Ab. ${sample} Cd`]) {
        expect(sentenceBreaks(text, 'en'), text).toEqual(icuBreaks(text, 'en'))
      }
    }
  })

  it('follows ICU\'s Greek tailoring: the Greek question mark ends a sentence', () => {
    expect(splitSentences('Τι είπες; Τίποτα.', 'el').map((sentence) => sentence.text)).toEqual(['Τι είπες;', 'Τίποτα.'])
    expect(splitSentences('Ab; Cd.', 'en').map((sentence) => sentence.text)).toEqual(['Ab; Cd.'])
    expect(sentenceBreaks('Ab; Cd\u037e Ef', 'el')).toEqual(icuBreaks('Ab; Cd\u037e Ef', 'el'))
  })

  for (const [code, lang] of udhr) {
    it(`finds ICU's sentences in the UDHR (${code})`, () => {
      const paragraphs = [...udhrArticles(code).values()].flat()
      const whole = paragraphs.join('\n')
      expect(sentenceBreaks(whole, lang)).toEqual(icuBreaks(whole, lang))
      const line = paragraphs.join(' ')
      expect(sentenceBreaks(line, lang)).toEqual(icuBreaks(line, lang))
      expect(icuBreaks(line, lang).length).toBeGreaterThan(code === 'tha' ? 1 : 30)
    })
  }

  it('finds ICU\'s sentences in the Qur\'an, Arabic and English', () => {
    for (const {text, translation} of quranPairs(2000)) {
      expect(sentenceBreaks(text, 'ar')).toEqual(icuBreaks(text, 'ar'))
      expect(sentenceBreaks(translation, 'en')).toEqual(icuBreaks(translation, 'en'))
    }
  })

  it('trims the white space after a sentence and keeps no empty one', () => {
    const text = 'He left.  \n\n She stayed! \u00a0'
    expect(splitSentences(text, 'en')).toEqual([
      {span: [0, 8], text: 'He left.'},
      {span: [12, 24], text: ' She stayed!'}
    ])
    expect(splitSentences(' \n ', 'en')).toEqual([])
    expect(splitSentences('', 'en')).toEqual([])
  })

  it('reads a long text of terminators and numbers as ICU does, within the test\'s time limit (a quadratic look-ahead would take minutes)', () => {
    // ICU itself is too slow on the long text: its breaks on 100 repeats give the pattern, one break a repeat but the last, which a lower-case letter follows (SB8).
    const short = '. 1 '.repeat(100) + 'a'
    expect(sentenceBreaks(short, 'en')).toEqual(icuBreaks(short, 'en'))
    expect(icuBreaks(short, 'en')).toEqual(Array.from({length: 99}, (_, index) => 4 * index + 2).concat(short.length))
    const text = '. 1 '.repeat(50_000) + 'a'
    expect(sentenceBreaks(text, 'en')).toEqual(Array.from({length: 49_999}, (_, index) => 4 * index + 2).concat(text.length))
  })
})
