// The names of one bitext: mentions found in each version, their
// counterparts in the aligned paragraphs of the other, and the words of an
// uncased version that share the rasm of a known name next to a name (the
// typo candidates), each with its span.

import type {Role, Side, Span, Unit} from '../../engine/types.js'
import {alignUnit} from '../align.js'
import {codePointAt, codePointTest} from '../scripts/code-point-table.js'
import {orthographicKey, rasmKey, rasmOfKey} from './arabic-keys.js'
import {candidateStemsOf, nameCandidates, type NameCandidate} from './candidates.js'
import {findNameMentions, nameTokens, type NameMention, type NameToken} from './extract.js'
import {firstOverlapping, overlaps, pairNames, SpanSet} from './pairing.js'
import {isRegionName} from './places.js'
import {nameLength} from './spellings.js'

export interface SideName {
  spelling: string
  span: Span
  /** Not surely a name: may be reported as a typo, never sets the expected spelling. */
  weak: boolean
  /** A country or region name (CLDR): variants are not reported. */
  place: boolean
}

/** A name of one version and its best counterpart in the aligned paragraphs of the other. */
export interface CrossPair {
  /** The version the name was found in. */
  from: Role
  mention: NameMention
  word: NameToken
  counterpart: NameCandidate
  similarity: number
  /** Index of the bead (paragraph pair) in `beads`. */
  bead: number
}

/** Paragraphs that correspond, as spans of each version. */
export interface ParagraphPair {
  source: Span[]
  target: Span[]
}

export interface UnitNames {
  pairs: ParagraphPair[]
  mentions: Record<Role, NameMention[]>
  names: Record<Role, SideName[]>
  crossPairs: CrossPair[]
}

export interface UnitNameOptions {
  /** Shortest name compared, in letters of its key. */
  minLength: number
  /** Similarity from which a counterpart counts as the name's spelling in the other version. */
  pairThreshold: number
  /** Similarity from which a counterpart counts as a possible misspelling of the name. */
  weakThreshold: number
  /** Extra names per version (glossary spellings), found as written. */
  known?: Record<Role, readonly string[]>
}

/** Whether a code point is a cased letter, asked once per code point. */
const isCasedLetter = codePointTest(/^[\p{Lu}\p{Ll}\p{Lt}]$/u)
const arabicLetter = /\p{sc=Arabic}/u
const nisbaAdjective = /^(?:ال|ٱل).+(?:ي|ية|يه)$/u
const roles: readonly Role[] = ['source', 'target']

/**
 * Whether a version is written in a cased script: whether its first 2,000
 * code units have a cased letter (every letter is in a word). A text of an
 * uncased script is read to the 2,000th code unit each time, so a code
 * point is one table read.
 */
function isCased(side: Side): boolean {
  // The prefix as a regex would read it: a surrogate pair cut at its end is a lone surrogate.
  const prefix = side.text.length > casedPrefix ? side.text.slice(0, casedPrefix) : side.text
  for (let offset = 0; offset < prefix.length; offset++) {
    const codePoint = codePointAt(prefix, offset)
    if (isCasedLetter(codePoint)) return true
    if (codePoint > 0xffff) offset++
  }
  return false
}

const casedPrefix = 2000

const firstLetter = /\p{L}/u
const scripts: ReadonlyArray<readonly [string, RegExp]> = ['Latin', 'Arabic', 'Cyrillic', 'Hebrew', 'Greek', 'Han', 'Devanagari'].map(
  (script) => [script, new RegExp(`\\p{sc=${script}}`, 'u')] as const
)

function scriptOf(text: string): string {
  const letter = firstLetter.exec(text)?.[0] ?? ''
  for (const [script, pattern] of scripts) if (pattern.test(letter)) return script
  return 'Other'
}

/** The paragraph pairs of a unit: the alignment's beads with both versions, or the whole segment. */
export function paragraphPairs(unit: Unit): ParagraphPair[] {
  if (unit.kind === 'segment') return [{source: [[0, unit.source.text.length]], target: [[0, unit.target.text.length]]}]
  const spans = (role: Role, indices: readonly number[]): Span[] => indices.map((index) => unit[role].paragraphs[index].span)
  return alignUnit(unit)
    .filter((bead) => bead.source.length > 0 && bead.target.length > 0)
    .map((bead) => ({source: spans('source', bead.source), target: spans('target', bead.target)}))
}

function codePoints(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

/** Place of a span within paragraphs laid end to end, from 0 to 1. */
function relativePosition(spans: readonly Span[]): (span: Span) => number {
  const total = spans.reduce((sum, [start, end]) => sum + end - start, 0) || 1
  return ([start]) => {
    let before = 0
    for (const [from, to] of spans) {
      if (start < to) return (before + Math.max(0, start - from)) / total
      before += to - from
    }
    return 1
  }
}

const within = (spans: readonly Span[], span: Span): boolean => spans.some((range) => overlaps(range, span))

/** The keys of the extra names of a version, once per list (the rule passes the same lists for every unit). */
const knownKeySets = new WeakMap<readonly string[], ReadonlySet<string>>()
const noKeys: ReadonlySet<string> = new Set()

function knownKeys(names: readonly string[] | undefined): ReadonlySet<string> {
  if (!names || names.length === 0) return noKeys
  let keys = knownKeySets.get(names)
  if (!keys) knownKeySets.set(names, (keys = new Set(names.map(orthographicKey))))
  return keys
}

/** Collect the names of both versions of a unit. */
export function unitNames(unit: Unit, options: UnitNameOptions): UnitNames {
  const pairs = paragraphPairs(unit)
  // Once per side: the question comes back for each direction and step.
  const cased = {source: isCased(unit.source), target: isCased(unit.target)}
  // `isCased` looks at the first 2,000 code units: for a shorter text it is the answer `findNameMentions` needs.
  const mentionsOf = (side: Side) => findNameMentions(side.text, side.lang, side.text.length <= casedPrefix ? cased[side.role] : undefined)
  const mentions = {source: mentionsOf(unit.source), target: mentionsOf(unit.target)}
  const names: Record<Role, SideName[]> = {source: [], target: []}
  const taken: Record<Role, SpanSet> = {source: new SpanSet(), target: new SpanSet()}
  const add = (role: Role, spelling: string, span: Span, weak: boolean): void => {
    if (nameLength(spelling) < options.minLength || !taken[role].add(span)) return
    names[role].push({spelling, span, weak, place: isRegionName(spelling, unit[role].lang)})
  }
  for (const role of roles) {
    for (const mention of mentions[role]) for (const word of mention.words) add(role, word.text, word.span, mention.uncertain)
    const known = knownKeys(options.known?.[role])
    if (known.size > 0) {
      for (const candidate of nameCandidates(unit[role].text)) if (known.has(orthographicKey(candidate.text))) add(role, candidate.text, candidate.span, false)
    }
  }

  // Counterparts: from a cased version into a version of another script.
  const crossPairs: CrossPair[] = []
  for (const from of roles) {
    const to: Role = from === 'source' ? 'target' : 'source'
    if (!cased[from] || scriptOf(unit[from].text) === scriptOf(unit[to].text)) continue
    for (const [bead, pair] of pairs.entries()) {
      const candidates = pair[to].length === 1 ? nameCandidates(unit[to].text, pair[to][0]) : pair[to].flatMap((span) => nameCandidates(unit[to].text, span))
      // The name words of the bead, and the mention of each, side by side.
      const words: NameToken[] = []
      const mentionOf: NameMention[] = []
      for (const mention of mentions[from]) {
        if (!within(pair[from], mention.span)) continue
        for (const word of mention.words) {
          if (nameLength(word.text) < options.minLength) continue
          words.push(word)
          mentionOf.push(mention)
        }
      }
      // Nothing to pair: `pairNames` would find nothing.
      if (words.length === 0 || candidates.length === 0) continue
      for (const match of pairNames(words, candidates, relativePosition(pair[from]), relativePosition(pair[to]))) {
        crossPairs.push({from, mention: mentionOf[words.indexOf(match.word)], bead, word: match.word, counterpart: match.counterpart, similarity: match.similarity})
      }
    }
    if (cased[to]) continue
    // Sure counterparts first, so that a weaker pair cannot take their place.
    const fromHere = crossPairs.filter((pair) => pair.from === from)
    for (const pair of fromHere) {
      if (pair.similarity < options.pairThreshold) continue
      add(to, pair.counterpart.text, pair.counterpart.span, pair.mention.uncertain || nisbaAdjective.test(pair.counterpart.text))
    }
    // A loose counterpart (Ayyūb → ابوب) may be a misspelling of a name.
    for (const pair of fromHere) if (pair.similarity >= options.weakThreshold) add(to, pair.counterpart.text, pair.counterpart.span, true)
  }

  for (const role of roles) if (!cased[role]) scanTypoCandidates(unit[role], names[role], crossPairs, pairs, options, add.bind(undefined, role))
  for (const role of roles) names[role].sort((a, b) => a.span[0] - b.span[0])
  return {pairs, mentions, names, crossPairs}
}

/**
 * Words of an uncased version that share the rasm of a known name without
 * being it, written once, and standing next to a name (علي ابوب), loosely
 * paired with a name of the other version, or in a paragraph whose
 * counterpart has a name that this rasm spells elsewhere: the candidates
 * for a dot slip.
 */
function scanTypoCandidates(
  side: Side,
  names: readonly SideName[],
  crossPairs: readonly CrossPair[],
  pairs: readonly ParagraphPair[],
  options: UnitNameOptions,
  add: (spelling: string, span: Span, weak: boolean) => void
): void {
  const strong = names.filter((name) => !name.weak && nameLength(name.spelling) >= 4)
  const keys = new Set(strong.map((name) => orthographicKey(name.spelling)))
  const rasms = new Set(strong.map((name) => rasmKey(name.spelling)))
  if (rasms.size === 0) return
  const candidates = nameCandidates(side.text)
  const stems = candidateStemsOf(candidates)
  const candidateKeys = stems ? stems.map((stem) => (stem.key ??= orthographicKey(stem.stem))) : candidates.map((candidate) => orthographicKey(candidate.text))
  // Words of a known rasm that are not a known name: in most units none, and then nothing else to count.
  // The rasm first: most words have none of a name's (the three tests are pure and independent).
  const suspects: number[] = []
  for (let position = 0; position < candidates.length; position++) {
    const key = candidateKeys[position]
    // `nameLength` and `rasmKey` of an Arabic word, from the key already at hand.
    const arabic = stems ? stems[position].arabic : arabicLetter.test(candidates[position].text)
    if (!rasms.has(arabic ? (stems ? (stems[position].rasm ??= rasmOfKey(key)) : rasmOfKey(key)) : rasmKey(candidates[position].text))) continue
    if (keys.has(key) || (arabic ? codePoints(key) : nameLength(candidates[position].text)) < 4) continue
    suspects.push(position)
  }
  if (suspects.length === 0) return
  const counts = new Map<string, number>()
  for (const key of candidateKeys) counts.set(key, (counts.get(key) ?? 0) + 1)
  const tokens = nameTokens(side.text)
  const toHere = crossPairs.filter((pair) => pair.from !== side.role)
  // The rasm of each sure counterpart, and the other version's words it stands for.
  const wordsByRasm = new Map<string, Set<string>>()
  for (const pair of toHere) {
    if (pair.similarity < options.pairThreshold) continue
    const rasm = rasmKey(pair.counterpart.text)
    wordsByRasm.set(rasm, (wordsByRasm.get(rasm) ?? new Set()).add(pair.word.text.toLowerCase()))
  }
  for (const position of suspects) {
    const candidate = candidates[position]
    if (counts.get(candidateKeys[position]) !== 1) continue
    const index = firstOverlapping(tokens, candidate.span)
    const neighbours = [tokens[index - 1], tokens[index + 1]].filter((token): token is NameToken => token !== undefined)
    const nextToName = neighbours.some((token) => names.some((name) => !name.weak && overlaps(name.span, token.span)))
    const paired = toHere.some((pair) => pair.similarity >= options.weakThreshold && overlaps(pair.counterpart.span, candidate.span))
    const expectedHere = toHere.some(
      (pair) =>
        wordsByRasm.get(rasmKey(candidate.text))?.has(pair.word.text.toLowerCase()) &&
        pairs[pair.bead][side.role].some((span) => overlaps(span, candidate.span))
    )
    if (nextToName || paired || expectedHere) add(candidate.text, candidate.span, true)
  }
}
