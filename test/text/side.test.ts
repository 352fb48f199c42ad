import {describe, expect, it} from 'vitest'
import * as side from '../../src/text/side.js'
import {alignmentLength, anchorCandidates} from '../../src/text/align-features.js'
import {udhrArticles} from '../fixtures/udhr.js'

const {createSide, segmentSentences, segmentWords} = side

/** One UDHR text on one line, as a long side of a combined document is, repeated up to `length`. */
function udhrLine(code: string, length: number): string {
  const text = [...udhrArticles(code).values()].flat().join(' ') + ' '
  return text.repeat(Math.ceil(length / text.length)).slice(0, length)
}

/** What `Intl.Segmenter` gives over the whole text at once (too slow for megabytes, fine here). */
function wholeText(text: string, lang: string, granularity: 'word' | 'sentence') {
  const found = []
  for (const part of new Intl.Segmenter(lang, {granularity}).segment(text)) {
    if (granularity === 'word') {
      if (part.isWordLike) found.push({span: [part.index, part.index + part.segment.length], text: part.segment})
      continue
    }
    const content = part.segment.trimEnd()
    if (content.trim() !== '') found.push({span: [part.index, part.index + content.length], text: content})
  }
  return found
}

// Scripts with spaces, without (Chinese, Thai: ICU's dictionaries), and with marks after spaces (Hindi, Arabic).
const languages = [
  ['eng', 'en'],
  ['arb', 'ar'],
  ['cmn_hans', 'zh'],
  ['tha', 'th'],
  ['hin', 'hi'],
  ['rus', 'ru']
] as const

describe('side', () => {
  it('exports its API', () => {
    expect(Object.keys(side).sort()).toEqual(['createSide', 'segmentSentences', 'segmentWords'])
  })

  // Long texts are segmented in windows (V8's iterator slows down with the
  // string's length): the words and sentences must be those of the whole text.
  for (const [code, lang] of languages) {
    it(`finds the words and sentences of the whole line, in windows (${code})`, () => {
      const text = udhrLine(code, 9000)
      expect(text.length).toBeGreaterThan(4 * 2048)
      const words = segmentWords(text, lang)
      const sentences = segmentSentences(text, lang)
      expect(words).toEqual(wholeText(text, lang, 'word'))
      expect(sentences).toEqual(wholeText(text, lang, 'sentence'))
      expect(words.length).toBeGreaterThan(100)
      // Thai marks sentences by spaces alone, and ICU finds few: the window then grows.
      expect(sentences.length).toBeGreaterThan(1)
      expect(sentences.at(-1)!.span[1]).toBe(text.trimEnd().length)
    })
  }

  it('keeps the words of a long line with no space in it (Chinese)', () => {
    const text = udhrLine('cmn_hans', 6000).replace(/\s/g, '')
    expect(segmentWords(text, 'zh')).toEqual(wholeText(text, 'zh', 'word'))
  })

  it('computes each analysis once, on first access', () => {
    const text = 'Everyone has the right to life.\nNo one shall be held in slavery.'
    const made = createSide({role: 'source', lang: 'en', filePath: '/a.txt', text, toFileOffset: (offset) => offset, position: (offset) => ({line: 1, column: offset + 1})})
    expect(made.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Everyone has the right to life.', 'No one shall be held in slavery.'])
    expect(made.paragraphs).toBe(made.paragraphs)
    expect(made.words).toBe(made.words)
    expect(made.words.map((word) => word.text).slice(0, 3)).toEqual(['Everyone', 'has', 'the'])
    expect(made.sentences.map((sentence) => sentence.span)).toEqual([[0, 31], [32, 64]])
    expect(made.encode('a "b"')).toBe('a "b"')
    expect(made.position(5)).toEqual({line: 1, column: 6})
  })
})

describe('align features', () => {
  it('counts code points without spaces, marks, format characters and tatweel', () => {
    // فـــي with tatweel and a fatha, a ZWNJ, an astral letter.
    expect(alignmentLength('فـــيَ\u200c 𝐀b')).toBe(4)
    expect(alignmentLength(udhrLine('eng', 200))).toBe(udhrLine('eng', 200).replace(/\s/g, '').length)
  })

  it('folds digits of other systems only where there are some', () => {
    expect([...anchorCandidates('المادة ١٢ و 007 UNESCO')]).toEqual(['12', '7', 'unesco'])
    expect([...anchorCandidates('Article 12 of 1948')]).toEqual(['article', '12', 'of', '1948'])
  })
})
