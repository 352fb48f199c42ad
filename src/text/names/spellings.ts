// One name, one spelling: group the spellings of the names of a text (or a
// corpus) and find the minority ones, telling a likely typo from a variant
// by the kind of edit and by frequency (domain-text §1.6, step 4).

import {orthographicKey, relateArabicSpellings, spellingInformation} from './arabic-keys.js'
import {foldLatin, relateLatinSpellings, romanizationSkeleton} from './latin-keys.js'
import {candidatePairs, foldOther, spellingIdentity} from './spelling-blocks.js'

export {mayBeInconsistent} from './spelling-blocks.js'

export type SpellingRelation = 'same' | 'variant' | 'typo' | 'different'

const arabicLetter = /\p{sc=Arabic}/u
const latinLetter = /\p{sc=Latin}/u
/** How two spellings of a word relate, in any script. */
export function relateSpellings(a: string, b: string): SpellingRelation {
  if (a === b) return 'same'
  if (arabicLetter.test(a) && arabicLetter.test(b)) {
    const relation = relateArabicSpellings(a, b)
    return relation === 'dots' ? 'typo' : relation
  }
  if (latinLetter.test(a) && latinLetter.test(b)) return relateLatinSpellings(a, b)
  return foldOther(a) === foldOther(b) ? 'variant' : 'different'
}

/** How much a spelling writes out (hamza seats, ة; macrons, ayn marks): the tie-break between variants. */
function fullness(word: string): number {
  if (arabicLetter.test(word)) return spellingInformation(word)
  return word.normalize('NFD').length - foldLatin(word).length
}

/**
 * Names that look alike and belong to different people (domain-text §1.6
 * seed list), compared by key: the romanization skeleton in Latin script
 * (Hassan/Hasan against Hussein/Hussain/Hossein), the orthographic key in
 * Arabic script.
 */
const distinctSeeds: ReadonlyArray<readonly [string, string]> = [
  ['حسن', 'حسين'],
  ['سعد', 'سعيد'],
  ['علي', 'عليا'],
  ['تامر', 'ثامر'],
  ['Hassan', 'Hussein'],
  ['Said', 'Saad'],
  ['Ali', 'Alia'],
  ['Jon', 'John'],
  ['Tamer', 'Thamer']
]

function distinctKey(name: string): string {
  if (arabicLetter.test(name)) return orthographicKey(name)
  return latinLetter.test(name) ? romanizationSkeleton(name) : foldOther(name)
}

/**
 * Whether two spellings are known to name different people: the seed list
 * above, then `pairs` (the rule's `allow` option: groups of names a project
 * knows to be distinct).
 */
export function knownDistinct(a: string, b: string, pairs: ReadonlyArray<readonly string[]> = noPairs): boolean {
  const keyA = distinctKey(a)
  const keyB = distinctKey(b)
  if (keyA === keyB) return false
  return distinctGroupKeys(pairs).some((keys) => keys.includes(keyA) && keys.includes(keyB))
}

const noPairs: ReadonlyArray<readonly string[]> = []

/** The keys of the seed groups and of `pairs`, once per list (the rule passes its `allow` for every pair it compares). */
const groupKeys = new WeakMap<ReadonlyArray<readonly string[]>, ReadonlyArray<readonly string[]>>()

function distinctGroupKeys(pairs: ReadonlyArray<readonly string[]>): ReadonlyArray<readonly string[]> {
  let keys = groupKeys.get(pairs)
  if (!keys) groupKeys.set(pairs, (keys = [...distinctSeeds, ...pairs].map((group) => group.map(distinctKey))))
  return keys
}

/** The length a name must reach to be compared: letters of its key. */
export function nameLength(word: string): number {
  // Code points, counted without building an array of them.
  let length = 0
  for (const _ of arabicLetter.test(word) ? orthographicKey(word) : foldLatin(word)) length++
  return length
}

export interface Occurrence<T> {
  spelling: string
  /** Where it is (a span, a file location): handed back in findings. */
  ref: T
  /** How many mentions this occurrence stands for (corpus-wide states); default 1. */
  count?: number
  /**
   * A country or region name (see `isRegionName`): its variants are not
   * reported. CLDR writes إيران where most Arabic news sites write ايران,
   * and a house style that pins one form says so in the glossary.
   */
  place?: boolean
  /**
   * Not surely a name (a word of the rasm of a known name, a lone
   * sentence-initial word): may be reported, never sets the expected spelling.
   */
  weak?: boolean
}

export interface Inconsistency<T> {
  kind: 'typo' | 'variant'
  spelling: string
  occurrences: T[]
  /** The spelling expected instead: the majority (or fuller) spelling of the name. */
  expected: string
  expectedOccurrences: T[]
  /** Mentions of the name in the expected group (all its spellings). */
  expectedCount: number
}

export interface ConsistencyOptions {
  /** Report variants (hamza, ة/ه, diacritics, romanization scheme) of names other than places. */
  variants: boolean
  /** Pairs known to be different names; default `knownDistinct` (the seed list). */
  distinct?: (a: string, b: string) => boolean
}

interface Entry<T> {
  spelling: string
  order: number
  count: number
  strong: boolean
  place: boolean
  refs: T[]
  group: number
}

/**
 * Find the minority spellings among occurrences of names. A spelling one
 * typo away (Arabic dots, a keyboard slip) from a more frequent name is a
 * `typo`; within a name's variants, every spelling but the most frequent
 * (then the fuller, then the first) is a `variant`. Deterministic in the
 * order of `occurrences`.
 */
export function findInconsistencies<T>(occurrences: ReadonlyArray<Occurrence<T>>, options: ConsistencyOptions): Inconsistency<T>[] {
  // One spelling can differ from no other: most segments name one thing or none.
  if (occurrences.length < 2) return []
  const entries = new Map<string, Entry<T>>()
  for (const occurrence of occurrences) {
    const identity = spellingIdentity(occurrence.spelling)
    let entry = entries.get(identity)
    if (!entry) {
      entry = {spelling: arabicLetter.test(identity) ? identity : occurrence.spelling, order: entries.size, count: 0, strong: false, place: false, refs: [], group: entries.size}
      entries.set(identity, entry)
    }
    entry.count += occurrence.count ?? 1
    entry.strong ||= !occurrence.weak
    entry.place ||= occurrence.place ?? false
    entry.refs.push(occurrence.ref)
  }
  // One spelling (in its forms that differ by case or harakat only) differs from no other.
  if (entries.size < 2) return []
  const list = [...entries.values()]
  const root = (index: number): number => {
    while (list[index].group !== index) index = list[index].group = list[list[index].group].group
    return index
  }

  const typoEdges: Array<[number, number]> = []
  let merged = false
  for (const pair of candidatePairs(list)) {
    const a = Math.floor(pair / list.length)
    const b = pair % list.length
    const first = list[a]
    const second = list[b]
    if ((options.distinct ?? knownDistinct)(first.spelling, second.spelling)) continue
    const relation = relateSpellings(first.spelling, second.spelling)
    if ((relation === 'variant' || relation === 'same') && (first.strong || second.strong)) {
      list[Math.max(root(a), root(b))].group = Math.min(root(a), root(b))
      merged = true
    } else if (relation === 'typo') typoEdges.push([a, b])
  }
  // Every spelling a group of its own, and no typo between two: nothing is a minority (most units).
  if (!merged && typoEdges.length === 0) return []

  const groups = new Map<number, Entry<T>[]>()
  for (const [index, entry] of list.entries()) {
    const members = groups.get(root(index)) ?? []
    members.push(entry)
    groups.set(root(index), members)
  }
  // A word that is a variant of a sure name is a name too (Thamud at a sentence start).
  for (const members of groups.values()) if (members.some((entry) => entry.strong)) for (const entry of members) entry.strong = true
  // Mentions of each group's sure names, once per group: 0 for a group of none.
  const totals = new Map<number, number>()
  for (const [group, members] of groups) totals.set(group, members.reduce((sum, entry) => sum + (entry.strong ? entry.count : 0), 0))
  const total = (group: number): number => totals.get(group)!
  const strongGroup = (group: number): boolean => groups.get(group)![0].strong

  // For each minority group, the largest group it is one typo away from.
  const majorityOf = new Map<number, number>()
  for (const [a, b] of typoEdges) {
    const groupA = root(a)
    const groupB = root(b)
    if (groupA === groupB || !strongGroup(groupA) && !strongGroup(groupB)) continue
    const minorityFirst = !strongGroup(groupA) || (strongGroup(groupB) && (total(groupA) < total(groupB) || (total(groupA) === total(groupB) && groupA > groupB)))
    const [minority, majority] = minorityFirst ? [groupA, groupB] : [groupB, groupA]
    const current = majorityOf.get(minority)
    if (current === undefined || total(majority) > total(current) || (total(majority) === total(current) && majority < current)) {
      majorityOf.set(minority, majority)
    }
  }

  const findings: Inconsistency<T>[] = []
  const preferredOf = new Map<number, Entry<T>>()
  for (const [group, members] of groups) {
    const majority = majorityOf.get(group)
    if (majority !== undefined && !majorityOf.has(majority)) {
      let expected = preferredOf.get(majority)
      if (!expected) preferredOf.set(majority, (expected = preferred(groups.get(majority)!)))
      for (const entry of members) {
        findings.push({kind: 'typo', spelling: entry.spelling, occurrences: entry.refs, expected: expected.spelling, expectedOccurrences: expected.refs, expectedCount: total(majority)})
      }
      continue
    }
    if (!options.variants || members.length < 2 || !strongGroup(group) || members.some((entry) => entry.place)) continue
    const expected = preferred(members)
    for (const entry of members) {
      if (entry === expected) continue
      findings.push({kind: 'variant', spelling: entry.spelling, occurrences: entry.refs, expected: expected.spelling, expectedOccurrences: expected.refs, expectedCount: total(group)})
    }
  }
  const order = new Map(list.map((entry) => [entry.spelling, entry.order]))
  return findings.sort((a, b) => order.get(a.spelling)! - order.get(b.spelling)!)
}

/** The most frequent spelling of a group, then the fuller, then the first seen. */
function preferred<T>(members: Entry<T>[]): Entry<T> {
  return members
    .filter((entry) => entry.strong)
    .reduce((best, entry) => {
      if (entry.count !== best.count) return entry.count > best.count ? entry : best
      const fuller = fullness(entry.spelling) - fullness(best.spelling)
      if (fuller !== 0) return fuller > 0 ? entry : best
      return entry.order < best.order ? entry : best
    })
}
