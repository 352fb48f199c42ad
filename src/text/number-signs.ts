// Which kinds of number characters a text holds, found in one pass. Three
// rules ask it of both versions of every unit before they read numbers:
// mixed-script (a decimal digit), date-time-agreement (a digit or a Han
// numeral) and number-agreement (a digit, `第` or an Ethiopic numeral). Most
// texts have none, and each rule's own scan read the whole text again.

import {lastTwoTexts} from './last-texts.js'
import {DECIMAL_DIGIT, ETHIOPIC_NUMERAL, HAN_NUMERAL, ORDINAL_MARK, signOf} from './lexical/signs.js'
import {codePointAt} from './scripts/code-point-table.js'

export {DECIMAL_DIGIT, ETHIOPIC_NUMERAL, HAN_NUMERAL, ORDINAL_MARK}

const NUMBER_SIGNS = DECIMAL_DIGIT | HAN_NUMERAL | ORDINAL_MARK | ETHIOPIC_NUMERAL

/** The kinds of number characters in `text`, as bits (`DECIMAL_DIGIT | HAN_NUMERAL`…). Each is asked by three rules in turn. */
export const numberSigns: (text: string) => number = lastTwoTexts((text) => {
  let signs = 0
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    if (codePoint > 0xffff) offset++
    signs |= signOf(codePoint)
  }
  return signs & NUMBER_SIGNS
})
