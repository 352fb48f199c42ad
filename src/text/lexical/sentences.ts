// Sentence boundaries by the rules of Unicode's text segmentation (UAX #29,
// SB1–SB11), in one pass over a class table: the boundaries
// `Intl.Segmenter`'s sentences give (ICU applies the same rules, untailored
// for every language), at a tenth of its cost on a segment. Written by hand
// because no maintained npm library implements UAX #29 sentences, and ICU's
// own is the one to avoid in a hot path. `test/text/sentences.test.ts` holds
// the two to the same boundaries, on probes of every BMP code point and on
// UDHR in the tests' languages.

import type {Token} from '../../engine/types.js'
import {codePointAt, codePointByte} from '../scripts/code-point-table.js'

// The Sentence_Break classes (UAX #29 table 4).
const ANY = 0
const CR = 1
const LF = 2
const EXTEND = 3
const SEP = 4
const FORMAT = 5
const SP = 6
const LOWER = 7
const UPPER = 8
const OLETTER = 9
const NUMERIC = 10
const ATERM = 11
const SCONTINUE = 12
const STERM = 13
const CLOSE = 14

const extend = /^[\p{Grapheme_Extend}\p{Mc}]$/u
const format = /^\p{Cf}$/u
const space = /^\p{White_Space}$/u
const lower = /^\p{Lowercase}$/u
const upper = /^[\p{Uppercase}\p{Lt}]$/u
const oLetter = /^[\p{Alphabetic}\u05F3]$/u
/** Line_Break=Numeric, which JavaScript has no property for: decimal digits, and the Arabic decimal and thousands separators. */
const numeric = /^[\p{Nd}\u066B\u066C]$/u
/** Number signs that are format characters, or other numbers, and still Line_Break=Numeric. */
const numberSign = /^[\u0600-\u0605\u06DD\u0890\u0891\u08E2\u19DA\u{110BD}\u{110CD}]$/u
/** Georgian, whose letters are cased but write no sentence in capitals: Sentence_Break=OLetter. */
const georgian = /^[\u10D0-\u10FA\u10FD-\u10FF\u1C90-\u1CBA\u1CBD-\u1CBF]$/u
const aTerm = /^[.\u2024\uFE52\uFF0E]$/u
const sTerm = /^\p{Sentence_Terminal}$/u
/** Open and close punctuation, and Line_Break=Quotation: the quotation marks. */
const close = /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u275B-\u2760\u2E00\u2E01\u2E06-\u2E08\u2E0B\u2E42\u{1F676}-\u{1F678}]$/u
const sContinue = /^[,\-:;\u037E\u055D\u060C\u060D\u07F8\u1802\u1808\u2013\u2014\u3001\uFE10\uFE11\uFE13\uFE14\uFE31\uFE32\uFE50\uFE51\uFE54\uFE55\uFE58\uFE63\uFF0C\uFF0D\uFF1A\uFF1B\uFF64]$/u

function classify(codePoint: number): number {
  if (codePoint === 0x0d) return CR
  if (codePoint === 0x0a) return LF
  if (codePoint === 0x85 || codePoint === 0x2028 || codePoint === 0x2029) return SEP
  const character = String.fromCodePoint(codePoint)
  if (numberSign.test(character)) return NUMERIC
  if (georgian.test(character)) return OLETTER
  // ZWNJ and ZWJ are Grapheme_Extend, hence Extend, not Format.
  if (extend.test(character)) return EXTEND
  if (format.test(character)) return FORMAT
  if (space.test(character)) return SP
  if (lower.test(character)) return LOWER
  if (upper.test(character)) return UPPER
  if (oLetter.test(character)) return OLETTER
  if (numeric.test(character)) return NUMERIC
  if (aTerm.test(character)) return ATERM
  if (sTerm.test(character)) return STERM
  if (close.test(character)) return CLOSE
  if (sContinue.test(character)) return SCONTINUE
  return ANY
}

const plainClassOf = codePointByte(classify)

/** Greek, where ICU reads the Greek question mark `;` (and the semicolon it normalises to) as a sentence's end. */
const greekClassOf = (codePoint: number): number => (codePoint === 0x3b || codePoint === 0x37e ? STERM : plainClassOf(codePoint))

const isGreek = (lang: string): boolean => lang === 'el' || lang.startsWith('el-') || lang === 'grc' || lang.startsWith('grc-')

const isParagraphSeparator = (found: number): boolean => found === SEP || found === CR || found === LF
const isTerm = (found: number): boolean => found === ATERM || found === STERM

/** After a terminator: still in its closing punctuation, in the spaces after them, or not after one. */
const NONE = 0
const IN_CLOSE = 1
const IN_SPACE = 2

/**
 * SB8's look-ahead: from `offset`, past everything but letters, paragraph
 * separators and terminators, whether a lower-case letter comes first. It
 * stops at the next terminator, so the text after each one is read once.
 */
function lowerFollows(text: string, offset: number, classOf: (codePoint: number) => number): boolean {
  while (offset < text.length) {
    const codePoint = codePointAt(text, offset)
    const found = classOf(codePoint)
    if (found === LOWER) return true
    if (found === OLETTER || found === UPPER || isParagraphSeparator(found) || isTerm(found)) return false
    offset += codePoint > 0xffff ? 2 : 1
  }
  return false
}

/** The offsets where a sentence ends and the next starts, in order, the text's end included. */
export function sentenceBreaks(text: string, lang = 'und'): number[] {
  const classOf = isGreek(lang) ? greekClassOf : plainClassOf
  const breaks: number[] = []
  // The last character that counts (Extend and Format attach to the one before them, SB5), and the one before it.
  let previous = -1
  let beforePrevious = -1
  let after = NONE
  let term = ANY
  for (let offset = 0; offset < text.length; ) {
    const codePoint = codePointAt(text, offset)
    const width = codePoint > 0xffff ? 2 : 1
    const current = classOf(codePoint)
    if ((current === EXTEND || current === FORMAT) && previous !== -1 && !isParagraphSeparator(previous)) {
      offset += width
      continue
    }
    if (previous !== -1 && breaksBefore(text, offset, previous, beforePrevious, current, after, term, classOf)) {
      breaks.push(offset)
      after = NONE
    }
    // What the text now ends with, for the next character's rules.
    if (isTerm(current)) {
      term = current
      after = IN_CLOSE
    } else if (after === IN_CLOSE && current === CLOSE) after = IN_CLOSE
    else if (after !== NONE && current === SP) after = IN_SPACE
    else after = NONE
    beforePrevious = previous
    previous = current
    offset += width
  }
  if (text.length > 0) breaks.push(text.length)
  return breaks
}

/** Whether a sentence ends before `current` at `offset` (SB3–SB11). */
function breaksBefore(text: string, offset: number, previous: number, beforePrevious: number, current: number, after: number, term: number, classOf: (codePoint: number) => number): boolean {
  if (previous === CR && current === LF) return false
  if (isParagraphSeparator(previous)) return true
  if (after === NONE) return false
  const rightAfter = previous === ATERM && term === ATERM
  if (rightAfter && current === NUMERIC) return false
  if (rightAfter && current === UPPER && (beforePrevious === UPPER || beforePrevious === LOWER)) return false
  if (term === ATERM && lowerFollows(text, offset, classOf)) return false
  if (current === SCONTINUE || isTerm(current)) return false
  if (after === IN_CLOSE && (current === CLOSE || current === SP || isParagraphSeparator(current))) return false
  if (current === SP || isParagraphSeparator(current)) return false
  return true
}

/** Sentences of `text`, trimmed of the white space after them; a stretch of white space alone is none. */
export function splitSentences(text: string, lang: string): Token[] {
  const sentences: Token[] = []
  let start = 0
  for (const end of sentenceBreaks(text, lang)) {
    let last = end
    while (last > start && isTrimmed(text.charCodeAt(last - 1))) last--
    if (last > start && hasContent(text, start, last)) sentences.push({span: [start, last], text: text.slice(start, last)})
    start = end
  }
  return sentences
}

/** What `String.prototype.trimEnd` removes: white space and line terminators, and U+FEFF. */
function isTrimmed(unit: number): boolean {
  return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff
}

function hasContent(text: string, start: number, end: number): boolean {
  for (let offset = start; offset < end; offset++) if (!isTrimmed(text.charCodeAt(offset))) return true
  return false
}
