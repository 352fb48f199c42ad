// Pair the names of one version with their counterparts in the aligned
// paragraph of the other: the best transliteration-aware match per name
// word (domain-text §1.5: use the similarity to pair, never to declare two
// Arabic spellings one name).

import type {Span} from '../../engine/types.js'
import {classSimilarity, classSimilarityBound, consonantClasses} from './cross-script.js'
import type {NameCandidate, NameToken} from './extract.js'

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
  // Candidates overlapping one already paired; a flag per candidate keeps
  // the search linear in the candidates for each word.
  const blocked = new Uint8Array(candidates.length)
  const positions = candidates.map((candidate) => candidatePosition(candidate.span))
  // In a very long paragraph (a whole file on one line), compare each word
  // only with the candidates nearest its place, so pairing stays linear.
  const window = words.length * candidates.length > maxComparisons ? nearestWindow : candidates.length
  const byPosition = candidates.map((_, index) => index).sort((a, b) => positions[a] - positions[b])
  // Class strings once per candidate, not once per word and candidate.
  const classes = candidates.map((candidate) => consonantClasses(candidate.text))
  for (const word of words) {
    const place = wordPosition(word.span)
    const wordClasses = consonantClasses(word.text)
    let best: (NamePair & {distance: number; index: number}) | undefined
    for (const index of nearest(byPosition, positions, place, window)) {
      if (blocked[index]) continue
      // Cannot reach the best similarity (the margin covers rounding in the distance sums).
      if (best && classSimilarityBound(wordClasses.length, classes[index].length) + boundMargin < best.similarity) continue
      const candidate = candidates[index]
      const similarity = classSimilarity(wordClasses, classes[index])
      const distance = Math.abs(place - positions[index])
      if (!best || similarity > best.similarity || (similarity === best.similarity && distance < best.distance)) {
        best = {word, counterpart: candidate, similarity, distance, index}
      }
    }
    if (!best) continue
    for (let index = 0; index < candidates.length; index++) if (overlaps(best.counterpart.span, candidates[index].span)) blocked[index] = 1
    pairs.push({word: best.word, counterpart: best.counterpart, similarity: best.similarity})
  }
  return pairs
}

const boundMargin = 1e-9

/** Above this many word-candidate comparisons in one paragraph, compare within a window. */
const maxComparisons = 250_000
const nearestWindow = 64

/** The indices of the `count` candidates nearest `place` (all of them when `count` covers them), in document order. */
function nearest(byPosition: readonly number[], positions: readonly number[], place: number, count: number): number[] {
  if (count >= byPosition.length) return byPosition.map((_, index) => index)
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
