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
import {sharesOne} from './counterparts.js'
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
  let countAt: Map<string, number> | undefined
  for (const name of names) {
    // Most units have no confirmed name: no map for them.
    countAt ??= new Map()
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

/** One distinct spelling (with its flags) of a language, and the mentions it stands for. */
interface Spelled {
  id: number
  spelling: string
  count: number
  place: boolean
  weak: boolean
  /** Its first mention: the unit's number and the slot in its state. */
  first: {unit: number; at: number}
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

/** A finding while the states are read again: the spellings it stands for, and where its expected name starts. */
interface PendingFinding extends Omit<CorpusFinding, 'first'> {
  expectedIds: ReadonlySet<number>
  firstAt: {unit: number; at: number}
  first?: FileLocation
}

/** The spellings of each language by flags and spelling, filled by the first read. */
type Spellings = Map<string, Map<string, Spelled>>

const spelledKey = (flags: number, spelling: string): string => `${flags & (placeFlag | weakFlag)}:${spelling}`
const languageOf = (state: CorpusNameState, flags: number): string => state[flags & targetFlag ? 1 : 0]
const locationAt = (state: CorpusNameState, at: number): FileLocation =>
  readLocation(state, at + 3, (state[at] as number) & targetFlag ? 'target' : 'source')
const before = (a: {unit: number; at: number}, b: {unit: number; at: number}): boolean => a.unit < b.unit || (a.unit === b.unit && a.at < b.at)

/**
 * The minority spellings of the corpus, language by language, in two reads
 * of the states, keeping only the distinct spellings and the findings.
 * The first read counts each distinct spelling, which goes to
 * `findInconsistencies` once for all its mentions, in the order it was first
 * seen (the same findings as one occurrence per mention). The second read
 * finds the mentions of the minority spellings and where each expected
 * spelling is first written.
 */
export function corpusFindings(states: Iterable<unknown>, options: ConsistencyOptions): CorpusFinding[] {
  const spellings = countSpellings(states)
  const pending: PendingFinding[] = []
  const findingOf = new Map<number, PendingFinding>()
  for (const language of spellings.values()) {
    const list = [...language.values()]
    const byId = new Map(list.map((spelled) => [spelled.id, spelled]))
    const occurrences = list.map((spelled) => ({...spelled, ref: spelled.id}))
    // Findings of one expected name share its spellings: one set for all of them.
    const expectedOf = new Map<readonly number[], {ids: ReadonlySet<number>; first: {unit: number; at: number}}>()
    for (const finding of findInconsistencies(occurrences, options)) {
      let expected = expectedOf.get(finding.expectedOccurrences)
      if (!expected) {
        const firsts = finding.expectedOccurrences.map((id) => byId.get(id)!.first)
        expected = {ids: new Set(finding.expectedOccurrences), first: firsts.reduce((a, b) => (before(b, a) ? b : a))}
        expectedOf.set(finding.expectedOccurrences, expected)
      }
      const {kind, spelling, expectedCount} = finding
      const entry: PendingFinding = {kind, spelling, expected: finding.expected, expectedCount, expectedIds: expected.ids, firstAt: expected.first, locations: []}
      pending.push(entry)
      for (const id of finding.occurrences) findingOf.set(id, entry)
    }
  }
  if (pending.length > 0) locateFindings(states, spellings, findingOf, pending)
  return pending.map(({kind, spelling, expected, expectedCount, first, locations}) => ({kind, spelling, expected, expectedCount, first: first!, locations}))
}

/** The first read: each distinct spelling of each language, with its mentions and first mention. */
function countSpellings(states: Iterable<unknown>): Spellings {
  const spellings: Spellings = new Map()
  let id = 0
  let unit = 0
  for (const state of states as Iterable<CorpusNameState>) {
    for (const lang of [state[0], state[1]]) if (!spellings.has(lang)) spellings.set(lang, new Map())
    for (let at = firstName; at < state.length; at += nameSlots) {
      const flags = state[at] as number
      const spelling = state[at + 1] as string
      const language = spellings.get(languageOf(state, flags))!
      const key = spelledKey(flags, spelling)
      let spelled = language.get(key)
      if (!spelled) {
        spelled = {id: id++, spelling, count: 0, place: (flags & placeFlag) !== 0, weak: (flags & weakFlag) !== 0, first: {unit, at}}
        language.set(key, spelled)
      }
      spelled.count += state[at + 2] as number
    }
    unit++
  }
  return spellings
}

/** The second read: the mentions of minority spellings (outside units with the expected one), and each expected first mention. */
function locateFindings(states: Iterable<unknown>, spellings: Spellings, findingOf: ReadonlyMap<number, PendingFinding>, pending: readonly PendingFinding[]): void {
  const firstsByUnit = new Map<number, PendingFinding[]>()
  for (const finding of pending) {
    const firsts = firstsByUnit.get(finding.firstAt.unit)
    if (firsts) firsts.push(finding)
    else firstsByUnit.set(finding.firstAt.unit, [finding])
  }
  let unit = 0
  for (const state of states as Iterable<CorpusNameState>) {
    for (const finding of firstsByUnit.get(unit) ?? []) finding.first = locationAt(state, finding.firstAt.at)
    const ids: number[] = []
    for (let at = firstName; at < state.length; at += nameSlots) {
      const flags = state[at] as number
      ids.push(spellings.get(languageOf(state, flags))!.get(spelledKey(flags, state[at + 1] as string))!.id)
    }
    // Whether the unit has a spelling a finding expects, once per finding and unit.
    let unitIds: Set<number> | undefined
    let expectedHere: Map<PendingFinding, boolean> | undefined
    for (const [index, id] of ids.entries()) {
      const finding = findingOf.get(id)
      if (!finding) continue
      unitIds ??= new Set(ids)
      expectedHere ??= new Map()
      let expected = expectedHere.get(finding)
      if (expected === undefined) expectedHere.set(finding, (expected = sharesOne(unitIds, finding.expectedIds)))
      // Inside one unit, `check` has reported it already.
      if (expected) continue
      finding.locations.push(locationAt(state, firstName + index * nameSlots))
    }
    unit++
  }
}
