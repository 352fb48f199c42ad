// Comparison keys for Latin-script names: a fold (diacritics, ayn/hamza
// marks, case) and a romanization skeleton that maps the spellings of the
// common romanization schemes of one Arabic or Persian name to one key
// (ALA-LC, DIN 31635, "news" spellings; Pedersen's tables, domain-text §1.3).

import {detached} from '../detached.js'

const combiningMarks = /\p{M}/gu
/** Ayn and hamza as romanizations write them: ‘ ’ ʿ ʾ ʼ ' ` ´ (and the hyphen of al-). */
const ainHamzaMarks = /[‘’ʿʾʼʻ'`´\-‐]/gu

/** Letters NFD does not decompose. */
const unDecomposed: Readonly<Record<string, string>> = {
  'ı': 'i', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'ħ': 'h', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th'
}
const unDecomposedLetter = new RegExp(`[${Object.keys(unDecomposed).join('')}]`, 'gu')

/** Lower case, diacritics and ayn/hamza marks removed: `‘Alī` → `ali`, `Erdoğan` → `erdogan`. */
export function foldLatin(word: string): string {
  let folded = foldedWords.get(word)
  if (folded !== undefined) return folded
  folded = word.toLowerCase().normalize('NFD').replace(combiningMarks, '').replace(ainHamzaMarks, '').replace(unDecomposedLetter, (letter) => unDecomposed[letter])
  // Words repeat across a corpus; bounded so memory stays flat on millions of units.
  if (foldedWords.size >= maxCachedWords) foldedWords.clear()
  foldedWords.set(detached(word), detached(folded))
  return folded
}

const foldedWords = new Map<string, string>()
const skeletons = new Map<string, string>()
const maxCachedWords = 50_000

/**
 * Rules applied in order, to the class alphabet shared with cross-script
 * matching: consonant classes in capitals; A for a word-initial vowel (alef,
 * ayn: Ahmed is not Hamad); W for u/o/ou/oo/w (و, ḍamma); Y for i/y and the
 * long digraphs ee/ei/ey/ai/ay (ي); H for h and a final -a/-ah/-eh (ة).
 * Single a and e are dropped: they write the short vowels, on which
 * romanizations disagree most (Moḥammad/Muhammad/Mohamed, Bāqerī/Baqiri).
 */
const skeletonRules: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:ah|eh|a)$/u, 'H'],
  [/^[aeiou]+/u, 'A'],
  [/kh/gu, 'X'],
  [/gh/gu, 'G'],
  [/sch|sh|ch/gu, 'S'],
  [/th/gu, 'T'],
  [/dh/gu, 'D'],
  [/ph/gu, 'F'],
  [/zh/gu, 'Z'],
  [/ck|q|k|c/gu, 'K'],
  [/x/gu, 'KS'],
  [/ou|oo|u|o|w/gu, 'W'],
  [/ee|ei|ey|ie|ai|ay|i|y/gu, 'Y'],
  [/[ae]/gu, '']
]

const repeatedClass = /(.)\1+/gu

/**
 * The romanization skeleton of a word: `Ayyūb`, `Ayyub`, `Ayoub`, `Ayub` →
 * `AYWB`; `Hassan` → `HSN` but `Hussein` → `HWSYN`; `Ali` → `ALY` but
 * `Alia` → `ALYH`.
 */
export function romanizationSkeleton(word: string): string {
  let skeleton = skeletons.get(word)
  if (skeleton !== undefined) return skeleton
  skeleton = foldLatin(word)
  for (const [pattern, replacement] of skeletonRules) skeleton = skeleton.replace(pattern, replacement)
  skeleton = skeleton.toUpperCase().replace(repeatedClass, '$1')
  if (skeletons.size >= maxCachedWords) skeletons.clear()
  skeletons.set(detached(word), detached(skeleton))
  return skeleton
}

/**
 * QWERTY neighbours, for telling a slip of the finger from a different name.
 * Rows as printed on the ANSI/ISO keyboard; a key's neighbours are the keys
 * left, right, and the two touching it on the rows above and below.
 */
const keyRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']

const neighbours = new Map<string, Set<string>>()
for (const [row, keys] of keyRows.entries()) {
  for (const [column, key] of [...keys].entries()) {
    const near = new Set<string>([keys[column - 1], keys[column + 1]].filter(Boolean))
    // Staggered rows: a key touches columns c and c+1 of the row above... and c-1, c of the row below.
    for (const other of [keyRows[row - 1]?.[column], keyRows[row - 1]?.[column + 1], keyRows[row + 1]?.[column - 1], keyRows[row + 1]?.[column]]) {
      if (other) near.add(other)
    }
    neighbours.set(key, near)
  }
}

/** Whether two letters are neighbouring keys on a QWERTY keyboard. */
export function adjacentKeys(a: string, b: string): boolean {
  return neighbours.get(a)?.has(b) ?? false
}

/** How two Latin-script spellings of a word relate. */
export type LatinSpellingRelation =
  | 'same'
  /** Same fold (diacritics, ayn marks) or same romanization skeleton (Ayyub/Ayoub). */
  | 'variant'
  /** One keyboard slip inside the word: a neighbouring key, a swap, a doubled key. */
  | 'typo'
  | 'different'

/**
 * Classify two spellings by the kind of edit. A one-letter edit is a typo
 * only where a finger slips: a neighbouring key, two swapped letters, or a
 * letter inserted next to its own key's neighbour, and never at the end of
 * the word, where English adds a suffix (`Syria`/`Syrian`, `Ali`/`Alia`).
 */
export function relateLatinSpellings(a: string, b: string): LatinSpellingRelation {
  // Case is the sentence's, not the name's: Al-Khidh / al-Khidh.
  if (a.toLowerCase() === b.toLowerCase()) return 'same'
  const foldA = foldLatin(a)
  const foldB = foldLatin(b)
  if (foldA === foldB) return 'variant'
  // A slip first: Abarham keeps the skeleton of Abraham, yet no scheme writes it so.
  if (isKeyboardSlip(foldA, foldB)) return 'typo'
  return romanizationSkeleton(a) === romanizationSkeleton(b) ? 'variant' : 'different'
}

function isKeyboardSlip(a: string, b: string): boolean {
  if (a.length === b.length) {
    const differing: number[] = []
    for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) differing.push(index)
    if (differing.length === 1) {
      const [index] = differing
      return index > 0 && adjacentKeys(a[index], b[index])
    }
    if (differing.length === 2) {
      const [first, second] = differing
      return second === first + 1 && a[first] === b[second] && a[second] === b[first]
    }
    return false
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a]
  if (longer.length !== shorter.length + 1) return false
  let index = 0
  while (index < shorter.length && longer[index] === shorter[index]) index++
  if (longer.slice(index + 1) !== shorter.slice(index)) return false
  // An extra letter at either end is a suffix or prefix more often than a slip.
  if (index === 0 || index === shorter.length) return false
  const extra = longer[index]
  return adjacentKeys(extra, longer[index - 1]) || adjacentKeys(extra, longer[index + 1])
}
