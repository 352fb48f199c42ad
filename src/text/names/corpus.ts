// name-consistency across the corpus: the state `collect` keeps of a unit,
// and the minority spellings `finalize` finds among all of them.
//
// A state is kept for every unit until the end of the run, so it is flat
// (see `src/engine/packed-state.ts`): the unit's two languages, then eight
// slots per distinct spelling of a confirmed name (flags, spelling, mentions,
// and the first mention's location). Spellings are shared strings.

import {locationSlots, pushLocation, readLocation, StringPool} from '../../engine/packed-state.js'
import type {FileLocation} from '../../engine/rule.js'
import type {Role} from '../../engine/types.js'
import {findInconsistencies, type ConsistencyOptions, type Inconsistency} from './spellings.js'

export type CorpusNameState = [sourceLang: string, targetLang: string, ...names: unknown[]]

/** The name is in the target version; a country or region; possibly a misspelling only (see `SideName.weak`). */
const targetFlag = 1
const placeFlag = 2
const weakFlag = 4
/** Slots of one spelling: flags, spelling, mentions, location. */
const nameSlots = 3 + locationSlots
const firstName = 2

/** A name as `collect` sees it: its spelling, where it is, and whether the other version confirms it. */
export interface CollectedName {
  role: Role
  spelling: string
  place: boolean
  weak: boolean
  location: () => FileLocation
}

const spellings = new StringPool()
/** One state per language pair for all units without confirmed names (`finalize` only reads it). */
const emptyStates = new Map<string, CorpusNameState>()

/** The state of a unit: each distinct spelling once per version, with its count and first location. */
export function packNames(sourceLang: string, targetLang: string, names: Iterable<CollectedName>): CorpusNameState {
  const state: CorpusNameState = [sourceLang, targetLang]
  const countAt = new Map<string, number>()
  for (const name of names) {
    const key = `${name.role}${name.weak ? '?' : ':'}${name.spelling}`
    const at = countAt.get(key)
    if (at !== undefined) {
      ;(state[at] as number)++
      continue
    }
    countAt.set(key, state.length + 2)
    state.push((name.role === 'target' ? targetFlag : 0) | (name.place ? placeFlag : 0) | (name.weak ? weakFlag : 0), spellings.intern(name.spelling), 1)
    pushLocation(state, name.location())
  }
  if (state.length > firstName) return state.slice() as CorpusNameState
  const key = `${sourceLang}\u0000${targetLang}`
  let empty = emptyStates.get(key)
  if (!empty) emptyStates.set(key, (empty = [sourceLang, targetLang]))
  return empty
}

/** A mention of the corpus: which unit, and where in its state. */
interface Mentions {
  state: CorpusNameState[]
  at: number[]
  unit: number[]
}

/** One distinct spelling (with its flags) of a language, and the mentions it stands for. */
interface Spelled {
  spelling: string
  count: number
  place: boolean
  weak: boolean
  refs: number[]
}

export interface CorpusFinding {
  kind: Inconsistency<unknown>['kind']
  spelling: string
  expected: string
  expectedCount: number
  /** Where the expected spelling is first written. */
  first: FileLocation
  /** The mentions of `spelling` outside units that also have the expected spelling (`check` reports those). */
  locations: FileLocation[]
}

/**
 * The minority spellings of the corpus, language by language. Each distinct
 * spelling goes to `findInconsistencies` once, standing for all its mentions,
 * in the order it was first seen: the same findings as one occurrence per
 * mention, without an object per mention.
 */
export function corpusFindings(states: readonly CorpusNameState[], options: ConsistencyOptions): CorpusFinding[] {
  const mentions: Mentions = {state: [], at: [], unit: []}
  const byLanguage = new Map<string, Map<string, Spelled>>()
  for (const [unit, state] of states.entries()) {
    for (const lang of [state[0], state[1]]) if (!byLanguage.has(lang)) byLanguage.set(lang, new Map())
    for (let at = firstName; at < state.length; at += nameSlots) {
      const flags = state[at] as number
      const spelling = state[at + 1] as string
      const key = `${flags & (placeFlag | weakFlag)}:${spelling}`
      const language = byLanguage.get(state[flags & targetFlag ? 1 : 0])!
      let spelled = language.get(key)
      if (!spelled) language.set(key, (spelled = {spelling, count: 0, place: (flags & placeFlag) !== 0, weak: (flags & weakFlag) !== 0, refs: []}))
      spelled.count += state[at + 2] as number
      spelled.refs.push(mentions.state.length)
      mentions.state.push(state)
      mentions.at.push(at)
      mentions.unit.push(unit)
    }
  }
  const located = (ref: number): FileLocation => {
    const state = mentions.state[ref]
    const at = mentions.at[ref]
    return readLocation(state, at + 3, (state[at] as number) & targetFlag ? 'target' : 'source')
  }
  const findings: CorpusFinding[] = []
  for (const language of byLanguage.values()) {
    const occurrences = [...language.values()].map((spelled) => ({...spelled, ref: spelled.refs}))
    // Findings of one expected name share its occurrences: its units once for all of them.
    const expectedOf = new Map<readonly unknown[], {first: number; units: Set<number>}>()
    for (const finding of findInconsistencies(occurrences, options)) {
      let expected = expectedOf.get(finding.expectedOccurrences)
      if (!expected) {
        const refs = inOrder(finding.expectedOccurrences)
        expectedOf.set(finding.expectedOccurrences, (expected = {first: refs[0], units: new Set(refs.map((ref) => mentions.unit[ref]))}))
      }
      const units = expected.units
      findings.push({
        kind: finding.kind,
        spelling: finding.spelling,
        expected: finding.expected,
        expectedCount: finding.expectedCount,
        first: located(expected.first),
        locations: inOrder(finding.occurrences)
          .filter((ref) => !units.has(mentions.unit[ref]))
          .map(located)
      })
    }
  }
  return findings
}

/** The mentions of several spellings in corpus order (mention numbers grow with it). */
function inOrder(lists: readonly number[][]): number[] {
  const refs: number[] = []
  for (const list of lists) for (const ref of list) refs.push(ref)
  return refs.sort((a, b) => a - b)
}
