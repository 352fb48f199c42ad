// The candidates for a dot slip in an uncased version (ابوب for ايوب):
// words of the rasm of a known name, which `unitNames` adds as weak names.

import type {Side, Span} from '../../engine/types.js'
import {orthographicKey, rasmKey, rasmOfKey} from './arabic-keys.js'
import {candidateStemsOf, nameCandidates} from './candidates.js'
import {sharesOne} from './counterparts.js'
import {nameTokens, type NameToken} from './extract.js'
import {firstOverlapping, overlapTest} from './pairing.js'
import {pairsAt, type ParagraphPair} from './paragraph-pairs.js'
import {nameLength} from './spellings.js'
import type {CrossPair, SideName, UnitNameOptions} from './unit-names.js'

const arabicLetter = /\p{sc=Arabic}/u

function codePoints(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

/**
 * Words of an uncased version that share the rasm of a known name without
 * being it, written once, and standing next to a name (علي ابوب), loosely
 * paired with a name of the other version, or in a paragraph whose
 * counterpart has a name that this rasm spells elsewhere: the candidates
 * for a dot slip.
 */
export function scanTypoCandidates(
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
  // The names a suspect may stand next to (`add` adds only weak ones meanwhile), and the counterparts it may be.
  const isName = overlapTest(names.filter((name) => !name.weak).map((name) => name.span))
  const isPaired = overlapTest(toHere.filter((pair) => pair.similarity >= options.weakThreshold).map((pair) => pair.counterpart.span))
  const expectedHere = expectedInPair(side, toHere, pairs, options)
  for (const position of suspects) {
    const candidate = candidates[position]
    if (counts.get(candidateKeys[position]) !== 1) continue
    const index = firstOverlapping(tokens, candidate.span)
    const neighbours = [tokens[index - 1], tokens[index + 1]].filter((token): token is NameToken => token !== undefined)
    const nextToName = neighbours.some((token) => isName(token.span))
    if (nextToName || isPaired(candidate.span) || expectedHere(candidate.text, candidate.span)) add(candidate.text, candidate.span, true)
  }
}

/**
 * Whether the counterpart of the paragraph a word is in has a name (paired
 * from there) that the word's rasm spells elsewhere with certainty.
 */
function expectedInPair(side: Side, toHere: readonly CrossPair[], pairs: readonly ParagraphPair[], options: UnitNameOptions): (text: string, span: Span) => boolean {
  // The rasm of each sure counterpart, and the other version's words it stands for.
  const wordsByRasm = new Map<string, Set<string>>()
  // The other version's words paired from each paragraph pair.
  const wordsByPair = new Map<number, Set<string>>()
  for (const pair of toHere) {
    const word = pair.word.text.toLowerCase()
    let paired = wordsByPair.get(pair.bead)
    if (!paired) wordsByPair.set(pair.bead, (paired = new Set()))
    paired.add(word)
    if (pair.similarity < options.pairThreshold) continue
    const rasm = rasmKey(pair.counterpart.text)
    let words = wordsByRasm.get(rasm)
    if (!words) wordsByRasm.set(rasm, (words = new Set()))
    words.add(word)
  }
  const pairsOf = pairsAt(pairs, side.role)
  return (text, span) => {
    const words = wordsByRasm.get(rasmKey(text))
    if (!words) return false
    return pairsOf(span, (pair) => {
      const paired = wordsByPair.get(pair)
      return paired !== undefined && sharesOne(words, paired)
    })
  }
}
