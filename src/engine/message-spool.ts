// The messages of a run past a bound (`messagesInMemory`), on disk: a corpus
// of duplicates can have millions of findings, 500 bytes each in memory. The
// spool takes messages in task order, as the run does; each `runLength` of
// them is sorted into report order and written as a run, a file of JSON
// lines with a byte range per linted file. A file's messages are its ranges
// in every run, merged at each reading; the spool keeps their counts, not
// them. Every 64 runs of a size are merged into one (as a log-structured
// merge tree does), so a reading merges a few dozen ranges however many
// findings there are. Report order is `createResult`'s: by line, column,
// rule and message, and for messages equal in those, the order they came in
// (their arrival number).

import path from 'node:path'
import {JsonLines} from './json-lines.js'
import {type MessageList, messageList} from './message-list.js'
import {compareMessages, countMessage, type Totals, zeroCounts} from './results.js'
import {type TempFolder, tempFolder} from './temp-folder.js'
import type {LintMessage} from './types.js'

/** Messages kept in memory before the run spools them (`BILINT_MESSAGES_IN_MEMORY` sets it, for tests). */
export function messagesInMemory(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.BILINT_MESSAGES_IN_MEMORY)
  return env.BILINT_MESSAGES_IN_MEMORY !== undefined && Number.isInteger(value) && value >= 0 ? value : 100_000
}

/** A spooled message and its arrival number. */
type Entry = [arrival: number, message: LintMessage]

/** Runs of one size merged into one of the next. */
const fanIn = 64
/** Bytes a range's reader reads at a time when ranges are merged: several are read side by side. */
const mergeReadBytes = 1 << 16

interface Run {
  lines: JsonLines
  /** 0 for a run of messages from memory, n + 1 for a merge of runs of level n. */
  level: number
}

interface Range {
  run: Run
  start: number
  end: number
}

interface SpooledFile {
  ranges: Range[]
  counts: Totals & {length: number}
}

const byArrival = (a: Entry, b: Entry) => compareMessages(a[1], b[1]) || a[0] - b[0]

export class MessageSpool {
  readonly #folder: TempFolder
  readonly #files = new Map<string, SpooledFile>()
  #runs: Run[] = []
  #runsMade = 0
  #buffer: Array<[filePath: string, entry: Entry]> = []
  #arrivals = 0

  constructor(private readonly runLength: number) {
    this.#folder = tempFolder('bilint-messages-')
  }

  /** Add a message of `filePath`, after every message added before. */
  add(filePath: string, message: LintMessage): void {
    let file = this.#files.get(filePath)
    if (!file) this.#files.set(filePath, (file = {ranges: [], counts: {...zeroCounts(), length: 0}}))
    countMessage(file.counts, message)
    file.counts.length++
    this.#buffer.push([filePath, [this.#arrivals++, message]])
    if (this.#buffer.length >= Math.max(1, this.runLength)) this.#writeRun()
  }

  /** Write the messages still in memory; add nothing afterwards. */
  finish(): void {
    this.#writeRun()
  }

  /** A file's messages in report order, read at each iteration, and their counts; undefined for a file without any. */
  file(filePath: string): {messages: MessageList; counts: Totals} | undefined {
    const file = this.#files.get(filePath)
    if (!file) return undefined
    return {messages: messageList(file.counts.length, () => entryMessages(merged(file.ranges))), counts: file.counts}
  }

  dispose(): void {
    for (const run of this.#runs) run.lines.close()
    this.#runs = []
    this.#buffer = []
    this.#folder.remove()
  }

  #newRun(level: number): Run {
    const run = {lines: new JsonLines(path.join(this.#folder.path, `run-${this.#runsMade++}.jsonl`)), level}
    this.#runs.push(run)
    return run
  }

  /** Sort what is in memory into report order, and write it as a run: each file's entries one range. */
  #writeRun(): void {
    if (this.#buffer.length === 0) return
    // As `Array.prototype.sort` orders the report's paths: by UTF-16 code units.
    this.#buffer.sort(([pathA, a], [pathB, b]) => (pathA === pathB ? byArrival(a, b) : pathA < pathB ? -1 : 1))
    const run = this.#newRun(0)
    let start = 0
    for (let at = 0; at < this.#buffer.length; ) {
      const filePath = this.#buffer[at][0]
      for (; at < this.#buffer.length && this.#buffer[at][0] === filePath; at++) run.lines.append(this.#buffer[at][1])
      const end = run.lines.size
      this.#files.get(filePath)!.ranges.push({run, start, end})
      start = end
    }
    this.#buffer = []
    this.#compact()
  }

  /** While the last `fanIn` runs are of one level, merge them into one run of the next. */
  #compact(): void {
    for (;;) {
      const group = this.#runs.slice(-fanIn)
      if (group.length < fanIn || group.some((run) => run.level !== group[0].level)) return
      this.#runs = this.#runs.slice(0, -fanIn)
      const inGroup = new Set(group)
      const run = this.#newRun(group[0].level + 1)
      for (const file of this.#files.values()) {
        const merging = file.ranges.filter((range) => inGroup.has(range.run))
        if (merging.length === 0) continue
        const start = run.lines.size
        for (const entry of merged(merging)) run.lines.append(entry)
        file.ranges = [...file.ranges.filter((range) => !inGroup.has(range.run)), {run, start, end: run.lines.size}]
      }
      for (const old of group) old.lines.remove()
    }
  }
}

function* entryMessages(entries: Iterable<Entry>): Generator<LintMessage> {
  for (const entry of entries) yield entry[1]
}

/** The entries of ranges (each in report order), merged by a heap of each range's next entry. */
function* merged(ranges: readonly Range[]): Generator<Entry> {
  const readers = ranges.map(({run, start, end}) => run.lines.read(start, end, mergeReadBytes) as Generator<Entry>)
  if (readers.length === 1) {
    yield* readers[0]
    return
  }
  const heap = new EntryHeap(byArrival)
  readers.forEach((reader, run) => {
    const first = reader.next()
    if (!first.done) heap.push({entry: first.value, run})
  })
  for (let head = heap.pop(); head; head = heap.pop()) {
    yield head.entry
    const next = readers[head.run].next()
    if (!next.done) heap.push({entry: next.value, run: head.run})
  }
}

interface Head {
  entry: Entry
  run: number
}

/** A binary min-heap of the runs' next entries, for the merge. */
class EntryHeap {
  readonly #items: Head[] = []

  constructor(private readonly compare: (a: Entry, b: Entry) => number) {}

  push(item: Head): void {
    const items = this.#items
    let at = items.push(item) - 1
    while (at > 0) {
      const parent = (at - 1) >> 1
      if (this.compare(items[parent].entry, item.entry) <= 0) break
      items[at] = items[parent]
      at = parent
    }
    items[at] = item
  }

  pop(): Head | undefined {
    const items = this.#items
    const top = items[0]
    const last = items.pop()
    if (items.length === 0 || last === undefined) return top
    let at = 0
    for (;;) {
      let child = 2 * at + 1
      if (child >= items.length) break
      if (child + 1 < items.length && this.compare(items[child + 1].entry, items[child].entry) < 0) child++
      if (this.compare(last.entry, items[child].entry) <= 0) break
      items[at] = items[child]
      at = child
    }
    items[at] = last
    return top
  }
}
