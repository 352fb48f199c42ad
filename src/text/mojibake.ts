// Mojibake: UTF-8 bytes decoded with a single-byte code page, so that each
// letter outside ASCII shows as two or three characters (`é` → `Ã©`,
// `ال` → `Ø§Ù„` in Windows-1252, `ط§ظ„` in Windows-1256). The repair
// encodes the characters back to the code page's bytes and decodes them
// as UTF-8, as ftfy does; only well-formed UTF-8 sequences are repaired.
// Windows-1256 comes from the runtime's `TextDecoder` (WHATWG Encoding
// Standard); Windows-1252 from the same standard's table, see below.

import type {Span} from '../engine/types.js'
import {codePointTest} from './scripts/code-point-table.js'
import {windows1252Character} from './scripts/invisibles.js'

export type CodePage = 'windows-1252' | 'windows-1256'

export interface MojibakeFinding {
  span: Span
  found: string
  /** The text as it was written before the wrong decoding. */
  repaired: string
  /** The code page the UTF-8 bytes were read with. */
  codePage: CodePage
}

/**
 * Character → byte of a code page, for bytes 0x80–0xFF, indexed by UTF-16
 * code unit (every such character is in the Basic Multilingual Plane);
 * -1 for a character that is no byte of the code page.
 */
type ByteTable = Int16Array

function byteTable(codePage: CodePage): ByteTable {
  const bytes = new Int16Array(0x10000).fill(-1)
  const table = {set: (character: string, byte: number) => character.length === 1 && (bytes[character.charCodeAt(0)] = byte)}
  if (codePage === 'windows-1256') {
    const decoder = new TextDecoder(codePage)
    for (let byte = 0x80; byte <= 0xff; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte)
    return bytes
  }
  // Node 20's TextDecoder reads `windows-1252` as ISO 8859-1, so the
  // 0x80–0x9F punctuation comes from the WHATWG table in `invisibles.ts`.
  // ISO 8859-1 itself puts C1 controls there: `Ã` + U+0089 is `É` read as
  // Latin-1, so the controls map to their byte too.
  for (let byte = 0x80; byte <= 0xff; byte++) table.set(String.fromCharCode(byte), byte)
  for (let byte = 0x80; byte <= 0x9f; byte++) {
    const character = windows1252Character(byte)
    if (character) table.set(character, byte)
  }
  return bytes
}

const tables = new Map<CodePage, ByteTable>()

function tableOf(codePage: CodePage): ByteTable {
  let table = tables.get(codePage)
  if (!table) {
    table = byteTable(codePage)
    tables.set(codePage, table)
  }
  return table
}

/** How many continuation bytes a UTF-8 lead byte announces; 0 for a byte that cannot lead. */
function continuations(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1
  if (lead >= 0xe0 && lead <= 0xef) return 2
  if (lead >= 0xf0 && lead <= 0xf4) return 3
  return 0
}

/** A repaired character that is a control or unassigned is no repair. */
const implausible = codePointTest(/^[\p{Cc}\p{Cn}\p{Co}\p{Cs}]$/u)
// ZWNJ and ZWJ are part of Persian and Urdu words (and bytes 0x9D, 0x9E of Windows-1256).
const arabicScript = /[\p{scx=Arab}\u200c\u200d]/u
/**
 * Characters that follow a word in real text: quotes, dashes, brackets,
 * ellipsis, no-break space, Arabic comma. `É”` (C9 94) or `ا”` (C7 94)
 * spell a valid sequence but are a word and its closing quote.
 */
const wordFollower = /[\p{Pi}\p{Pf}\p{Pd}\p{Ps}\p{Pe}\u2026\u2022\u00a0\u060c\u061b\u061f]/u
/**
 * What a repair may give: letters, digits, punctuation and symbols of the
 * blocks UTF-8 text read as a code page comes from (Latin to U+024F,
 * Greek, Cyrillic, Hebrew and Arabic letters, general punctuation and
 * symbols). `ášš` in a real word would repair to Ogham.
 */
const plausibleRepair = /^(?:[\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea\u0600-\u06ff\u2000-\u214f](?<=[\p{L}\p{N}\p{P}\p{S}\p{Zs}\p{Cf}]))+$/u

/** Only spaces between two pieces of one mojibake phrase (`Ø§Ù„Ø¹Ø§Ù„Ù… Ø§ÙŠØ±Ø§Ù†`). */
const joinable = /^[ \u00a0]+$/u
const isJoinable = (unit: number) => unit === 0x20 || unit === 0xa0

interface Piece {
  start: number
  end: number
  repaired: string
}

/**
 * The second byte a lead byte allows, where it is narrower than 0x80–0xBF:
 * what excludes overlong forms, surrogates and code points past U+10FFFF
 * (Unicode §3.9, table 3-7, the well-formed UTF-8 byte sequences).
 */
function secondByteFits(lead: number, byte: number): boolean {
  if (lead === 0xe0) return byte >= 0xa0
  if (lead === 0xed) return byte <= 0x9f
  if (lead === 0xf0) return byte >= 0x90
  if (lead === 0xf4) return byte <= 0x8f
  return true
}

const BYTE_ORDER_MARK = 0xfeff

/** The well-formed UTF-8 sequence that starts at `offset`, read back through `table`. */
function sequenceAt(text: string, offset: number, table: ByteTable): Piece | undefined {
  const lead = table[text.charCodeAt(offset)]
  if (lead === -1) return undefined
  const count = continuations(lead)
  if (count === 0 || offset + count >= text.length) return undefined
  // The payload bits of the lead byte (5, 4 or 3 of them), then 6 per continuation byte.
  let codePoint = lead & (0x7f >> (count + 1))
  for (let index = 1; index <= count; index++) {
    const byte = table[text.charCodeAt(offset + index)]
    if (byte < 0x80 || byte > 0xbf || (index === 1 && !secondByteFits(lead, byte))) return undefined
    codePoint = (codePoint << 6) | (byte & 0x3f)
  }
  if (implausible(codePoint)) return undefined
  // A UTF-8 decoder drops a byte order mark (`ï»¿`) at the start of what it decodes: so did the repair.
  const repaired = codePoint === BYTE_ORDER_MARK ? '' : String.fromCodePoint(codePoint)
  return {start: offset, end: offset + count + 1, repaired}
}

/** The most sequences that follow each other with nothing between. */
function longestChain(pieces: readonly Piece[]): number {
  let longest = 0
  let chain = 0
  for (const [index, piece] of pieces.entries()) {
    chain = index > 0 && pieces[index - 1].end === piece.start ? chain + 1 : 1
    longest = Math.max(longest, chain)
  }
  return longest
}

/**
 * Whether a piece gives itself away: a continuation character that does
 * not follow a word in real text (`©` in `Ã©`, `§` in `ط§`), and in
 * Windows-1256 is not an Arabic letter either.
 */
function isTelltale(text: string, piece: Piece, codePage: CodePage): boolean {
  // `Â` (C2) leads the UTF-8 of every Latin-1 symbol (`Â°`, `Â»`, `Â` + no-break
  // space) and ends no word; a no-break space after `Ã` is `à` (`voilÃ `).
  if (codePage === 'windows-1252' && (text[piece.start] === 'Â' || text[piece.start + 1] === '\u00a0')) return true
  return [...text.slice(piece.start + 1, piece.end)].some(
    (character) => !wordFollower.test(character) && !(codePage === 'windows-1256' && arabicScript.test(character))
  )
}

/**
 * Whether a run of sequences is mojibake rather than real text: every
 * repair is plausible, and one piece gives itself away — or, in
 * Windows-1256, three follow each other (`طھظپ` for `تف` is all Arabic
 * letters, but a Persian or Urdu word spells at most two: `تھاں`).
 */
function isMojibake(text: string, pieces: readonly Piece[], codePage: CodePage): boolean {
  if (!pieces.every((piece) => plausibleRepair.test(piece.repaired))) return false
  return pieces.some((piece) => isTelltale(text, piece, codePage)) || (codePage === 'windows-1256' && longestChain(pieces) >= 3)
}

/** Per UTF-16 unit: bit 1 when it reads as a continuation byte (0x80–0xBF) in Windows-1252, bit 2 in Windows-1256. */
let continuationBits: Uint8Array | undefined

function continuationBitsTable(): Uint8Array {
  if (!continuationBits) {
    const bits = new Uint8Array(0x10000)
    for (const [bit, codePage] of [[1, 'windows-1252'], [2, 'windows-1256']] as const) {
      const table = tableOf(codePage)
      for (let unit = 0; unit < 0x10000; unit++) if (table[unit] >= 0x80 && table[unit] <= 0xbf) bits[unit] |= bit
    }
    continuationBits = bits
  }
  return continuationBits
}

/**
 * Where the first character that reads as a continuation byte stands, from
 * offset 1, in each code page (-1 when there is none), in one pass. Every
 * sequence has one right after its lead, so none starts before the offset
 * before it: most text (Arabic without `،`, English without curly quotes)
 * has none at all.
 */
function firstContinuations(text: string): {latin: number; arabic: number} {
  const bits = continuationBitsTable()
  let latin = -1
  let arabic = -1
  for (let offset = 1; offset < text.length; offset++) {
    const found = bits[text.charCodeAt(offset)]
    if (found === 0) continue
    if (latin === -1 && (found & 1) !== 0) latin = offset
    if (arabic === -1 && (found & 2) !== 0) arabic = offset
    if (latin !== -1 && arabic !== -1) break
  }
  return {latin, arabic}
}

/** The mojibake of one code page; `first`: the first continuation byte's offset (see `firstContinuations`). */
function findIn(text: string, codePage: CodePage, taken: readonly Span[], first: number): MojibakeFinding[] {
  if (first === -1) return []
  const table = tableOf(codePage)
  const runs: Piece[][] = []
  let run: Piece[] = []
  const close = () => {
    if (run.length > 0) runs.push(run)
    run = []
  }
  // `taken` is sorted and its spans do not overlap: one pointer follows the offset.
  let next = 0
  for (let offset = first - 1; offset < text.length; ) {
    while (next < taken.length && taken[next][1] <= offset) next++
    const inTaken = next < taken.length && offset >= taken[next][0]
    const piece = inTaken ? undefined : sequenceAt(text, offset, table)
    if (!piece) {
      if (!(run.length > 0 && isJoinable(text.charCodeAt(offset)))) close()
      offset++
      continue
    }
    const last = run.at(-1)
    if (last && !joinable.test(text.slice(last.end, piece.start)) && last.end !== piece.start) close()
    run.push(piece)
    offset = piece.end
  }
  close()
  return runs
    .filter((pieces) => isMojibake(text, pieces, codePage))
    .map((pieces) => {
      const start = pieces[0].start
      const end = pieces.at(-1)!.end
      let repaired = ''
      let position = start
      for (const piece of pieces) {
        repaired += text.slice(position, piece.start) + piece.repaired
        position = piece.end
      }
      return {span: [start, end] as const, found: text.slice(start, end), repaired, codePage}
    })
}

const candidate = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122\u0600-\u06ff]/u

/** Every run of UTF-8 read as Windows-1252 (or ISO 8859-1) or as Windows-1256, in order. */
export function mojibakeFindings(text: string): MojibakeFinding[] {
  if (!candidate.test(text)) return []
  const first = firstContinuations(text)
  const latin = findIn(text, 'windows-1252', [], first.latin)
  const arabic = findIn(text, 'windows-1256', latin.map((finding) => finding.span), first.arabic)
  return [...latin, ...arabic].sort((a, b) => a.span[0] - b.span[0])
}
