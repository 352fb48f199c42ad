// Candidates for the counterpart of a name: every word of a paragraph, and
// in Arabic script each of its stems without the joined conjunction,
// preposition or article, with the keys later steps ask of each stem.

import {detached} from '../detached.js'
import type {Span} from '../../engine/types.js'
import {arabicStems} from './arabic-keys.js'
import {recentNameTokens} from './extract.js'
import {keptText, RecentTexts} from './recent-texts.js'
import {scanWords} from './word-scan.js'

const recentCandidates = new RecentTexts<readonly NameCandidate[]>()
/** Bounded like the other word caches. */
const maxCachedWords = 50_000

/** A stem of a token that may hold a name, with its span (clitics of Arabic script peeled). */
export interface NameCandidate {
  span: Span
  text: string
}

/**
 * Every word of `[start, end)` as a possible name, and in Arabic script
 * each of its stems without the joined conjunction, preposition or article.
 */
export function nameCandidates(text: string, [start, end]: Span = [0, text.length]): readonly NameCandidate[] {
  // A whole text (a segment) is asked for again by each step of a unit's analysis.
  const whole = start === 0 && end === text.length
  const cached = whole ? recentCandidates.get(text) : undefined
  if (cached) return cached
  const candidates: NameCandidate[] = []
  const stems: CandidateStem[] = []
  const addToken = (tokenStart: number, token: string): void => {
    for (const stem of candidateStems(token)) {
      candidates.push({span: [tokenStart + stem.offset, tokenStart + stem.offset + stem.stem.length], text: stem.stem})
      stems.push(stem)
    }
  }
  // The words found already, or a scan that makes no token objects: an
  // uncased text without a title needs its words for nothing else.
  const part = whole ? text : text.slice(start, end)
  const tokens = recentNameTokens(part)
  if (tokens) for (const token of tokens) addToken(start + token.span[0], token.text)
  else scanWords(part, (from, to) => addToken(start + from, part.slice(from, to)))
  stemsOfCandidates.set(candidates, stems)
  return whole ? recentCandidates.remember(text, candidates) : candidates
}

/**
 * Call `each` with every candidate of a text, in the order of
 * `nameCandidates(text)`, with the span of its token: no object per word, for
 * a pass over a whole document that keeps only a few of them.
 */
export function scanCandidateStems(text: string, each: (tokenStart: number, tokenEnd: number, stem: CandidateStem) => void): void {
  if (text.length > keptText) {
    scanWords(text, (from, to) => {
      for (const stem of candidateStems(text.slice(from, to))) each(from, to, stem)
    })
    return
  }
  // A segment's candidates are at hand: the steps before asked for them.
  const candidates = nameCandidates(text)
  const stems = stemsOfCandidates.get(candidates)!
  let tokenEnd = 0
  for (let index = 0; index < candidates.length; index++) {
    const stem = stems[index]
    const start = candidates[index].span[0] - stem.offset
    // A token's first stem is the token itself.
    if (stem.offset === 0) tokenEnd = candidates[index].span[1]
    each(start, tokenEnd, stem)
  }
}

/**
 * A stem of a token, shared by every candidate of that spelling, with the
 * keys later steps ask of it (pure functions of `stem`), filled in on first
 * use: one property read instead of a lookup in a map of every word.
 */
export interface CandidateStem {
  readonly stem: string
  readonly offset: number
  /** Whether it has an Arabic letter. */
  readonly arabic: boolean
  /** `orthographicKey(stem)`. */
  key?: string
  /** `rasmKey(stem)`. */
  rasm?: string
  /** `consonantClasses(stem)`. */
  classes?: string
}

/** The stems of the candidates `nameCandidates` returned, index for index. */
const stemsOfCandidates = new WeakMap<readonly NameCandidate[], readonly CandidateStem[]>()

/** The shared stems of a list of candidates from `nameCandidates` (undefined for another list). */
export function candidateStemsOf(candidates: readonly NameCandidate[]): readonly CandidateStem[] | undefined {
  return stemsOfCandidates.get(candidates)
}

/**
 * The stems of a token that are candidates, by token: words repeat, and the
 * stem strings kept here are the same objects from one unit to the next.
 * Bounded like the other word caches.
 */
const stemsByToken = new Map<string, readonly CandidateStem[]>()

function candidateStems(token: string): readonly CandidateStem[] {
  let stems = stemsByToken.get(token)
  if (stems === undefined) {
    const found: CandidateStem[] = []
    for (const stem of arabicStems(token)) {
      const arabic = arabicLetter.test(stem.stem)
      // Kept in the cache: a copy, not a view into the text (see `detached`).
      // Every field set here, so that all stems share one shape.
      found.push({stem: detached(stem.stem), offset: stem.offset, arabic, key: undefined, rasm: undefined, classes: undefined})
      if (!arabic) break
    }
    if (stemsByToken.size >= maxCachedWords) stemsByToken.clear()
    stemsByToken.set(detached(token), (stems = found))
  }
  return stems
}

const arabicLetter = /\p{sc=Arabic}/u
