// duplicate-unit's `finalize`: the prints of every unit as integer columns,
// the rows grouped by source, and the repeats found in each group, a few
// bytes a row (a corpus of duplicates has nearly as many repeats as rows).

import {IntColumn} from '../engine/packed-state.js'
import type {FileLocation} from '../engine/rule.js'

/**
 * What `collect` keeps of a unit, flat (see `src/engine/packed-state.ts`):
 * its languages, the fingerprints of both versions as three 30-bit words
 * each (`fingerprintWords`), and where its source starts and ends.
 *
 * Two versions are the same text when all three words agree: 60 bits of
 * XXH64, and 30 of XXH32 to confirm a match. XXH64 is not built to resist
 * collisions, and 60 bits alone collide once in a billion texts or so; a
 * second, independent hash of the same bytes makes a false "duplicate" about
 * 2^-90 a pair (10^-9 for a billion units), for 8 bytes a row in `finalize`.
 * Comparing the texts themselves would keep the corpus in every state (in
 * memory, in cache files and shard reports), and reading them again would put
 * I/O in `finalize`, which `merge-reports` runs without the corpus.
 */
export type UnitPrint = [
  sourceLang: string,
  targetLang: string,
  sourceHigh: number,
  sourceLow: number,
  sourceCheck: number,
  targetHigh: number,
  targetLow: number,
  targetCheck: number,
  targetLetters: number,
  keyed: 0 | 1,
  ...location: unknown[]
]
export const locationAt = 10

/**
 * The prints of the corpus as columns, one row per unit with a print, in
 * corpus order; languages and paths by number.
 */
export class PrintColumns {
  readonly languages: IntColumn
  readonly sourceHigh: IntColumn
  readonly sourceLow: IntColumn
  readonly sourceCheck: IntColumn
  readonly targetHigh: IntColumn
  readonly targetLow: IntColumn
  readonly targetCheck: IntColumn
  readonly path: IntColumn
  /** A 30-bit hash of the target's letters and digits, case-folded: two targets alike there are one translation. */
  readonly targetLetters: IntColumn
  /** 1 for a catalog entry (PO): the same pair in two catalogs is consistency, not a repeat. */
  readonly keyed: IntColumn
  readonly #languageIds = new Map<string, number>()
  readonly paths: string[] = []
  readonly #pathIds = new Map<string, number>()

  /** `rows`: at most this many prints (the states' count). */
  constructor(rows: number) {
    this.languages = new IntColumn(rows)
    this.sourceHigh = new IntColumn(rows)
    this.sourceLow = new IntColumn(rows)
    this.sourceCheck = new IntColumn(rows)
    this.targetHigh = new IntColumn(rows)
    this.targetLow = new IntColumn(rows)
    this.targetCheck = new IntColumn(rows)
    this.path = new IntColumn(rows)
    this.targetLetters = new IntColumn(rows)
    this.keyed = new IntColumn(rows)
  }

  add(print: UnitPrint): void {
    this.languages.push(idOf(this.#languageIds, `${print[0]}:${print[1]}`))
    this.sourceHigh.push(print[2])
    this.sourceLow.push(print[3])
    this.sourceCheck.push(print[4])
    this.targetHigh.push(print[5])
    this.targetLow.push(print[6])
    this.targetCheck.push(print[7])
    this.targetLetters.push(print[8])
    this.keyed.push(print[9])
    const path = print[locationAt] as string
    let id = this.#pathIds.get(path)
    if (id === undefined) {
      this.#pathIds.set(path, (id = this.paths.length))
      this.paths.push(path)
    }
    this.path.push(id)
  }

  get length(): number {
    return this.path.length
  }

  /** Whether rows `a` and `b` have the same languages and source: the XXH64 words, then the check word. */
  sameSource(a: number, b: number): boolean {
    return (
      this.languages.at(a) === this.languages.at(b) &&
      this.sourceHigh.at(a) === this.sourceHigh.at(b) &&
      this.sourceLow.at(a) === this.sourceLow.at(b) &&
      this.sourceCheck.at(a) === this.sourceCheck.at(b)
    )
  }

  /** Row `row`'s target print, all three words, as a map key. */
  targetKey(row: number): string {
    return `${this.targetHigh.at(row)}:${this.targetLow.at(row)}:${this.targetCheck.at(row)}`
  }
}

function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key)
  if (id === undefined) ids.set(key, (id = ids.size))
  return id
}

/**
 * The rows grouped by languages and source, each group in location order:
 * path (by code unit, as the report sorts), then corpus order, which within
 * one file is line and column order.
 */
export function sourceGroupsOrder(columns: PrintColumns): Uint32Array {
  const pathRank = new Int32Array(columns.paths.length)
  const byPath = columns.paths.map((path, id) => ({path, id})).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const [rank, {id}] of byPath.entries()) pathRank[id] = rank
  const {languages, sourceHigh, sourceLow, sourceCheck, path} = columns
  return Uint32Array.from({length: columns.length}, (_, row) => row).sort(
    (a, b) =>
      languages.at(a) - languages.at(b) ||
      sourceHigh.at(a) - sourceHigh.at(b) ||
      sourceLow.at(a) - sourceLow.at(b) ||
      sourceCheck.at(a) - sourceCheck.at(b) ||
      pathRank[path.at(a)] - pathRank[path.at(b)] ||
      a - b
  )
}

/**
 * The later units with the source (and target) of an earlier one, by row:
 * the row of its original (-1 for a row that repeats nothing) and whether it
 * is a conflict. Typed arrays, a few bytes a row, since a corpus of
 * duplicates has nearly as many repeats as rows.
 */
export interface Repeats {
  originalOf: Int32Array
  conflict: Uint8Array
  /** 1 for a row that some repeat names as its original. */
  isOriginal: Uint8Array
  count: number
}

/** Within each group, each row after the first: a duplicate of the first row with its target, or else a conflict with the group's first. */
export function findRepeats(columns: PrintColumns, order: Uint32Array, conflicts: boolean): Repeats {
  const repeats: Repeats = {
    originalOf: new Int32Array(columns.length).fill(-1),
    conflict: new Uint8Array(columns.length),
    isOriginal: new Uint8Array(columns.length),
    count: 0
  }
  for (let start = 0, end = 1; start < order.length; start = end, end = start + 1) {
    while (end < order.length && columns.sameSource(order[start], order[end])) end++
    if (end - start === 1) continue
    const firstByTarget = new Map<string, number>()
    const lettersSeen = new Set<number>()
    for (let index = start; index < end; index++) {
      const row = order[index]
      const target = columns.targetKey(row)
      const same = firstByTarget.get(target)
      if (same === undefined) firstByTarget.set(target, row)
      // `Janvier` in a calendar and `janvier` in a date, `Aujourd'hui` and `Aujourd’hui`: one translation, written two ways.
      const sameLetters = lettersSeen.has(columns.targetLetters.at(row))
      lettersSeen.add(columns.targetLetters.at(row))
      if (index === start || (same === undefined && (!conflicts || sameLetters))) continue
      // Two catalogs that translate a message alike (an app's `Documentation` and its docs app's) agree; that is no repeat.
      if (same !== undefined && columns.keyed.at(row) === 1 && columns.keyed.at(same) === 1 && columns.path.at(row) !== columns.path.at(same)) continue
      const original = same ?? order[start]
      repeats.originalOf[row] = original
      repeats.conflict[row] = same === undefined ? 1 : 0
      repeats.isOriginal[original] = 1
      repeats.count++
    }
  }
  return repeats
}

/** Each row's path: its number (a column) and the paths by number. */
export interface RowPaths {
  names: readonly string[]
  ofRow: IntColumn
}

/**
 * The locations of the originals, four integers each (the path is the
 * row's), filled as the second read meets them.
 */
export class OriginalLocations {
  readonly #slotOf: Int32Array
  readonly #values = new IntColumn(1024)

  constructor(
    private readonly paths: RowPaths,
    rows: number
  ) {
    this.#slotOf = new Int32Array(rows).fill(-1)
  }

  set(row: number, location: FileLocation): void {
    this.#slotOf[row] = this.#values.length
    for (const value of [location.line, location.column, location.endLine, location.endColumn]) this.#values.push(value)
  }

  get(row: number): FileLocation | undefined {
    const slot = this.#slotOf[row]
    if (slot < 0) return undefined
    const values = this.#values
    const filePath = this.paths.names[this.paths.ofRow.at(row)]
    return {filePath, side: 'source', line: values.at(slot), column: values.at(slot + 1), endLine: values.at(slot + 2), endColumn: values.at(slot + 3)}
  }
}
