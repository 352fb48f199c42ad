// Streamed reading of a UTF-8 file: decoded chunks, or lines with their file
// offsets, so that a file of any size is read with memory bounded by its
// longest line.

import {createReadStream} from 'node:fs'
import type {SourceFile} from '../../engine/types.js'
import {firstInvalidUtf8, InputError} from '../source-file.js'

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

/** Texts already in memory by path: the fix loop's fixed texts, read instead of the disk. */
export type TextCache = ReadonlyMap<string, SourceFile>

/**
 * The decoded text of a file in chunks. Invalid UTF-8 and NUL bytes (a
 * binary file) raise an `InputError`; `where` says where the text read so far ends.
 */
export async function* readChunks(filePath: string, where: () => {line: number; column: number}, cache?: TextCache): AsyncGenerator<string> {
  const cached = cache?.get(filePath)
  if (cached) {
    for (let start = 0; start < cached.text.length; start += chunkSize) yield cached.text.slice(start, start + chunkSize)
    return
  }
  // ignoreBOM: false (the default) drops a leading BOM, as `readSourceFile` does.
  const decoder = new TextDecoder('utf-8', {fatal: true})
  let byteOffset = 0
  for await (const bytes of createReadStream(filePath, {highWaterMark: chunkSize}) as AsyncIterable<Buffer>) {
    const nul = bytes.indexOf(0)
    if (nul !== -1) throw new FileReadError(`Binary file (NUL byte at offset ${byteOffset + nul}); not a text corpus`, where(), filePath)
    let text: string
    try {
      text = decoder.decode(bytes, {stream: true})
    } catch {
      // Hand on the valid text before the bad byte, so the error stands at its line and column.
      const bad = firstInvalidUtf8(bytes)
      const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad))
      if (before) yield before
      throw new FileReadError(`Invalid UTF-8 at byte offset ${byteOffset + bad}; the rest of the file is not read`, where(), filePath)
    }
    byteOffset += bytes.length
    if (text) yield text
  }
  try {
    const rest = decoder.decode()
    if (rest) yield rest
  } catch {
    throw new FileReadError('Invalid UTF-8 at the end of the file (a truncated character)', where(), filePath)
  }
}

const lineBreak = /\r\n|\r|\n/g

/** The lines of a file, streamed. */
export async function* readLines(filePath: string, cache?: TextCache, limit = maxLineLength): AsyncGenerator<TextLine> {
  let pending = ''
  let start = 0
  let number = 1
  /** Characters of the current line already dropped because it is too long. */
  let dropped = 0
  const where = () => ({line: number, column: dropped + pending.length + 1})
  const lineOf = (text: string, ending: string): TextLine =>
    dropped > 0 ? {text: '', start, number, ending, tooLong: true} : {text, start, number, ending}
  for await (const chunk of readChunks(filePath, where, cache)) {
    pending += chunk
    let from = 0
    // A regex of its own: this generator pauses at each line while others (the partner file's) run.
    const breaks = new RegExp(lineBreak)
    let match: RegExpExecArray | null
    while ((match = breaks.exec(pending))) {
      // A CR at the end of the text read so far may be the first half of CRLF.
      if (match[0] === '\r' && match.index === pending.length - 1) break
      const text = pending.slice(from, match.index)
      yield lineOf(text, match[0])
      start += dropped + text.length + match[0].length
      dropped = 0
      number++
      from = match.index + match[0].length
    }
    pending = pending.slice(from)
    if (pending.length > limit) {
      // Keep the last character: it may be a CR whose LF comes next.
      dropped += pending.length - 1
      pending = pending.slice(-1)
    }
  }
  if (pending.length > 0 || dropped > 0) {
    const ending = pending.endsWith('\r') ? '\r' : ''
    yield lineOf(pending.slice(0, pending.length - ending.length), ending)
  }
}
