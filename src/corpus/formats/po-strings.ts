// The C strings of a PO file: where a quoted string ends, and its decoded
// text mapped back to each character in the file.

import {InputError} from '../source-file.js'
import type {TextLine} from './lines.js'
import type {OffsetMapBuilder} from './segment-side.js'

const blankLine = /^\s*$/

/** GNU gettext's escapes (`po-lex.c`, `control_sequence`). */
const simpleEscapes: Record<string, string> = {n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', '?': '?', "'": "'"}
const octalEscape = /^[0-7]{1,3}/
const hexEscape = /^x[0-9A-Fa-f]+/

/** One quoted string on one line: the content between its quotes. */
export interface Piece {
  line: TextLine
  start: number
  end: number
}

/** The end of the string that opens at `quote` (the index of its closing quote); throws at a broken escape or a missing quote. */
export function stringEnd(line: TextLine, quote: number): number {
  const text = line.text
  // From escape to escape, by `indexOf`: most strings have none, and a loop per
  // code unit was most of the reader's time. The quote is searched again only
  // once passed, so a line of many escapes is still read once.
  let escapeAt = text.indexOf('\\', quote + 1)
  let end = text.indexOf('"', quote + 1)
  for (let index = quote + 1; ; ) {
    if (end !== -1 && end < index) end = text.indexOf('"', index)
    if (escapeAt === -1 || (end !== -1 && end < escapeAt)) {
      if (end === -1) break
      if (!blankLine.test(text.slice(end + 1))) throw new InputError('Unexpected text after the closing quote of a PO string', {line: line.number, column: end + 2})
      return end
    }
    const rest = text.slice(escapeAt + 1)
    const escape = rest[0] in simpleEscapes ? rest[0] : octalEscape.exec(rest)?.[0] ?? hexEscape.exec(rest)?.[0]
    if (escape !== undefined && escape[0] === 'x' && (escape.length > 7 || Number.parseInt(escape.slice(1), 16) > 0x10ffff)) {
      throw new InputError(`Escape \`\\${escape}\` is past U+10FFFF, the last code point; entry skipped`, {line: line.number, column: escapeAt + 1})
    }
    if (escape === undefined) {
      throw new InputError(`Unknown escape \`\\${rest[0] ?? ''}\` in a PO string; expected \`\\n\`, \`\\t\`, \`\\"\` or \`\\\\\`; entry skipped`, {line: line.number, column: escapeAt + 1})
    }
    index = escapeAt + 1 + escape.length
    escapeAt = text.indexOf('\\', index)
  }
  throw new InputError('PO string has no closing quote; entry skipped', {line: line.number, column: text.length + 1})
}

function decodeEscape(escape: string): string {
  if (escape in simpleEscapes) return simpleEscapes[escape]
  return String.fromCodePoint(escape[0] === 'x' ? Number.parseInt(escape.slice(1), 16) : Number.parseInt(escape, 8))
}

/** Append a piece's decoded content to `builder`. */
export function decodePiece(builder: OffsetMapBuilder, {line, start, end}: Piece) {
  const text = line.text
  let from = start
  // Jump from escape to escape: most strings have none.
  for (let index = text.indexOf('\\', from); index !== -1 && index < end; index = text.indexOf('\\', from)) {
    builder.verbatim(text.slice(from, index), line.start + from)
    const rest = text.slice(index + 1, end)
    const escape = rest[0] in simpleEscapes ? rest[0] : (octalEscape.exec(rest)?.[0] ?? hexEscape.exec(rest)![0])
    builder.decoded(decodeEscape(escape), line.start + index, line.start + index + 1 + escape.length)
    from = index + 1 + escape.length
  }
  builder.verbatim(text.slice(from, end), line.start + from)
}

/** The decoded text of pieces, without a map (the header's fields, a context). */
export function decodedText(pieces: readonly Piece[]): string {
  let text = ''
  for (const {line, start, end} of pieces) {
    const raw = line.text.slice(start, end)
    text += raw.includes('\\') ? raw.replace(/\\(x[0-9A-Fa-f]+|[0-7]{1,3}|.)/g, (_, escape: string) => decodeEscape(escape)) : raw
  }
  return text
}

/** A replacement inside a PO string, with the characters a C string must escape escaped. */
export function encodePo(text: string): string {
  return text.replace(/[\\"\n\t\r]/g, (char) => ({'\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r'})[char]!)
}
