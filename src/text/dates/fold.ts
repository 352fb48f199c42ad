// Comparison keys for date words, with a map back to the original offsets.
//
// Month and weekday names are matched on a folded form of both the Intl
// tables and the text, so that `الاربعاء` finds `الأربعاء`, `Juillet` finds
// `juillet` and `٠٨` reads as `08`. Folding may delete or expand characters,
// so the folded text keeps, for each of its code units, the span of the
// original character it came from.

import {foldDigits} from '../digits.js'
import type {Span} from '../../engine/types.js'

/** Arabic-script letters written interchangeably (Lucene `ArabicNormalizer` and
 * `PersianNormalizer`: dotless yeh, teh marbuta, Persian yeh/keheh, alef wasla).
 * Hamza and madda forms need no entry: NFD splits them into a letter and a mark. */
const ARABIC_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['\u0649', '\u064A'], // ى alef maksura -> ي
  ['\u06CC', '\u064A'], // ی Farsi yeh -> ي
  ['\u0629', '\u0647'], // ة teh marbuta -> ه
  ['\u06D5', '\u0647'], // ە ae (from ۀ under NFD) -> ه
  ['\u06A9', '\u0643'], // ک keheh -> ك
  ['\u0671', '\u0627'], // ٱ alef wasla -> ا
])

const DROPPED = /[\p{Mn}\p{Default_Ignorable_Code_Point}\u0640]/u
const SPACE = /\s/u
/** Dashes and the Arabic comma read as the punctuation a pattern expects. */
const PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2013', '-'], ['\u2014', '-'], ['\u2212', '-'],
  ['\u060C', ','], ['\u066B', '.'], ['\u066C', ','], ['\u2044', '/'], ['\uFF0F', '/'], ['\uFF1A', ':'],
])

/** Text folded for matching, with the original span of each folded code unit. */
export interface FoldedText {
  text: string
  /** `starts[i]`/`ends[i]`: span in the original text of folded code unit `i`. */
  starts: number[]
  ends: number[]
}

/** Folded characters: text repeats few distinct characters, and NFD per character is costly. */
const foldedCharacters = new Map<string, string>()

/** Fold one character (one code point) to its comparison form. */
function foldCharacter(character: string): string {
  const cached = foldedCharacters.get(character)
  if (cached !== undefined) return cached
  const folded = foldUncached(character)
  // Bounded: a text in a large script (Han) must not grow it without end.
  if (foldedCharacters.size >= 20_000) foldedCharacters.clear()
  foldedCharacters.set(character, folded)
  return folded
}

function foldUncached(character: string): string {
  let folded = ''
  for (const part of character.normalize('NFD')) {
    if (DROPPED.test(part)) continue
    if (SPACE.test(part)) { folded += ' '; continue }
    folded += ARABIC_VARIANTS.get(part) ?? PUNCTUATION.get(part) ?? part.toLowerCase()
  }
  return foldDigits(folded)
}

/** Fold `text` keeping the way back: spaces collapse, marks and bidi controls go. */
export function foldText(text: string): FoldedText {
  let folded = ''
  const starts: number[] = []
  const ends: number[] = []
  let offset = 0
  // Tracked, not read back with `folded.endsWith`: that flattens the growing
  // string on every call and made folding a long line quadratic.
  let lastIsSpace = false
  for (const character of text) {
    const end = offset + character.length
    const form = foldCharacter(character)
    // A dropped character (tatweel, tanween) belongs to the span of the letter before it.
    if (form === '' && ends.length > 0 && ends[ends.length - 1] === offset) ends[ends.length - 1] = end
    for (const unit of form) {
      if (unit === ' ' && lastIsSpace) { ends[ends.length - 1] = end; continue }
      for (let i = 0; i < unit.length; i++) { starts.push(offset); ends.push(end) }
      folded += unit
      lastIsSpace = unit === ' '
    }
    offset = end
  }
  return {text: folded, starts, ends}
}

/** The comparison key of a table entry (a month or weekday name, an era). */
export function foldKey(name: string): string {
  return foldText(name).text.trim()
}

/** The original span of folded range `[start, end)`. */
export function originalSpan(folded: FoldedText, start: number, end: number): Span {
  return [folded.starts[start], folded.ends[end - 1]]
}
