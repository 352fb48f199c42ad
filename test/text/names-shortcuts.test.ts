// The shortcuts that make name analysis cheap per unit change no result:
// the table fold of basic Arabic gives what NFKC and the fold patterns give,
// pairing with its exact-match and repeated-classes shortcuts picks the
// counterpart a full comparison picks, and titles are found after a title
// pattern replaced the search per title. Real text: the Quran (quran-json),
// the UDHR in Arabic, Persian and Urdu.

import {describe, expect, it} from 'vitest'
import {foldedText, orthographicKey} from '../../src/text/names/arabic-keys.js'
import {classSimilarity, consonantClasses} from '../../src/text/names/cross-script.js'
import {findNameMentions, nameCandidates, pairNames, type NameCandidate, type NameToken} from '../../src/text/names/index.js'
import {quranChapters} from '../fixtures/quran.js'
import {udhrArticles} from '../fixtures/udhr.js'
import {scanWords} from '../../src/text/names/word-scan.js'

const arabic = quranChapters('ar')
const english = quranChapters('en')

/** `foldedText` as its documentation defines it: NFKC, then the marks dropped and the letters folded. */
const droppedMarks = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u0621]/gu
const letterFolds: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', 'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ھ': 'ه', 'ۃ': 'ه',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ے': 'ي', 'ؤ': 'و', 'ئ': 'ي', 'ک': 'ك', 'ڪ': 'ك'
}
const foldableLetter = new RegExp(`[${Object.keys(letterFolds).join('')}]`, 'gu')
const referenceFold = (text: string): string => text.normalize('NFKC').replace(droppedMarks, '').replace(foldableLetter, (letter) => letterFolds[letter])

describe('foldedText', () => {
  it('folds every verse of the Quran and the UDHR in Arabic, Persian and Urdu as NFKC and the patterns do', () => {
    const texts = [
      ...arabic.flatMap((chapter) => chapter.verses.map((verse) => verse.text)),
      ...['arb', 'pes_1', 'urd'].flatMap((code) => [...udhrArticles(code).values()].flat())
    ]
    let changed = 0
    for (const text of texts) {
      const folded = foldedText(text)
      expect(folded).toBe(referenceFold(text))
      if (folded !== text) changed++
    }
    // The fold did something on most of them: harakat, hamza seats, ة.
    expect(changed).toBeGreaterThan(texts.length * 0.9)
  })

  it('keeps what NFKC composes or decomposes into other letters: ٵ, ے and ہ with hamza above, presentation forms', () => {
    for (const text of ['\u0675', 'ٶ', '\u06D2\u0654', '\u06C1\u0654', 'ﻣﺤﻤﺪ', 'ﻻ', 'ا\u0653', 'ي\u0654', 'a\u00A0b', 'ﬁ', 'د\u0670\u0654']) {
      expect(foldedText(text)).toBe(referenceFold(text))
    }
    expect(orthographicKey('ۓ')).not.toBe(orthographicKey('ي'))
    expect(orthographicKey('ﻣﺤﻤﺪ')).toBe('محمد')
  })
})

/** Pairing as first written: every candidate compared, the best similarity, then the nearest, then the first. */
function referencePairs(words: readonly NameToken[], candidates: readonly NameCandidate[], wordPlace: (span: readonly [number, number]) => number, candidatePlace: (span: readonly [number, number]) => number) {
  const blocked = new Set<number>()
  const pairs: Array<{word: NameToken; counterpart: NameCandidate; similarity: number}> = []
  for (const word of words) {
    let best: {index: number; similarity: number; distance: number} | undefined
    for (const [index, candidate] of candidates.entries()) {
      if (blocked.has(index)) continue
      const similarity = classSimilarity(consonantClasses(word.text), consonantClasses(candidate.text))
      const distance = Math.abs(wordPlace(word.span) - candidatePlace(candidate.span))
      if (!best || similarity > best.similarity || (similarity === best.similarity && distance < best.distance)) best = {index, similarity, distance}
    }
    if (!best) continue
    const [start, end] = candidates[best.index].span
    for (const [index, candidate] of candidates.entries()) if (start < candidate.span[1] && candidate.span[0] < end) blocked.add(index)
    pairs.push({word, counterpart: candidates[best.index], similarity: best.similarity})
  }
  return pairs
}

describe('pairNames', () => {
  it('pairs the names of every verse of Joseph, Mary and The Cow with the counterparts a full comparison finds', () => {
    let pairs = 0
    let exact = 0
    for (const chapter of [1, 11, 18]) {
      for (const [index, verse] of arabic[chapter].verses.entries()) {
        const translation = english[chapter].verses[index].translation ?? ''
        const words = findNameMentions(translation, 'en').flatMap((mention) => mention.words)
        const candidates = nameCandidates(verse.text)
        const wordPlace = ([start]: readonly [number, number]) => start / translation.length
        const candidatePlace = ([start]: readonly [number, number]) => start / verse.text.length
        const found = pairNames(words, candidates, wordPlace, candidatePlace)
        expect(found).toEqual(referencePairs(words, candidates, wordPlace, candidatePlace))
        pairs += found.length
        exact += found.filter((pair) => pair.similarity === 1).length
      }
    }
    // Both paths ran: names spelled with the same classes (Allah, Joseph) and the others.
    expect(exact).toBeGreaterThan(300)
    expect(pairs - exact).toBeGreaterThan(300)
  })
})

/** The pattern `scanWords` stands for. */
const wordPattern = /[‘ʿʾ]?[\p{L}\p{M}]+(?:[-‐'’‘ʿʾʼ]+[\p{L}\p{M}]+)*/gu

describe('scanWords', () => {
  const spans = (text: string): string[] => {
    const found: string[] = []
    scanWords(text, (start, end) => found.push(`${start}-${end}`))
    return found
  }

  it('finds the words the word pattern finds in the UDHR in 40 languages and scripts', () => {
    const codes = ['eng', 'arb', 'pes_1', 'urd', 'heb', 'rus', 'ell_monotonic', 'hin', 'cmn_hans', 'jpn', 'kor', 'tha', 'amh', 'hye', 'kat', 'tam', 'ben', 'vie', 'yor', 'hau_NG', 'tur', 'deu_1996', 'fra', 'pol', 'ces', 'fin', 'hun', 'lit', 'lav', 'ron', 'swh', 'zul', 'khm', 'mya', 'sin', 'tel', 'pan', 'guj', 'div', 'uig_arab']
    let words = 0
    for (const code of codes) {
      let text: string
      try {
        text = [...udhrArticles(code).values()].flat().join('\n')
      } catch {
        continue
      }
      const expected = [...text.matchAll(wordPattern)].map((match) => `${match.index}-${match.index + match[0].length}`)
      expect(spans(text)).toEqual(expected)
      words += expected.length
    }
    expect(words).toBeGreaterThan(50_000)
  })

  it('gives back a trailing ʿ of a joiner run to the letters, as the pattern backtracks', () => {
    for (const text of ['Al-‘Ālam', '‘Alī', 'a-ʿ', 'a-ʿ.', 'ʿ-x', "a'-'b", '‘ ', 'x‘', '𝐀𝐁-c', 'é\u0301-', 'Ibn-ʿAbbās']) {
      expect(spans(text)).toEqual([...text.matchAll(wordPattern)].map((match) => `${match.index}-${match.index + match[0].length}`))
    }
  })
})

describe('titled mentions', () => {
  it('finds the name after a title in an unvocalised Arabic text, and none in a text without a title', () => {
    const mentions = findNameMentions('وصل الوزير علي أيوب إلى دمشق.', 'ar')
    expect(mentions.map((mention) => mention.text)).toEqual(['علي أيوب'])
    expect(findNameMentions('وصل علي أيوب إلى دمشق.', 'ar')).toEqual([])
  })

  it('finds the words after a Hebrew title (הרב), and none without it', () => {
    expect(findNameMentions('פגשנו את הרב משה כהן, ואז הלכנו', 'he').map((mention) => mention.text)).toEqual(['משה כהן'])
    expect(findNameMentions('פגשנו את משה כהן, ואז הלכנו', 'he')).toEqual([])
  })
})
