// The caches and shortcuts of the name mechanism change no result: on the
// Quran (quran-json: Arabic and English, verse by verse), each text gives
// the same words, candidates and mentions whatever was analysed before it,
// and the length bound pairing uses never undercuts a real similarity.

import {describe, expect, it} from 'vitest'
import {classSimilarity, classSimilarityBound, consonantClasses, nameSimilarity} from '../../src/text/names/cross-script.js'
import {findNameMentions, nameCandidates, nameTokens, pairNames} from '../../src/text/names/index.js'
import {quranChapters} from '../fixtures/quran.js'

const arabic = quranChapters('ar')
const english = quranChapters('en')

/** Verses of a few long chapters (Joseph, Mary), in both versions. */
const chapters = [11, 18]
const arabicVerses = chapters.flatMap((index) => arabic[index].verses.map((verse) => verse.text))
const englishVerses = chapters.flatMap((index) => english[index].verses.map((verse) => verse.translation ?? ''))

/** What a text yields, as plain data (copies, so a shared array cannot hide a change). */
function analyse(text: string, lang: string) {
  return JSON.parse(JSON.stringify({
    tokens: nameTokens(text),
    candidates: nameCandidates(text),
    halves: nameCandidates(text, [0, text.length >> 1]),
    mentions: findNameMentions(text, lang)
  }))
}

describe('name caches', () => {
  it('give each verse the same words, candidates and mentions in any order of analysis', () => {
    for (const [verses, lang] of [[arabicVerses, 'ar'], [englishVerses, 'en']] as const) {
      const forward = verses.map((text) => analyse(text, lang))
      const backward = [...verses].reverse().map((text) => analyse(text, lang)).reverse()
      expect(backward).toEqual(forward)
      // Something was found: the verses name people, and Arabic words are peeled into stems.
      expect(forward.flatMap((result) => result.mentions).length).toBeGreaterThan(lang === 'en' ? 100 : 0)
      if (lang === 'ar') expect(forward.reduce((sum, result) => sum + result.candidates.length - result.tokens.length, 0)).toBeGreaterThan(1000)
    }
  })

  it('gives verses the same mentions after a text that grew the reused per-word flags, and after one too long to keep them', () => {
    const verses = englishVerses.slice(0, 60)
    const first = verses.map((text) => findNameMentions(text, 'en'))
    const chapter = (index: number) => english[index].verses.map((verse) => verse.translation ?? '').join(' ')
    // The Cow: thousands of words; the whole Quran: more than 65,536.
    for (const long of [chapter(1), english.map((_, index) => chapter(index)).join('\n')]) {
      expect(findNameMentions(long, 'en').length).toBeGreaterThan(100)
      expect(verses.map((text) => findNameMentions(text, 'en'))).toEqual(first)
    }
    expect(first.flat().length).toBeGreaterThan(20)
  })

  it('finds Joseph in the English Quran after every other chapter was read', () => {
    for (const chapter of english) findNameMentions(chapter.verses.map((verse) => verse.translation ?? '').join('\n'), 'en')
    const joseph = english[11].verses.map((verse) => verse.translation ?? '').join('\n')
    const words = findNameMentions(joseph, 'en').flatMap((mention) => mention.words.map((word) => word.text))
    expect(words.filter((word) => word === 'Joseph').length).toBeGreaterThanOrEqual(20)
  })
})

describe('pairing shortcuts', () => {
  const names = english.map((chapter) => chapter.transliteration)
  const arabicNames = arabic.map((chapter) => chapter.name)

  it('bounds the similarity of every chapter transliteration with every Arabic chapter name from above', () => {
    let below = 0
    for (const a of names) {
      for (const b of arabicNames) {
        const [classesA, classesB] = [consonantClasses(a), consonantClasses(b)]
        const similarity = classSimilarity(classesA, classesB)
        expect(similarity).toBe(nameSimilarity(a, b))
        expect(classSimilarityBound(classesA.length, classesB.length)).toBeGreaterThanOrEqual(similarity)
        if (classSimilarityBound(classesA.length, classesB.length) < 1) below++
      }
    }
    // The bound is not trivial: most pairs differ in length.
    expect(below).toBeGreaterThan(names.length * arabicNames.length * 0.5)
  })

  it('pairs each word of a verse with the counterpart found by comparing every candidate', () => {
    let pairs = 0
    for (const [index, text] of englishVerses.entries()) {
      const words = findNameMentions(text, 'en').flatMap((mention) => mention.words)
      const candidates = nameCandidates(arabicVerses[index])
      const found = pairNames(words, candidates)
      for (const pair of found) {
        const best = Math.max(...candidates.map((candidate) => nameSimilarity(pair.word.text, candidate.text)))
        // Candidates blocked by an earlier pair can only lower the best; never above it.
        expect(pair.similarity).toBeLessThanOrEqual(best)
        if (found.indexOf(pair) === 0) expect(pair.similarity).toBe(best)
        pairs++
      }
    }
    expect(pairs).toBeGreaterThan(200)
  })
})
