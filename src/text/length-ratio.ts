// The length model of a translation (Gale & Church 1993): the target's
// length is about c times the source's, with a spread that grows with the
// square root of the length. Both c and the spread are learned from the
// corpus itself, robustly (median-based, then re-estimated without the
// outliers, as GaChalign re-estimates on 1-1 beads: domain-text.md §4.2),
// since en→ar is about 0.7 and en→zh 0.3 and a fixed ratio fits neither.

export {alignmentLength as textLength} from './align-features.js'

export interface LengthPair {
  source: number
  target: number
}

export interface RatioModel {
  /** Expected target length per source character (c). */
  ratio: number
  /** Spread of the normalised difference (s in δ = (l2 − c·l1) / (s·√((l1 + l2/c)/2))). */
  spread: number
  /** How many pairs the model was learned from. */
  pairs: number
}

/** The spread is never taken below this, so that a corpus of near-identical ratios does not flag every small change. */
const minSpread = 0.5

/** Lengths of many pairs as two columns: a corpus of millions of pairs needs no object per pair. */
export interface LengthColumns {
  source: ArrayLike<number>
  target: ArrayLike<number>
}

function median(values: Float64Array): number {
  const sorted = values.sort()
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The difference of a pair in units of its expected standard deviation, before dividing by the spread. */
function error(source: number, target: number, ratio: number): number {
  return (target - ratio * source) / Math.sqrt((source + target / ratio) / 2)
}

/**
 * The spread of the pairs `rows` around `ratio`: 1.4826 · MAD estimates the
 * standard deviation of a normal distribution. `scratch` (at least as long
 * as `rows`) takes the errors, so that a corpus of millions of pairs
 * allocates it once for the ratios and both fits.
 */
function fit({source, target}: LengthColumns, rows: Uint32Array, ratio: number, scratch: Float64Array): RatioModel {
  const errors = scratch.subarray(0, rows.length)
  for (let index = 0; index < rows.length; index++) errors[index] = Math.abs(error(source[rows[index]], target[rows[index]], ratio))
  return {ratio, spread: Math.max(minSpread, 1.4826 * median(errors)), pairs: rows.length}
}

/** The rows among `from` (0 … from − 1 when it is a number) that pass `test`, in order: counted first, so the array is allocated once at its size. */
function rowsWhere(from: Uint32Array | number, test: (row: number) => boolean): Uint32Array {
  const total = typeof from === 'number' ? from : from.length
  const rowAt = typeof from === 'number' ? (index: number) => index : (index: number) => from[index]
  let count = 0
  for (let index = 0; index < total; index++) if (test(rowAt(index))) count++
  const kept = new Uint32Array(count)
  count = 0
  for (let index = 0; index < total; index++) {
    const row = rowAt(index)
    if (test(row)) kept[count++] = row
  }
  return kept
}

/**
 * Learn the length model from the first `count` pairs of two columns (both
 * lengths above 0); undefined with fewer than `minPairs` of them. A second
 * fit leaves out the pairs beyond `threshold` in the first, so that the
 * defects being looked for do not bend the model.
 */
export function learnRatio(columns: LengthColumns, count: number, minPairs: number, threshold: number): RatioModel | undefined {
  const {source, target} = columns
  const usable = rowsWhere(count, (row) => source[row] > 0 && target[row] > 0)
  if (usable.length < minPairs) return undefined
  // First the median ratio, which a few truncated pairs do not move; then
  // the length-weighted ratio of the pairs that fit it.
  const scratch = new Float64Array(usable.length)
  for (let index = 0; index < usable.length; index++) scratch[index] = target[usable[index]] / source[usable[index]]
  const first = fit(columns, usable, median(scratch), scratch)
  const inliers = rowsWhere(usable, (row) => Math.abs(deviation({source: source[row], target: target[row]}, first)) <= threshold)
  if (inliers.length < minPairs) return first
  let targets = 0
  let sources = 0
  for (const row of inliers) targets += target[row]
  for (const row of inliers) sources += source[row]
  return {...fit(columns, inliers, targets / sources, scratch), pairs: usable.length}
}

/** δ of a pair under a model: how many spreads the target is longer (+) or shorter (−) than expected. */
export function deviation(pair: LengthPair, model: RatioModel): number {
  if (pair.source === 0 && pair.target === 0) return 0
  return error(pair.source, pair.target, model.ratio) / model.spread
}
