// Signs: what a side holds that some rule needs before it can find anything,
// read in the lexical scan (one more table read a character). A rule names
// the gates it needs in its meta (`meta.gates`); a unit where no gate opens
// on either side costs that rule nothing more.

import {codePointByte} from '../scripts/code-point-table.js'

/** `\p{Nd}`: a decimal digit of any system. */
export const DECIMAL_DIGIT = 1
/** A Han numeral a date may be written with: 〇零一二三四五六七八九十. */
export const HAN_NUMERAL = 2
/** `第`, which makes a Han ordinal (`第3条`). */
export const ORDINAL_MARK = 4
/** The Ethiopic numerals U+1369–U+137C (digits and numbers, not `\p{Nd}`). */
export const ETHIOPIC_NUMERAL = 8
/** A quotation mark or a bracket (`"`, `«`, `「`, `(`). */
export const QUOTE = 16
/** A format or control character, or a line or paragraph separator: what may be invisible. */
export const INVISIBLE = 32
/** A character that UTF-8 read in a Windows code page turns into (`Ã`, `â€`, `Ø`). */
export const MOJIBAKE = 64

/** The gates a rule may name, and the signs that open each. */
export const gateSigns = {
  /** A number or the digit of a date: decimal digits, Han numerals and ordinals, Ethiopic numerals. */
  number: DECIMAL_DIGIT | HAN_NUMERAL | ORDINAL_MARK | ETHIOPIC_NUMERAL,
  quote: QUOTE,
  invisible: INVISIBLE,
  mojibake: MOJIBAKE
} as const

export type Gate = keyof typeof gateSigns

const decimalDigit = /^\p{Nd}$/u
const hanNumeral = /^[〇零一二三四五六七八九十]$/u
const quote = /^[\p{Quotation_Mark}\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u05F3\u05F4]$/u
const invisible = /^[\p{Cf}\p{Cc}\u2028\u2029]$/u
/** `mojibake.ts`'s candidates: the Latin-1 and Windows-1252 high characters, and Arabic. */
const mojibake = /^[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122\u0600-\u06ff]$/u

function signsOf(codePoint: number): number {
  const character = String.fromCodePoint(codePoint)
  return (
    (decimalDigit.test(character) ? DECIMAL_DIGIT : 0) |
    (hanNumeral.test(character) ? HAN_NUMERAL : 0) |
    (codePoint === 0x7b2c ? ORDINAL_MARK : 0) |
    (codePoint >= 0x1369 && codePoint <= 0x137c ? ETHIOPIC_NUMERAL : 0) |
    (quote.test(character) ? QUOTE : 0) |
    (invisible.test(character) ? INVISIBLE : 0) |
    (mojibake.test(character) ? MOJIBAKE : 0)
  )
}

/** The signs of a code point, asked once. */
export const signOf: (codePoint: number) => number = codePointByte(signsOf)
