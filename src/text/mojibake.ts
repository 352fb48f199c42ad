// Mojibake: UTF-8 bytes decoded with a single-byte code page, so that each
// letter outside ASCII shows as two or three characters (`é` → `Ã©`,
// `ال` → `Ø§Ù„` in Windows-1252, `ط§ظ„` in Windows-1256). The repair
// encodes the characters back to the code page's bytes and decodes them
// as UTF-8, as ftfy does; only well-formed UTF-8 sequences are repaired.
// Windows-1256 comes from the runtime's `TextDecoder` (WHATWG Encoding
// Standard); Windows-1252 from the same standard's table, see below.

import type {Span} from '../engine/types.js'
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

/** Character → byte of a code page, for bytes 0x80–0xFF. */
function byteTable(codePage: CodePage): Map<string, number> {
  const table = new Map<string, number>()
  if (codePage === 'windows-1256') {
    const decoder = new TextDecoder(codePage)
    for (let byte = 0x80; byte <= 0xff; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte)
    return table
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
  return table
}

const tables = new Map<CodePage, Map<string, number>>()

function tableOf(codePage: CodePage): Map<string, number> {
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

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})
/** A repaired character that is a control or unassigned is no repair. */
const implausible = /[\p{Cc}\p{Cn}\p{Co}\p{Cs}]/u
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

interface Piece {
  start: number
  end: number
  repaired: string
}

/** The well-formed UTF-8 sequence that starts at `offset`, read back through `table`. */
function sequenceAt(text: string, offset: number, table: Map<string, number>): Piece | undefined {
  const lead = table.get(text[offset])
  if (lead === undefined) return undefined
  const count = continuations(lead)
  if (count === 0 || offset + count >= text.length) return undefined
  const bytes = [lead]
  for (let index = 1; index <= count; index++) {
    const byte = table.get(text[offset + index])
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return undefined
    bytes.push(byte)
  }
  let repaired: string
  try {
    repaired = strictUtf8.decode(Uint8Array.from(bytes))
  } catch {
    return undefined
  }
  if (implausible.test(repaired)) return undefined
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

function findIn(text: string, codePage: CodePage, taken: readonly Span[]): MojibakeFinding[] {
  const table = tableOf(codePage)
  const runs: Piece[][] = []
  let run: Piece[] = []
  const close = () => {
    if (run.length > 0) runs.push(run)
    run = []
  }
  for (let offset = 0; offset < text.length; ) {
    const piece = taken.some(([start, end]) => offset >= start && offset < end) ? undefined : sequenceAt(text, offset, table)
    if (!piece) {
      if (!(run.length > 0 && joinable.test(text[offset]))) close()
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
  const latin = findIn(text, 'windows-1252', [])
  const arabic = findIn(text, 'windows-1256', latin.map((finding) => finding.span))
  return [...latin, ...arabic].sort((a, b) => a.span[0] - b.span[0])
}
