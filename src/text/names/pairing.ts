// Pair the names of one version with their counterparts in the aligned
// paragraph of the other: the best transliteration-aware match per name
// word (domain-text §1.5: use the similarity to pair, never to declare two
// Arabic spellings one name).

import type {Span} from '../../engine/types.js'
import {nameSimilarity} from './cross-script.js'
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
  const used: Span[] = []
  for (const word of words) {
    let best: (NamePair & {distance: number}) | undefined
    for (const candidate of candidates) {
      if (used.some((span) => overlaps(span, candidate.span))) continue
      const similarity = nameSimilarity(word.text, candidate.text)
      const distance = Math.abs(wordPosition(word.span) - candidatePosition(candidate.span))
      if (!best || similarity > best.similarity || (similarity === best.similarity && distance < best.distance)) {
        best = {word, counterpart: candidate, similarity, distance}
      }
    }
    if (!best) continue
    used.push(best.counterpart.span)
    pairs.push({word: best.word, counterpart: best.counterpart, similarity: best.similarity})
  }
  return pairs
}

/** Whether two spans overlap. */
export function overlaps([startA, endA]: Span, [startB, endB]: Span): boolean {
  return startA < endB && startB < endA
}
