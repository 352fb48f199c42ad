// The words of names (`nameTokens`, extract.ts): the matches of `wordPattern` below, by a scan
// over code units instead of the regex: a unit's text is split for its
// mentions, candidates and typo scan, and each regex match allocates an
// array that only its first string and index were read from.
//
//   wordPattern = /[‘ʿʾ]?[\p{L}\p{M}]+(?:[-‐'’‘ʿʾʼ]+[\p{L}\p{M}]+)*/gu

import {classOf, LETTER, MARK} from '../lexical/classes.js'
import {codePointAt} from '../scripts/code-point-table.js'

/** The length in code units (1 or 2) of the letter or mark at `index`, or 0: the lexical layer's classes. */
function letterAt(text: string, index: number): number {
  if (index >= text.length) return 0
  const codePoint = codePointAt(text, index)
  const found = classOf(codePoint)
  return found === LETTER || found === MARK ? (codePoint > 0xffff ? 2 : 1) : 0
}

/** ‘ before a word (‘Alī); ʿ and ʾ are letters (Lm) and start a word anyway. */
const openingMark = 0x2018

/** Hyphens, apostrophes and ayn/hamza marks that join two runs of letters (Al-‘Ālam). */
const joiners = new Set([...'-‐\'’‘ʿʾʼ'].map((mark) => mark.charCodeAt(0)))

/** Letters from `index` on: the index after them. */
function lettersFrom(text: string, index: number): number {
  for (let length = letterAt(text, index); length > 0; length = letterAt(text, index)) index += length
  return index
}

/**
 * Call `word(start, end)` for each word, in order: the matches of
 * `wordPattern`, with its backtracking (a joiner run that ends in ʿ before a
 * non-letter gives the ʿ back to the letters after it).
 */
export function scanWords(text: string, word: (start: number, end: number) => void): void {
  let index = 0
  while (index < text.length) {
    const length = letterAt(text, index)
    const opened = length === 0 && text.charCodeAt(index) === openingMark && letterAt(text, index + 1) > 0
    if (length === 0 && !opened) {
      // Step over a whole surrogate pair, as the `u` flag does.
      const code = text.charCodeAt(index)
      index += code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1
      continue
    }
    const start = index
    let end = lettersFrom(text, opened ? index + 1 : index)
    for (;;) {
      let after = end
      while (after < text.length && joiners.has(text.charCodeAt(after))) after++
      // The longest run of joiners followed by a letter (some joiners are letters themselves).
      let next = after
      while (next > end && letterAt(text, next) === 0) next--
      if (next === end) break
      end = lettersFrom(text, next)
    }
    word(start, end)
    index = end
  }
}
