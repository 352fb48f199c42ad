// gettext PO: one segment per entry (`msgid` → `msgstr`), one per plural
// form (`msgid_plural` → `msgstr[n]`). The header entry, untranslated
// entries and obsolete (`#~`) entries are left out; fuzzy ones too unless
// `fuzzy: "include"`. Strings are C strings split over lines; the text rules
// read is the decoded string, mapped back to each character in the file.

import type {Role} from '../../engine/types.js'
import type {Languages} from '../../text/languages.js'
import {InputError} from '../source-file.js'
import {type FileRange, readLines, type TextCache, type TextLine} from './lines.js'
import {OffsetMapBuilder, segmentSide} from './segment-side.js'
import type {FormatSetting, SegmentItem} from './setting.js'

const keywordLine = /^(?<keyword>msgctxt|msgid_plural|msgid|msgstr(?:\[(?<index>\d+)\])?)\s*(?=")/
const continuationLine = /^\s*(?=")/
const blankLine = /^\s*$/
const flagsLine = /^#,(?<flags>.*)$/

/** GNU gettext's escapes (`po-lex.c`, `control_sequence`). */
const simpleEscapes: Record<string, string> = {n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', '?': '?', "'": "'"}
const octalEscape = /^[0-7]{1,3}/
const hexEscape = /^x[0-9A-Fa-f]+/

/** One quoted string on one line: the content between its quotes. */
interface Piece {
  line: TextLine
  start: number
  end: number
}

interface Entry {
  keywords: Map<string, Piece[]>
  /** Line of the entry's `msgid`. */
  line: number
  fuzzy: boolean
  obsolete: boolean
  current?: string
}

/** The end of the string that opens at `quote` (the index of its closing quote); throws at a broken escape or a missing quote. */
function stringEnd(line: TextLine, quote: number): number {
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
function decodePiece(builder: OffsetMapBuilder, {line, start, end}: Piece) {
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

/** A replacement inside a PO string, with the characters a C string must escape escaped. */
export function encodePo(text: string): string {
  return text.replace(/[\\"\n\t\r]/g, (char) => ({'\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r'})[char]!)
}

function pieceSide(role: Role, lang: string, filePath: string, pieces: Piece[]) {
  const builder = new OffsetMapBuilder()
  for (const piece of pieces) decodePiece(builder, piece)
  const last = pieces.at(-1)!
  return segmentSide({
    role,
    lang,
    filePath,
    map: builder.finish(last.line.start + last.end),
    lines: {firstLine: pieces[0].line.number, starts: pieces.map((piece) => piece.line.start)},
    encode: encodePo
  })
}

function* entryUnits(entry: Entry, filePath: string, languages: Languages, setting: FormatSetting): Generator<SegmentItem> {
  const {keywords} = entry
  const msgid = keywords.get('msgid')
  if (!msgid || entry.obsolete || (entry.fuzzy && setting.fuzzy !== 'include')) return
  const isEmpty = (pieces: Piece[] | undefined) => !pieces || pieces.every((piece) => piece.end === piece.start)
  // The header entry: an empty msgid without context.
  if (isEmpty(msgid) && !keywords.has('msgctxt')) return
  for (const [keyword, pieces] of keywords) {
    if (!keyword.startsWith('msgstr') || isEmpty(pieces)) continue
    const index = Number(/\[(\d+)\]/.exec(keyword)?.[1] ?? 0)
    const source = index > 0 && keywords.has('msgid_plural') ? keywords.get('msgid_plural')! : msgid
    yield {
      unit: {
        kind: 'segment',
        id: `${filePath}:${entry.line}${keyword === 'msgstr' ? '' : `[${index}]`}`,
        source: pieceSide('source', languages.source, filePath, source),
        target: pieceSide('target', languages.target, filePath, pieces)
      }
    }
  }
}

const newEntry = (): Entry => ({keywords: new Map(), line: 0, fuzzy: false, obsolete: false})

export async function* readPo(filePath: string, languages: Languages, setting: FormatSetting, cache?: TextCache, range?: FileRange): AsyncGenerator<SegmentItem> {
  let entry = newEntry()
  /** The current entry had a problem, already reported: skip its lines. */
  let broken = false
  const hasStrings = () => {
    for (const keyword of entry.keywords.keys()) if (keyword.startsWith('msgstr')) return true
    return false
  }
  try {
    for await (const line of readLines(filePath, cache, undefined, range)) {
      const text = line.text
      const keyword = keywordLine.exec(text)?.groups?.keyword
      // A comment after strings, or a msgid/msgctxt after a msgstr, starts the next entry.
      const blank = blankLine.test(text)
      const startsEntry = blank || (text.startsWith('#') && entry.keywords.size > 0) || ((keyword === 'msgid' || keyword === 'msgctxt') && hasStrings())
      if (startsEntry) {
        if (!broken) yield* entryUnits(entry, filePath, languages, setting)
        entry = newEntry()
        broken = false
      }
      if (broken || blank) continue
      try {
        if (line.tooLong) throw new InputError('Line is longer than 64 MiB; entry skipped', {line: line.number, column: 1})
        if (text.startsWith('#~')) entry.obsolete = true
        else if (flagsLine.test(text)) entry.fuzzy ||= /\bfuzzy\b/.test(text)
        else if (text.startsWith('#')) continue
        else if (keyword) {
          const quote = text.indexOf('"')
          entry.current = keyword
          if (keyword === 'msgid') entry.line = line.number
          entry.keywords.set(keyword, [{line, start: quote + 1, end: stringEnd(line, quote)}])
        } else if (continuationLine.test(text) && entry.current) {
          const quote = text.indexOf('"')
          entry.keywords.get(entry.current)!.push({line, start: quote + 1, end: stringEnd(line, quote)})
        } else {
          throw new InputError('Unexpected text in a PO file; expected a comment, a keyword such as `msgid` or a quoted string; entry skipped', {line: line.number, column: 1})
        }
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        broken = true
        yield {problem: error, filePath}
      }
    }
    if (!broken) yield* entryUnits(entry, filePath, languages, setting)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    yield {problem: error, filePath}
  }
}
