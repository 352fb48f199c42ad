// Transliteration-aware comparison of one name in two scripts: both
// spellings become strings of consonant classes, compared with an edit
// distance in which the edits romanization makes (a dropped vowel letter,
// q for k, z for ḍ) cost little. After Freeman, Condon & Ackerman (2006),
// "Cross Linguistic Name Matching in English and Arabic" (HLT-NAACL,
// character equivalence classes), with the classes of domain-text §1.5.

import {detached} from '../detached.js'
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
    // Most names are one word: no split, no array.
    classes = (wordBreak.test(name) ? name.split(wordBreak).map(wordClasses).join('') : wordClasses(name)).replace(repeatedClass, '$1')
    // Pairing compares every name with every word of a paragraph: keep the recent keys.
    if (classCache.size >= classCacheSize) classCache.clear()
    classCache.set(detached(name), detached(classes))
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
  let first = true
  for (const letter of word) {
    mapped += first && initialVowelLetters.has(letter) ? 'A' : (classes[letter] ?? '')
    first = false
  }
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

/**
 * Substitution costs by code unit, for the ASCII classes (the cheap pairs are
 * all ASCII; any other two different code units cost 1). A table, not a
 * lookup of `a + b`: pairing compares each name with every word of its
 * paragraph, and the string built per cell dominated the time.
 */
const substitutionCosts = new Float64Array(128 * 128).fill(1)
for (let code = 0; code < 128; code++) substitutionCosts[code * 128 + code] = 0
for (const pair of cheapSubstitutions) substitutionCosts[pair.charCodeAt(0) * 128 + pair.charCodeAt(1)] = cheapSubstitution

function substitutionCost(a: number, b: number): number {
  if (a === b) return 0
  return a < 128 && b < 128 ? substitutionCosts[a * 128 + b] : 1
}

const [weakW, weakY, weakH] = [...weakClasses].map((letter) => letter.charCodeAt(0))

function indelCost(a: number): number {
  return a === weakW || a === weakY || a === weakH ? weakIndel : 1
}

/** Two rows of the distance matrix and the insertion costs of `b`, reused across calls and grown as needed. */
let previousRow = new Float64Array(32)
let currentRow = new Float64Array(32)
let insertCosts = new Float64Array(32)

/** Weighted Levenshtein distance between two class strings (compared by UTF-16 code unit). */
export function classDistance(a: string, b: string): number {
  if (previousRow.length <= b.length) {
    previousRow = new Float64Array(b.length * 2 + 1)
    currentRow = new Float64Array(b.length * 2 + 1)
    insertCosts = new Float64Array(b.length * 2 + 1)
  }
  let previous = previousRow
  let current = currentRow
  previous[0] = 0
  for (let j = 1; j <= b.length; j++) {
    insertCosts[j] = indelCost(b.charCodeAt(j - 1))
    previous[j] = previous[j - 1] + insertCosts[j]
  }
  for (let i = 1; i <= a.length; i++) {
    const codeA = a.charCodeAt(i - 1)
    const deleteA = indelCost(codeA)
    current[0] = previous[0] + deleteA
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + deleteA, current[j - 1] + insertCosts[j], previous[j - 1] + substitutionCost(codeA, b.charCodeAt(j - 1)))
    }
    const swap = previous
    previous = current
    current = swap
  }
  return previous[b.length]
}

/**
 * Similarity in [0, 1] of two spellings of a name in any two of the scripts
 * above: 1 − distance / length of the longer class string, scaled down for
 * short names that differ at all.
 */
export function nameSimilarity(a: string, b: string): number {
  return classSimilarity(consonantClasses(a), consonantClasses(b))
}

/** `nameSimilarity` of two consonant-class strings. */
export function classSimilarity(classesA: string, classesB: string): number {
  const longest = Math.max(classesA.length, classesB.length)
  if (longest === 0) return 0
  const similarity = Math.max(0, 1 - classDistance(classesA, classesB) / longest)
  // Three classes or fewer leave no room for an edit: Allah (ALH) is not إلا (AL).
  return longest <= 3 && similarity < 1 ? similarity * 0.75 : similarity
}

/**
 * The letters of a class string as a bit set: one bit per letter A–Z, and
 * the other code units sharing the six bits above them by remainder.
 */
export function classLetterSet(classes: string): number {
  let set = 0
  for (let index = 0; index < classes.length; index++) set |= 1 << letterBit(classes.charCodeAt(index))
  return set
}

function bitCount(set: number): number {
  set -= (set >>> 1) & 0x55555555
  set = (set & 0x33333333) + ((set >>> 2) & 0x33333333)
  return (((set + (set >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/** The bit of a class letter in `classLetterSet`. */
const letterBit = (code: number): number => (code >= 65 && code <= 90 ? code - 65 : 26 + (code % 6))

/** Per bit of an ASCII class letter, the bits of the letters it is cheaply substituted for. */
const cheapPartners = new Int32Array(32)
for (const pair of cheapSubstitutions) cheapPartners[letterBit(pair.charCodeAt(0))] |= 1 << letterBit(pair.charCodeAt(1))
const weakBits = [...weakClasses].reduce((set, letter) => set | (1 << letterBit(letter.charCodeAt(0))), 0)

/**
 * The least a letter of one string absent from the other (`others`, a
 * letter set) adds to their distance: half a substitution, cheap if the
 * other string has a letter it is cheaply substituted for, or its indel.
 */
function absentLetterCosts(absent: number, others: number): number {
  let cost = 0
  for (let rest = absent; rest !== 0; rest &= rest - 1) {
    const bit = 31 - Math.clz32(rest & -rest)
    cost += cheapPartners[bit] & others ? cheapSubstitution / 2 : (weakBits >> bit) & 1 ? weakIndel : 0.5
  }
  return cost
}

/**
 * An upper bound of `classSimilarity` from the lengths and letter sets
 * (`classLetterSet`) of two class strings, at most `classSimilarityBound`.
 * Two lower bounds of the distance, the larger taken. By counts: an
 * alignment with m identical pairs and s substitutions (each at least the
 * cheap 0.5) costs at least 0.4·|Δlength| + 0.5·(shorter − m), and m is at
 * most the shared letters: one per letter in both sets plus the fewer
 * repeated letters (a string's length minus its set's size; bits that
 * several code units share only add to it). By letters: each letter of one
 * string absent from the other is never matched, and costs at least half
 * a substitution or its indel (`absentLetterCosts`).
 */
export function classSimilarityLetterBound(lengthA: number, setA: number, lengthB: number, setB: number): number {
  const longest = Math.max(lengthA, lengthB)
  if (longest === 0) return 0
  const shorter = Math.min(lengthA, lengthB)
  const shared = Math.min(shorter, bitCount(setA & setB) + Math.min(lengthA - bitCount(setA), lengthB - bitCount(setB)))
  const byCounts = weakIndel * (longest - shorter) + cheapSubstitution * (shorter - shared)
  const byLetters = absentLetterCosts(setA & ~setB, setB) + absentLetterCosts(setB & ~setA, setA)
  const bound = Math.max(0, 1 - Math.max(byCounts, byLetters) / longest)
  return longest <= 3 && bound < 1 ? bound * 0.75 : bound
}

/**
 * An upper bound of `classSimilarity` from the lengths alone: each class one
 * string has more costs at least a weak indel. Lets pairing skip the matrix
 * for a word that cannot beat the best counterpart found so far.
 */
export function classSimilarityBound(lengthA: number, lengthB: number): number {
  const longest = Math.max(lengthA, lengthB)
  if (longest === 0) return 0
  const bound = Math.max(0, 1 - (weakIndel * Math.abs(lengthA - lengthB)) / longest)
  return longest <= 3 && bound < 1 ? bound * 0.75 : bound
}
