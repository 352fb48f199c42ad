// Evidence for Arabic and Persian (domain-text.md §5, §3.4): letters one
// language writes and the other does not, and function words. ی/ي and
// ک/ك are folded first: they tell which keyboard typed the text, not its
// language (Arabic typed with Persian letters is mixed-script's finding).
// One pass over the text, by the lexical class table: the five patterns it
// replaces read every text five times.

import {classOf, LETTER, MARK} from './lexical/classes.js'
import {codePointAt} from './scripts/code-point-table.js'

/** پ چ ژ گ ۀ: letters Persian writes and Arabic does not (and ه with hamza above, the ezafe after a final heh). */
const persianLetters = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06c0])
/** ة ؤ إ. */
const arabicLetters = new Set([0x0629, 0x0624, 0x0625])
// Function words, with ی and ک folded to ي and ك.
const persianWords = new Set(['است', 'را', 'اين', 'آن', 'كه', 'هاي', 'براي', 'از', 'با', 'بايد', 'هر', 'دارد', 'شود', 'شد', 'بود', 'خود', 'كرد'])
const arabicWords = new Set(['في', 'من', 'على', 'إلى', 'التي', 'الذي', 'هذا', 'هذه'])
/** `مي`, the Persian verb prefix, when a ZWNJ joins it to a verb: `می‌شود`. */
const PREFIX = 'مي'
const ZWNJ = 0x200c
const HEH = 0x0647
const HAMZA_ABOVE = 0x0654
const ALEF = 0x0627
const LAM = 0x0644
/** The longest function word, in code units. */
const longestWord = 4

/** ی → ي, ک → ك. */
function folded(unit: number): number {
  return unit === 0x06cc ? 0x064a : unit === 0x06a9 ? 0x0643 : unit
}

const isLetter = (codePoint: number): boolean => classOf(codePoint) === LETTER
const isWordCharacter = (codePoint: number): boolean => {
  const found = classOf(codePoint)
  return found === LETTER || found === MARK
}

// What each BMP code unit counts for, asked once: a letter of one language, a word character, or nothing.
const PERSIAN_LETTER = 1
const ARABIC_LETTER = 2
const WORD = 4
const KNOWN = 8
const kinds = new Uint8Array(0x10000)

function kindOf(unit: number): number {
  let kind = kinds[unit]
  if (kind === 0) {
    kind = KNOWN | (persianLetters.has(unit) ? PERSIAN_LETTER : 0) | (arabicLetters.has(unit) ? ARABIC_LETTER : 0) | (isWordCharacter(unit) ? WORD : 0)
    kinds[unit] = kind
  }
  return kind
}

export interface ArabicPersianEvidence {
  persian: number
  arabic: number
}

/**
 * The signs of each language in `text`: a distinctive letter counts one, a
 * function word two, a word with the article (`ال` and two letters or more)
 * one for Arabic; Persian keeps the article in Arabic loans
 * (`بین‌المللی`), so it counts once, not twice.
 */
export function arabicPersianEvidence(text: string): ArabicPersianEvidence {
  let persian = 0
  let arabic = 0
  let wordStart = -1
  // The word after `می‌` is part of that match, not a Persian function word of its own.
  let afterPrefix = false
  for (let offset = 0; offset <= text.length; ) {
    const codePoint = offset < text.length ? codePointAt(text, offset) : -1
    const kind = codePoint === -1 ? KNOWN : codePoint > 0xffff ? KNOWN | (isWordCharacter(codePoint) ? WORD : 0) : kindOf(codePoint)
    if ((kind & PERSIAN_LETTER) !== 0 || (codePoint === HEH && text.charCodeAt(offset + 1) === HAMZA_ABOVE)) persian++
    else if ((kind & ARABIC_LETTER) !== 0) arabic++
    const inWord = (kind & WORD) !== 0
    if (inWord && wordStart === -1) {
      wordStart = offset
      if (codePoint === ALEF && text.charCodeAt(offset + 1) === LAM && lettersFrom(text, offset + 2, 2)) arabic++
    } else if (!inWord && wordStart !== -1) {
      const word = offset - wordStart <= longestWord ? foldedWord(text, wordStart, offset) : ''
      if (persianWords.has(word) && !afterPrefix) persian += 2
      else if (arabicWords.has(word)) arabic += 2
      const prefix = word === PREFIX && codePoint === ZWNJ && verbFollows(text, offset + 1)
      if (prefix) persian += 2
      afterPrefix = prefix
      wordStart = -1
    }
    offset += codePoint > 0xffff ? 2 : 1
  }
  return {persian, arabic}
}

/** Whether `count` letters (`\p{L}`, not marks) start at `offset`. */
function lettersFrom(text: string, offset: number, count: number): boolean {
  for (let found = 0; found < count; found++) {
    if (offset >= text.length) return false
    const codePoint = codePointAt(text, offset)
    if (!isLetter(codePoint)) return false
    offset += codePoint > 0xffff ? 2 : 1
  }
  return true
}

/** Whether letters alone, one or more, start at `offset` and make a whole word (no mark after them). */
function verbFollows(text: string, offset: number): boolean {
  let end = offset
  while (end < text.length && isLetter(codePointAt(text, end))) end += codePointAt(text, end) > 0xffff ? 2 : 1
  return end > offset && (end >= text.length || !isWordCharacter(codePointAt(text, end)))
}

function foldedWord(text: string, start: number, end: number): string {
  let word = ''
  for (let offset = start; offset < end; offset++) word += String.fromCharCode(folded(text.charCodeAt(offset)))
  return word
}
