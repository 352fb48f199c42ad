// Paragraph alignment of two versions: Gale–Church over character lengths.
//
// Written by hand because no maintained npm library aligns by length (the
// known implementations are NLTK's Python port and the C original). Three
// changes to the 1993 model, after the measurements in domain-text.md §4:
// - the length ratio `c` and variance `s²` are estimated from the pair itself
//   (two passes, GaChalign-style), since en→ar is about 0.7 and en→zh 0.3;
// - 1-0 and 0-1 beads cost a flat penalty, so a missing paragraph is
//   pinpointed instead of smeared into merges around it;
// - anchors (numbers, Latin tokens) that occur in both versions add a penalty
//   to beads whose two sides do not share them.

import type {Role, Unit} from '../engine/types.js'
import {foldDigits} from './digits.js'

export interface Bead {
  /** Paragraph indices of the source side (0, 1 or 2 of them, consecutive). */
  source: readonly number[]
  /** Paragraph indices of the target side. */
  target: readonly number[]
}

export interface AlignOptions {
  /** Flat cost of a paragraph without counterpart (−ln 0.0099 + 2, domain-text §4.3). */
  skipCost?: number
  /** Weight of the anchor penalty `w·(1 − Jaccard)`. */
  anchorWeight?: number
}

/** Gale & Church's bead priors (NLTK `PRIORS`); 1-0 and 0-1 use the flat skip cost. */
const beadShapes: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, -Math.log(0.89)],
  [1, 0, Number.NaN],
  [0, 1, Number.NaN],
  [2, 1, -Math.log(0.089)],
  [1, 2, -Math.log(0.089)],
  [2, 2, -Math.log(0.011)]
]

const uncounted = /[\s\p{Cf}\p{Mn}\u0640]/u

/** Length in code points, without white space, format characters, marks and tatweel. */
export function alignmentLength(text: string): number {
  let length = 0
  for (const character of text) if (!uncounted.test(character)) length++
  return length
}

const anchorToken = /\p{Nd}+(?:[.,]\p{Nd}+)*|[\p{sc=Latn}\d][\p{sc=Latn}\d'’-]*/gu

/** Numbers (digits folded, leading zeros dropped) and Latin-script tokens of a paragraph. */
function anchorCandidates(text: string): Set<string> {
  const found = new Set<string>()
  for (const [token] of foldDigits(text).matchAll(anchorToken)) {
    if (/^\d/.test(token)) found.add(token.replace(/^0+(?=\d)/, ''))
    else if (token.length > 1) found.add(token.toLowerCase())
  }
  return found
}

/** Standard normal cumulative distribution (Abramowitz & Stegun 26.2.17). */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z))
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)
  const tail = density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))
  return z >= 0 ? 1 - tail : tail
}

/** −ln of the two-sided tail probability of δ, bounded so one bead cannot dominate. */
function lengthCost(sourceLength: number, targetLength: number, ratio: number, variance: number): number {
  const mean = (sourceLength + targetLength / ratio) / 2
  if (mean === 0) return 0
  const delta = (targetLength - ratio * sourceLength) / Math.sqrt(variance * mean)
  const tail = 2 * (1 - normalCdf(Math.abs(delta)))
  return -Math.log(Math.max(tail, 1e-12))
}

interface Model {
  ratio: number
  variance: number
}

function sum(values: readonly number[], from: number, count: number): number {
  let total = 0
  for (let index = from; index < from + count; index++) total += values[index]
  return total
}

/**
 * Align two lists of paragraphs. Returns beads in document order covering
 * every paragraph of both sides exactly once.
 */
export function alignParagraphs(
  sourceTexts: readonly string[],
  targetTexts: readonly string[],
  options: AlignOptions = {}
): Bead[] {
  const skipCost = options.skipCost ?? 6.6
  const anchorWeight = options.anchorWeight ?? 3
  const sourceLengths = sourceTexts.map(alignmentLength)
  const targetLengths = targetTexts.map(alignmentLength)
  const sourceAnchors = sourceTexts.map(anchorCandidates)
  const targetAnchors = targetTexts.map(anchorCandidates)
  // Only anchors found in both versions say anything about correspondence.
  const inTarget = new Set(targetAnchors.flatMap((set) => [...set]))
  const shared = new Set(sourceAnchors.flatMap((set) => [...set]).filter((anchor) => inTarget.has(anchor)))
  const keepShared = (set: Set<string>) => new Set([...set].filter((anchor) => shared.has(anchor)))
  const sourceShared = sourceAnchors.map(keepShared)
  const targetShared = targetAnchors.map(keepShared)

  const totalSource = sum(sourceLengths, 0, sourceLengths.length)
  const totalTarget = sum(targetLengths, 0, targetLengths.length)
  const ratio0 = totalSource > 0 && totalTarget > 0 ? totalTarget / totalSource : 1
  const prior: Model = {ratio: ratio0, variance: 6.8 * ratio0}

  const run = (model: Model) =>
    solve(sourceLengths, targetLengths, sourceShared, targetShared, model, skipCost, anchorWeight)
  const first = run(prior)
  return run(reestimate(first, sourceLengths, targetLengths, prior))
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

function jaccardPenalty(source: Set<string>[], target: Set<string>[]): number {
  const left = new Set<string>()
  const right = new Set<string>()
  for (const set of source) for (const anchor of set) left.add(anchor)
  for (const set of target) for (const anchor of set) right.add(anchor)
  if (left.size === 0 && right.size === 0) return 0
  let common = 0
  for (const anchor of left) if (right.has(anchor)) common++
  return 1 - common / (left.size + right.size - common)
}

function solve(
  sourceLengths: number[],
  targetLengths: number[],
  sourceShared: Set<string>[],
  targetShared: Set<string>[],
  model: Model,
  skipCost: number,
  anchorWeight: number
): Bead[] {
  const rows = sourceLengths.length
  const columns = targetLengths.length
  const width = columns + 1
  const cost = new Float64Array((rows + 1) * width).fill(Number.POSITIVE_INFINITY)
  const move = new Uint8Array((rows + 1) * width)
  cost[0] = 0
  // A band around the diagonal keeps long documents linear in practice.
  const band = Math.max(50, Math.abs(rows - columns) + Math.ceil(0.1 * Math.max(rows, columns)))
  for (let row = 0; row <= rows; row++) {
    const centre = rows === 0 ? 0 : Math.round((row * columns) / rows)
    const from = Math.max(0, centre - band)
    const to = Math.min(columns, centre + band)
    for (let column = from; column <= to; column++) {
      if (row === 0 && column === 0) continue
      let best = Number.POSITIVE_INFINITY
      let bestShape = 0
      for (let shape = 0; shape < beadShapes.length; shape++) {
        const [takeSource, takeTarget, priorCost] = beadShapes[shape]
        if (takeSource > row || takeTarget > column) continue
        const previous = cost[(row - takeSource) * width + column - takeTarget]
        if (previous === Number.POSITIVE_INFINITY) continue
        const sourceFrom = row - takeSource
        const targetFrom = column - takeTarget
        const anchors = jaccardPenalty(
          sourceShared.slice(sourceFrom, row),
          targetShared.slice(targetFrom, column)
        )
        const beadCost =
          takeSource === 0 || takeTarget === 0
            ? skipCost + anchorWeight * anchors
            : priorCost +
              lengthCost(
                sum(sourceLengths, sourceFrom, takeSource),
                sum(targetLengths, targetFrom, takeTarget),
                model.ratio,
                model.variance
              ) +
              anchorWeight * anchors
        if (previous + beadCost < best) {
          best = previous + beadCost
          bestShape = shape
        }
      }
      cost[row * width + column] = best
      move[row * width + column] = bestShape
    }
  }
  return backtrack(move, rows, columns, width)
}

function backtrack(move: Uint8Array, rows: number, columns: number, width: number): Bead[] {
  const beads: Bead[] = []
  let row = rows
  let column = columns
  while (row > 0 || column > 0) {
    const [takeSource, takeTarget] = beadShapes[move[row * width + column]]
    const source: number[] = []
    const target: number[] = []
    for (let index = row - takeSource; index < row; index++) source.push(index)
    for (let index = column - takeTarget; index < column; index++) target.push(index)
    beads.push({source, target})
    row -= takeSource
    column -= takeTarget
  }
  return beads.reverse()
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
