// Paragraph alignment of two versions: Gale–Church over character lengths.
//
// Written by hand because no maintained npm library aligns by length (the
// known implementations are NLTK's Python port and the C original). Changes
// to the 1993 model, after the measurements in domain-text.md §4:
// - the length ratio `c` and variance `s²` are estimated from the pair itself
//   (two passes, GaChalign-style), since en→ar is about 0.7 and en→zh 0.3;
// - 1-0 and 0-1 beads cost a flat penalty, so a missing paragraph is
//   pinpointed instead of smeared into merges around it;
// - anchors (numbers, Latin tokens) that occur in both versions, and the
//   punctuation a translation keeps, add penalties to beads whose two sides
//   do not share them.

import type {Role, Unit} from '../engine/types.js'
import {beadPath, diagonalBand, solveBand, type Bead, type Path, type Solution} from './align-band.js'
import {anchorPenalty, hasAlignmentLength, lengthCost, pairFeatures, punctuationDistance, type SideFeatures} from './align-features.js'
import {anchorPath, solveLong} from './align-long.js'

export type {Bead} from './align-band.js'
export {alignmentLength} from './align-features.js'

export interface AlignOptions {
  /** Flat cost of a paragraph without counterpart (−ln 0.0099 + 2, domain-text §4.3). */
  skipCost?: number
  /** Weight of the anchor penalty `w·(1 − Jaccard)`. */
  anchorWeight?: number
  /** Weight of the punctuation-profile distance. */
  punctuationWeight?: number
}

interface Model {
  ratio: number
  variance: number
}

function range(from: number, count: number): number[] {
  return Array.from({length: count}, (_, offset) => from + offset)
}

/**
 * Scores beads of one document pair under a length model. Beads are runs of
 * consecutive paragraphs, given as `(from, count)` on each side; prefix sums
 * make every score O(1) without allocation, since the DP asks for millions.
 */
function beadScorer(source: SideFeatures, target: SideFeatures, options: Required<AlignOptions>) {
  const prefix = (values: number[]) => {
    const sums = new Float64Array(values.length + 1)
    for (let index = 0; index < values.length; index++) sums[index + 1] = sums[index] + values[index]
    return sums
  }
  const lengthSums = [prefix(source.lengths), prefix(target.lengths)]
  const kinds = source.punctuation.length
  const punctuationSums = [source, target].map((side) => side.punctuation.map(prefix))
  const anchorTerm = (sourceFrom: number, sourceCount: number, targetFrom: number, targetCount: number): number =>
    options.anchorWeight * anchorPenalty(source.anchors, sourceFrom, sourceCount, target.anchors, targetFrom, targetCount)
  const punctuationTerm = (sourceFrom: number, sourceCount: number, targetFrom: number, targetCount: number): number => {
    let difference = 0
    let total = 0
    for (let kind = 0; kind < kinds; kind++) {
      const a = punctuationSums[0][kind][sourceFrom + sourceCount] - punctuationSums[0][kind][sourceFrom]
      const b = punctuationSums[1][kind][targetFrom + targetCount] - punctuationSums[1][kind][targetFrom]
      difference += Math.abs(a - b)
      total += a + b
    }
    return options.punctuationWeight * punctuationDistance(difference, total)
  }
  const memo = termMemo(source.lengths.length, target.lengths.length)
  return (sourceFrom: number, sourceCount: number, targetFrom: number, targetCount: number, model: Model): number => {
    // The anchor and punctuation terms do not depend on the model, which the
    // search varies: kept per bead, they are computed once, not once per run.
    const slot = memo.slot(sourceFrom, sourceCount, targetFrom, targetCount)
    let anchors: number
    let punctuation: number
    if (slot >= 0 && memo.known[slot] === 1) {
      anchors = memo.anchors[slot]
      punctuation = memo.punctuation[slot]
    } else {
      anchors = anchorTerm(sourceFrom, sourceCount, targetFrom, targetCount)
      punctuation = sourceCount === 0 || targetCount === 0 ? 0 : punctuationTerm(sourceFrom, sourceCount, targetFrom, targetCount)
      if (slot >= 0) {
        memo.anchors[slot] = anchors
        memo.punctuation[slot] = punctuation
        memo.known[slot] = 1
      }
    }
    if (sourceCount === 0 || targetCount === 0) return options.skipCost + anchors
    const sourceLength = lengthSums[0][sourceFrom + sourceCount] - lengthSums[0][sourceFrom]
    const targetLength = lengthSums[1][targetFrom + targetCount] - lengthSums[1][targetFrom]
    return lengthCost(sourceLength, targetLength, model.ratio, model.variance) + anchors + punctuation
  }
}

/** Documents of up to this many cells (paragraph pairs) keep the model-free terms of their beads: 100 × 100 paragraphs, 1.5 MB. */
const memoCells = 100 * 100

/**
 * Storage for the model-free terms of every bead of a pair of documents;
 * `slot` is -1 where nothing is kept (long documents, whose DP is banded).
 */
function termMemo(sourceParagraphs: number, targetParagraphs: number) {
  const width = targetParagraphs + 1
  const cells = (sourceParagraphs + 1) * width
  const kept = cells <= memoCells
  // Three counts (0, 1, 2 paragraphs) on each side.
  const size = kept ? cells * 9 : 0
  return {
    anchors: new Float64Array(size),
    punctuation: new Float64Array(size),
    known: new Uint8Array(size),
    slot: (sourceFrom: number, sourceCount: number, targetFrom: number, targetCount: number): number =>
      !kept || sourceCount > 2 || targetCount > 2 ? -1 : ((sourceFrom * width + targetFrom) * 3 + sourceCount) * 3 + targetCount
  }
}

type Scorer = ReturnType<typeof beadScorer>

/**
 * Align two lists of paragraphs. Returns beads in document order covering
 * every paragraph of both sides exactly once.
 */
export function alignParagraphs(sourceTexts: readonly string[], targetTexts: readonly string[], options: AlignOptions = {}): Bead[] {
  const trivial = trivialAlignment(sourceTexts, targetTexts, options)
  if (trivial) return trivial
  const settings = {skipCost: 6.6, anchorWeight: 3, punctuationWeight: 2, ...options}
  const [source, target] = pairFeatures(sourceTexts, targetTexts)
  const score = beadScorer(source, target, settings)
  const totalSource = source.lengths.reduce((total, length) => total + length, 0)
  const totalTarget = target.lengths.reduce((total, length) => total + length, 0)
  const ratio0 = totalSource > 0 && totalTarget > 0 ? totalTarget / totalSource : 1
  const prior: Model = {ratio: ratio0, variance: 6.8 * ratio0}

  const rows = source.lengths.length
  const columns = target.lengths.length
  const long = Math.max(rows, columns) > longDocument
  // A long document's second run starts from the path of its first, not the anchors'.
  const run = (model: Model, expected?: Path): Solution => {
    const cost = (sourceFrom: number, sourceCount: number, targetFrom: number, targetCount: number) =>
      score(sourceFrom, sourceCount, targetFrom, targetCount, model)
    if (!long) return solveBand(diagonalBand(rows, columns, shortBand(rows, columns)), cost)
    return solveLong(rows, columns, cost, expected ?? anchorPath(source, target))
  }
  // The global ratio is skewed when a long paragraph is missing, in short
  // documents most: there, try ratios around it and keep the most probable
  // alignment. Long documents dilute one paragraph's weight.
  let first = run(prior)
  for (const factor of sourceTexts.length + targetTexts.length < 80 ? [0.5, 0.7, 1.4, 2] : []) {
    const ratio = ratio0 * factor
    const candidate = run({ratio, variance: 6.8 * ratio})
    if (candidate.cost < first.cost) first = candidate
  }
  const model = reestimate(first.beads, source.lengths, target.lengths, prior)
  const final = run(model, long ? beadPath(rows, first.beads) : undefined)
  return markAmbiguousSkips(unmergeLoosePairs(final.beads, source, target, score, model), score, model)
}

/** Documents with more paragraphs than this on a side are aligned in a band of fixed width (align-long.ts). */
const longDocument = 500

/** A short document's band: 10 % of its paragraphs, and their difference, either side of the diagonal. */
function shortBand(rows: number, columns: number): number {
  return Math.max(20, Math.abs(rows - columns) + Math.ceil(0.1 * Math.max(rows, columns)))
}

/**
 * The alignment the model cannot but choose, found without features or a
 * search. A side without paragraphs leaves every paragraph of the other
 * without counterpart. One paragraph a side, both with some length, is a 1-1
 * bead under the default costs: the ratio is estimated from the pair itself,
 * so its length cost is nil, and its prior, anchor and punctuation terms
 * (at most 0.12 + 3 + 2) stay below the two skips (6.6 each) that are the
 * only other way. Every segment, and most PO entries, are one paragraph a side.
 */
function trivialAlignment(sourceTexts: readonly string[], targetTexts: readonly string[], options: AlignOptions): Bead[] | undefined {
  if (sourceTexts.length === 0) return range(0, targetTexts.length).map((index) => ({source: [], target: [index]}))
  if (targetTexts.length === 0) return range(0, sourceTexts.length).map((index) => ({source: [index], target: []}))
  const defaults = options.skipCost === undefined && options.anchorWeight === undefined && options.punctuationWeight === undefined
  if (defaults && sourceTexts.length === 1 && targetTexts.length === 1 && hasAlignmentLength(sourceTexts[0]) && hasAlignmentLength(targetTexts[0])) {
    return [{source: [0], target: [0]}]
  }
  return undefined
}

/** Below this cost difference (in nats) two placements of a skip are a toss-up. */
const ambiguityMargin = 1

/**
 * A paragraph without counterpart next to a 1-1 bead could as well be the
 * paragraph of that bead: swap them and compare costs. Length-based
 * alignment cannot tell two neighbours of about the same length apart, so the
 * report names both rather than guess.
 */
function markAmbiguousSkips(beads: Bead[], score: Scorer, model: Model): Bead[] {
  return beads.map((bead, index) => {
    const role = bead.target.length === 0 && bead.source.length === 1 ? 'source' : bead.source.length === 0 && bead.target.length === 1 ? 'target' : undefined
    if (!role) return bead
    const other = role === 'source' ? 'target' : 'source'
    const skipped = bead[role][0]
    const pairCost = (own: number, theirs: number) => (role === 'source' ? score(own, 1, theirs, 1, model) : score(theirs, 1, own, 1, model))
    const skipCost = (own: number) => (role === 'source' ? score(own, 1, 0, 0, model) : score(0, 0, own, 1, model))
    let best: {alternative: number; delta: number} | undefined
    for (const neighbour of [beads[index - 1], beads[index + 1]]) {
      if (!neighbour || neighbour.source.length !== 1 || neighbour.target.length !== 1) continue
      const own = neighbour[role][0]
      const theirs = neighbour[other][0]
      const delta = pairCost(skipped, theirs) + skipCost(own) - (pairCost(own, theirs) + skipCost(skipped))
      if (delta < ambiguityMargin && (!best || delta < best.delta)) best = {alternative: own, delta}
    }
    return best ? {...bead, alternative: best.alternative} : bead
  })
}

/** Ratio and variance from the 1-1 beads of a first alignment, shrunk towards the prior. */
function reestimate(beads: Bead[], sourceLengths: number[], targetLengths: number[], prior: Model): Model {
  const pairs = beads
    .filter((bead) => bead.source.length === 1 && bead.target.length === 1)
    .map((bead) => [sourceLengths[bead.source[0]], targetLengths[bead.target[0]]] as const)
    .filter(([source, target]) => source > 0 && target > 0)
  if (pairs.length < 2) return prior
  const ratio = pairs.reduce((total, [, target]) => total + target, 0) / pairs.reduce((total, [source]) => total + source, 0)
  let squares = 0
  for (const [source, target] of pairs) squares += (target - ratio * source) ** 2 / ((source + target / ratio) / 2)
  // Few paragraphs give a noisy variance: three pseudo-observations of the prior steady it.
  const pseudo = 3
  const variance = (squares + pseudo * prior.variance) / (pairs.length + pseudo)
  return {ratio, variance: Math.min(Math.max(variance, 0.5), 50)}
}

/**
 * Per-member diagnostic for 2-1 and 1-2 beads (domain-text §4.3): a short
 * paragraph without counterpart costs little when absorbed into a neighbour,
 * so the DP may call it a merge. When the single paragraph fits one member
 * alone at least as well as both together, the other member is unmatched,
 * not merged. A much shorter member (a heading) gives too little length
 * evidence; unless its numbers say otherwise, the merge stands: "merged, or
 * one of them is missing".
 */
function unmergeLoosePairs(beads: Bead[], source: SideFeatures, target: SideFeatures, score: Scorer, model: Model): Bead[] {
  const result: Bead[] = []
  for (const bead of beads) {
    const sourcePair = bead.source.length === 2 && bead.target.length === 1
    const targetPair = bead.source.length === 1 && bead.target.length === 2
    if (!sourcePair && !targetPair) {
      result.push(bead)
      continue
    }
    const pair = sourcePair ? bead.source : bead.target
    const alone = pair.map((member) =>
      sourcePair ? score(member, 1, bead.target[0], 1, model) : score(bead.source[0], 1, member, 1, model)
    )
    const side = sourcePair ? source : target
    const lengths = pair.map((index) => side.lengths[index])
    let kept = alone[0] <= alone[1] ? 0 : 1
    if (lengths[1 - kept] < 0.25 * lengths[kept] || lengths[kept] < 0.25 * lengths[1 - kept]) {
      // A short member (a heading) barely moves the length score. Where the
      // versions share most of their numbers, a number of the short member
      // found nowhere in the other version says it has no counterpart.
      const short = lengths[0] < lengths[1] ? 0 : 1
      if (side.numbersShared < 0.5 || !side.loneNumbers[pair[short]]) {
        result.push(bead)
        continue
      }
      kept = 1 - short
    } else if (alone[kept] > score(bead.source[0], bead.source.length, bead.target[0], bead.target.length, model)) {
      result.push(bead)
      continue
    }
    const matched: Bead = sourcePair ? {source: [pair[kept]], target: bead.target} : {source: bead.source, target: [pair[kept]]}
    const loose: Bead = sourcePair ? {source: [pair[1 - kept]], target: []} : {source: [], target: [pair[1 - kept]]}
    result.push(...(kept === 0 ? [matched, loose] : [loose, matched]))
  }
  return result
}

const unitAlignments = new WeakMap<Unit, readonly Bead[]>()

/** The paragraph alignment of a document unit, computed once per unit for every rule. */
export function alignUnit(unit: Unit): readonly Bead[] {
  let beads = unitAlignments.get(unit)
  if (!beads) {
    beads = alignParagraphs(
      unit.source.paragraphs.map((paragraph) => paragraph.text),
      unit.target.paragraphs.map((paragraph) => paragraph.text)
    )
    unitAlignments.set(unit, beads)
  }
  return beads
}

/** The paragraph indices on the other side that correspond to paragraph `index` of `role`. */
export function counterparts(beads: readonly Bead[], role: Role, index: number): readonly number[] {
  const bead = beads.find((candidate) => candidate[role].includes(index))
  return bead ? bead[role === 'source' ? 'target' : 'source'] : []
}
