// Chunks of large segment files: a TSV, PO or JSONL file is cut into byte
// ranges that start at a record boundary, so that worker threads
// (`--concurrency`) and shards (`--shard i/n`) can read its parts on their
// own. Each chunk carries the line number and decoded offset where it starts,
// so its messages, positions and fix ranges are those of a whole-file read.
//
// The cut points depend only on the file's bytes and the chunk size, never on
// the number of threads or shards: every shard of a CI matrix plans the same
// chunks. Written by hand because the cut must follow each format's record
// boundary, and no library plans byte ranges of line-based files.

import {isUtf8} from 'node:buffer'
import {open} from 'node:fs/promises'
import type {Input} from './layout.js'
import type {FileRange} from './formats/lines.js'

export interface Chunk extends FileRange {
  /** 0-based position among the file's chunks. */
  index: number
  count: number
}

/** Bytes per chunk: big enough that a chunk's fixed cost is small, small enough to balance two to eight threads. */
export const defaultChunkBytes = 1024 * 1024

const blockBytes = 1 << 20
const LF = 0x0a
const CR = 0x0d

/** Formats whose records can be read from any record boundary on; XML and Moses pairs are read whole. */
const chunkable = new Set(['tsv', 'jsonl', 'po'])

/** A file in a legacy encoding (`encoding` in the config) is read whole: the scan below reads UTF-8. */
export function isChunkable(input: Input): input is Extract<Input, {layout: 'segment'}> {
  return input.layout === 'segment' && chunkable.has(input.format.name) && input.encodings === undefined
}

/** The chunk size in bytes: `BILINT_CHUNK_BYTES` (to tune or test it), or the default. */
export function chunkBytesSetting(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.BILINT_CHUNK_BYTES)
  return Number.isInteger(value) && value > 0 ? value : defaultChunkBytes
}

/**
 * Where a line that ends with the LF at `index` may be cut after: any line for
 * line formats; for PO, only an empty line, since an entry ends there and
 * the reader starts afresh after it.
 */
function isBoundary(format: string, before1: number, before2: number): boolean {
  if (format !== 'po') return true
  return before1 === LF || (before1 === CR && before2 === LF)
}

interface Scan {
  /** Line breaks seen: LF, CRLF (once) and lone CR, as `readLines` counts them. */
  breaks: number
  /** UTF-16 code units decoded so far (a leading BOM excluded, as the readers do). */
  units: number
  /** The last two bytes seen, newest first, across blocks. */
  last1: number
  last2: number
}

/** Count the lone CRs of `block[from, to)`: a CR not followed by LF ends a line too. */
function loneCarriageReturns(block: Buffer, from: number, to: number, next: number): number {
  let count = 0
  for (let at = block.indexOf(CR, from); at !== -1 && at < to; at = block.indexOf(CR, at + 1)) {
    const following = at + 1 < to ? block[at + 1] : next
    if (following !== LF) count++
  }
  return count
}

/**
 * The chunks of an input, or undefined when it is read whole: not a
 * chunkable format, not much larger than one chunk, or not plain UTF-8 (a
 * UTF-16 BOM, a NUL byte or an invalid sequence: the whole-file reader
 * reports those, and stops where a whole read stops).
 */
export async function planChunks(input: Input, chunkBytes: number): Promise<Chunk[] | undefined> {
  if (!isChunkable(input)) return undefined
  let handle
  try {
    handle = await open(input.path, 'r')
  } catch {
    return undefined
  }
  try {
    const {size} = await handle.stat()
    if (size < chunkBytes * 2) return undefined
    const ranges = await cutPoints(handle, size, chunkBytes, input.format.name)
    if (!ranges) return undefined
    return ranges.map((range, index) => ({...range, index, count: ranges.length}))
  } finally {
    await handle.close()
  }
}

type Handle = Awaited<ReturnType<typeof open>>

async function cutPoints(handle: Handle, size: number, chunkBytes: number, format: string): Promise<FileRange[] | undefined> {
  const scan: Scan = {breaks: 0, units: 0, last1: -1, last2: -1}
  const ranges: FileRange[] = []
  let chunkStart = {start: 0, line: 1, offset: 0}
  const block = Buffer.allocUnsafe(blockBytes + 1)
  for (let position = 0; position < size; ) {
    // One byte more than the block, to see whether a CR at its end is followed by LF.
    const {bytesRead} = await handle.read(block, 0, Math.min(blockBytes + 1, size - position), position)
    let length = Math.min(bytesRead, blockBytes)
    if (position === 0 && length >= 2 && ((block[0] === 0xff && block[1] === 0xfe) || (block[0] === 0xfe && block[1] === 0xff))) return undefined
    // Whole characters only: the next block starts at a character the block would cut.
    if (position + length < size) length = wholeCharacters(block, length)
    const bytes = block.subarray(0, length)
    if (length === 0 || bytes.indexOf(0) !== -1 || !isUtf8(bytes)) return undefined
    // The readers' decoder drops a leading BOM: three bytes, one code unit.
    if (position === 0 && length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) scan.units--
    const next = bytesRead > length ? block[length] : -1
    let from = 0
    // Cut after an LF once the chunk is long enough; count code units up to there.
    let target = chunkStart.start + chunkBytes - position
    for (let lf = bytes.indexOf(LF, Math.max(0, target)); target < length && lf !== -1; lf = bytes.indexOf(LF, lf + 1)) {
      const before1 = lf > 0 ? bytes[lf - 1] : scan.last1
      const before2 = lf > 1 ? bytes[lf - 2] : lf === 1 ? scan.last1 : scan.last2
      if (!isBoundary(format, before1, before2)) continue
      scan.units += utf16Length(bytes, from, lf + 1)
      scan.breaks += countLineFeeds(bytes.subarray(from, lf + 1)) + loneCarriageReturns(bytes, from, lf + 1, bytes[lf + 1] ?? next)
      from = lf + 1
      const cut = position + from
      if (cut >= size) break
      ranges.push({...chunkStart, end: cut})
      chunkStart = {start: cut, line: scan.breaks + 1, offset: scan.units}
      target = chunkStart.start + chunkBytes - position
      lf = Math.max(lf, target - 1)
    }
    scan.units += utf16Length(bytes, from, length)
    scan.breaks += countLineFeeds(bytes.subarray(from)) + loneCarriageReturns(bytes, from, length, next)
    scan.last1 = bytes[length - 1]
    scan.last2 = length > 1 ? bytes[length - 2] : scan.last1
    position += length
  }
  ranges.push({...chunkStart, end: size})
  return ranges.length > 1 ? ranges : undefined
}

/**
 * The first `length` bytes of `block` without a character cut at their end
 * (its lead byte and the continuation bytes read so far), so that each block
 * is valid UTF-8 by itself. An invalid tail is kept: `isUtf8` rejects it.
 */
function wholeCharacters(block: Buffer, length: number): number {
  for (let at = length - 1; at >= 0 && at >= length - 4; at--) {
    const byte = block[at]
    if ((byte & 0xc0) === 0x80) continue
    const size = byte < 0xc0 ? 1 : byte < 0xe0 ? 2 : byte < 0xf0 ? 3 : 4
    return at + size > length ? at : length
  }
  return length
}

/**
 * The UTF-16 length of valid UTF-8 bytes `[from, to)`: one code unit per
 * character, that is per byte that is not a continuation byte (10xxxxxx),
 * and two for a character of four bytes (lead 11110xxx: a surrogate pair).
 * Counted four bytes at a time with bit masks: a streaming `TextDecoder`
 * took 10 ns a byte (1 s of a 100 MB file, planned before any thread
 * starts), a loop by byte 3 ns, this 0.7 ns.
 */
function utf16Length(bytes: Buffer, from: number, to: number): number {
  let continuations = 0
  let fourByteLeads = 0
  let at = from
  const countByte = (byte: number): void => {
    if ((byte & 0xc0) === 0x80) continuations++
    else if (byte >= 0xf0) fourByteLeads++
  }
  // Up to an address a Uint32Array can start at.
  while (at < to && ((bytes.byteOffset + at) & 3) !== 0) countByte(bytes[at++])
  const count = (to - at) >> 2
  // (A piece too short to reach such an address has no words.)
  const words = count > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + at, count) : new Uint32Array(0)
  for (let index = 0; index < count; index++) {
    const word = words[index]
    if ((word & 0x80808080) === 0) continue
    // Bit 7 of each byte whose bit 6 is clear (continuations), or whose bits 6, 5 and 4 are set (leads of four).
    continuations += Math.imul((word & ~(word << 1) & 0x80808080) >>> 7, 0x01010101) >>> 24
    fourByteLeads += Math.imul((word & (word << 1) & (word << 2) & (word << 3) & 0x80808080) >>> 7, 0x01010101) >>> 24
  }
  for (at += count << 2; at < to; at++) countByte(bytes[at])
  return to - from - continuations + fourByteLeads
}

function countLineFeeds(bytes: Buffer): number {
  let count = 0
  for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, at + 1)) count++
  return count
}
