// Which kinds of number characters a text holds, found in one pass. Three
// rules ask it of both versions of every unit before they read numbers:
// mixed-script (a decimal digit), date-time-agreement (a digit or a Han
// numeral) and number-agreement (a digit, `第` or an Ethiopic numeral). Most
// texts have none, and each rule's own scan read the whole text again.

import {lastTwoTexts} from './last-texts.js'
import {codePointAt, codePointByte} from './scripts/code-point-table.js'

/** `\p{Nd}`: a decimal digit of any system. */
export const DECIMAL_DIGIT = 1
/** A Han numeral a date may be written with: 〇零一二三四五六七八九十. */
export const HAN_NUMERAL = 2
/** `第`, which makes a Han ordinal (`第3条`). */
export const ORDINAL_MARK = 4
/** The Ethiopic numerals U+1369–U+137C (digits and numbers, not `\p{Nd}`). */
export const ETHIOPIC_NUMERAL = 8

const hanNumeral = /^[〇零一二三四五六七八九十]$/u
const decimalDigit = /^\p{Nd}$/u

function signsOf(codePoint: number): number {
  const character = String.fromCodePoint(codePoint)
  return (
    (decimalDigit.test(character) ? DECIMAL_DIGIT : 0) |
    (hanNumeral.test(character) ? HAN_NUMERAL : 0) |
    (codePoint === 0x7b2c ? ORDINAL_MARK : 0) |
    (codePoint >= 0x1369 && codePoint <= 0x137c ? ETHIOPIC_NUMERAL : 0)
  )
}

/** The signs of each code point, asked once. */
const signsAt = codePointByte(signsOf)

/** The kinds of number characters in `text`, as bits (`DECIMAL_DIGIT | HAN_NUMERAL`…). Each is asked by three rules in turn. */
export const numberSigns: (text: string) => number = lastTwoTexts((text) => {
  let signs = 0
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    if (codePoint > 0xffff) offset++
    signs |= signsAt(codePoint)
  }
  return signs
})
