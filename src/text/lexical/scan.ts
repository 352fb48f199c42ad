// The lexical layer of a side: one scan of its text (after protected spans
// are masked) into runs of characters of one class. Every word, number and
// space a rule reads is a stretch of runs, so word boundaries are the same in
// every rule, and `present` tells a rule, before any work, whether the text
// holds what it looks for (a digit, a format character, a placeholder).

import type {Lexicon} from '../../engine/types.js'
import {codePointAt} from '../scripts/code-point-table.js'
import {classOf} from './classes.js'

export type {Lexicon}

const none: Lexicon = {classes: new Uint8Array(0), starts: new Uint32Array(1), count: 0, present: 0}

/** Runs of `text`: one read of the class table a character, no allocation but the two arrays. */
export function scanText(text: string): Lexicon {
  if (text.length === 0) return none
  const classes = new Uint8Array(text.length)
  const starts = new Uint32Array(text.length + 1)
  let count = 0
  let present = 0
  let current = -1
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    const found = classOf(codePoint)
    if (found !== current) {
      classes[count] = found
      starts[count++] = offset
      present |= 1 << found
      current = found
    }
    if (codePoint > 0xffff) offset++
  }
  starts[count] = text.length
  return {classes: classes.subarray(0, count), starts: starts.subarray(0, count + 1), count, present}
}

/**
 * Call `visit(start, end)` for each stretch of consecutive runs whose classes
 * are all in `mask` (`bits(LETTER, MARK, DIGIT)`: words with their digits),
 * within `[from, to)`; a stretch cut by `from` or `to` is cut there.
 */
export function eachStretch(lexicon: Lexicon, mask: number, visit: (start: number, end: number) => void, from = 0, to = Number.POSITIVE_INFINITY): void {
  const {classes, starts, count} = lexicon
  let run = firstRunAt(lexicon, from)
  while (run < count && starts[run] < to) {
    if (((1 << classes[run]) & mask) === 0) {
      run++
      continue
    }
    const start = Math.max(starts[run], from)
    while (run < count && ((1 << classes[run]) & mask) !== 0) run++
    visit(start, Math.min(starts[run], to))
  }
}

/** The run that holds `offset`. */
function firstRunAt({starts, count}: Lexicon, offset: number): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >> 1
    if (starts[middle + 1] <= offset) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether `[from, to)` holds a character of one of the classes of `mask`. */
export function holds(lexicon: Lexicon, mask: number, from = 0, to = Number.POSITIVE_INFINITY): boolean {
  if ((lexicon.present & mask) === 0) return false
  const {classes, starts, count} = lexicon
  for (let run = firstRunAt(lexicon, from); run < count && starts[run] < to; run++) if (((1 << classes[run]) & mask) !== 0) return true
  return false
}

/** How many stretches of `mask`'s classes the lexicon holds, counting up to `atMost`. */
export function countStretches(lexicon: Lexicon, mask: number, atMost: number): number {
  const {classes, count} = lexicon
  let found = 0
  let inside = false
  for (let run = 0; run < count && found < atMost; run++) {
    const member = ((1 << classes[run]) & mask) !== 0
    if (member && !inside) found++
    inside = member
  }
  return found
}
