// The span indexes of the name analysis (src/text/names/pairing.ts), against
// the pass over every span they stand for: a set of spans that do not
// overlap, added mostly in text order and then out of order (as unitNames
// adds a version's names, then the counterparts of the other), and whether
// a span overlaps any of a list.

import {describe, expect, it} from 'vitest'
import type {Span} from '../../src/engine/types.js'
import {overlaps, overlapTest, SpanSet} from '../../src/text/names/pairing.js'

/** Deterministic spans of 1–8 code units in a text of `length`, from a linear congruential sequence. */
function spans(count: number, length: number, seed: number): Span[] {
  let state = seed
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  return Array.from({length: count}, () => {
    const start = Math.floor(next() * length)
    return [start, start + 1 + Math.floor(next() * 8)] as Span
  })
}

describe('SpanSet', () => {
  it('adds a span exactly when it overlaps none kept, in order and out of order, past the spans it keeps in arrays', () => {
    const inOrder = spans(600, 6000, 1).sort((a, b) => a[0] - b[0])
    const outOfOrder = spans(2000, 7000, 2)
    const set = new SpanSet()
    const kept: Span[] = []
    const answers = [...inOrder, ...outOfOrder].map((span) => {
      const expected = !kept.some((other) => overlaps(other, span))
      if (expected) kept.push(span)
      return [set.add(span), expected]
    })
    expect(answers.filter(([added, expected]) => added !== expected)).toEqual([])
    // Both kinds of answer, on both sides of the switch.
    expect(answers.slice(0, 600).some(([added]) => !added) && answers.slice(600).some(([added]) => added)).toBe(true)
  })
})

describe('overlapTest', () => {
  it('says whether a span overlaps one of a list, overlapping spans among them', () => {
    const list = spans(500, 3000, 3)
    const isCovered = overlapTest(list)
    const queries = spans(2000, 3200, 4)
    expect(queries.filter((span) => isCovered(span) !== list.some((other) => overlaps(other, span)))).toEqual([])
  })
})
