// The names of one bitext: mentions found in each version, their
// counterparts in the aligned paragraphs of the other, and the words of an
// uncased version that share the rasm of a known name next to a name (the
// typo candidates), each with its span.

import type {Role, Side, Span, Unit} from '../../engine/types.js'
import {codePointAt, codePointTest} from '../scripts/code-point-table.js'
import {orthographicKey} from './arabic-keys.js'
import {nameCandidates, type NameCandidate} from './candidates.js'
import {findNameMentions, type NameMention, type NameToken} from './extract.js'
import {overlaps, pairNames, SpanSet} from './pairing.js'
import {pairsAt, paragraphPairs, type ParagraphPair} from './paragraph-pairs.js'
import {isRegionName} from './places.js'
import {nameLength} from './spellings.js'
import {scanTypoCandidates} from './typo-candidates.js'

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

export {paragraphPairs, type ParagraphPair}

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

/** Up to this many mention–pair checks, `mentionsInPairs` makes them one by one. */
const fewChecks = 256

/** The mentions of each paragraph pair (those overlapping one of its paragraphs in `role`), in text order. */
function mentionsInPairs(mentions: readonly NameMention[], pairs: readonly ParagraphPair[], role: Role): NameMention[][] {
  // A segment, or a short document: a pass over the mentions for each pair, with no index to build.
  if (mentions.length * pairs.length <= fewChecks) {
    return pairs.map((pair) => mentions.filter((mention) => pair[role].some((span) => overlaps(span, mention.span))))
  }
  const byPair: NameMention[][] = []
  const pairsOf = pairsAt(pairs, role)
  for (const mention of mentions) {
    pairsOf(mention.span, (pair) => {
      const list = (byPair[pair] ??= [])
      // A mention over two paragraphs of one pair is one of its mentions.
      if (list.at(-1) !== mention) list.push(mention)
    })
  }
  return byPair
}

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
    const mentionsByPair = mentionsInPairs(mentions[from], pairs, from)
    for (const [bead, pair] of pairs.entries()) {
      // The name words of the bead, and the mention of each, side by side.
      const words: NameToken[] = []
      const mentionOf: NameMention[] = []
      for (const mention of mentionsByPair[bead] ?? []) {
        for (const word of mention.words) {
          if (nameLength(word.text) < options.minLength) continue
          words.push(word)
          mentionOf.push(mention)
        }
      }
      // Nothing to pair: `pairNames` would find nothing.
      if (words.length === 0) continue
      const candidates = pair[to].length === 1 ? nameCandidates(unit[to].text, pair[to][0]) : pair[to].flatMap((span) => nameCandidates(unit[to].text, span))
      if (candidates.length === 0) continue
      // Matches come in the order of `words`: the word of each is found walking on.
      let at = 0
      for (const match of pairNames(words, candidates, relativePosition(pair[from]), relativePosition(pair[to]))) {
        while (words[at] !== match.word) at++
        crossPairs.push({from, mention: mentionOf[at], bead, word: match.word, counterpart: match.counterpart, similarity: match.similarity})
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
