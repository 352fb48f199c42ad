// The length model of length-ratio (src/text/length-ratio.ts) learns from
// columns of millions of lengths with as few arrays as it can. It must learn
// exactly what the plain definition learns: this test writes that definition
// out (an index per row, a filtered copy per step, a new array per fit) and
// compares the two on random columns.

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {deviation, learnRatio, type LengthColumns, type RatioModel} from '../../src/text/length-ratio.js'

function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort()
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const error = (source: number, target: number, ratio: number) => (target - ratio * source) / Math.sqrt((source + target / ratio) / 2)

function fit({source, target}: LengthColumns, rows: number[], ratio: number): RatioModel {
  return {ratio, spread: Math.max(0.5, 1.4826 * median(rows.map((row) => Math.abs(error(source[row], target[row], ratio))))), pairs: rows.length}
}

/** The model by its definition: the median ratio, a fit, the inliers, their length-weighted ratio, a second fit. */
function definition(columns: LengthColumns, count: number, minPairs: number, threshold: number): RatioModel | undefined {
  const {source, target} = columns
  const usable = [...Array(count).keys()].filter((row) => source[row] > 0 && target[row] > 0)
  if (usable.length < minPairs) return undefined
  const first = fit(columns, usable, median(usable.map((row) => target[row] / source[row])))
  const inliers = usable.filter((row) => Math.abs(deviation({source: source[row], target: target[row]}, first)) <= threshold)
  if (inliers.length < minPairs) return first
  const ratio = inliers.reduce((sum, row) => sum + target[row], 0) / inliers.reduce((sum, row) => sum + source[row], 0)
  return {...fit(columns, inliers, ratio), pairs: usable.length}
}

// Lengths around a ratio, with empty sides and truncated targets among them.
const pair = fc.record({source: fc.nat(600), scale: fc.double({min: 0.2, max: 3, noNaN: true}), kind: fc.constantFrom('aligned', 'aligned', 'aligned', 'empty', 'truncated')})

describe('learnRatio', () => {
  it('learns what the definition learns, on random columns', () => {
    fc.assert(
      fc.property(fc.array(pair, {maxLength: 400}), fc.nat(5), fc.integer({min: 1, max: 60}), fc.constantFrom(2, 3, 5), (pairs, cut, minPairs, threshold) => {
        const source = Int32Array.from(pairs, (item) => (item.kind === 'empty' ? 0 : item.source))
        const target = Int32Array.from(pairs, (item) => (item.kind === 'truncated' ? item.source >> 3 : Math.round(item.source * item.scale)))
        // `count` may stop short of the columns' end (a column's spare room).
        const count = Math.max(0, pairs.length - cut)
        expect(learnRatio({source, target}, count, minPairs, threshold)).toEqual(definition({source, target}, count, minPairs, threshold))
      }),
      {numRuns: 500}
    )
  })
})
