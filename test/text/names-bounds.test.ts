// The second round of shortcuts in name analysis changes no result: the
// letter bound pairing skips distance matrices with never undercuts a real
// similarity, mentions read from lists of words are the words `nameTokens`
// finds, candidates are the same whether the words of their text were read
// before or not, and a short list of spellings gives the findings it gives
// among many. Real text: the Quran (quran-json, Arabic and English) and its
// chapter names.

import {describe, expect, it} from 'vitest'
import {classLetterSet, classSimilarity, classSimilarityBound, classSimilarityLetterBound, consonantClasses} from '../../src/text/names/cross-script.js'
import {findInconsistencies, findNameMentions, nameCandidates, nameTokens} from '../../src/text/names/index.js'
import {mayBeInconsistent} from '../../src/text/names/spellings.js'
import {quranChapters} from '../fixtures/quran.js'

const arabic = quranChapters('ar')
const english = quranChapters('en')

const letterBound = (a: string, b: string): number => classSimilarityLetterBound(a.length, classLetterSet(a), b.length, classLetterSet(b))

describe('the letter bound of pairing', () => {
  it('bounds the similarity of the name words of Joseph and Mary with every word of their verses from above, and lower than their lengths do', () => {
    let pairs = 0
    let tighter = 0
    let belowHalf = 0
    for (const chapter of [11, 18]) {
      for (const [index, verse] of arabic[chapter].verses.entries()) {
        const words = findNameMentions(english[chapter].verses[index].translation ?? '', 'en').flatMap((mention) => mention.words.map((word) => consonantClasses(word.text)))
        const candidates = nameCandidates(verse.text).map((candidate) => consonantClasses(candidate.text))
        for (const word of words) {
          for (const candidate of candidates) {
            const bound = letterBound(word, candidate)
            // The margin pairing allows for rounding in the distance sums.
            expect(bound + 1e-9).toBeGreaterThanOrEqual(classSimilarity(word, candidate))
            expect(bound).toBeLessThanOrEqual(classSimilarityBound(word.length, candidate.length))
            if (bound < classSimilarityBound(word.length, candidate.length)) tighter++
            if (bound < 0.5) belowHalf++
            pairs++
          }
        }
      }
    }
    expect(pairs).toBeGreaterThan(10_000)
    // It does its job: most pairs get a lower bound than their lengths give, and many fall below one half.
    expect(tighter).toBeGreaterThan(pairs * 0.5)
    expect(belowHalf).toBeGreaterThan(pairs * 0.2)
  })

  it('bounds every chapter transliteration against every Arabic chapter name, and is exact for identical classes', () => {
    for (const a of english.map((chapter) => consonantClasses(chapter.transliteration))) {
      for (const b of arabic.map((chapter) => consonantClasses(chapter.name))) {
        expect(letterBound(a, b) + 1e-9).toBeGreaterThanOrEqual(classSimilarity(a, b))
      }
      if (a.length > 0) expect(letterBound(a, a)).toBe(1)
    }
  })

  it('charges letters outside A–Z a full half substitution, whichever shares their bit', () => {
    // Greek, Cyrillic and CJK class letters and a dotted capital (none of them A–Z), against each other and against capitals.
    for (const [a, b] of [['ΑΒΓ', 'ΔΕΖ'], ['中文', 'KTB'], ['Ж', 'Ш'], ['ALH', 'ALḤ']]) {
      expect(letterBound(a, b) + 1e-9).toBeGreaterThanOrEqual(classSimilarity(a, b))
    }
  })
})

describe('mentions and candidates read without token objects', () => {
  const verses = [11, 18, 27].flatMap((chapter) => english[chapter].verses.map((verse) => verse.translation ?? ''))

  it('gives mention words that are words of `nameTokens`, span for span', () => {
    let words = 0
    for (const text of verses) {
      const tokens = new Map(nameTokens(text).map((token) => [token.span[0], token]))
      for (const mention of findNameMentions(text, 'en')) {
        for (const word of mention.words) {
          expect(tokens.get(word.span[0])).toEqual(word)
          words++
        }
      }
    }
    expect(words).toBeGreaterThan(300)
  })

  it('gives an Arabic verse and half of it the same candidates before and after their words are read', () => {
    const copy = (value: unknown) => JSON.parse(JSON.stringify(value))
    let candidates = 0
    for (const [index, verse] of arabic[11].verses.entries()) {
      // A copy with a mark of its own: a text no cache has seen.
      const text = `${verse.text} ۝`
      const half = [0, text.length >> 1] as [number, number]
      const whole = copy(nameCandidates(text))
      const part = copy(nameCandidates(text, half))
      // Four other texts push this one out of the recent candidates; then its words are read.
      for (const other of arabic[12].verses.slice(index % 20, (index % 20) + 4)) nameCandidates(other.text)
      nameTokens(text)
      nameTokens(text.slice(...half))
      expect(copy(nameCandidates(text))).toEqual(whole)
      expect(copy(nameCandidates(text, half))).toEqual(part)
      candidates += whole.length
    }
    expect(candidates).toBeGreaterThan(2000)
  })
})

describe('findInconsistencies on short lists', () => {
  const occurrences = (spellings: readonly string[]) => spellings.map((spelling, index) => ({spelling, ref: index}))
  /** Names that relate to none of the lists below (no shared rasm, skeleton or fold). */
  const unrelated = ['Zebedee', 'Quirinius', 'Xerxes', 'Wulfila', 'Vortigern', 'Ulfilas', 'Tiglath', 'Sennacherib', 'Pekah']

  it('finds in a list of up to eight spellings what it finds in the same list among nine more', () => {
    const lists = [
      ['Ayyub', 'Ayoub', 'Ayyub', 'Ayyib'],
      ['أيوب', 'ايوب', 'ابوب', 'أيوب', 'أيوب'],
      ['Joseph', 'Josepj', 'Joseph', 'Moses', 'Mosse', 'Moses', 'Pharaoh', 'Pharoah'],
      ['Hassan', 'Hussein', 'Hassan', 'Ali', 'Alia'],
      ['موسى', 'موسي', 'موسى', 'عيسى', 'عيسي', 'فرعون', 'فرعوں']
    ]
    let findings = 0
    for (const list of lists) {
      const few = findInconsistencies(occurrences(list), {variants: true})
      const many = findInconsistencies(occurrences([...list, ...unrelated]), {variants: true})
      expect(many).toEqual(few)
      findings += few.length
    }
    // The lists hold typos and variants: the comparison is not between two empty lists.
    expect(findings).toBeGreaterThanOrEqual(6)
  })

  it('is asked first: where no two spellings look alike, it finds nothing, in every verse and chapter of the English Quran', () => {
    let alike = 0
    let apart = 0
    const texts = [...english.flatMap((chapter) => chapter.verses.map((verse) => verse.translation ?? '')), ...english.map((chapter) => chapter.verses.map((verse) => verse.translation ?? '').join('\n'))]
    for (const text of texts) {
      const spellings = findNameMentions(text, 'en').flatMap((mention) => mention.words.map((word) => word.text))
      const findings = findInconsistencies(occurrences(spellings), {variants: true})
      if (mayBeInconsistent(spellings)) alike++
      else {
        expect(findings).toEqual([])
        apart++
      }
      if (findings.length > 0) expect(mayBeInconsistent(spellings)).toBe(true)
    }
    // Both answers are common: most verses name people unlike each other, and whole chapters spell some alike.
    expect(apart).toBeGreaterThan(1000)
    expect(alike).toBeGreaterThan(50)
  })

  it('says yes to the lists above, with a slip or a variant among their names', () => {
    expect(mayBeInconsistent(['Ayyub', 'Ayoub'])).toBe(true)
    expect(mayBeInconsistent(['أيوب', 'ابوب'])).toBe(true)
    expect(mayBeInconsistent(['Allah', 'Moses', 'Allah', 'Pharaoh'])).toBe(false)
    expect(mayBeInconsistent(['الله', 'الله'])).toBe(false)
  })
})
