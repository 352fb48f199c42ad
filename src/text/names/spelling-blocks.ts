// Which spellings of names meet to be compared: each spelling's identity
// (case and harakat aside) and blocking keys (rasm; romanization skeleton,
// fold and its one-letter deletions), and the pairs of spellings that share
// a key, so that a text's names are not compared each with each.

import {detached} from '../detached.js'
import {rasmKey} from './arabic-keys.js'
import {foldLatin, romanizationSkeleton} from './latin-keys.js'

const arabicLetter = /\p{sc=Arabic}/u
const latinLetter = /\p{sc=Latin}/u

const hebrewPoints = /[\u0591-\u05C7]/gu
const hebrewFinals: Readonly<Record<string, string>> = {'ך': 'כ', 'ם': 'מ', 'ן': 'נ', 'ף': 'פ', 'ץ': 'צ'}

/**
 * Case, accents (Greek tonos, Cyrillic stress marks, ё → е), Hebrew points
 * and final forms. The breve stays: й is a letter of its own, not и.
 */
export function foldOther(word: string): string {
  let folded = ''
  const marks = word.toLowerCase().replace(hebrewPoints, '').normalize('NFD').replace(/(?!\u0306)\p{M}/gu, '').normalize('NFC')
  for (const letter of marks) folded += hebrewFinals[letter] ?? letter
  return folded
}

/**
 * Per spelling, a bounded cache: a unit asks for the same few names (Allah,
 * Moses) as the one before, and the keys of a Latin name are a string per
 * letter. The arrays handed out are shared and must not be changed.
 */
const blockingKeyCache = new Map<string, readonly string[]>()
const identityCache = new Map<string, string>()
const maxCachedSpellings = 50_000

function cached<T>(cache: Map<string, T>, spelling: string, compute: (spelling: string) => T): T {
  let value = cache.get(spelling)
  if (value === undefined) {
    value = compute(spelling)
    if (cache.size >= maxCachedSpellings) cache.clear()
    // Copies of the key and of the strings of the value, which may be parts of it (see `detached`).
    if (typeof value === 'string') value = detached(value) as T
    else if (Array.isArray(value)) value = value.map((item: unknown) => (typeof item === 'string' ? detached(item) : item)) as T
    cache.set(detached(spelling), value)
  }
  return value
}

/** `blockingKeys` without repeats, once per spelling. */
const distinctBlockingKeys = (word: string): readonly string[] => cached(blockingKeyCache, word, (spelling) => [...new Set(blockingKeys(spelling))])

/** Keys under which two spellings that may relate meet: rasm; skeleton, fold and its one-letter deletions. */
function blockingKeys(word: string): string[] {
  if (arabicLetter.test(word)) return ['r' + rasmKey(word)]
  if (!latinLetter.test(word)) return ['o' + foldOther(word)]
  const fold = foldLatin(word)
  const keys = ['s' + romanizationSkeleton(word), 'f' + fold]
  for (let index = 0; index < fold.length; index++) keys.push('f' + fold.slice(0, index) + fold.slice(index + 1))
  return keys
}

/** Vowel signs and Quranic marks (not the hamza marks U+0654/0655, which spell), and tatweel. */
const arabicVowelMarks = /[\u0610-\u061A\u064B-\u0653\u0656-\u065F\u0670\u06D6-\u06ED\u0640]/gu

/**
 * What makes two occurrences one spelling: case is the sentence's, not the
 * name's (Al-Khidh, al-Khidh); harakat are grammar, not spelling (مُوسَىٰ, مُوسَىٰٓ).
 */
export function spellingIdentity(spelling: string): string {
  return cached(identityCache, spelling, identityOf)
}

function identityOf(spelling: string): string {
  if (arabicLetter.test(spelling)) return spelling.replace(arabicVowelMarks, '').normalize('NFC')
  return latinLetter.test(spelling) ? spelling.toLowerCase() : spelling.normalize('NFC')
}

/**
 * Whether `findInconsistencies` can find anything among these spellings:
 * whether two of them, different as spellings (`spellingIdentity`), share a
 * blocking key; without such a pair it finds nothing. Asked first by a unit,
 * whose few names are seldom alike, so as to build nothing for it.
 */
export function mayBeInconsistent(spellings: readonly string[]): boolean {
  // The spelling each entry of `findInconsistencies` compares: the identity in Arabic script, else the first seen.
  const identities: string[] = []
  const compared: string[] = []
  for (const spelling of spellings) {
    const identity = spellingIdentity(spelling)
    if (identities.includes(identity)) continue
    if (identities.length === fewEntries) return true
    identities.push(identity)
    compared.push(arabicLetter.test(identity) ? identity : spelling)
  }
  if (compared.length < 2) return false
  const keys = compared.map(distinctBlockingKeys)
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) if (keys[i].some((key) => keys[j].includes(key))) return true
  }
  return false
}

/**
 * In a block of more spellings than this, each is compared with this many
 * of its most frequent (then first seen) only, so that the pairs compared
 * grow with the spellings, not with their square. A typo or a variant is
 * told from the spelling it departs from, which is the more frequent one;
 * what is left out are pairs of two rare spellings in a crowded block
 * (over 64 spellings of one rasm or skeleton in one unit or corpus).
 */
export const maxBlockHeads = 64

/**
 * Pairs of entries that share a blocking key, each pair once, in order (see
 * `maxBlockHeads`): the pair of entries a < b as the number a·length + b.
 */
export function candidatePairs(list: ReadonlyArray<{spelling: string; count: number}>): number[] | Float64Array {
  if (list.length <= fewEntries) return fewCandidatePairs(list)
  const blocks = new Map<string, number[]>()
  for (const [index, entry] of list.entries()) {
    for (const key of distinctBlockingKeys(entry.spelling)) {
      const members = blocks.get(key)
      if (members) members.push(index)
      else blocks.set(key, [index])
    }
  }
  const pairs = new Set<number>()
  const add = (a: number, b: number): void => void pairs.add(a < b ? a * list.length + b : b * list.length + a)
  for (const members of blocks.values()) {
    // Members are in list order; the heads of a crowded block by frequency, then that order.
    const heads = members.length > maxBlockHeads ? members.slice().sort((a, b) => list[b].count - list[a].count || a - b).slice(0, maxBlockHeads) : members
    for (let i = 0; i < heads.length; i++) {
      for (let j = i + 1; j < heads.length; j++) add(heads[i], heads[j])
    }
    if (heads === members) continue
    const isHead = new Set(heads)
    for (const member of members) if (!isHead.has(member)) for (const head of heads) add(member, head)
  }
  return Float64Array.from(pairs).sort()
}

/** Up to this many spellings, `candidatePairs` compares their keys pair by pair instead of building blocks. */
const fewEntries = 8

/** `candidatePairs` of a short list (a unit's names): the same pairs, in the same order, without a map of blocks. */
function fewCandidatePairs(list: ReadonlyArray<{spelling: string}>): number[] {
  const keys = list.map((entry) => distinctBlockingKeys(entry.spelling))
  const pairs: number[] = []
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) if (keys[i].some((key) => keys[j].includes(key))) pairs.push(i * list.length + j)
  }
  return pairs
}
