// Compact corpus-wide states. A state is kept for every unit of the corpus
// until `finalize`, so its size is the memory of a large run: 1.4 million
// segment pairs per gigabyte of TSV. An object per location (six fields, and
// its strings copied once per state when it comes from a worker thread) costs
// several times what its five values do, so the bundled corpus-wide rules
// keep locations as five slots of one flat array, and the strings that repeat
// from unit to unit (paths, languages, name spellings) as one shared string.
// The flat arrays stay plain JSON for shard reports.

import type {FileLocation} from './rule.js'
import {detached} from '../text/detached.js'
import type {Role} from './types.js'

/** Slots a location takes in a flat state: path, line, column, end line, end column. */
export const locationSlots = 5

/**
 * Append `location` to `state`, without its side (the rule knows it). A
 * state built by `push` has spare room: return `state.slice()`, which is
 * exactly its size (146 instead of 314 bytes for 11 slots, measured).
 */
export function pushLocation(state: unknown[], location: FileLocation): void {
  state.push(location.filePath, location.line, location.column, location.endLine, location.endColumn)
}

/** The location written by `pushLocation` at `at`. */
export function readLocation(state: readonly unknown[], at: number, side: Role): FileLocation {
  return {
    filePath: state[at] as string,
    side,
    line: state[at + 1] as number,
    column: state[at + 2] as number,
    endLine: state[at + 3] as number,
    endColumn: state[at + 4] as number
  }
}

/** Strings shorter than this are shared; longer ones are rarely repeated (texts, not names or paths). */
const maxInternedLength = 256
/** Distinct strings kept; past this the table starts again, which costs sharing, never correctness. */
const maxInterned = 100_000

/**
 * One shared copy of each short string. Worker threads send states by
 * structured clone, which copies every string; a corpus of one file would
 * otherwise hold its path once per unit.
 */
export class StringPool {
  readonly #strings = new Map<string, string>()

  intern(text: string): string {
    if (text.length > maxInternedLength) return text
    const known = this.#strings.get(text)
    if (known !== undefined) return known
    if (this.#strings.size >= maxInterned) this.#strings.clear()
    const copy = detached(text)
    this.#strings.set(copy, copy)
    return copy
  }

  /** Share the strings among the top-level slots of a flat state (other states are left as they are). */
  internState(state: unknown): void {
    if (!Array.isArray(state)) return
    for (let index = 0; index < state.length; index++) {
      const value: unknown = state[index]
      if (typeof value === 'string') state[index] = this.intern(value)
    }
  }
}

/** A growable column of 32-bit integers: four bytes a row where an array of numbers takes eight or more. */
export class IntColumn {
  #data: Int32Array
  #length = 0

  /** `capacity`: the rows expected (a `finalize` knows how many states it reads), so that the column never grows by copying. */
  constructor(capacity = 1024) {
    this.#data = new Int32Array(Math.max(1, capacity))
  }

  get length(): number {
    return this.#length
  }

  push(value: number): void {
    if (this.#length === this.#data.length) {
      const grown = new Int32Array(this.#data.length * 2)
      grown.set(this.#data)
      this.#data = grown
    }
    this.#data[this.#length++] = value
  }

  at(row: number): number {
    return this.#data[row]
  }

  /** The rows as a typed array (a view: valid until the next `push`). */
  view(): Int32Array {
    return this.#data.subarray(0, this.#length)
  }
}
