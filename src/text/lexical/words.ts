// Words of a text written with spaces, by the rules of Unicode's word
// segmentation (UAX #29 WB4–WB13b) that matter there: letters, marks and
// digits make words; an apostrophe, a full stop or a colon between letters
// (`l’homme`, `e.g`), a comma or full stop between digits (`1,000`), an
// underscore and a format character (ZWNJ in `کرده‌اند`) stay inside one.
// These are the word-like segments `Intl.Segmenter` gives for such text,
// read from the lexical class table in one pass; scripts written without
// spaces need ICU's dictionaries and still go to it (`side.ts`).

import type {Token} from '../../engine/types.js'
import {codePointAt, codePointByte} from '../scripts/code-point-table.js'
import {classOf, DIGIT, FORMAT, LETTER, MARK} from './classes.js'

const OTHER = 0
const ALETTER = 1
const HEBREW = 2
const NUMERIC = 3
const MID_LETTER = 4
const MID_NUM_LET = 5
const MID_NUM = 6
const SINGLE_QUOTE = 7
const DOUBLE_QUOTE = 8
const EXTEND_NUM_LET = 9
const EXTEND = 10

const hebrew = /^\p{Script=Hebrew}$/u
const extendNumLet = /^[\p{Pc}\u202F]$/u
const midLetter = new Set([0x3a, 0xb7, 0x387, 0x55f, 0x5f4, 0x2027, 0xfe13, 0xfe55, 0xff1a])
const midNumLet = new Set([0x2e, 0x2018, 0x2019, 0x2024, 0xfe52, 0xff07, 0xff0e])
const midNum = new Set([0x2c, 0x3b, 0x37e, 0x589, 0x60c, 0x60d, 0x66c, 0x7f8, 0x2044, 0xfe10, 0xfe14, 0xfe50, 0xfe54, 0xff0c, 0xff1b])

function classify(codePoint: number): number {
  if (codePoint === 0x27) return SINGLE_QUOTE
  if (codePoint === 0x22) return DOUBLE_QUOTE
  if (midLetter.has(codePoint)) return MID_LETTER
  if (midNumLet.has(codePoint)) return MID_NUM_LET
  if (midNum.has(codePoint)) return MID_NUM
  const found = classOf(codePoint)
  if (found === LETTER) return hebrew.test(String.fromCodePoint(codePoint)) ? HEBREW : ALETTER
  if (found === DIGIT) return NUMERIC
  if (found === MARK || found === FORMAT) return EXTEND
  return extendNumLet.test(String.fromCodePoint(codePoint)) ? EXTEND_NUM_LET : OTHER
}

const wordClassOf = codePointByte(classify)

const isLetter = (found: number): boolean => found === ALETTER || found === HEBREW
const inWord = (found: number): boolean => isLetter(found) || found === NUMERIC || found === EXTEND_NUM_LET

/** Where the character `nextClass` read ends, its Extend and Format characters included (a module slot: no object a character). */
let nextEnd = 0

/** The class of the character at `offset`, past the Extend and Format characters after it (WB4), or OTHER at the end; sets `nextEnd`. */
function nextClass(text: string, offset: number): number {
  if (offset >= text.length) {
    nextEnd = offset
    return OTHER
  }
  const codePoint = codePointAt(text, offset)
  let end = offset + (codePoint > 0xffff ? 2 : 1)
  while (end < text.length) {
    const next = codePointAt(text, end)
    if (wordClassOf(next) !== EXTEND) break
    end += next > 0xffff ? 2 : 1
  }
  nextEnd = end
  return wordClassOf(codePoint)
}

/** Whether a word may go on over the joiner `middle` (WB6, WB7, WB7b, WB7c, WB11, WB12): the classes before and after it decide. */
function joins(before: number, middle: number, after: number): boolean {
  if (isLetter(before) && isLetter(after) && (middle === MID_LETTER || middle === MID_NUM_LET || middle === SINGLE_QUOTE)) return true
  if (before === HEBREW && after === HEBREW && middle === DOUBLE_QUOTE) return true
  return before === NUMERIC && after === NUMERIC && (middle === MID_NUM || middle === MID_NUM_LET || middle === SINGLE_QUOTE)
}

/** The words of `text`, as `Intl.Segmenter`'s word-like segments of text written with spaces. */
export function spacedWords(text: string): Token[] {
  const words: Token[] = []
  let offset = 0
  while (offset < text.length) {
    let current = nextClass(text, offset)
    if (!inWord(current)) {
      offset = nextEnd
      continue
    }
    const start = offset
    let end = nextEnd
    for (;;) {
      const next = nextClass(text, end)
      const nextStop = nextEnd
      if (inWord(next)) {
        end = nextStop
        current = next
        continue
      }
      const after = nextClass(text, nextStop)
      if (next !== OTHER && next !== EXTEND && joins(current, next, after)) {
        end = nextEnd
        current = after
        continue
      }
      // A Hebrew letter keeps a geresh typed as an apostrophe after it (WB7a).
      if (current === HEBREW && next === SINGLE_QUOTE) end = nextStop
      break
    }
    words.push({span: [start, end], text: text.slice(start, end)})
    offset = end
  }
  return words
}
