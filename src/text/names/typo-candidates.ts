// The candidates for a dot slip in an uncased version (ابوب for ايوب):
// words of the rasm of a known name, which `unitNames` adds as weak names.

import type {Side, Span} from '../../engine/types.js'
import {orthographicKey, rasmKey, rasmOfKey} from './arabic-keys.js'
import {scanCandidateStems} from './candidates.js'
import {sharesOne} from './counterparts.js'
import {overlapTest} from './pairing.js'
import {pairsAt, type ParagraphPair} from './paragraph-pairs.js'
import {nameLength} from './spellings.js'
import type {CrossPair, SideName, UnitNameOptions} from './unit-names.js'

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
  const {suspects, counts} = findSuspects(side.text, keys, rasms)
  if (suspects.length === 0) return
  const toHere = crossPairs.filter((pair) => pair.from !== side.role)
  // The names a suspect may stand next to (`add` adds only weak ones meanwhile), and the counterparts it may be.
  const isName = overlapTest(names.filter((name) => !name.weak).map((name) => name.span))
  const isPaired = overlapTest(toHere.filter((pair) => pair.similarity >= options.weakThreshold).map((pair) => pair.counterpart.span))
  const expectedHere = expectedInPair(side, toHere, pairs, options)
  for (const suspect of suspects) {
    if (counts.get(suspect.key) !== 1) continue
    const nextToName = suspect.neighbours.some((span) => isName(span))
    if (nextToName || isPaired(suspect.span) || expectedHere(suspect.text, suspect.span)) add(suspect.text, suspect.span, true)
  }
}

/** A word of a known rasm that is not a known name, and the words on either side of it. */
interface Suspect {
  text: string
  span: Span
  key: string
  neighbours: Span[]
}

/**
 * The suspects of a text in text order, and how often each key of a known
 * rasm is written: one pass over the words, keeping nothing of the others.
 */
function findSuspects(text: string, keys: ReadonlySet<string>, rasms: ReadonlySet<string>): {suspects: Suspect[]; counts: Map<string, number>} {
  const suspects: Suspect[] = []
  const counts = new Map<string, number>()
  let previous: Span | undefined
  let current: Span | undefined
  // The suspects of the current word, which wait for the word after it.
  let waiting: Suspect[] = []
  scanCandidateStems(text, (tokenStart, tokenEnd, stem) => {
    // Each word gives one stem at least: its first stem starts a new word.
    if (current === undefined || current[0] !== tokenStart) {
      const token: Span = [tokenStart, tokenEnd]
      for (const suspect of waiting) suspect.neighbours.push(token)
      waiting = []
      previous = current
      current = token
    }
    // The rasm first: most words have none of a name's. The rasm is a function of the key.
    const key = (stem.key ??= orthographicKey(stem.stem))
    if (!rasms.has((stem.rasm ??= rasmOfKey(key)))) return
    counts.set(key, (counts.get(key) ?? 0) + 1)
    if (keys.has(key) || (stem.arabic ? codePoints(key) : nameLength(stem.stem)) < 4) return
    const start = tokenStart + stem.offset
    const suspect: Suspect = {text: stem.stem, span: [start, start + stem.stem.length], key, neighbours: previous ? [previous] : []}
    suspects.push(suspect)
    waiting.push(suspect)
  })
  return {suspects, counts}
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
