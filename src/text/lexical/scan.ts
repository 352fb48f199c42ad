// The lexical layer of a side: one scan of its text (after protected spans
// are masked) into runs of characters of one class. Every word, number and
// space a rule reads is a stretch of runs, so word boundaries are the same in
// every rule, and `present` tells a rule, before any work, whether the text
// holds what it looks for (a digit, a format character, a placeholder).

import type {Lexicon} from '../../engine/types.js'
import {codePointAt} from '../scripts/code-point-table.js'
import {classOf} from './classes.js'
import {signOf} from './signs.js'

export type {Lexicon}

const none: Lexicon = {classes: new Uint8Array(0), starts: new Uint32Array(1), count: 0, present: 0, signs: 0}

// The class and the signs of each BMP code unit, plus one (0: not asked yet),
// read in the loop below without a call; astral code points ask `classOf`
// and `signOf`.
const classPlusOne = new Uint8Array(0x10000)
let scratchClasses = new Uint8Array(4096)
let scratchStarts = new Uint32Array(4096)
const signsPlusOne = new Uint8Array(0x10000)

function fill(unit: number): void {
  classPlusOne[unit] = classOf(unit) + 1
  signsPlusOne[unit] = signOf(unit) + 1
}

/** Runs of `text`, and its signs: one read of each table a character, no allocation but the two arrays. */
export function scanText(text: string): Lexicon {
  if (text.length === 0) return none
  // Runs are written to a scratch as long as the text, then copied out at their count: a side has about two runs a word.
  if (scratchClasses.length < text.length + 1) {
    scratchClasses = new Uint8Array(Math.max(text.length + 1, 2 * scratchClasses.length))
    scratchStarts = new Uint32Array(scratchClasses.length)
  }
  const classes = scratchClasses
  const starts = scratchStarts
  let count = 0
  let present = 0
  let signs = 0
  let current = -1
  for (let offset = 0; offset < text.length; offset++) {
    const unit = text.charCodeAt(offset)
    const start = offset
    let found: number
    if (unit < 0xd800 || unit > 0xdbff) {
      if (classPlusOne[unit] === 0) fill(unit)
      found = classPlusOne[unit] - 1
      signs |= signsPlusOne[unit] - 1
    } else {
      // A high surrogate: its code point (or itself, alone) asks the shared path.
      const codePoint = codePointAt(text, offset)
      found = classOf(codePoint)
      signs |= signOf(codePoint)
      if (codePoint > 0xffff) offset++
    }
    if (found !== current) {
      classes[count] = found
      starts[count++] = start
      present |= 1 << found
      current = found
    }
  }
  starts[count] = text.length
  return {classes: classes.slice(0, count), starts: starts.slice(0, count + 1), count, present, signs}
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
