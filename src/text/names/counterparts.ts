// What a unit's pairs say about each name: the spellings of its sure
// counterparts (once per distinct spelling, with counts), whether the
// aligned paragraph has one of them, and which word of the other version a
// misspelled word stands for. Each is an index built once per unit, so that
// a name mentioned 10,000 times is looked up, not compared with every other
// mention.

import type {Role, Side, Span, Unit} from '../../engine/types.js'
import {rasmKey} from './arabic-keys.js'
import {nameCandidates, type NameCandidate} from './candidates.js'
import {classSimilarity, classSimilarityBound, consonantClasses} from './cross-script.js'
import type {NameToken} from './extract.js'
import {foldLatin} from './latin-keys.js'
import {pairsAt, type ParagraphPair} from './paragraph-pairs.js'
import type {CrossPair} from './unit-names.js'

/** The sure counterparts of one name word (folded): each spelling with its count, in the order first seen. */
export interface KnownCounterparts {
  spellings: Map<string, number>
  /** The rasms of those spellings (`counterpartRasms`). */
  rasms?: Set<string>
}

/** By folded name word, the counterparts paired with it at `threshold` or more. */
export function sureCounterparts(crossPairs: readonly CrossPair[], threshold: number): Map<string, KnownCounterparts> {
  const known = new Map<string, KnownCounterparts>()
  for (const pair of crossPairs) {
    if (pair.similarity < threshold) continue
    const key = foldLatin(pair.word.text)
    let entry = known.get(key)
    if (!entry) known.set(key, (entry = {spellings: new Map()}))
    const spelling = pair.counterpart.text
    entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1)
  }
  return known
}

/** The rasms of the spellings of a name's counterparts, once. */
function counterpartRasms(known: KnownCounterparts): Set<string> {
  known.rasms ??= new Set([...known.spellings.keys()].map(rasmKey))
  return known.rasms
}

/** The most frequent spelling of a name's counterparts, then the first seen. */
export function majoritySpelling(known: KnownCounterparts): string {
  let majority = ''
  let most = 0
  for (const [spelling, count] of known.spellings) if (count > most) [majority, most] = [spelling, count]
  return majority
}

/** Class-similarity comparisons `presence` makes in one unit, at most; past them a name counts as present. */
export const maxPresenceComparisons = 250_000

/** What `presence` has learnt of the paragraphs of one version in one pair. */
interface PairParagraphs {
  candidates: NameCandidate[]
  rasms?: Set<string>
  /** Distinct class strings of the candidates. */
  classes?: string[]
  rasmFound: Map<KnownCounterparts, boolean>
  similarFound: Map<string, boolean>
}

/**
 * Whether the paragraphs of `role` in a pair have a counterpart of a
 * mention: a word of the rasm of a known counterpart of one of `known`, or
 * a word as similar as a counterpart (`threshold`) to one of `words`. Each
 * question is answered once per paragraph pair and name word.
 */
export function presence(unit: Unit, pairs: readonly ParagraphPair[], threshold: number): (role: Role, pair: number, known: readonly KnownCounterparts[], words: readonly NameToken[]) => boolean {
  // The pair asked last, per version: mentions are asked about pair after pair, and a
  // document's candidates kept for every pair would outweigh its text.
  const memo: Record<Role, {pair: number; found: PairParagraphs} | undefined> = {source: undefined, target: undefined}
  let comparisons = 0
  const paragraphsOf = (role: Role, pair: number): PairParagraphs => {
    const last = memo[role]
    if (last?.pair === pair) return last.found
    const candidates = pairs[pair][role].flatMap((span) => nameCandidates(unit[role].text, span))
    const found: PairParagraphs = {candidates, rasmFound: new Map(), similarFound: new Map()}
    memo[role] = {pair, found}
    return found
  }
  const hasRasm = (paragraphs: PairParagraphs, counterparts: KnownCounterparts): boolean => {
    let found = paragraphs.rasmFound.get(counterparts)
    if (found === undefined) {
      paragraphs.rasms ??= new Set(paragraphs.candidates.map((candidate) => rasmKey(candidate.text)))
      found = sharesOne(counterpartRasms(counterparts), paragraphs.rasms)
      paragraphs.rasmFound.set(counterparts, found)
    }
    return found
  }
  const hasSimilar = (paragraphs: PairParagraphs, word: string): boolean => {
    const wordClasses = consonantClasses(word)
    let found = paragraphs.similarFound.get(wordClasses)
    if (found === undefined) {
      paragraphs.classes ??= [...new Set(paragraphs.candidates.map((candidate) => consonantClasses(candidate.text)))]
      found = false
      for (const classes of paragraphs.classes) {
        // The margin covers rounding in the distance sums, as in pairing.
        if (classSimilarityBound(wordClasses.length, classes.length) + 1e-9 < threshold) continue
        if (comparisons++ >= maxPresenceComparisons || classSimilarity(wordClasses, classes) >= threshold) {
          found = true
          break
        }
      }
      paragraphs.similarFound.set(wordClasses, found)
    }
    return found
  }
  return (role, pair, known, words) => {
    const paragraphs = paragraphsOf(role, pair)
    return known.some((counterparts) => hasRasm(paragraphs, counterparts)) || words.some((word) => hasSimilar(paragraphs, word.text))
  }
}

/**
 * For a word of `role` reported as a misspelling, the name of the other
 * version it stands for: the word paired with it, or, in its paragraph
 * pair, a word whose sure counterpart elsewhere has its rasm.
 */
export function sourceNames(unit: Unit, crossPairs: readonly CrossPair[], pairs: readonly ParagraphPair[], role: Role, threshold: number): (span: Span) => {side: Side; span: Span} | undefined {
  const byCounterpart = new Map<number, CrossPair>()
  // The other version's words (folded) whose sure counterpart has a rasm.
  const spelledSo = new Map<string, Set<string>>()
  // In each paragraph pair, the first pair of each word.
  const firstInPair = new Map<number, Map<string, number>>()
  for (const [index, pair] of crossPairs.entries()) {
    if (pair.from === role) continue
    if (!byCounterpart.has(pair.counterpart.span[0])) byCounterpart.set(pair.counterpart.span[0], pair)
    const word = foldLatin(pair.word.text)
    let firsts = firstInPair.get(pair.bead)
    if (!firsts) firstInPair.set(pair.bead, (firsts = new Map()))
    if (!firsts.has(word)) firsts.set(word, index)
    if (pair.similarity < threshold) continue
    const rasm = rasmKey(pair.counterpart.text)
    let words = spelledSo.get(rasm)
    if (!words) spelledSo.set(rasm, (words = new Set()))
    words.add(word)
  }
  const pairsOf = pairsAt(pairs, role)
  return (span) => {
    let found = byCounterpart.get(span[0])
    if (!found) {
      const words = spelledSo.get(rasmKey(unit[role].text.slice(span[0], span[1])))
      let first = Infinity
      if (words) {
        pairsOf(span, (bead) => {
          const firsts = firstInPair.get(bead)
          if (!firsts || !pairs[bead][role].some(([start, end]) => start <= span[0] && span[1] <= end)) return
          for (const word of words) first = Math.min(first, firsts.get(word) ?? Infinity)
        })
      }
      if (first < Infinity) found = crossPairs[first]
    }
    return found && {side: unit[found.from], span: found.word.span}
  }
}

/** Whether two sets share a member, by a pass over the smaller. */
export function sharesOne<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const member of small) if (large.has(member)) return true
  return false
}
