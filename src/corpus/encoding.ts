// Text encodings of corpus files: which one a file is in (a byte order mark,
// else the config's `encoding`, else UTF-8), where its bytes stop decoding,
// and how fixed text goes back into a single-byte legacy encoding.
//
// Decoding is `TextDecoder`'s (the WHATWG Encoding Standard, with Node's ICU).
// Encoding back is written by hand: Node has encoders for UTF-8 and UTF-16
// only, and the packages that add legacy encoders (iconv-lite) carry tables
// of their own; a single-byte table is the inverse of the decoder's, built
// here from `TextDecoder` itself, so decoding and encoding cannot disagree.

/** The encoding a file is read in when neither a BOM nor the config says otherwise. */
export const defaultEncoding = 'utf-8'

/** The WHATWG name of an encoding label (`cp1256` → `windows-1256`), or undefined when `TextDecoder` does not know it. */
export function canonicalEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined
  }
}

/** The encoding a byte order mark announces, and the BOM's length; undefined without one. */
export function bomEncoding(bytes: Uint8Array): {encoding: string; length: number} | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {encoding: 'utf-8', length: 3}
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {encoding: 'utf-16le', length: 2}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {encoding: 'utf-16be', length: 2}
  return undefined
}

/**
 * The encoding of a file whose first bytes are `bytes`: a BOM wins over the
 * configured encoding, as in the Encoding Standard's "decode" algorithm.
 */
export function fileEncoding(bytes: Uint8Array, configured = defaultEncoding): string {
  return bomEncoding(bytes)?.encoding ?? configured
}

export const isUtf16 = (encoding: string) => encoding === 'utf-16le' || encoding === 'utf-16be'

/** How messages name an encoding: `UTF-8`, `UTF-16LE`, and the WHATWG name for the rest (`windows-1256`). */
export function encodingName(encoding: string): string {
  return encoding.startsWith('utf-') ? encoding.toUpperCase() : encoding
}

/**
 * Offset of the byte at which `bytes` stop decoding in `encoding`: the longest
 * prefix a streaming decoder accepts (a prefix that fails makes every longer
 * one fail, so a binary search finds it). Only called once a decoder has
 * refused the bytes, to say where.
 */
export function firstUndecodable(bytes: Uint8Array, encoding: string): number {
  const decodes = (length: number) => {
    try {
      new TextDecoder(encoding, {fatal: true}).decode(bytes.subarray(0, length), {stream: true})
      return true
    } catch {
      return false
    }
  }
  let low = 0
  let high = bytes.length
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (decodes(middle)) low = middle
    else high = middle - 1
  }
  return isUtf16(encoding) ? unpairedSurrogateAt(bytes, low - (low % 2), encoding) : low
}

/** In UTF-16, the prefix that decodes may end in a high surrogate waiting for its pair: the error is that surrogate. */
function unpairedSurrogateAt(bytes: Uint8Array, end: number, encoding: string): number {
  if (end < 2) return end
  const unit = encoding === 'utf-16le' ? bytes[end - 2] | (bytes[end - 1] << 8) : (bytes[end - 2] << 8) | bytes[end - 1]
  return unit >= 0xd800 && unit <= 0xdbff ? end - 2 : end
}

/** The inverse of a single-byte encoding's decoder: character → byte. */
export type SingleByteTable = ReadonlyMap<string, number>

const tables = new Map<string, SingleByteTable | undefined>()

/**
 * The encode table of a single-byte encoding, from decoding bytes 0–255 one
 * by one; undefined for a multi-byte encoding (a lead byte alone decodes to
 * nothing yet) or UTF-8/UTF-16. Built once per encoding.
 */
export function singleByteTable(encoding: string): SingleByteTable | undefined {
  if (tables.has(encoding)) return tables.get(encoding)
  let table: Map<string, number> | undefined = new Map()
  for (let byte = 0; byte < 256 && table; byte++) {
    let char: string
    try {
      char = new TextDecoder(encoding, {fatal: true}).decode(Uint8Array.of(byte), {stream: true})
    } catch {
      continue // a byte the encoding leaves undefined
    }
    if (char.length !== 1) table = undefined
    else if (!table.has(char)) table.set(char, byte)
  }
  tables.set(encoding, table)
  return table
}

/** Bytes of `text` in a single-byte encoding, or the offset of the first character it cannot represent. */
export function encodeSingleByte(text: string, table: SingleByteTable): {bytes: Buffer} | {unencodable: number} {
  const bytes = Buffer.allocUnsafe(text.length)
  for (let index = 0; index < text.length; index++) {
    const byte = table.get(text[index])
    if (byte === undefined) return {unencodable: index}
    bytes[index] = byte
  }
  return {bytes}
}
