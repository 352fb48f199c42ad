// Scans of a text by code point with a memoised predicate (`codePointTest`),
// for the hot paths of per-unit rules. A regex such as `/[\s\p{Cf}]+$/u`
// restarts at every offset of the text and `/\p{Nd}/u` tests a class of
// many ranges per character; these loops read one table entry per code
// point and allocate nothing. They walk code points as the `u` flag does:
// a surrogate pair is one code point, a lone surrogate is itself.

import {codePointAt} from './scripts/code-point-table.js'

export type CodePointTest = (codePoint: number) => boolean

/** Whether `unit` is a UTF-16 high (leading) surrogate. */
function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff
}

/** Whether `unit` is a UTF-16 low (trailing) surrogate. */
function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff
}

/** Offset of the first code point of `text` in [`from`, `to`) that passes `test`, or -1. */
export function findCodePoint(text: string, test: CodePointTest, from = 0, to = text.length): number {
  for (let offset = from; offset < to; offset++) {
    const codePoint = codePointAt(text, offset)
    if (test(codePoint)) return offset
    if (codePoint > 0xffff) offset++
  }
  return -1
}

/** Whether some code point of `text` passes `test`. */
export function hasCodePoint(text: string, test: CodePointTest): boolean {
  return findCodePoint(text, test) !== -1
}

/**
 * Where the run of code points passing `test` that ends at `end` starts (`end`
 * itself when the code point before it fails): what `/[…]+$/u` finds in
 * `text.slice(start, end)`, read backwards from the end only.
 */
export function trailingRunStart(text: string, test: CodePointTest, end = text.length, start = 0): number {
  let at = end
  while (at > start) {
    const unit = text.charCodeAt(at - 1)
    const pair = isLowSurrogate(unit) && at - 2 >= start && isHighSurrogate(text.charCodeAt(at - 2))
    const codePoint = pair ? (text.charCodeAt(at - 2) - 0xd800) * 0x400 + unit - 0xdc00 + 0x10000 : unit
    if (!test(codePoint)) break
    at -= pair ? 2 : 1
  }
  return at
}

/** Where the run of code points passing `test` that starts at `start` ends: what `/^[…]+/u` finds in `text.slice(start, end)`. */
export function leadingRunEnd(text: string, test: CodePointTest, start = 0, end = text.length): number {
  let at = start
  while (at < end) {
    const codePoint = codePointAt(text, at)
    // A pair cut by `end` is two lone surrogates to the regex on the slice.
    const size = codePoint > 0xffff ? 2 : 1
    if (at + size > end) return test(text.charCodeAt(at)) ? end : at
    if (!test(codePoint)) break
    at += size
  }
  return at
}
