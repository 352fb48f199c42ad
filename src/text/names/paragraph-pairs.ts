// Paragraphs that correspond, as spans of each version: the alignment's
// beads, or a whole segment; and which of them holds a span.

import type {Role, Span, Unit} from '../../engine/types.js'
import {alignUnit} from '../align.js'
import {firstOverlapping} from './pairing.js'

/** Paragraphs that correspond, as spans of each version. */
export interface ParagraphPair {
  source: Span[]
  target: Span[]
}

/** The paragraph pairs of a unit: the alignment's beads with both versions, or the whole segment. */
export function paragraphPairs(unit: Unit): ParagraphPair[] {
  if (unit.kind === 'segment') return [{source: [[0, unit.source.text.length]], target: [[0, unit.target.text.length]]}]
  const spans = (role: Role, indices: readonly number[]): Span[] => indices.map((index) => unit[role].paragraphs[index].span)
  return alignUnit(unit)
    .filter((bead) => bead.source.length > 0 && bead.target.length > 0)
    .map((bead) => ({source: spans('source', bead.source), target: spans('target', bead.target)}))
}

/** A paragraph of one version and the pair it belongs to. */
interface PairedParagraph {
  span: Span
  pair: number
}

/**
 * The pairs whose paragraphs in `role` overlap a span, as a lookup: by a
 * binary search in the paragraphs in text order, not by a pass over every
 * pair for each name of a long document.
 */
export function pairsAt(pairs: readonly ParagraphPair[], role: Role): (span: Span, each: (pair: number) => boolean | void) => boolean {
  const paragraphs: PairedParagraph[] = []
  for (const [pair, {[role]: spans}] of pairs.entries()) for (const span of spans) paragraphs.push({span, pair})
  paragraphs.sort((a, b) => a.span[0] - b.span[0])
  /** Calls `each` with each pair overlapping `span`, in text order, until it returns true; whether one did. */
  return (span, each) => {
    const first = firstOverlapping(paragraphs, span)
    if (first < 0) return false
    for (let index = first; index < paragraphs.length && paragraphs[index].span[0] < span[1]; index++) {
      if (overlapping(paragraphs[index].span, span) && each(paragraphs[index].pair) === true) return true
    }
    return false
  }
}

const overlapping = ([startA, endA]: Span, [startB, endB]: Span): boolean => startA < endB && startB < endA
