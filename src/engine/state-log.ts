// The states of a corpus-wide rule, in corpus order, for `finalize`. A
// state is kept for every unit (1.4 million per GB of TSV), so past a
// threshold (a count of states, or of their slots) the log moves them to a
// temporary file, a JSON array per line (the states of one task: one call to
// write and one to parse, not one per state), and `finalize` reads them back
// as often as it iterates: memory stays flat however large the corpus. States
// are JSON by the rule contract (shard reports carry them too), so nothing is
// lost on the way.

import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {onInterrupt} from './interrupt.js'

/** What `finalize` gets: the states in corpus order, to iterate once or several times. */
export interface StateSequence extends Iterable<unknown> {
  readonly length: number
}

/**
 * States kept in memory before the log moves to disk (`BILINT_STATES_IN_MEMORY`
 * tunes it, for tests). The log also moves once its states hold 16 slots a
 * state on average (the items of an array state, 1 for any other; 400,000 by
 * default): a segment's state has 2 to 15 (name-consistency, duplicate-unit,
 * length-ratio), a document's can have hundreds (name-consistency keeps 8 per
 * distinct name), and 7,770 documents of 300 MB held 18 MB of them.
 */
export function statesInMemory(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.BILINT_STATES_IN_MEMORY)
  return Number.isInteger(value) && value >= 0 ? value : 25_000
}

/** Slots per state, on average, that the log keeps in memory (see `statesInMemory`). */
const slotsPerState = 16

const blockBytes = 1 << 20
const LF = 0x0a
/** States per line when the states kept in memory move to disk. */
const spillBatch = 4096
/** Logs with a file, removed at exit if the run ends before `finalize` (an error, a shard, Ctrl-C). */
const open = new Set<StateLog>()
let hooksInstalled = false

function disposeAll(): void {
  for (const log of open) log.dispose()
}

/** On the first file: remove the files at exit and on an interrupt (a large corpus's states can be gigabytes). */
function installHooks(): void {
  if (hooksInstalled) return
  hooksInstalled = true
  process.once('exit', disposeAll)
  onInterrupt(disposeAll)
}

export class StateLog implements StateSequence {
  #memory: unknown[] = []
  #slots = 0
  #length = 0
  #file?: {folder: string; fd: number}
  #pending: string[] = []
  #pendingLength = 0

  constructor(private readonly limit = statesInMemory()) {}

  get length(): number {
    return this.#length
  }

  /** Whether the states are in a file (for tests and `--stats`). */
  get onDisk(): boolean {
    return this.#file !== undefined
  }

  add(state: unknown): void {
    this.addAll([state])
  }

  /** Add states in order: on disk, as one line (a task's states), written and read back in one call each. */
  addAll(states: readonly unknown[]): void {
    if (states.length === 0) return
    this.#length += states.length
    if (this.#file) return this.#write(states)
    for (const state of states) {
      this.#memory.push(state)
      this.#slots += Array.isArray(state) ? state.length : 1
    }
    if (this.#memory.length > this.limit || this.#slots > this.limit * slotsPerState) this.#spill()
  }

  *[Symbol.iterator](): Iterator<unknown> {
    if (!this.#file) {
      yield* this.#memory
      return
    }
    this.#flush()
    const {fd} = this.#file
    // Whole lines of each read, parsed as one array of batches: a
    // StringDecoder and a parse per line cost four times as much.
    let block = Buffer.allocUnsafe(blockBytes)
    let filled = 0
    for (let position = 0, read = 0; ; position += read) {
      // A line longer than the block (a task of many states): grow it.
      if (filled === block.length) block = Buffer.concat([block, Buffer.allocUnsafe(block.length)])
      read = readSync(fd, block, filled, block.length - filled, position)
      if (read === 0) break
      filled += read
      const end = block.lastIndexOf(LF, filled - 1) + 1
      if (end === 0) continue
      // Lines end at an LF, an ASCII byte: never inside a character, nor inside JSON text.
      const batches = JSON.parse(`[${block.toString('utf8', 0, end - 1).replaceAll('\n', ',')}]`) as unknown[][]
      block.copy(block, 0, end, filled)
      filled -= end
      for (const batch of batches) yield* batch
    }
  }

  /** Remove the file, if any. The log is empty afterwards. */
  dispose(): void {
    if (this.#file) {
      closeSync(this.#file.fd)
      rmSync(this.#file.folder, {recursive: true, force: true})
      open.delete(this)
    }
    this.#file = undefined
    this.#memory = []
    this.#slots = 0
    this.#pending = []
    this.#length = 0
  }

  #spill(): void {
    // The handlers before the folder: a signal between the two would leave it behind.
    installHooks()
    const folder = mkdtempSync(path.join(tmpdir(), 'bilint-states-'))
    this.#file = {folder, fd: openSync(path.join(folder, 'states.jsonl'), 'w+')}
    open.add(this)
    for (let start = 0; start < this.#memory.length; start += spillBatch) this.#write(this.#memory.slice(start, start + spillBatch))
    this.#memory = []
    this.#slots = 0
  }

  /** One line: a JSON array of states (an `undefined` state reads back as `null`, as in a shard report). */
  #write(states: readonly unknown[]): void {
    const line = `${JSON.stringify(states)}\n`
    this.#pending.push(line)
    this.#pendingLength += line.length
    if (this.#pendingLength >= blockBytes / 2) this.#flush()
  }

  #flush(): void {
    if (!this.#file || this.#pending.length === 0) return
    const text = this.#pending.join('')
    this.#pending = []
    this.#pendingLength = 0
    writeSync(this.#file.fd, text)
  }
}
