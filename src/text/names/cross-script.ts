// Transliteration-aware comparison of one name in two scripts: both
// spellings become strings of consonant classes, compared with an edit
// distance in which the edits romanization makes (a dropped vowel letter,
// q for k, z for ḍ) cost little. After Freeman, Condon & Ackerman (2006),
// "Cross Linguistic Name Matching in English and Arabic" (HLT-NAACL,
// character equivalence classes), with the classes of domain-text §1.5.

import {orthographicKey} from './arabic-keys.js'
import {romanizationSkeleton} from './latin-keys.js'

/** Arabic-script letters (after the orthographic key) to the class alphabet of `romanizationSkeleton`. */
const arabicClasses: Readonly<Record<string, string>> = {
  'ا': '', 'ع': '', 'ء': '',
  'و': 'W', 'ي': 'Y',
  'ب': 'B', 'پ': 'P', 'ت': 'T', 'ث': 'T', 'ط': 'T',
  'ج': 'J', 'چ': 'S', 'ح': 'H', 'خ': 'X', 'ه': 'H',
  'د': 'D', 'ذ': 'D', 'ض': 'D', 'ظ': 'Z', 'ز': 'Z', 'ژ': 'Z',
  'ر': 'R', 'س': 'S', 'ش': 'S', 'ص': 'S',
  'غ': 'G', 'گ': 'G', 'ف': 'F', 'ڤ': 'V', 'ق': 'K', 'ك': 'K',
  'ل': 'L', 'م': 'M', 'ن': 'N'
}

/** Hebrew letters (final forms included); matres lectionis ו י are weak like Arabic و ي. */
const hebrewClasses: Readonly<Record<string, string>> = {
  'א': '', 'ע': '', 'ב': 'B', 'ג': 'G', 'ד': 'D', 'ה': 'H', 'ו': 'W', 'ז': 'Z', 'ח': 'X', 'ט': 'T',
  'י': 'Y', 'כ': 'K', 'ך': 'K', 'ל': 'L', 'מ': 'M', 'ם': 'M', 'נ': 'N', 'ן': 'N', 'ס': 'S',
  'פ': 'F', 'ף': 'F', 'צ': 'S', 'ץ': 'S', 'ק': 'K', 'ר': 'R', 'ש': 'S', 'ת': 'T'
}

/** Cyrillic to Latin, GOST 7.79-2000 system B without its marks; the result goes through the Latin skeleton. */
const cyrillicToLatin: Readonly<Record<string, string>> = {
  'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh', 'з': 'z', 'и': 'i',
  'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't',
  'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y',
  'ь': '', 'э': 'e', 'ю': 'yu', 'я': 'ya', 'і': 'i', 'ї': 'yi', 'є': 'ye', 'ґ': 'g'
}

const arabicLetter = /\p{sc=Arabic}/u
const hebrewLetter = /\p{sc=Hebrew}/u
const cyrillicLetter = /\p{sc=Cyrillic}/u
const hebrewPoints = /[\u0591-\u05C7]/gu
const repeatedClass = /(.)\1+/gu
const wordBreak = /[^\p{L}\p{M}‘’ʿʾʼ'-]+/u

/**
 * The consonant-class string of a word in Latin, Arabic (and Persian, Urdu),
 * Hebrew or Cyrillic script: `Ayyūb`, `أيوب`, `Ayoub` → `YWB`.
 */
export function consonantClasses(name: string): string {
  let classes = classCache.get(name)
  if (classes === undefined) {
    classes = name.split(wordBreak).map(wordClasses).join('').replace(repeatedClass, '$1')
    // Pairing compares every name with every word of a paragraph: keep the recent keys.
    if (classCache.size >= classCacheSize) classCache.clear()
    classCache.set(name, classes)
  }
  return classes
}

const classCache = new Map<string, string>()
const classCacheSize = 50_000

/**
 * The Arabic article, written ال but romanized as pronounced: al-, el-, and
 * assimilated before the sun letters (ash-Shuʿarāʾ, an-Nās). Compared without it.
 */
const latinArticle = /^(?:al|el|ul|a[dnrstz]|[ae](?:sh|th|dh))[-‐](?=\p{L})/iu
// Kept in الله, which Latin writes Allah, not al-Lah.
const arabicArticle = /^ال(?=..)(?!له$)/u

function wordClasses(word: string): string {
  if (arabicLetter.test(word)) return mapLetters(orthographicKey(word).replace(arabicArticle, ''), arabicClasses)
  if (hebrewLetter.test(word)) return mapLetters(word.replace(hebrewPoints, ''), hebrewClasses)
  if (cyrillicLetter.test(word)) {
    let latin = ''
    for (const letter of word.toLowerCase()) latin += cyrillicToLatin[letter] ?? letter
    return romanizationSkeleton(latin)
  }
  return romanizationSkeleton(word.replace(latinArticle, ''))
}

/** Alef, ayn and aleph at the start of a word: the class A of a Latin initial vowel. */
const initialVowelLetters = new Set(['ا', 'ع', 'א', 'ע'])

function mapLetters(word: string, classes: Readonly<Record<string, string>>): string {
  let mapped = ''
  for (const [index, letter] of [...word].entries()) mapped += index === 0 && initialVowelLetters.has(letter) ? 'A' : (classes[letter] ?? '')
  return mapped.replace(repeatedClass, '$1')
}

/** Classes romanization inserts or drops freely: vowel letters and h. */
const weakClasses = new Set(['W', 'Y', 'H'])
const weakIndel = 0.4

/** Substitutions that romanization schemes make (ج j/g, ق q/k/g, Persian و v, ض ḍ/z). */
const cheapSubstitutions = new Set(
  ['GK', 'DZ', 'TS', 'JG', 'WY', 'FW', 'VW', 'VF', 'PB', 'XH', 'XK', 'SZ', 'TD'].flatMap((pair) => [pair, pair[1] + pair[0]])
)
const cheapSubstitution = 0.5

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0
  return cheapSubstitutions.has(a + b) ? cheapSubstitution : 1
}

function indelCost(a: string): number {
  return weakClasses.has(a) ? weakIndel : 1
}

/** Weighted Levenshtein distance between two class strings. */
export function classDistance(a: string, b: string): number {
  let previous = [0]
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1] + indelCost(b[j - 1])
  for (let i = 1; i <= a.length; i++) {
    const current = [previous[0] + indelCost(a[i - 1])]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + indelCost(a[i - 1]),
        current[j - 1] + indelCost(b[j - 1]),
        previous[j - 1] + substitutionCost(a[i - 1], b[j - 1])
      )
    }
    previous = current
  }
  return previous[b.length]
}

/**
 * Similarity in [0, 1] of two spellings of a name in any two of the scripts
 * above: 1 − distance / length of the longer class string, scaled down for
 * short names that differ at all.
 */
export function nameSimilarity(a: string, b: string): number {
  const classesA = consonantClasses(a)
  const classesB = consonantClasses(b)
  const longest = Math.max(classesA.length, classesB.length)
  if (longest === 0) return 0
  const similarity = Math.max(0, 1 - classDistance(classesA, classesB) / longest)
  // Three classes or fewer leave no room for an edit: Allah (ALH) is not إلا (AL).
  return longest <= 3 && similarity < 1 ? similarity * 0.75 : similarity
}
