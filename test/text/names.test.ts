// Name keys, cross-script matching, mention extraction and spelling
// consistency, on real text: the Quran (quran-json: Arabic, its English and
// Russian translations, chapter names with their transliterations), the
// UDHR in Persian, and the sample document of corpus/.

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {
  adjacentKeys,
  consonantClasses,
  findInconsistencies,
  findNameMentions,
  isRegionName,
  nameCandidates,
  nameLength,
  nameSimilarity,
  nameTokens,
  orthographicKey,
  rasmKey,
  relateArabicSpellings,
  relateLatinSpellings,
  relateSpellings,
  romanizationSkeleton,
  type Occurrence
} from '../../src/text/names/index.js'
import {type Chapter, quranChapters} from '../fixtures/quran.js'
import {udhrArticles} from '../fixtures/udhr.js'

const arabic = quranChapters('ar')
const english = quranChapters('en')
const russian = quranChapters('ru')

/** One chapter as a document: a verse a line. */
const lines = (chapter: Chapter, field: 'text' | 'translation'): string[] => chapter.verses.map((verse) => verse[field] ?? '')

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length
}

const sample = readFileSync(new URL('../../corpus/alalam-2020-07-08.txt', import.meta.url), 'utf8').split('\n')
const sampleEnglish = sample.slice(0, 9).join('\n')
const sampleArabic = sample.slice(9).join('\n')

/** Name words of a cased-script text as occurrences, with their spans. */
function nameWords(text: string, lang: string, minLength = 3): Array<Occurrence<readonly [number, number]>> {
  return findNameMentions(text, lang).flatMap((mention) =>
    mention.words.filter((word) => nameLength(word.text) >= minLength).map((word) => ({spelling: word.text, ref: word.span, weak: mention.uncertain}))
  )
}

describe('API', () => {
  it('exports the name mechanism', async () => {
    expect(Object.keys(await import('../../src/text/names/index.js')).sort()).toEqual([
      'adjacentKeys',
      'arabicStems',
      'classDistance',
      'consonantClasses',
      'findInconsistencies',
      'findNameMentions',
      'foldLatin',
      'isRegionName',
      'knownDistinct',
      'nameCandidates',
      'nameLength',
      'nameSimilarity',
      'nameTokens',
      'orthographicKey',
      'overlaps',
      'pairNames',
      'paragraphPairs',
      'rasmKey',
      'relateArabicSpellings',
      'relateLatinSpellings',
      'relateSpellings',
      'romanizationSkeleton',
      'spellingInformation',
      'unitNames'
    ])
  })
})

describe('Arabic keys', () => {
  it('strips every mark, tatweel and hamza seat from fully vocalised Quranic text', () => {
    const words = arabic.flatMap((chapter) => lines(chapter, 'text').flatMap((line) => nameTokens(line).map((token) => token.text)))
    expect(words.length).toBeGreaterThan(70_000)
    const keys = words.map(orthographicKey)
    expect(keys.filter((key) => /[\p{M}\u0640أإآٱؤئءةى]/u.test(key))).toEqual([])
    // The name of chapter 19 as written in its verses (مَرۡيَمَ) and in its title.
    expect(orthographicKey('مَرۡيَمَ')).toBe(orthographicKey(arabic[18].name))
  })

  it('folds presentation forms, Persian letters and Egyptian final ى', () => {
    expect(orthographicKey('ﻣﺤﻤﺪ')).toBe('محمد')
    expect(orthographicKey('محـــمد')).toBe('محمد')
    expect(orthographicKey('على')).toBe(orthographicKey('علي'))
    // Persian UDHR words with ی and ک match their Arabic-letter spelling.
    const persian = [...udhrArticles('pes_1').values()].flat().join(' ')
    const withPersianLetters = nameTokens(persian).map((token) => token.text).filter((word) => /[یک]/u.test(word))
    expect(withPersianLetters.length).toBeGreaterThan(100)
    for (const word of withPersianLetters) expect(orthographicKey(word)).toBe(orthographicKey(word.replace(/ی/gu, 'ي').replace(/ک/gu, 'ك')))
  })

  it('gives one rasm to spellings that differ only in dots, keeping final ن ي ق apart', () => {
    expect(new Set(['أيوب', 'ايوب', 'ابوب'].map(rasmKey)).size).toBe(1)
    expect(rasmKey('حسن')).not.toBe(rasmKey('حسين'))
    expect(rasmKey('بين')).not.toBe(rasmKey('بيت'))
    expect(rasmKey('فرق')).not.toBe(rasmKey('فرف'))
    expect(rasmKey('نبيل')).toBe(rasmKey('بنيل'))
  })

  it('tells a hamza variant from a dot slip from another name', () => {
    expect(relateArabicSpellings('أيوب', 'ايوب')).toBe('variant')
    expect(relateArabicSpellings('فاطمة', 'فاطمه')).toBe('variant')
    expect(relateArabicSpellings('ايوب', 'ابوب')).toBe('dots')
    expect(relateArabicSpellings('نبيل', 'بنيل')).toBe('dots')
    expect(relateArabicSpellings('حسن', 'حسين')).toBe('different')
    expect(relateArabicSpellings('باقري', 'باقر')).toBe('different')
  })
})

describe('Latin keys', () => {
  it('maps the romanizations of one name to one skeleton and keeps look-alike names apart', () => {
    expect(new Set(['Ayyūb', 'Ayyub', 'Ayoub', 'Ayub'].map(romanizationSkeleton)).size).toBe(1)
    expect(new Set(['Moḥammad', 'Muhammad', 'Mohammed', 'Mohamed'].map(romanizationSkeleton)).size).toBe(1)
    expect(romanizationSkeleton('Aḥmad')).toBe(romanizationSkeleton('Ahmed'))
    expect(romanizationSkeleton('Hassan')).not.toBe(romanizationSkeleton('Hussein'))
    expect(romanizationSkeleton('Ali')).not.toBe(romanizationSkeleton('Alia'))
    expect(romanizationSkeleton('Ahmed')).not.toBe(romanizationSkeleton('Hamad'))
  })

  it('calls a one-key slip a typo, and a suffix or a far key a different word', () => {
    expect(relateLatinSpellings('Ayyūb', 'Ayoub')).toBe('variant')
    expect(relateLatinSpellings('Erdoğan', 'Erdogan')).toBe('variant')
    expect(relateLatinSpellings('Ayyub', 'Ayyib')).toBe('typo')
    expect(relateLatinSpellings('Joseph', 'Josepj')).toBe('typo')
    expect(relateLatinSpellings('Abraham', 'Abarham')).toBe('typo')
    expect(relateLatinSpellings('Iran', 'Iraq')).toBe('different')
    expect(relateLatinSpellings('Syria', 'Syrian')).toBe('different')
    expect(relateLatinSpellings('Hassan', 'Hussein')).toBe('different')
    expect(adjacentKeys('h', 'j')).toBe(true)
    expect(adjacentKeys('n', 'q')).toBe(false)
  })
})

describe('cross-script matching', () => {
  it('pairs the 114 Quran chapter names with their own transliteration', () => {
    let paired = 0
    for (const chapter of english) {
      const best = english.reduce((top, other) =>
        nameSimilarity(chapter.transliteration, other.name) > nameSimilarity(chapter.transliteration, top.name) ? other : top
      )
      if (best.id === chapter.id) paired++
    }
    // Measured: 103 of 114; the misses are one-letter chapter names (ص, ق), short names whose one
    // difference weighs heavily (Saba/سبإ), and near twins (An-Nas: الناس and النساء score alike).
    expect(paired).toBeGreaterThanOrEqual(100)
  })

  it('matches the sample names across scripts and tells different people apart', () => {
    expect(consonantClasses('Ayyūb')).toBe(consonantClasses('أيوب'))
    expect(nameSimilarity('Moḥammad Bāqerī', 'محمد باقري')).toBeGreaterThan(0.9)
    expect(nameSimilarity('Moḥammad Bāqerī', 'محمد جواد ظريف')).toBeLessThan(0.6)
    expect(nameSimilarity('Ayyūb', 'أيوب')).toBeGreaterThan(nameSimilarity('Ayyūb', 'ابوب'))
  })

  it('matches Cyrillic transliterations of the Russian Quran to the Arabic names', () => {
    const chapter = lines(russian[11], 'translation').join('\n')
    const yusuf = findNameMentions(chapter, 'ru').filter((mention) => mention.text === 'Йусуф')
    expect(yusuf.length).toBeGreaterThanOrEqual(5)
    expect(nameSimilarity('Йусуф', 'يوسف')).toBeGreaterThan(0.85)
    expect(nameSimilarity('Ибрахим', 'إبراهيم')).toBeGreaterThan(0.85)
  })
})

describe('name mentions', () => {
  it('finds the sample names with their titles and leaves sentence-initial words out', () => {
    const mentions = findNameMentions(sampleEnglish, 'en')
    const titled = mentions.filter((mention) => mention.titled).map((mention) => mention.text)
    expect(titled).toEqual(['Moḥammad Bāqerī', '‘Alī Ayyūb'])
    expect(mentions.map((mention) => mention.text)).toContain('Ayyūb')
    const certain = mentions.filter((mention) => !mention.uncertain).map((mention) => mention.words[0].text)
    for (const word of ['The', 'About', 'Thus', 'He', 'On']) expect(certain).not.toContain(word)
    expect(mentions.find((mention) => mention.text === 'Thus')?.uncertain).toBe(true)
  })

  it('finds Arabic names after titles, without the adjective or the next phrase', () => {
    const mentions = findNameMentions(sampleArabic, 'ar')
    expect(mentions.map((mention) => mention.text)).toEqual(['محمد باقري', 'علي ايوب', 'محمد باقري'])
    expect(mentions[1].span).toEqual([sampleArabic.indexOf('علي ايوب'), sampleArabic.indexOf('علي ايوب') + 8])
    const [name] = findNameMentions('قال الرئيس السوري بشار الأسد في خطاب', 'ar')
    expect(name.text).toBe('بشار الأسد')
  })

  it('finds the prophets of the English Quran and no capitalised pronoun', () => {
    const joseph = findNameMentions(lines(english[11], 'translation').join('\n'), 'en').filter((mention) => mention.text === 'Joseph')
    expect(joseph.length).toBeGreaterThanOrEqual(20)
    const words = english.flatMap((chapter) =>
      nameWords(lines(chapter, 'translation').join('\n'), 'en')
        .filter((word) => !word.weak)
        .map((word) => word.spelling)
    )
    expect(words.length).toBeGreaterThan(5_000)
    for (const pronoun of ['He', 'We', 'The']) expect(words).not.toContain(pronoun)
  })

  it('peels joined Arabic clitics off candidate stems', () => {
    const text = 'سوريا وإيران ولبنان'
    const stems = nameCandidates(text).map((candidate) => text.slice(...candidate.span))
    expect(stems).toEqual(expect.arrayContaining(['وإيران', 'إيران', 'ولبنان', 'لبنان']))
  })

  it('knows country names from CLDR in both scripts', () => {
    expect(isRegionName('ايران', 'ar')).toBe(true)
    expect(isRegionName('Syria', 'en')).toBe(true)
    expect(isRegionName('أيوب', 'ar')).toBe(false)
  })
})

/** Replace the letter at `index` of the word at `offset` in a text. */
function replaceLetter(text: string, offset: number, index: number, letter: string): string {
  return text.slice(0, offset + index) + letter + text.slice(offset + index + 1)
}

const qwertyNeighbour: Record<string, string> = {a: 's', b: 'v', c: 'x', d: 'f', e: 'r', f: 'g', g: 'h', h: 'j', i: 'o', j: 'k', k: 'l', l: 'k', m: 'n', n: 'm', o: 'p', p: 'o', q: 'w', r: 't', s: 'd', t: 'y', u: 'i', v: 'b', w: 'e', x: 'c', y: 'u', z: 'x'}

describe('spelling consistency', () => {
  it('finds nothing in the 114 chapters of the English Quran', () => {
    const findings = english.flatMap((chapter) => findInconsistencies(nameWords(lines(chapter, 'translation').join('\n'), 'en'), {variants: true}))
    expect(findings).toEqual([])
  })

  it('finds a one-key slip injected into an English name at its line', () => {
    let injected = 0
    for (const chapter of english) {
      const text = lines(chapter, 'translation').join('\n')
      const counts = new Map<string, number>()
      for (const word of nameWords(text, 'en', 4).filter((word) => !word.weak)) counts.set(word.spelling, (counts.get(word.spelling) ?? 0) + 1)
      const name = [...counts].find(([spelling, count]) => count >= 2 && /^[A-Z][a-z]{3,}$/u.test(spelling))?.[0]
      if (!name) continue
      const last = nameWords(text, 'en').filter((word) => word.spelling === name && !word.weak).at(-1)!
      const typo = replaceLetter(text, last.ref[0], 2, qwertyNeighbour[name[2]])
      const findings = findInconsistencies(nameWords(typo, 'en'), {variants: false}).filter((finding) => finding.kind === 'typo')
      expect(findings.map((finding) => [finding.expected, lineAt(typo, finding.occurrences[0][0])]), `chapter ${chapter.id}`).toContainEqual([
        name,
        lineAt(text, last.ref[0])
      ])
      injected++
    }
    expect(injected).toBeGreaterThan(40)
  })

  it('reports a second romanization of a name as a variant', () => {
    const alternatives: Record<string, string> = {Muhammad: 'Mohammed', Iblees: 'Iblis', Thamud: 'Thamood', Haman: 'Hamaan', Luqman: 'Loqman'}
    let injected = 0
    for (const chapter of english) {
      const text = lines(chapter, 'translation').join('\n')
      const words = nameWords(text, 'en')
      for (const [name, alternative] of Object.entries(alternatives)) {
        const mentions = words.filter((word) => word.spelling === name && !word.weak)
        if (mentions.length < 2) continue
        const [start, end] = mentions.at(-1)!.ref
        const changed = text.slice(0, start) + alternative + text.slice(end)
        const variants = findInconsistencies(nameWords(changed, 'en'), {variants: true}).filter((finding) => finding.kind === 'variant')
        expect(variants.map((finding) => [finding.spelling, finding.expected, lineAt(changed, finding.occurrences[0][0])])).toContainEqual([
          alternative,
          name,
          lineAt(text, start)
        ])
        expect(findInconsistencies(nameWords(changed, 'en'), {variants: false})).toEqual([])
        injected++
      }
    }
    expect(injected).toBeGreaterThan(10)
  })

  // The prophets' names as the Uthmani text writes them (orthographic keys).
  const prophets = ['موسي', 'ابرهيم', 'يوسف', 'هرون', 'عيسي', 'مريم', 'داود', 'سليمن', 'لوط', 'يعقوب', 'اسحق', 'اسمعيل', 'فرعون', 'زكريا', 'يحيي', 'شعيب', 'هود', 'يونس', 'ايوب', 'محمد', 'ادريس', 'ثمود']
  const prophetKeys = new Set(prophets)
  const prophetRasms = new Set(prophets.map(rasmKey))

  /** Known names, and words of the same rasm written once (the typo candidates). */
  function arabicOccurrences(text: string): Array<Occurrence<readonly [number, number]>> {
    const candidates = nameCandidates(text)
    const once = new Map<string, number>()
    for (const {text: stem} of candidates) once.set(orthographicKey(stem), (once.get(orthographicKey(stem)) ?? 0) + 1)
    return candidates.flatMap((candidate) => {
      const key = orthographicKey(candidate.text)
      if (prophetKeys.has(key)) return [{spelling: candidate.text, ref: candidate.span}]
      if (nameLength(candidate.text) >= 4 && once.get(key) === 1 && prophetRasms.has(rasmKey(candidate.text))) return [{spelling: candidate.text, ref: candidate.span, weak: true}]
      return []
    })
  }

  /** A letter of the same rasm with other dots, where the name has one that is not word-final. */
  const dotTwins: Record<string, string> = {'ي': 'ب', 'ب': 'ت', 'ت': 'ن', 'س': 'ش', 'ش': 'س', 'ح': 'ج', 'ج': 'خ', 'ر': 'ز', 'ز': 'ر', 'د': 'ذ', 'ف': 'ق', 'ع': 'غ', 'ص': 'ض', 'ط': 'ظ'}

  it('finds a dot slip injected into an Arabic name at its verse', () => {
    let injected = 0
    let unrelated = 0
    for (const chapter of arabic) {
      const text = lines(chapter, 'text').join('\n')
      unrelated += findInconsistencies(arabicOccurrences(text), {variants: false}).length
      const mentions = arabicOccurrences(text).filter((occurrence) => !occurrence.weak)
      const counts = new Map<string, number>()
      for (const mention of mentions) counts.set(orthographicKey(mention.spelling), (counts.get(orthographicKey(mention.spelling)) ?? 0) + 1)
      const target = mentions.findLast((mention) => counts.get(orthographicKey(mention.spelling))! >= 2 && nameLength(mention.spelling) >= 4)
      if (!target) continue
      const letters = [...target.spelling]
      const index = letters.findIndex((letter, position) => position < letters.length - 1 && letter in dotTwins)
      if (index === -1) continue
      const offset = target.spelling.slice(0, letters.slice(0, index).join('').length).length
      const typo = replaceLetter(text, target.ref[0], offset, dotTwins[letters[index]])
      const findings = findInconsistencies(arabicOccurrences(typo), {variants: false})
      expect(
        findings.filter((finding) => finding.kind === 'typo').map((finding) => [orthographicKey(finding.expected), lineAt(typo, finding.occurrences[0][0])]),
        `chapter ${chapter.id}`
      ).toContainEqual([orthographicKey(target.spelling), lineAt(text, target.ref[0])])
      injected++
    }
    expect(injected).toBeGreaterThan(25)
    // Measured: 2, both أبوب, the Uthmani spelling of أبواب "doors", one dot from أيوب.
    expect(unrelated).toBeLessThanOrEqual(2)
  })

  it('keeps look-alike names of different people apart', () => {
    const occurrences = (spellings: string[]) => spellings.map((spelling, index) => ({spelling, ref: index}))
    expect(findInconsistencies(occurrences(['حسن', 'حسين', 'حسن', 'حسين', 'حسن']), {variants: true})).toEqual([])
    expect(findInconsistencies(occurrences(['Hassan', 'Hussein', 'Hassan', 'Ali', 'Alia']), {variants: true})).toEqual([])
    expect(relateSpellings('Said', 'Saad')).toBe('different')
  })

  it('folds what Cyrillic and Hebrew writers vary, and no more', () => {
    expect(relateSpellings('Пётр', 'Петр')).toBe('variant')
    // й is a letter: the Russian Quran writes Писании and Писаний, two cases of one noun, not one spelling.
    expect(relateSpellings('Писании', 'Писаний')).toBe('different')
    expect(relateSpellings('אַבְרָהָם', 'אברהם')).toBe('variant')
  })

  it('reports the sample typo and hamza variant, and nothing else', () => {
    const occurrences = findNameMentions(sampleArabic, 'ar')
      .flatMap((mention) => mention.words)
      .concat(nameCandidates(sampleArabic).filter((candidate) => ['ابوب', 'أيوب'].includes(candidate.text)))
      .map((word) => ({spelling: word.text, ref: lineAt(sampleArabic, word.span[0]) + 9}))
    const findings = findInconsistencies(occurrences, {variants: true})
    expect(findings.map(({kind, spelling, expected, occurrences: at}) => ({kind, spelling, expected, at}))).toEqual([
      {kind: 'variant', spelling: 'ايوب', expected: 'أيوب', at: [12]},
      {kind: 'typo', spelling: 'ابوب', expected: 'أيوب', at: [16]}
    ])
    expect(findInconsistencies(nameWords(sampleEnglish, 'en'), {variants: true})).toEqual([])
  })
})
