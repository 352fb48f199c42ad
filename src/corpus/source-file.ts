// A file as the user sees it: decoded text, line starts, and positions.

import {readFile} from 'node:fs/promises'
import type {Position, SourceFile} from '../engine/types.js'

const lineBreak = /\r\n|\r|\n/g

/** Offsets at which each line of `text` starts (CRLF, CR and LF all end a line). */
export function lineStartsOf(text: string): number[] {
  const starts = [0]
  lineBreak.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = lineBreak.exec(text))) starts.push(match.index + match[0].length)
  return starts
}

export function createSourceFile(path: string, raw: string): SourceFile {
  const bom = raw.charCodeAt(0) === 0xfeff
  const text = bom ? raw.slice(1) : raw
  return {path, text, bom, lineStarts: lineStartsOf(text)}
}

/** The 1-based line and UTF-16 column of a file offset. */
export function positionAt(file: SourceFile, offset: number): Position {
  const starts = file.lineStarts
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return {line: low + 1, column: offset - starts[low] + 1}
}

export class InputError extends Error {
  constructor(
    message: string,
    readonly position?: Position
  ) {
    super(message)
  }
}

const utf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Read and decode a file as UTF-8. Invalid UTF-8 and binary content (NUL
 * bytes) raise an `InputError` at their position, so the file gets one clear
 * message and the run goes on.
 */
export async function readSourceFile(path: string): Promise<SourceFile> {
  const bytes = await readFile(path)
  const nul = bytes.indexOf(0)
  if (nul !== -1) throw new InputError(`Binary file (NUL byte at offset ${nul}); not a text corpus`)
  let raw: string
  try {
    raw = utf8.decode(bytes)
  } catch {
    const offset = firstInvalidUtf8(bytes)
    throw new InputError(`Invalid UTF-8 at byte offset ${offset}`)
  }
  return createSourceFile(path, raw)
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0
  let high = bytes.length
  // The longest valid prefix: decoding is monotone in the prefix length,
  // apart from a sequence cut at the end, which at most 3 bytes fix.
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (decodes(bytes.subarray(0, middle))) low = middle
    else high = middle - 1
  }
  return low
}

function decodes(bytes: Uint8Array): boolean {
  for (let cut = 0; cut <= 3 && cut <= bytes.length; cut++) {
    try {
      utf8.decode(bytes.subarray(0, bytes.length - cut))
      return true
    } catch {
      // Try a shorter prefix: the end may be a sequence cut in half.
    }
  }
  return false
}
