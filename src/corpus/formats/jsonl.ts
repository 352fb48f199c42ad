// JSON Lines: one record per line, source and target at configurable field
// paths (`"source": "translation.en"`; defaults `source` and `target`).
// `JSON.parse` checks each record; `jsonValueAt` finds where the string of a
// field stands in the line (JSON.parse keeps no offsets), without recursion,
// so a record nested a million deep is read like any other. Escapes are
// decoded here so each character maps back to the file.

import type {Role} from '../../engine/types.js'
import type {Languages} from '../../text/languages.js'
import {InputError} from '../source-file.js'
import {jsonValueAt, type JsonValue} from './json-fields.js'
import {type FileRange, readLines, type TextCache, type TextLine} from './lines.js'
import type {ProtectSetting} from '../../text/lexical/syntaxes.js'
import {OffsetMapBuilder, segmentSide} from './segment-side.js'
import type {FormatSetting, SegmentItem} from './setting.js'

const jsonEscapes: Record<string, string> = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'}
const positionInMessage = /position (\d+)/
const blankLine = /^\s*$/

/** A replacement inside a JSON string. */
export function encodeJson(text: string): string {
  return JSON.stringify(text).slice(1, -1)
}

/** `translation.en` → `['translation', 'en']`; `pairs.0.src` → `['pairs', 0, 'src']`. */
export function fieldPath(dotted: string): Array<string | number> {
  return dotted.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

function stringSide(role: Role, lang: string, filePath: string, line: TextLine, node: JsonValue, protect: ProtectSetting) {
  const builder = new OffsetMapBuilder()
  const text = line.text
  const end = node.offset + node.length - 1
  let from = node.offset + 1
  for (let index = from; index < end; index++) {
    if (text[index] !== '\\') continue
    builder.verbatim(text.slice(from, index), line.start + from)
    const length = text[index + 1] === 'u' ? 6 : 2
    const decoded = length === 6 ? String.fromCharCode(Number.parseInt(text.slice(index + 2, index + 6), 16)) : jsonEscapes[text[index + 1]]
    builder.decoded(decoded, line.start + index, line.start + index + length)
    index += length - 1
    from = index + 1
  }
  builder.verbatim(text.slice(from, end), line.start + from)
  return segmentSide({
    role,
    lang,
    filePath,
    map: builder.finish(line.start + end),
    lines: {firstLine: line.number, starts: [line.start]},
    encode: encodeJson,
    protect
  })
}

function checkRecord(line: TextLine): void {
  try {
    JSON.parse(line.text)
  } catch (error) {
    const position = Number(positionInMessage.exec((error as Error).message)?.[1] ?? 0)
    throw new InputError(`Invalid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')}; record skipped`, {line: line.number, column: position + 1})
  }
}

function field(dotted: string, line: TextLine): JsonValue {
  const node = jsonValueAt(line.text, fieldPath(dotted))
  if (node?.type !== 'string') {
    throw new InputError(`Field \`${dotted}\` is ${node ? `a ${node.type}` : 'missing'}, expected a string; record skipped`, {line: line.number, column: (node?.offset ?? 0) + 1})
  }
  return node
}

export async function* readJsonl(filePath: string, languages: Languages, setting: FormatSetting, protect: ProtectSetting, cache?: TextCache, range?: FileRange): AsyncGenerator<SegmentItem> {
  const sourceField = String(setting.source ?? 'source')
  const targetField = String(setting.target ?? 'target')
  try {
    for await (const line of readLines(filePath, cache, undefined, range)) {
      if (line.tooLong) {
        yield {problem: new InputError('Record is longer than 64 MiB; record skipped', {line: line.number, column: 1}), filePath}
        continue
      }
      if (blankLine.test(line.text)) continue
      try {
        checkRecord(line)
        const source = field(sourceField, line)
        const target = field(targetField, line)
        yield {
          unit: {
            kind: 'segment',
            id: `${filePath}:${line.number}`,
            source: stringSide('source', languages.source, filePath, line, source, protect),
            target: stringSide('target', languages.target, filePath, line, target, protect)
          }
        }
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        yield {problem: error, filePath}
      }
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    yield {problem: error, filePath}
  }
}
