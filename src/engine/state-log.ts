// The states of a corpus-wide rule, in corpus order, for `finalize`. A
// state is kept for every unit (1.4 million per GB of TSV), so past a
// threshold the log moves them to a temporary file, one JSON line each, and
// `finalize` reads them back as often as it iterates: memory stays flat
// however large the corpus. States are JSON by the rule contract (shard
// reports carry them too), so nothing is lost on the way.

import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {StringDecoder} from 'node:string_decoder'
import {onInterrupt} from './interrupt.js'

/** What `finalize` gets: the states in corpus order, to iterate once or several times. */
export interface StateSequence extends Iterable<unknown> {
  readonly length: number
}

/** States kept in memory before the log moves to disk (`BILINT_STATES_IN_MEMORY` tunes it, for tests). */
export function statesInMemory(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.BILINT_STATES_IN_MEMORY)
  return Number.isInteger(value) && value >= 0 ? value : 25_000
}

const blockBytes = 1 << 20
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
    this.#length++
    if (this.#file) return this.#write(state)
    this.#memory.push(state)
    if (this.#memory.length > this.limit) this.#spill()
  }

  *[Symbol.iterator](): Iterator<unknown> {
    if (!this.#file) {
      yield* this.#memory
      return
    }
    this.#flush()
    const {fd} = this.#file
    const decoder = new StringDecoder('utf8')
    const block = Buffer.allocUnsafe(blockBytes)
    let rest = ''
    for (let position = 0, read = 0; (read = readSync(fd, block, 0, blockBytes, position)) > 0; position += read) {
      const lines = (rest + decoder.write(block.subarray(0, read))).split('\n')
      rest = lines.pop()!
      for (const line of lines) yield JSON.parse(line)
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
    this.#pending = []
    this.#length = 0
  }

  #spill(): void {
    const folder = mkdtempSync(path.join(tmpdir(), 'bilint-states-'))
    this.#file = {folder, fd: openSync(path.join(folder, 'states.jsonl'), 'w+')}
    open.add(this)
    installHooks()
    for (const state of this.#memory) this.#write(state)
    this.#memory = []
  }

  #write(state: unknown): void {
    const line = `${JSON.stringify(state) ?? 'null'}\n`
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
