// The text rules read: each protected span replaced by one U+FFFC, and the
// map from that text's offsets back to the text the reader decoded.

import {CODE_MARK, type ProtectedSpan} from '../../engine/types.js'
import type {FoundSpan} from './protect.js'
import {lowerBound} from '../span-search.js'

export const codeMark = CODE_MARK

/** A masked text and its map back to the unmasked one. */
export interface Masked {
  text: string
  codes: ProtectedSpan[]
  /** The offset in the unmasked text of an offset in the masked one. */
  rawOffset(offset: number): number
}

/**
 * Replace `spans` (in order, not overlapping) of `raw` by one U+FFFC each.
 * An offset at a U+FFFC maps to its span's start, the offset after it to the
 * span's end, so a report or fix next to a placeholder keeps its place.
 */
export function maskSpans(raw: string, spans: readonly FoundSpan[]): Masked {
  const parts: string[] = []
  const codes: ProtectedSpan[] = []
  const rawEnds = new Int32Array(spans.length)
  let from = 0
  let length = 0
  for (const [index, span] of spans.entries()) {
    parts.push(raw.slice(from, span.start), codeMark)
    length += span.start - from
    codes.push({offset: length, text: raw.slice(span.start, span.end), kind: span.kind})
    length++
    rawEnds[index] = span.end
    from = span.end
  }
  parts.push(raw.slice(from))
  const offsets = Int32Array.from(codes, (code) => code.offset)
  return {
    text: parts.join(''),
    codes,
    rawOffset(offset) {
      // The last U+FFFC before `offset`: the raw text after its span is copied as is.
      const low = lowerBound(offsets, offset)
      return low === 0 ? offset : rawEnds[low - 1] + (offset - offsets[low - 1] - 1)
    }
  }
}

/** A side's text with each protected span's original text back in place of its U+FFFC: what tells `Add %s` from `Add %(name)s`. */
export function unmaskedText(side: {text: string; codes: readonly ProtectedSpan[]}): string {
  if (side.codes.length === 0) return side.text
  let text = ''
  let from = 0
  for (const code of side.codes) {
    text += side.text.slice(from, code.offset) + code.text
    from = code.offset + 1
  }
  return text + side.text.slice(from)
}

/** `[start, end)` of a side's text with its protected spans written back: what a message quotes (`%(name)s`, not U+FFFC). */
export function unmaskedSlice(side: {text: string; codes: readonly ProtectedSpan[]}, start: number, end: number): string {
  const slice = side.text.slice(start, end)
  if (!slice.includes(codeMark)) return slice
  return unmaskedText({text: slice, codes: side.codes.filter((code) => code.offset >= start && code.offset < end).map((code) => ({...code, offset: code.offset - start}))})
}
