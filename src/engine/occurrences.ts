// How many times each key came before it, for a sequence of keys too long to
// keep a set of: the fingerprints of millions of findings must be unique
// (GitLab collapses equal ones), so the n-th repeat of a finding's key gets
// a salt n. A first pass writes each key with its position to one of a few
// bucket files by its hash, so equal keys meet in one bucket; a bucket is
// then read with a map of its own keys only, and the repeats are written,
// in order, to a file per bucket; the second pass over the same keys reads
// the next repeat of the key's bucket. Memory: a bucket's distinct keys.

import {closeSync, openSync, readSync, rmSync, writeSync} from 'node:fs'
import path from 'node:path'
import {tempFolder} from './temp-folder.js'

/** Keys are 16 bytes (a truncated hash): the first four pick the bucket. */
export const keyBytes = 16
const recordBytes = keyBytes + 4
/** Keys per bucket, on average. */
const bucketKeys = 1 << 16
const writeBytes = 1 << 16
const readBytes = 1 << 13

/** A file of fixed-size records, written and read in blocks. */
class RecordFile {
  readonly #fd: number
  #buffer = Buffer.allocUnsafe(writeBytes)
  #filled = 0
  #readAt = 0
  #readEnd = 0

  constructor(readonly filePath: string) {
    this.#fd = openSync(filePath, 'w+')
  }

  /** Room for `bytes` more in the write buffer. */
  room(bytes: number): Buffer {
    if (this.#filled + bytes > this.#buffer.length) this.flush()
    const at = this.#filled
    this.#filled += bytes
    return this.#buffer.subarray(at, at + bytes)
  }

  flush(): void {
    for (let written = 0; written < this.#filled; ) written += writeSync(this.#fd, this.#buffer, written, this.#filled - written)
    this.#filled = 0
  }

  /** The records of `size` bytes, in order, read one block at a time (a view, valid until the next call). */
  *records(size: number): Generator<Buffer> {
    this.flush()
    const block = Buffer.allocUnsafe(Math.floor(readBytes / size) * size)
    for (let position = 0; ; ) {
      let filled = 0
      for (let read = -1; filled < block.length && read !== 0; filled += read) read = readSync(this.#fd, block, filled, block.length - filled, position + filled)
      if (filled === 0) return
      position += filled
      for (let at = 0; at + size <= filled; at += size) yield block.subarray(at, at + size)
    }
  }

  close(): void {
    closeSync(this.#fd)
    rmSync(this.filePath, {force: true})
  }
}

export interface OccurrenceCounter {
  /** How many times `key` came before, for the keys in the order `count` had them. */
  next(key: Buffer): number
  dispose(): void
}

/** Count the repeats of `keys` (`total` of them) on disk; ask with the same keys in the same order. */
export function countOccurrences(keys: Iterable<Buffer>, total: number): OccurrenceCounter {
  const buckets = Math.max(1, Math.ceil(total / bucketKeys))
  const folder = tempFolder('bilint-repeats-')
  const bucketOf = (key: Buffer) => key.readUInt32BE(0) % buckets
  const files = Array.from({length: buckets}, (_, bucket) => new RecordFile(path.join(folder.path, `keys-${bucket}`)))
  let position = 0
  for (const key of keys) {
    const record = files[bucketOf(key)].room(recordBytes)
    key.copy(record, 0, 0, keyBytes)
    record.writeUInt32BE(position++, keyBytes)
  }
  // Each bucket's repeats: [position, how many times its key came before], in order.
  const repeats = files.map((file, bucket) => {
    const found = new RecordFile(path.join(folder.path, `repeats-${bucket}`))
    const seen = new Map<string, number>()
    for (const record of file.records(recordBytes)) {
      const key = record.toString('latin1', 0, keyBytes)
      const before = seen.get(key) ?? 0
      seen.set(key, before + 1)
      if (before === 0) continue
      const entry = found.room(8)
      entry.writeUInt32BE(record.readUInt32BE(keyBytes), 0)
      entry.writeUInt32BE(before, 4)
    }
    file.close()
    found.flush()
    return found
  })
  const readers = repeats.map((file) => file.records(8))
  const heads = readers.map((reader) => reader.next().value as Buffer | undefined)
  let asked = 0
  return {
    next(key) {
      const bucket = bucketOf(key)
      const head = heads[bucket]
      const position = asked++
      if (!head || head.readUInt32BE(0) !== position) return 0
      const before = head.readUInt32BE(4)
      heads[bucket] = readers[bucket].next().value as Buffer | undefined
      return before
    },
    dispose() {
      for (const file of repeats) file.close()
      folder.remove()
    }
  }
}
