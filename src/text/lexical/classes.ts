// The class of each character, asked of the regex engine's Unicode
// properties once per code point: the one letter test, digit test and
// space test that every scan of a side shares.

import {codePointByte} from '../scripts/code-point-table.js'

export const OTHER = 0
/** `\p{L}`. */
export const LETTER = 1
/** `\p{M}`: harakat, combining accents, vowel signs. */
export const MARK = 2
/** `\p{Nd}`: a decimal digit of any system. */
export const DIGIT = 3
/** `\p{Nl}`, `\p{No}`: `Ⅻ`, `²`, `½`. */
export const NUMERIC = 4
/** A space or a tab (`\p{Zs}`, U+0009). */
export const SPACE = 5
/** A line break: LF, CR, VT, FF, U+2028, U+2029, U+0085. */
export const BREAK = 6
/** `\p{P}`. */
export const PUNCTUATION = 7
/** `\p{Cf}`: ZWJ, ZWNJ, bidi controls, soft hyphen. */
export const FORMAT = 8
/** U+FFFC: a protected span (a placeholder, a tag, a link, code). */
export const CODE = 9
/** `\p{S}`. */
export const SYMBOL = 10

/** A set of classes as bits: `bits(LETTER, MARK)`. */
export function bits(...classes: number[]): number {
  let mask = 0
  for (const found of classes) mask |= 1 << found
  return mask
}

const letter = /^\p{L}$/u
const mark = /^\p{M}$/u
const digit = /^\p{Nd}$/u
const numeric = /^[\p{Nl}\p{No}]$/u
const space = /^[\t\p{Zs}]$/u
const lineBreak = /^[\n\v\f\r\u0085\u2028\u2029]$/u
const punctuation = /^\p{P}$/u
const format = /^\p{Cf}$/u
const symbol = /^\p{S}$/u

function classify(codePoint: number): number {
  if (codePoint === 0xfffc) return CODE
  const character = String.fromCodePoint(codePoint)
  if (letter.test(character)) return LETTER
  if (space.test(character)) return SPACE
  if (punctuation.test(character)) return PUNCTUATION
  if (digit.test(character)) return DIGIT
  if (mark.test(character)) return MARK
  if (lineBreak.test(character)) return BREAK
  if (format.test(character)) return FORMAT
  if (numeric.test(character)) return NUMERIC
  if (symbol.test(character)) return SYMBOL
  return OTHER
}

/** The class of a code point. */
export const classOf: (codePoint: number) => number = codePointByte(classify)
