// The span searches of dates and numbers answer as a scan of the list does.

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Span} from '../../src/engine/types.js'
import {firstContaining, lowerBound, overlapsAny} from '../../src/text/span-search.js'

const span: fc.Arbitrary<Span> = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]) => [start, start + length])

describe('span search', () => {
  it('exports its three searches', async () => {
    expect(Object.keys(await import('../../src/text/span-search.js')).sort()).toEqual(['firstContaining', 'lowerBound', 'overlapsAny'])
  })

  it('finds the first value at least a bound', () => {
    expect(lowerBound([1, 3, 3, 7], 3)).toBe(1)
    expect(lowerBound([1, 3, 3, 7], 8)).toBe(4)
    expect(lowerBound(new Uint32Array([]), 0)).toBe(0)
  })

  it('tells overlaps and the first containing span as `some` and `findIndex` do', () => {
    fc.assert(
      fc.property(fc.array(span, {maxLength: 40}), fc.array(span, {maxLength: 20}), (spans, ranges) => {
        const sorted = [...spans].sort((a, b) => a[0] - b[0])
        const overlaps = overlapsAny(spans)
        const containing = firstContaining(sorted)
        for (const [start, end] of ranges) {
          expect(overlaps(start, end)).toBe(spans.some((other) => other[0] < end && start < other[1]))
          expect(containing(start, end)).toBe(sorted.findIndex((other) => other[0] <= start && end <= other[1]))
        }
      }),
      {numRuns: 500}
    )
  })
})
