// Streamed decoding of a file's bytes, chunk by chunk, for the segment
// readers: the encoding comes from the first chunk's BOM or the config, a
// NUL byte outside UTF-16 means a binary file, and a byte that does not decode
// is reported at its byte offset with the valid text before it.

import {TextDecoder} from 'node:util'
import {bomEncoding, defaultEncoding, encodingName, fileEncoding, firstUndecodable, isUtf16} from './encoding.js'
import {firstInvalidUtf8} from './source-file.js'

/** Bytes that stop decoding: the message, and the text decoded before the bad byte. */
export class UndecodableBytes extends Error {
  constructor(
    message: string,
    readonly before = ''
  ) {
    super(message)
  }
}

export interface ChunkDecoderOptions {
  /** The config's encoding for the file; a BOM overrides it. */
  encoding?: string
  /** Byte offset of the first chunk in the file: a read from 0 looks for a BOM, one from later reads the encoding given. */
  byteOffset?: number
}

export class ChunkDecoder {
  private decoder: TextDecoder | undefined
  private encoding: string
  private byteOffset: number
  private readonly atFileStart: boolean
  /** Whether the next chunk is the first, and whether the first began with a BOM that the decoder drops. */
  private first = true
  private droppedBom = false

  constructor({encoding = defaultEncoding, byteOffset = 0}: ChunkDecoderOptions = {}) {
    this.encoding = encoding
    this.byteOffset = byteOffset
    this.atFileStart = byteOffset === 0
  }

  /** The decoded text of the next chunk; throws `UndecodableBytes`. */
  decode(bytes: Uint8Array): string {
    if (!this.decoder) {
      if (this.atFileStart) this.encoding = fileEncoding(bytes, this.encoding)
      // A read from the file's start drops its BOM, as `readSourceFile` does;
      // a read from the middle keeps a U+FEFF there as text.
      this.droppedBom = this.atFileStart && bomEncoding(bytes) !== undefined
      this.decoder = new TextDecoder(this.encoding, {fatal: true, ignoreBOM: !this.droppedBom})
    }
    // UTF-16 has NUL bytes in every ASCII character; elsewhere a NUL means a binary file.
    const nul = isUtf16(this.encoding) ? -1 : bytes.indexOf(0)
    let text: string
    try {
      text = this.decoder.decode(nul === -1 ? bytes : bytes.subarray(0, nul), {stream: true})
    } catch {
      throw this.undecodable(bytes)
    }
    // The text before the NUL is handed on, so the message stands at the NUL's line and column.
    if (nul !== -1) throw new UndecodableBytes(`Binary file (NUL byte at offset ${this.byteOffset + nul}); not a text corpus`, text)
    this.byteOffset += bytes.length
    this.first = false
    return text
  }

  /** The text still held for a character split across chunks; throws `UndecodableBytes` if the file ends inside one. */
  end(): string {
    try {
      return this.decoder?.decode() ?? ''
    } catch {
      const what = isUtf16(this.encoding) ? 'an odd byte count or a truncated character' : 'a truncated character'
      throw new UndecodableBytes(`Invalid ${encodingName(this.encoding)} at the end of the file (${what})`)
    }
  }

  private undecodable(bytes: Uint8Array): UndecodableBytes {
    // Hand on the valid text before the bad byte, so the error stands at its line and column.
    // The search starts afresh at this chunk; a character split across the previous chunk's end is rare enough to ignore.
    const bad = this.encoding === 'utf-8' ? firstInvalidUtf8(bytes) : firstUndecodable(bytes, this.encoding)
    const before = new TextDecoder(this.encoding, {ignoreBOM: !(this.first && this.droppedBom)}).decode(bytes.subarray(0, bad), {stream: true})
    const why = isUtf16(this.encoding) ? ' (an unpaired surrogate)' : ''
    return new UndecodableBytes(`Invalid ${encodingName(this.encoding)} at byte offset ${this.byteOffset + bad}${why}; the rest of the file is not read`, before)
  }
}
