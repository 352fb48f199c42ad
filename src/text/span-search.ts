// Which spans of a list overlap or contain a range, in logarithmic time: a
// paragraph of dates asks this of every number and token in it.

import type {Span} from '../engine/types.js'

/** Below this many spans, a scan is cheaper than building the search. */
const FEW = 8

/** The first index of ascending `values` whose value is at least `value` (`values.length` when none is). */
export function lowerBound(values: ArrayLike<number>, value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (values[middle] < value) low = middle + 1
    else high = middle
  }
  return low
}

/** Starts of spans sorted by start, and the greatest end among each span and those before it. */
function reaches(spans: readonly Span[]): {starts: Float64Array; reach: Float64Array} {
  const starts = new Float64Array(spans.length)
  const reach = new Float64Array(spans.length)
  let furthest = -Infinity
  spans.forEach((span, index) => {
    starts[index] = span[0]
    furthest = Math.max(furthest, span[1])
    reach[index] = furthest
  })
  return {starts, reach}
}

const byStart = (a: Span, b: Span): number => a[0] - b[0]

/** Whether `[start, end)` overlaps one of `spans` (in any order). */
export function overlapsAny(spans: readonly Span[]): (start: number, end: number) => boolean {
  if (spans.length <= FEW) return (start, end) => spans.some((span) => span[0] < end && start < span[1])
  const {starts, reach} = reaches([...spans].sort(byStart))
  // The spans starting before `end` overlap the range when one of them ends after `start`.
  return (start, end) => {
    const before = lowerBound(starts, end)
    return before > 0 && reach[before - 1] > start
  }
}

/**
 * The index of the first of `spans` (sorted by start) that contains
 * `[start, end)`, or -1: what `spans.findIndex` finds, without the scan.
 */
export function firstContaining(spans: readonly Span[]): (start: number, end: number) => number {
  if (spans.length <= FEW) return (start, end) => spans.findIndex((span) => span[0] <= start && end <= span[1])
  const {starts, reach} = reaches(spans)
  return (start, end) => {
    // The spans starting at or before `start`; the first whose end reaches `end` contains the range.
    const candidates = lowerBound(starts, start + 1)
    const first = lowerBound(reach, end)
    return first < candidates ? first : -1
  }
}
