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

const noAnchors: ReadonlySet<string> = new Set()

/**
 * 1 − Jaccard similarity of the anchors of two runs of paragraphs
 * (`from`, `count` on each side); 0 when neither has any. Written without
 * allocation for the common case of paragraphs without anchors.
 */
export function anchorPenalty(
  source: readonly Set<string>[],
  sourceFrom: number,
  sourceCount: number,
  target: readonly Set<string>[],
  targetFrom: number,
  targetCount: number
): number {
  let any = false
  for (let index = sourceFrom; index < sourceFrom + sourceCount && !any; index++) any = source[index].size > 0
  for (let index = targetFrom; index < targetFrom + targetCount && !any; index++) any = target[index].size > 0
  if (!any) return 0
  const union = (sets: readonly Set<string>[], from: number, count: number) => {
    if (count === 0) return noAnchors
    if (count === 1) return sets[from]
    return new Set([...sets[from], ...sets[from + 1]])
  }
  const left = union(source, sourceFrom, sourceCount)
  const right = union(target, targetFrom, targetCount)
  let common = 0
  for (const anchor of left) if (right.has(anchor)) common++
  return 1 - common / (left.size + right.size - common)
}

/** Everything the aligner knows of one side's paragraphs. */
export interface SideFeatures {
  lengths: number[]
  /** Anchors of each paragraph that also occur in the other version. */
  anchors: Set<string>[]
  /** Whether each paragraph has a number that occurs nowhere in the other version. */
  loneNumbers: boolean[]
  /** Share of this side's distinct numbers that the other version also has. */
  numbersShared: number
  punctuation: number[][]
}

/** Features of both sides; anchors are kept only where they occur in both versions. */
export function pairFeatures(sourceTexts: readonly string[], targetTexts: readonly string[]): [SideFeatures, SideFeatures] {
  const sourceAnchors = sourceTexts.map(anchorCandidates)
  const targetAnchors = targetTexts.map(anchorCandidates)
  const inTarget = new Set(targetAnchors.flatMap((set) => [...set]))
  const shared = new Set(sourceAnchors.flatMap((set) => [...set]).filter((anchor) => inTarget.has(anchor)))
  const keepShared = (set: Set<string>) => new Set([...set].filter((anchor) => shared.has(anchor)))
  const isNumber = (anchor: string) => /^\d/.test(anchor)
  const features = (texts: readonly string[], anchors: Set<string>[]): SideFeatures => {
    const numbers = new Set(anchors.flatMap((set) => [...set].filter(isNumber)))
    const sharedNumbers = [...numbers].filter((number) => shared.has(number)).length
    return {
      lengths: texts.map(alignmentLength),
      anchors: anchors.map(keepShared),
      loneNumbers: anchors.map((set) => [...set].some((anchor) => isNumber(anchor) && !shared.has(anchor))),
      numbersShared: numbers.size === 0 ? 0 : sharedNumbers / numbers.size,
      punctuation: texts.map(punctuationProfile)
    }
  }
  return [features(sourceTexts, sourceAnchors), features(targetTexts, targetAnchors)]
}
