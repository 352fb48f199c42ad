// TSV: one segment pair per row, source and target in configurable columns.
// Fields may be quoted as RFC 4180 says (`"a ""b"" c"`); a field that only
// starts with a quote is text, since raw MT corpora (OPUS) do not quote.

import type {Role} from '../../engine/types.js'
import type {Languages} from '../../text/languages.js'
import {InputError} from '../source-file.js'
import {type FileRange, readLines, type TextCache, type TextLine} from './lines.js'
import type {ProtectSetting} from '../../text/lexical/syntaxes.js'
import {OffsetMapBuilder, segmentSide} from './segment-side.js'
import type {FormatSetting, SegmentItem} from './setting.js'

/** A field of a row: its raw content range in the line (quotes excluded) and whether it was quoted. */
export interface Field {
  start: number
  end: number
  quoted: boolean
}

const doubledQuote = /""/g
const lineBreaks = /\r\n|\r|\n|\t/g

/** The closing quote of a quoted field opening at `open`, if it is followed by a tab or the end of the line. */
function closingQuote(line: string, open: number): number | undefined {
  let index = open + 1
  while (index < line.length) {
    const quote = line.indexOf('"', index)
    if (quote === -1) return undefined
    if (line[quote + 1] === '"') {
      index = quote + 2
      continue
    }
    return quote + 1 === line.length || line[quote + 1] === '\t' ? quote : undefined
  }
  return undefined
}

/** Split a row at tabs, honouring quoted fields. */
export function splitRow(line: string): Field[] {
  const fields: Field[] = []
  let position = 0
  for (;;) {
    const close = line[position] === '"' ? closingQuote(line, position) : undefined
    if (close !== undefined) {
      fields.push({start: position + 1, end: close, quoted: true})
      if (close + 1 === line.length) return fields
      position = close + 2
      continue
    }
    const tab = line.indexOf('\t', position)
    fields.push({start: position, end: tab === -1 ? line.length : tab, quoted: false})
    if (tab === -1) return fields
    position = tab + 1
  }
}

/** A quoted field's doubled quotes stand for one. */
function encodeQuoted(text: string): string {
  return text.replaceAll('"', '""')
}

/** An unquoted field cannot hold a tab or a line break, and a fix edits only part of the field, so they become spaces. */
function encodeUnquoted(text: string): string {
  return text.replace(lineBreaks, ' ')
}

function fieldSide(role: Role, lang: string, filePath: string, line: TextLine, field: Field, protect: ProtectSetting) {
  const builder = new OffsetMapBuilder()
  const raw = line.text.slice(field.start, field.end)
  let from = 0
  if (field.quoted) {
    doubledQuote.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = doubledQuote.exec(raw))) {
      builder.verbatim(raw.slice(from, match.index), line.start + field.start + from)
      builder.decoded('"', line.start + field.start + match.index, line.start + field.start + match.index + 2)
      from = match.index + 2
    }
  }
  builder.verbatim(raw.slice(from), line.start + field.start + from)
  return segmentSide({
    role,
    lang,
    filePath,
    map: builder.finish(line.start + field.end),
    lines: {firstLine: line.number, starts: [line.start]},
    encode: field.quoted ? encodeQuoted : encodeUnquoted,
    protect
  })
}

/** The 0-based index of a configured column: a 1-based number, or a header name. */
function columnIndex(choice: number | string, header: Field[] | undefined, headerLine: string | undefined, role: Role): number {
  if (typeof choice === 'number') return choice - 1
  const names = (header ?? []).map((field) => headerLine!.slice(field.start, field.end))
  const index = names.indexOf(choice)
  if (index === -1) {
    throw new InputError(`No ${role} column \`${choice}\` in the header; columns are ${names.map((name) => `\`${name}\``).join(', ') || 'missing'}`, {line: 1, column: 1})
  }
  return index
}

function columnCountProblem(line: TextLine, fields: Field[], expected: number): InputError {
  // Point at the first extra tab, or at the end of a short row.
  const column = fields.length > expected ? fields[expected].start - (fields[expected].quoted ? 1 : 0) : line.text.length + 1
  return new InputError(
    `Row has ${fields.length} ${fields.length === 1 ? 'column' : 'columns'}, expected ${expected} (tab-separated); row skipped`,
    {line: line.number, column}
  )
}

/** How rows are read: the columns, and how many a row must have (set by the header or the first row). */
interface Columns {
  setting: FormatSetting
  sourceIndex: number
  targetIndex: number
  expected?: number
}

/**
 * Take a row that fixes the columns, if it is the first: the header, or the
 * first row, whose width every row must have. Whether the row is data.
 */
function settleColumns(columns: Columns, line: TextLine, fields: Field[]): boolean {
  const {setting} = columns
  if (setting.header && line.number === 1) {
    columns.sourceIndex = columnIndex(setting.source ?? 1, fields, line.text, 'source')
    columns.targetIndex = columnIndex(setting.target ?? 2, fields, line.text, 'target')
    columns.expected = fields.length
    return false
  }
  columns.expected ??= Math.max(fields.length, columns.sourceIndex + 1, columns.targetIndex + 1)
  return true
}

function initialColumns(setting: FormatSetting): Columns {
  if (setting.header) return {setting, sourceIndex: 0, targetIndex: 1}
  return {setting, sourceIndex: columnIndex(setting.source ?? 1, undefined, undefined, 'source'), targetIndex: columnIndex(setting.target ?? 2, undefined, undefined, 'target')}
}

/**
 * The columns a chunk that starts mid-file reads with: those the file's first
 * rows set. When they fail (a missing header column), the first chunk reports
 * it, and the file is not read further, so a later chunk gives nothing.
 */
async function columnsBefore(filePath: string, setting: FormatSetting): Promise<Columns | undefined> {
  try {
    const columns = initialColumns(setting)
    for await (const line of readLines(filePath)) {
      if (line.tooLong) continue
      settleColumns(columns, line, splitRow(line.text))
      if (columns.expected !== undefined) return columns
    }
    return columns
  } catch (error) {
    if (error instanceof InputError) return undefined
    throw error
  }
}

/** The rows of a TSV file, or of a `range` of it (a chunk of a large file, read on its own). */
export async function* readTsv(filePath: string, languages: Languages, setting: FormatSetting, protect: ProtectSetting, cache?: TextCache, range?: FileRange): AsyncGenerator<SegmentItem> {
  try {
    const columns = range && range.start > 0 ? await columnsBefore(filePath, setting) : initialColumns(setting)
    if (!columns) return
    for await (const line of readLines(filePath, cache, undefined, range)) {
      if (line.tooLong) {
        yield {problem: new InputError('Row is longer than 64 MiB; row skipped', {line: line.number, column: 1}), filePath}
        continue
      }
      const fields = splitRow(line.text)
      if (!settleColumns(columns, line, fields)) continue
      const {expected, sourceIndex, targetIndex} = columns as Required<Columns>
      if (fields.length !== expected || Math.max(sourceIndex, targetIndex) >= fields.length) {
        yield {problem: columnCountProblem(line, fields, Math.max(expected, sourceIndex + 1, targetIndex + 1)), filePath}
        continue
      }
      yield {
        unit: {
          kind: 'segment',
          id: `${filePath}:${line.number}`,
          source: fieldSide('source', languages.source, filePath, line, fields[sourceIndex], protect),
          target: fieldSide('target', languages.target, filePath, line, fields[targetIndex], protect)
        }
      }
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    yield {problem: error, filePath}
  }
}
