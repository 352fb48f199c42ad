// Pair the names of one version with their counterparts in the aligned
// paragraph of the other: the best transliteration-aware match per name
// word (domain-text §1.5: use the similarity to pair, never to declare two
// Arabic spellings one name).

import type {Span} from '../../engine/types.js'
import {classLetterSet, classSimilarity, classSimilarityLetterBound, consonantClasses} from './cross-script.js'
import {candidateStemsOf, type NameCandidate} from './candidates.js'
import type {NameToken} from './extract.js'

export interface NamePair {
  word: NameToken
  counterpart: NameCandidate
  similarity: number
}

/** Where a word or candidate stands in its paragraph(s), from 0 (start) to 1 (end). */
export type RelativePosition = (span: Span) => number

/**
 * For each name word, in order, the candidate of the other version most
 * similar to it, one word per candidate token: a name mentioned twice pairs
 * with two tokens. Ties go to the candidate whose place in its paragraph is
 * nearest the word's (Ali pairs with علي, not with the preposition على
 * earlier in the sentence). Words without a candidate are left out.
 */
export function pairNames(
  words: readonly NameToken[],
  candidates: readonly NameCandidate[],
  wordPosition: RelativePosition = () => 0,
  candidatePosition: RelativePosition = () => 0
): NamePair[] {
  const pairs: NamePair[] = []
  if (words.length === 0 || candidates.length === 0) return pairs
  const count = candidates.length
  // Candidates overlapping one already paired; a flag per candidate keeps
  // the search linear in the candidates for each word. Buffers reused from
  // call to call: typed arrays this size live outside the heap and cost
  // more to allocate than to fill.
  const {blocked, positions, letterSets, bounds} = buffersFor(count)
  blocked.fill(0, 0, count)
  for (let index = 0; index < count; index++) positions[index] = candidatePosition(candidates[index].span)
  // In a very long paragraph (a whole file on one line), compare each word
  // only with the candidates nearest its place, so pairing stays linear.
  const windowed = words.length * count > maxComparisons && nearestWindow < count
  const byPosition = windowed ? candidates.map((_, index) => index).sort((a, b) => positions[a] - positions[b]) : []
  // Class strings and their letter sets once per candidate, not once per word and candidate.
  const stems = candidateStemsOf(candidates)
  const classes = stems ? stems.map((stem) => (stem.classes ??= consonantClasses(stem.stem))) : candidates.map((candidate) => consonantClasses(candidate.text))
  for (let index = 0; index < count; index++) letterSets[index] = classLetterSet(classes[index])
  // As `nameCandidates` gives them: starts and ends never go back (the stems of a token share its end).
  let inTextOrder = true
  for (let index = 1; index < count && inTextOrder; index++) {
    const previous = candidates[index - 1].span
    const span = candidates[index].span
    inTextOrder = previous[0] <= span[0] && previous[1] <= span[1]
  }
  for (const word of words) {
    const place = wordPosition(word.span)
    const wordClasses = consonantClasses(word.text)
    // The candidates compared, in document order: all, or the window's.
    const order = windowed ? nearest(byPosition, positions, place, nearestWindow) : undefined
    const compared = order ? order.length : count
    let best = -1
    let bestSimilarity = 0
    let bestDistance = 0
    // A candidate of the same classes has similarity 1, which no other
    // reaches: when there is one, the nearest such (then the first) is the
    // best, and no distance matrix is needed.
    if (wordClasses.length > 0) {
      for (let at = 0; at < compared; at++) {
        const index = order ? order[at] : at
        if (blocked[index] || classes[index] !== wordClasses) continue
        const distance = Math.abs(place - positions[index])
        if (best < 0 || distance < bestDistance) {
          best = index
          bestSimilarity = 1
          bestDistance = distance
        }
      }
    }
    if (best < 0) {
      // Otherwise the most similar (then the nearest, then the first): the
      // candidate of the highest bound first, so that the bound rules out
      // most others before their distance matrix.
      const wordSet = classLetterSet(wordClasses)
      let highest = -1
      for (let at = 0; at < compared; at++) {
        const index = order ? order[at] : at
        if (blocked[index]) continue
        bounds[index] = classSimilarityLetterBound(wordClasses.length, wordSet, classes[index].length, letterSets[index])
        if (highest < 0 || bounds[index] > bounds[highest]) highest = index
      }
      if (highest >= 0) {
        best = highest
        bestSimilarity = classSimilarity(wordClasses, classes[highest])
        bestDistance = Math.abs(place - positions[highest])
      }
      for (let at = 0; at < compared; at++) {
        const index = order ? order[at] : at
        // Cannot reach the best similarity (the margin covers rounding in the distance sums).
        if (blocked[index] || index === highest || bounds[index] + boundMargin < bestSimilarity) continue
        const similarity = classSimilarity(wordClasses, classes[index])
        if (similarity < bestSimilarity) continue
        const distance = Math.abs(place - positions[index])
        if (similarity > bestSimilarity || distance < bestDistance || (distance === bestDistance && index < best)) {
          best = index
          bestSimilarity = similarity
          bestDistance = distance
        }
      }
    }
    if (best < 0) continue
    const [start, end] = candidates[best].span
    if (inTextOrder) {
      // Only neighbours can overlap it: back while they end after its start, on while they start before its end.
      for (let index = best; index >= 0 && candidates[index].span[1] > start; index--) blocked[index] = 1
      for (let index = best + 1; index < count && candidates[index].span[0] < end; index++) blocked[index] = 1
    } else {
      for (let index = 0; index < count; index++) {
        const span = candidates[index].span
        if (start < span[1] && span[0] < end) blocked[index] = 1
      }
    }
    pairs.push({word, counterpart: candidates[best], similarity: bestSimilarity})
  }
  return pairs
}

/** Buffers of `pairNames`, grown as needed (it calls nothing that pairs again). */
let buffers = {blocked: new Uint8Array(256), positions: new Float64Array(256), letterSets: new Int32Array(256), bounds: new Float64Array(256)}

function buffersFor(count: number): typeof buffers {
  if (buffers.blocked.length < count) {
    const length = count * 2
    buffers = {blocked: new Uint8Array(length), positions: new Float64Array(length), letterSets: new Int32Array(length), bounds: new Float64Array(length)}
  }
  return buffers
}

const boundMargin = 1e-9

/** Above this many word-candidate comparisons in one paragraph, compare within a window. */
const maxComparisons = 250_000
const nearestWindow = 64

/** The indices of the `count` candidates nearest `place` (fewer than all of them), in document order. */
function nearest(byPosition: readonly number[], positions: Float64Array, place: number, count: number): number[] {
  let low = 0
  let high = byPosition.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (positions[byPosition[middle]] < place) low = middle + 1
    else high = middle
  }
  const from = Math.max(0, Math.min(low - (count >> 1), byPosition.length - count))
  return byPosition.slice(from, from + count).sort((a, b) => a - b)
}

/** Whether two spans overlap. */
export function overlaps([startA, endA]: Span, [startB, endB]: Span): boolean {
  return startA < endB && startB < endA
}

/**
 * Spans that do not overlap, kept in order, so that whether a new span
 * overlaps one takes a binary search rather than a pass over all: a
 * long document has tens of thousands of names. Spans come mostly in text
 * order; once a span goes in among many, the set becomes a flag per code
 * unit covered, so that spans added out of order shift no arrays.
 */
export class SpanSet {
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  private covered: Uint8Array | undefined

  /** Add a non-empty span unless it overlaps one already there (as `overlaps` says); whether it was added. */
  add(span: Span): boolean {
    if (this.covered) return this.cover(span)
    const [start, end] = span
    const {starts, ends} = this
    let low = 0
    let high = starts.length
    // Text order is the common case: after the last span.
    if (high > 0 && starts[high - 1] < start) low = high
    while (low < high) {
      const middle = (low + high) >> 1
      if (starts[middle] < start) low = middle + 1
      else high = middle
    }
    // Spans before it that do not overlap the one just before cannot overlap it either.
    if (low > 0 && overlaps([starts[low - 1], ends[low - 1]], span)) return false
    if (low < starts.length && overlaps([starts[low], ends[low]], span)) return false
    if (low === starts.length) {
      starts.push(start)
      ends.push(end)
      return true
    }
    if (starts.length < manySpans) {
      starts.splice(low, 0, start)
      ends.splice(low, 0, end)
      return true
    }
    this.covered = new Uint8Array(Math.max(ends[ends.length - 1], end) * 2)
    for (let index = 0; index < starts.length; index++) this.covered.fill(1, starts[index], ends[index])
    return this.cover(span)
  }

  private cover([start, end]: Span): boolean {
    let covered = this.covered!
    if (covered.length < end) {
      covered = new Uint8Array(end * 2)
      covered.set(this.covered!)
      this.covered = covered
    }
    for (let offset = start; offset < end; offset++) if (covered[offset]) return false
    covered.fill(1, start, end)
    return true
  }
}

/** Spans a `SpanSet` keeps in arrays, before one out of order makes it flag code units. */
const manySpans = 256

/** The first of `tokens` (in text order, not overlapping) that overlaps `span`, or -1. */
export function firstOverlapping(tokens: ReadonlyArray<{span: Span}>, span: Span): number {
  let low = 0
  let high = tokens.length
  // The first token that ends after the span starts.
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle].span[1] <= span[0]) low = middle + 1
    else high = middle
  }
  for (let index = low; index < tokens.length && tokens[index].span[0] < span[1]; index++) if (overlaps(tokens[index].span, span)) return index
  return -1
}

/**
 * Whether a span overlaps one of `spans` (in any order, overlapping or
 * not), by a binary search in their union: a unit asks this of each of its
 * names against each of its pairs.
 */
export function overlapTest(spans: Iterable<Span>): (span: Span) => boolean {
  const sorted = [...spans].filter(([start, end]) => start < end).sort((a, b) => a[0] - b[0])
  const union: Array<{span: [number, number]}> = []
  for (const [start, end] of sorted) {
    const last = union.at(-1)?.span
    if (last && start < last[1]) last[1] = Math.max(last[1], end)
    else union.push({span: [start, end]})
  }
  return (span) => firstOverlapping(union, span) >= 0
}
