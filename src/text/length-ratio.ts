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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The difference of a pair in units of its expected standard deviation, before dividing by the spread. */
function error(pair: LengthPair, ratio: number): number {
  return (pair.target - ratio * pair.source) / Math.sqrt((pair.source + pair.target / ratio) / 2)
}

/** The spread of the pairs around `ratio`: 1.4826 · MAD estimates the standard deviation of a normal distribution. */
function fit(pairs: readonly LengthPair[], ratio: number): RatioModel {
  const spread = Math.max(minSpread, 1.4826 * median(pairs.map((pair) => Math.abs(error(pair, ratio)))))
  return {ratio, spread, pairs: pairs.length}
}

/**
 * Learn the length model from corresponding pairs (both lengths above 0);
 * undefined with fewer than `minPairs` of them. A second fit leaves out the
 * pairs beyond `threshold` in the first, so that the defects being looked
 * for do not bend the model.
 */
export function learnRatio(pairs: readonly LengthPair[], minPairs: number, threshold: number): RatioModel | undefined {
  const usable = pairs.filter((pair) => pair.source > 0 && pair.target > 0)
  if (usable.length < minPairs) return undefined
  // First the median ratio, which a few truncated pairs do not move; then
  // the length-weighted ratio of the pairs that fit it.
  const first = fit(usable, median(usable.map((pair) => pair.target / pair.source)))
  const inliers = usable.filter((pair) => Math.abs(deviation(pair, first)) <= threshold)
  if (inliers.length < minPairs) return first
  const ratio = inliers.reduce((sum, pair) => sum + pair.target, 0) / inliers.reduce((sum, pair) => sum + pair.source, 0)
  return {...fit(inliers, ratio), pairs: usable.length}
}

/** δ of a pair under a model: how many spreads the target is longer (+) or shorter (−) than expected. */
export function deviation(pair: LengthPair, model: RatioModel): number {
  if (pair.source === 0 && pair.target === 0) return 0
  return error(pair, model.ratio) / model.spread
}
