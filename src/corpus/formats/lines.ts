// Streamed reading of a text file (UTF-8, UTF-16 by its BOM, or the config's
// encoding; see `../chunk-decoder.ts`): decoded chunks, or lines with their file
// offsets, so that a file of any size is read with memory bounded by its
// longest line.

import {createReadStream} from 'node:fs'
import type {SourceFile} from '../../engine/types.js'
import {ChunkDecoder, UndecodableBytes} from '../chunk-decoder.js'
import {InputError} from '../source-file.js'

/** A line of a file: its text without the line break, where it starts, and its 1-based number. */
export interface TextLine {
  text: string
  /** Offset of the line in the file's decoded text (UTF-16 code units, BOM excluded). */
  start: number
  number: number
  /** The line break that ends it (`\n`, `\r\n`, `\r`, or `` at the end of the file). */
  ending: string
  /** The line was longer than the limit; its text is dropped. */
  tooLong?: true
}

/** Lines longer than this are skipped with a message, so one runaway line cannot exhaust memory. */
export const maxLineLength = 64 * 1024 * 1024

const chunkSize = 1 << 16

/** A file that cannot be decoded, naming the file: a Moses pair reads two. */
export class FileReadError extends InputError {
  constructor(
    message: string,
    position: {line: number; column: number},
    readonly filePath: string
  ) {
    super(message, position)
  }
}

/**
 * A part of a file read on its own (a chunk of a large segment file, see
 * `src/corpus/chunks.ts`): bytes `[start, end)`, which begin at a line start,
 * with the line number and decoded offset (UTF-16 code units) found there.
 */
export interface FileRange {
  start: number
  end: number
  line: number
  offset: number
}

/**
 * Where a reader gets a file's text: texts already in memory by path (the fix
 * loop's fixed texts, read instead of the disk), and the config's `encoding`
 * of each file on disk (UTF-8 when absent). A `Map` of texts is one.
 */
export interface TextCache {
  get(filePath: string): SourceFile | undefined
  encodingOf?(filePath: string): string | undefined
}

/**
 * The decoded text of a file in chunks. Bytes that do not decode and NUL
 * bytes outside UTF-16 (a binary file) raise an `InputError`; `where` says where the text read so far ends.
 */
export async function* readChunks(filePath: string, where: () => {line: number; column: number}, cache?: TextCache, range?: FileRange): AsyncGenerator<string> {
  const cached = range ? undefined : cache?.get(filePath)
  if (cached) {
    for (let start = 0; start < cached.text.length; start += chunkSize) yield cached.text.slice(start, start + chunkSize)
    return
  }
  // A range starts mid-file: a U+FEFF there is text, not a BOM.
  const decoder = new ChunkDecoder({encoding: cache?.encodingOf?.(filePath), byteOffset: range?.start ?? 0})
  const stream = createReadStream(filePath, range ? {highWaterMark: chunkSize, start: range.start, end: range.end - 1} : {highWaterMark: chunkSize})
  try {
    for await (const bytes of stream as AsyncIterable<Buffer>) {
      const text = decoder.decode(bytes)
      if (text) yield text
    }
    const rest = decoder.end()
    if (rest) yield rest
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code) throw new FileReadError(`Cannot read file (${code})`, where(), filePath)
    if (!(error instanceof UndecodableBytes)) throw error
    // The valid text before the bad byte first, so the error stands at its line and column.
    if (error.before) yield error.before
    throw new FileReadError(error.message, where(), filePath)
  }
}

const lineBreak = /\r\n|\r|\n/g

/** The lines of a file, streamed. */
export async function* readLines(filePath: string, cache?: TextCache, limit = maxLineLength, range?: FileRange): AsyncGenerator<TextLine> {
  let pending = ''
  let start = range?.offset ?? 0
  let number = range?.line ?? 1
  /** Characters of the current line already dropped because it is too long. */
  let dropped = 0
  /** The text read so far ends with a CR, which may be the first half of a CRLF split across chunks. */
  let pendingCR = false
  // After a CR, what comes next (a bad byte, a NUL) is no LF: the CR ended the line.
  const where = () => (pendingCR ? {line: number + 1, column: 1} : {line: number, column: dropped + pending.length + 1})
  const lineOf = (text: string, ending: string): TextLine =>
    dropped > 0 ? {text: '', start, number, ending, tooLong: true} : {text, start, number, ending}
  const endLine = (text: string, ending: string): TextLine => {
    const line = lineOf(text, ending)
    start += dropped + text.length + ending.length
    dropped = 0
    number++
    pending = ''
    return line
  }
  for await (const chunk of readChunks(filePath, where, cache, range)) {
    // Only the new chunk is searched, and the line read so far grows by `+=`
    // (a rope, never searched): a line of any length is copied once, not once a chunk.
    let from = 0
    if (pendingCR) {
      pendingCR = false
      const ending = chunk.startsWith('\n') ? '\r\n' : '\r'
      yield endLine(pending, ending)
      from = ending.length - 1
    }
    // A regex of its own: this generator pauses at each line while others (the partner file's) run.
    const breaks = new RegExp(lineBreak)
    breaks.lastIndex = from
    let match: RegExpExecArray | null
    while ((match = breaks.exec(chunk))) {
      const text = pending + chunk.slice(from, match.index)
      from = match.index + match[0].length
      if (match[0] === '\r' && from === chunk.length) {
        pending = text
        pendingCR = true
        break
      }
      yield endLine(text, match[0])
    }
    if (from < chunk.length) pending += chunk.slice(from)
    if (pending.length > limit) {
      dropped += pending.length
      pending = ''
    }
  }
  if (pendingCR) yield endLine(pending, '\r')
  else if (pending.length > 0 || dropped > 0) yield endLine(pending, '')
}
