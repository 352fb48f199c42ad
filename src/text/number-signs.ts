// Which kinds of number characters a text holds, found in one pass. Three
// rules ask it of both versions of every unit before they read numbers:
// mixed-script (a decimal digit), date-time-agreement (a digit or a Han
// numeral) and number-agreement (a digit, `第` or an Ethiopic numeral). Most
// texts have none, and each rule's own scan read the whole text again.

import {codePointAt} from './scripts/code-point-table.js'

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

/** Per BMP code unit: 0 not asked yet, else 1 + its signs. Astral code points are asked each time (rare). */
const bmpSigns = new Uint8Array(0x10000)

/** The last two texts read and their signs: each is asked by three rules in turn. */
const memo: [string | undefined, number, string | undefined, number] = [undefined, 0, undefined, 0]

/** The kinds of number characters in `text`, as bits (`DECIMAL_DIGIT | HAN_NUMERAL`…). */
export function numberSigns(text: string): number {
  if (text === memo[0]) return memo[1]
  if (text === memo[2]) return memo[3]
  let signs = 0
  for (let offset = 0; offset < text.length; offset++) {
    const unit = text.charCodeAt(offset)
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const codePoint = codePointAt(text, offset)
      if (codePoint > 0xffff) {
        offset++
        signs |= signsOf(codePoint)
        continue
      }
    }
    let known = bmpSigns[unit]
    if (known === 0) bmpSigns[unit] = known = signsOf(unit) + 1
    signs |= known - 1
  }
  memo[2] = memo[0]
  memo[3] = memo[1]
  memo[0] = text
  memo[1] = signs
  return signs
}
