// A file as the user sees it: decoded text, line starts, and positions.

import type {Position, Role, Side, SourceFile, TextEncoding} from '../engine/types.js'
import type {ProtectSetting} from '../text/lexical/syntaxes.js'
import {createSide} from '../text/side.js'
import {defaultEncoding, encodingName, fileEncoding, firstUndecodable, isUtf16} from './encoding.js'
import {irregularFileMessage, readStamped} from './file-stamp.js'

const lineBreak = /\r\n|\r|\n/g

/** Offsets at which each line of `text` starts (CRLF, CR and LF all end a line). */
export function lineStartsOf(text: string): number[] {
  const starts = [0]
  lineBreak.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = lineBreak.exec(text))) starts.push(match.index + match[0].length)
  return starts
}

export function createSourceFile(path: string, raw: string, encoding: TextEncoding = 'utf-8'): SourceFile {
  const bom = raw.charCodeAt(0) === 0xfeff
  const text = bom ? raw.slice(1) : raw
  return {path, text, bom, encoding, lineStarts: lineStartsOf(text)}
}

/** Where the lines of a region of a file start: `starts[0]` is the start of line `firstLine`. */
export interface LineIndex {
  firstLine: number
  starts: readonly number[]
}

/** The 1-based line and UTF-16 column of a file offset, by binary search in the line starts. */
export function positionIn(lines: LineIndex, fileOffset: number): Position {
  const starts = lines.starts
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle] <= fileOffset) low = middle
    else high = middle - 1
  }
  return {line: lines.firstLine + low, column: fileOffset - starts[low] + 1}
}

/** The 1-based line and UTF-16 column of an offset in a whole file. */
export function positionAt(file: SourceFile, offset: number): Position {
  return positionIn({firstLine: 1, starts: file.lineStarts}, offset)
}

/** A side that is the slice `[start, end)` of a plain-text file, with `protect`'s spans masked. */
export function sliceSide(role: Role, lang: string, file: SourceFile, protect?: ProtectSetting, start = 0, end = file.text.length): Side {
  return createSide({
    role,
    lang,
    filePath: file.path,
    text: file.text.slice(start, end),
    toFileOffset: (offset) => start + offset,
    position: (offset) => positionAt(file, start + offset),
    protect
  })
}

export class InputError extends Error {
  constructor(
    message: string,
    readonly position?: Position
  ) {
    super(message)
  }
}

// ignoreBOM keeps a BOM in the text, so that createSourceFile records it and --fix writes it back.
const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** Decode UTF-16 with its BOM; an unpaired surrogate is reported at its byte offset. */
function decodeUtf16(path: string, bytes: Uint8Array, encoding: TextEncoding): SourceFile {
  try {
    return createSourceFile(path, new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes), encoding)
  } catch {
    throw new InputError(`Invalid ${encodingName(encoding)} (an odd byte count or an unpaired surrogate)`)
  }
}

/** Decode a legacy encoding the config names (`windows-1256`); a byte it leaves undefined is reported at its offset. */
function decodeLegacy(path: string, bytes: Uint8Array, encoding: TextEncoding): SourceFile {
  try {
    return createSourceFile(path, new TextDecoder(encoding, {fatal: true}).decode(bytes), encoding)
  } catch {
    const offset = firstUndecodable(bytes, encoding)
    throw new InputError(offset < bytes.length ? `Invalid ${encoding} at byte offset ${offset}` : `Invalid ${encoding} at the end of the file (a truncated character)`)
  }
}

/**
 * Read and decode a file: UTF-8 or UTF-16 when a byte order mark says so,
 * else `encoding` (the config's, UTF-8 by default). Bytes that do not decode
 * and binary content (NUL bytes outside UTF-16) raise an `InputError` at
 * their position, so the file gets one clear message and the run goes on;
 * so does a file that is not a regular one (a FIFO). The file's stamp is
 * kept for `--fix`.
 */
export async function readSourceFile(path: string, encoding: TextEncoding = defaultEncoding): Promise<SourceFile> {
  const read = await readStamped(path)
  if ('irregular' in read) throw new InputError(irregularFileMessage(read.irregular))
  return {...decodeSourceFile(path, read.bytes, encoding), stamp: read.stamp}
}

function decodeSourceFile(path: string, bytes: Uint8Array, encoding: TextEncoding): SourceFile {
  const detected = fileEncoding(bytes, encoding)
  if (isUtf16(detected)) return decodeUtf16(path, bytes, detected)
  const nul = bytes.indexOf(0)
  if (nul !== -1) throw new InputError(`Binary file (NUL byte at offset ${nul}); not a text corpus`)
  if (detected !== 'utf-8') return decodeLegacy(path, bytes, detected)
  let raw: string
  try {
    raw = utf8.decode(bytes)
  } catch {
    const offset = firstInvalidUtf8(bytes)
    throw new InputError(`Invalid UTF-8 at byte offset ${offset}`)
  }
  return createSourceFile(path, raw)
}

/**
 * Offset of the first byte that does not start or continue a valid UTF-8
 * sequence (RFC 3629: no overlong forms, no surrogates, nothing past
 * U+10FFFF). Only called once `TextDecoder` has refused the file, to say where.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]
    let length: number
    let low = 0x80
    let high = 0xbf
    if (lead < 0x80) length = 1
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3
      if (lead === 0xe0) low = 0xa0
      if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4
      if (lead === 0xf0) low = 0x90
      if (lead === 0xf4) high = 0x8f
    } else return index
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next]
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf]
      if (byte === undefined || byte < min || byte > max) return index
    }
    index += length
  }
  return bytes.length
}
