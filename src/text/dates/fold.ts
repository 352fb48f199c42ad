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
  starts: Uint32Array
  ends: Uint32Array
}

/** Folded characters beyond the table below (astral ones, and those that fold to two code units or more). */
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

/** Table entries of a BMP code unit that is no surrogate: not asked yet, dropped, or folded to more than one code unit. */
const UNKNOWN = 0
const DROP = 1
const MANY = 2
/** Otherwise the entry is the folded code unit plus this. */
const ONE = 3
/** What each BMP character folds to, asked once per process: a read per character instead of a lookup by string. */
const table = new Uint32Array(0x10000)

function entryOf(unit: number): number {
  const folded = foldCharacter(String.fromCharCode(unit))
  const entry = folded.length === 0 ? DROP : folded.length === 1 ? ONE + folded.charCodeAt(0) : MANY
  table[unit] = entry
  return entry
}

const SPACE_UNIT = 0x20

/**
 * Fold `text` keeping the way back: spaces collapse, marks and bidi controls
 * go. One read of the table per code unit; astral characters and the few
 * that expand go through `foldCharacter`.
 */
export function foldText(text: string): FoldedText {
  // Every code unit folds to at most a few: the scratch grows if not.
  reserve(text.length + 8)
  let length = 0
  for (let offset = 0; offset < text.length; ) {
    const unit = text.charCodeAt(offset)
    const next = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(offset + 1) : 0
    const surrogate = next >= 0xdc00 && next <= 0xdfff
    let entry = surrogate ? MANY : table[unit]
    if (entry === UNKNOWN) entry = entryOf(unit)
    const end = offset + (surrogate ? 2 : 1)
    if (entry >= ONE) length = push(length, entry - ONE, offset, end)
    else if (entry === DROP) {
      // A dropped character (tatweel, tanween) belongs to the span of the letter before it.
      if (length > 0 && scratchEnds[length - 1] === offset) scratchEnds[length - 1] = end
    } else {
      const form = foldCharacter(text.slice(offset, end))
      if (form === '' && length > 0 && scratchEnds[length - 1] === offset) scratchEnds[length - 1] = end
      reserve(length + form.length + 8)
      for (let index = 0; index < form.length; index++) length = push(length, form.charCodeAt(index), offset, end)
    }
    offset = end
  }
  return {text: stringOf(scratchUnits, length), starts: scratchStarts.slice(0, length), ends: scratchEnds.slice(0, length)}
}

// One scratch for every call: the folded text is copied out of it at the end.
let scratchUnits = new Uint16Array(1024)
let scratchStarts = new Uint32Array(1024)
let scratchEnds = new Uint32Array(1024)

function reserve(size: number): void {
  if (size <= scratchUnits.length) return
  const capacity = Math.max(size, scratchUnits.length * 2)
  const [units, starts, ends] = [new Uint16Array(capacity), new Uint32Array(capacity), new Uint32Array(capacity)]
  units.set(scratchUnits)
  starts.set(scratchStarts)
  ends.set(scratchEnds)
  scratchUnits = units
  scratchStarts = starts
  scratchEnds = ends
}

/** Append a folded code unit from `[start, end)` of the text; a run of spaces is one space, which spans them all. Returns the new length. */
function push(length: number, unit: number, start: number, end: number): number {
  if (unit === SPACE_UNIT && length > 0 && scratchUnits[length - 1] === SPACE_UNIT) {
    scratchEnds[length - 1] = end
    return length
  }
  if (length === scratchUnits.length) reserve(length + 1)
  scratchUnits[length] = unit
  scratchStarts[length] = start
  scratchEnds[length] = end
  return length + 1
}

/** The string of the first `length` code units, made in chunks (`fromCharCode` takes arguments, which the stack bounds). */
function stringOf(units: Uint16Array, length: number): string {
  const chunk = 8192
  if (length <= chunk) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[])
  const parts: string[] = []
  for (let from = 0; from < length; from += chunk) parts.push(String.fromCharCode.apply(null, units.subarray(from, Math.min(length, from + chunk)) as unknown as number[]))
  return parts.join('')
}

/** The comparison key of a table entry (a month or weekday name, an era). */
export function foldKey(name: string): string {
  return foldText(name).text.trim()
}

/** The original span of folded range `[start, end)`. */
export function originalSpan(folded: FoldedText, start: number, end: number): Span {
  return [folded.starts[start], folded.ends[end - 1]]
}
