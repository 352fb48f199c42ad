// Pair the names of one version with their counterparts in the aligned
// paragraph of the other: the best transliteration-aware match per name
// word (domain-text §1.5: use the similarity to pair, never to declare two
// Arabic spellings one name).

import type {Span} from '../../engine/types.js'
import {classSimilarity, classSimilarityBound, consonantClasses} from './cross-script.js'
import {candidateStemsOf, type NameCandidate, type NameToken} from './extract.js'

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
  const {blocked, positions, sameClassesAs} = buffersFor(count)
  blocked.fill(0, 0, count)
  for (let index = 0; index < count; index++) positions[index] = candidatePosition(candidates[index].span)
  // In a very long paragraph (a whole file on one line), compare each word
  // only with the candidates nearest its place, so pairing stays linear.
  const windowed = words.length * count > maxComparisons && nearestWindow < count
  const byPosition = windowed ? candidates.map((_, index) => index).sort((a, b) => positions[a] - positions[b]) : []
  // Class strings once per candidate, not once per word and candidate.
  const stems = candidateStemsOf(candidates)
  const classes = stems ? stems.map((stem) => (stem.classes ??= consonantClasses(stem.stem))) : candidates.map((candidate) => consonantClasses(candidate.text))
  // Similarities once per class string of a word and run of candidates of
  // the same classes (الكتاب and its stem كتاب), and once per name a
  // paragraph repeats (Allah, Moses): a row of `similarities` per word's classes.
  for (let index = 0; index < count; index++) sameClassesAs[index] = index > 0 && classes[index] === classes[index - 1] ? sameClassesAs[index - 1] : index
  const rowOf = new Map<string, number>()
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
      let row = rowOf.get(wordClasses)
      // A row per distinct word, up to a bound: a whole file on one line has no room for them all.
      if (row === undefined && (rowOf.size + 1) * count <= maxRemembered) {
        rowOf.set(wordClasses, (row = rowOf.size * count))
        similarityRows(row + count).fill(-1, row, row + count)
      }
      const similarities = row === undefined ? undefined : similarityRows(row + count)
      for (let at = 0; at < compared; at++) {
        const index = order ? order[at] : at
        if (blocked[index]) continue
        // Cannot reach the best similarity (the margin covers rounding in the distance sums).
        if (best >= 0 && classSimilarityBound(wordClasses.length, classes[index].length) + boundMargin < bestSimilarity) continue
        let similarity: number
        if (similarities) {
          const first = row! + sameClassesAs[index]
          similarity = similarities[first]
          if (similarity < 0) similarity = similarities[first] = classSimilarity(wordClasses, classes[index])
        } else {
          similarity = classSimilarity(wordClasses, classes[index])
        }
        const distance = Math.abs(place - positions[index])
        if (best < 0 || similarity > bestSimilarity || (similarity === bestSimilarity && distance < bestDistance)) {
          best = index
          bestSimilarity = similarity
          bestDistance = distance
        }
      }
    }
    if (best < 0) continue
    const [start, end] = candidates[best].span
    for (let index = 0; index < count; index++) {
      const span = candidates[index].span
      if (start < span[1] && span[0] < end) blocked[index] = 1
    }
    pairs.push({word, counterpart: candidates[best], similarity: bestSimilarity})
  }
  return pairs
}

/** Buffers of `pairNames`, grown as needed (it calls nothing that pairs again). */
let buffers = {blocked: new Uint8Array(256), positions: new Float64Array(256), sameClassesAs: new Int32Array(256)}
let similarityBuffer = new Float64Array(1024)
/** Most similarities remembered in one call: a million (8 MB of rows). */
const maxRemembered = 1 << 20

function buffersFor(count: number): typeof buffers {
  if (buffers.blocked.length < count) buffers = {blocked: new Uint8Array(count * 2), positions: new Float64Array(count * 2), sameClassesAs: new Int32Array(count * 2)}
  return buffers
}

/** The similarity rows, at least `length` long (kept values survive growing). */
function similarityRows(length: number): Float64Array {
  if (similarityBuffer.length < length) {
    const grown = new Float64Array(length * 2)
    grown.set(similarityBuffer)
    similarityBuffer = grown
  }
  return similarityBuffer
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
 * long document has tens of thousands of names.
 */
export class SpanSet {
  private readonly starts: number[] = []
  private readonly ends: number[] = []

  /** Add a span unless it overlaps one already there (as `overlaps` says); whether it was added. */
  add([start, end]: Span): boolean {
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
    if (low > 0 && overlaps([starts[low - 1], ends[low - 1]], [start, end])) return false
    if (low < starts.length && overlaps([starts[low], ends[low]], [start, end])) return false
    starts.splice(low, 0, start)
    ends.splice(low, 0, end)
    return true
  }
}

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
