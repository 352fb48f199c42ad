// What the paragraph aligner compares: lengths, anchors and punctuation.

import {foldDigits} from './digits.js'
import {codePointAt, codePointTest} from './scripts/code-point-table.js'

const isUncounted = codePointTest(/^[\s\p{Cf}\p{Mn}\u0640]$/u)

/** Length in code points, without white space, format characters, marks and tatweel. */
export function alignmentLength(text: string): number {
  let length = 0
  // By code unit with a memoised table: a one-character string per character was 3 % of a TSV run.
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    if (codePoint > 0xffff) offset++
    if (!isUncounted(codePoint)) length++
  }
  return length
}

/** Whether `alignmentLength(text)` is above 0, read up to the first character it counts. */
export function hasAlignmentLength(text: string): boolean {
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    if (codePoint > 0xffff) offset++
    if (!isUncounted(codePoint)) return true
  }
  return false
}

/** A decimal digit other than ASCII's (Arabic-Indic, Devanagari …), which `foldDigits` changes. */
const otherDigit = /(?![0-9])\p{Nd}/u
const anchorToken = /\p{Nd}+(?:[.,]\p{Nd}+)*|[\p{sc=Latn}\d][\p{sc=Latn}\d'’-]*/gu

/** Numbers (digits folded, leading zeros dropped) and Latin-script tokens of a paragraph. */
export function anchorCandidates(text: string): Set<string> {
  const found = new Set<string>()
  // Folding copies the text character by character; only other digit systems need it.
  for (const [token] of (otherDigit.test(text) ? foldDigits(text) : text).matchAll(anchorToken)) {
    if (/^\d/.test(token)) found.add(token.replace(/^0+(?=\d)/, ''))
    else if (token.length > 1) found.add(token.toLowerCase())
  }
  return found
}

/**
 * Punctuation classes that translations tend to keep, in the forms of many
 * scripts (Arabic comma ، and question mark ؟, CJK full-width marks, Devanagari
 * danda ।, Urdu full stop ۔, Armenian full stop ։).
 */
const punctuationClasses = [/[,،，、﹐]/gu, /[.!?。！？।؟۔։]/gu, /[;:؛；：]/gu, /[()（）[\]]/gu]

/** How many marks of each punctuation class a paragraph has. */
export function punctuationProfile(text: string): number[] {
  return punctuationClasses.map((pattern) => text.match(pattern)?.length ?? 0)
}

/**
 * Normalised L1 distance of two punctuation profiles, in [0, 1), from the
 * summed absolute differences and the summed counts of both.
 */
export function punctuationDistance(difference: number, total: number): number {
  return difference / (total + 4)
}

/** Standard normal cumulative distribution (Abramowitz & Stegun 26.2.17). */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z))
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)
  const tail = density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))
  return z >= 0 ? 1 - tail : tail
}

/**
 * Gale & Church's length cost: −ln of the two-sided tail probability of δ,
 * with the C reference code's variance term (mean of both lengths in source
 * units), bounded so one bead cannot dominate.
 */
export function lengthCost(sourceLength: number, targetLength: number, ratio: number, variance: number): number {
  const mean = (sourceLength + targetLength / ratio) / 2
  if (mean === 0) return 0
  const delta = (targetLength - ratio * sourceLength) / Math.sqrt(variance * mean)
  const tail = 2 * (1 - normalCdf(Math.abs(delta)))
  return -Math.log(Math.max(tail, 1e-12))
}

/** The anchors of each paragraph of a side as ids, in one array: paragraph `i` has `ids[start[i]]` to `ids[start[i + 1] - 1]`, ascending. */
export interface AnchorIds {
  ids: Int32Array
  start: Int32Array
}

/** A side's anchor ids, with the scratch that both sides of the pair share. */
export interface AnchorRuns extends AnchorIds {
  marks: AnchorMarks
}

/** For each anchor id, the last count (`call`) that met it in a source run and in a target run. */
interface AnchorMarks {
  source: Float64Array
  target: Float64Array
  call: number
}

/** Mark the anchors of `count` paragraphs from `from` with `call`; how many distinct ones they have. */
function markRun(runs: AnchorIds, from: number, count: number, seen: Float64Array, call: number): number {
  let distinct = 0
  for (let at = runs.start[from]; at < runs.start[from + count]; at++) {
    if (seen[runs.ids[at]] === call) continue
    seen[runs.ids[at]] = call
    distinct++
  }
  return distinct
}

/** Jaccard similarity of the anchors of one paragraph of each side, by a merge of their ascending ids. */
function jaccard(source: AnchorRuns, sourceParagraph: number, target: AnchorRuns, targetParagraph: number): number {
  let left = source.start[sourceParagraph]
  let right = target.start[targetParagraph]
  const leftEnd = source.start[sourceParagraph + 1]
  const rightEnd = target.start[targetParagraph + 1]
  let common = 0
  while (left < leftEnd && right < rightEnd) {
    const difference = source.ids[left] - target.ids[right]
    if (difference === 0) common++
    if (difference <= 0) left++
    if (difference >= 0) right++
  }
  const union = leftEnd - source.start[sourceParagraph] + rightEnd - target.start[targetParagraph] - common
  return common / union
}

/**
 * 1 − Jaccard similarity of the anchors of two runs of paragraphs
 * (`from`, `count` on each side, a count of at most two); 0 when neither has
 * any. Counted on the paragraphs' own ids without a set of the union: the
 * DP asks for millions.
 */
export function anchorPenalty(source: AnchorRuns, sourceFrom: number, sourceCount: number, target: AnchorRuns, targetFrom: number, targetCount: number): number {
  if (source.start[sourceFrom + sourceCount] === source.start[sourceFrom] && target.start[targetFrom + targetCount] === target.start[targetFrom]) return 0
  // One side empty: nothing in common, whatever the other holds.
  if (sourceCount === 0 || targetCount === 0) return 1
  if (sourceCount === 1 && targetCount === 1) return 1 - jaccard(source, sourceFrom, target, targetFrom)
  // Two paragraphs on a side may share anchors: count each once, by marking them.
  const marks = source.marks
  const call = ++marks.call
  const leftSize = markRun(source, sourceFrom, sourceCount, marks.source, call)
  let rightSize = 0
  let common = 0
  for (let at = target.start[targetFrom]; at < target.start[targetFrom + targetCount]; at++) {
    const id = target.ids[at]
    if (marks.target[id] === call) continue
    marks.target[id] = call
    rightSize++
    if (marks.source[id] === call) common++
  }
  return 1 - common / (leftSize + rightSize - common)
}

/** Everything the aligner knows of one side's paragraphs. */
export interface SideFeatures {
  lengths: number[]
  /** Anchors of each paragraph that also occur in the other version. */
  anchors: AnchorRuns
  /** Whether each paragraph has a number that occurs nowhere in the other version. */
  loneNumbers: boolean[]
  /** Share of this side's distinct numbers that the other version also has. */
  numbersShared: number
  /** For each punctuation class, how many marks of it each paragraph has. */
  punctuation: number[][]
}

/** Every anchor candidate of each paragraph, as ids of `dictionary` (which gains the new ones). */
function candidateRuns(texts: readonly string[], dictionary: Map<string, number>): AnchorIds {
  const ids: number[] = []
  const start = new Int32Array(texts.length + 1)
  texts.forEach((text, index) => {
    for (const anchor of anchorCandidates(text)) {
      let id = dictionary.get(anchor)
      if (id === undefined) dictionary.set(anchor, (id = dictionary.size))
      ids.push(id)
    }
    start[index + 1] = ids.length
  })
  return {ids: Int32Array.from(ids), start}
}

/** The runs with only the anchors `keep` accepts, each paragraph's ascending. */
function keptRuns(runs: AnchorIds, keep: (id: number) => boolean, marks: AnchorMarks): AnchorRuns {
  const ids: number[] = []
  const start = new Int32Array(runs.start.length)
  for (let paragraph = 0; paragraph + 1 < runs.start.length; paragraph++) {
    const own = Array.from(runs.ids.subarray(runs.start[paragraph], runs.start[paragraph + 1])).filter(keep)
    for (const id of own.sort((a, b) => a - b)) ids.push(id)
    start[paragraph + 1] = ids.length
  }
  return {ids: Int32Array.from(ids), start, marks}
}

/**
 * Features of both sides; anchors are kept only where they occur in both
 * versions. Anchors are ids in flat arrays, not a set per paragraph: a
 * hundred thousand paragraphs would take over a hundred megabytes of sets.
 */
export function pairFeatures(sourceTexts: readonly string[], targetTexts: readonly string[]): [SideFeatures, SideFeatures] {
  const dictionary = new Map<string, number>()
  const candidates = [candidateRuns(sourceTexts, dictionary), candidateRuns(targetTexts, dictionary)]
  // Bit 1: some source paragraph has the anchor; bit 2: some target paragraph.
  const sides = new Uint8Array(dictionary.size)
  candidates.forEach((runs, side) => runs.ids.forEach((id) => (sides[id] |= side + 1)))
  const isNumber = new Uint8Array(dictionary.size)
  for (const [anchor, id] of dictionary) isNumber[id] = /^\d/.test(anchor) ? 1 : 0
  const shared = (id: number) => sides[id] === 3
  const marks: AnchorMarks = {source: new Float64Array(dictionary.size), target: new Float64Array(dictionary.size), call: 0}
  const features = (texts: readonly string[], runs: AnchorIds, side: number): SideFeatures => {
    let numbers = 0
    let sharedNumbers = 0
    sides.forEach((on, id) => {
      if ((on & (side + 1)) === 0 || !isNumber[id]) return
      numbers++
      if (on === 3) sharedNumbers++
    })
    const loneNumbers = texts.map((_, paragraph) => Array.from(runs.ids.subarray(runs.start[paragraph], runs.start[paragraph + 1])).some((id) => isNumber[id] === 1 && !shared(id)))
    const profiles = texts.map(punctuationProfile)
    return {
      lengths: texts.map(alignmentLength),
      anchors: keptRuns(runs, shared, marks),
      loneNumbers,
      numbersShared: numbers === 0 ? 0 : sharedNumbers / numbers,
      punctuation: punctuationClasses.map((_, kind) => profiles.map((profile) => profile[kind]))
    }
  }
  return [features(sourceTexts, candidates[0], 0), features(targetTexts, candidates[1], 1)]
}
