// Where a field of a JSON record stands in its line. `JSON.parse` has
// checked the record and keeps no offsets; a recursive-descent parser keeps
// them but overflows the stack on a record nested a few thousand deep. This
// walks down the field's path and skips every other value by counting
// brackets, so no recursion depends on how deep the record is nested.

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null'

/** A value of the record: its type, and where it stands in the line (a string's quotes included). */
export interface JsonValue {
  type: JsonType
  offset: number
  length: number
}

const SPACE = /[ \t\n\r]/

function skipSpace(text: string, at: number): number {
  while (at < text.length && SPACE.test(text[at])) at++
  return at
}

function typeAt(text: string, at: number): JsonType {
  const char = text[at]
  if (char === '{') return 'object'
  if (char === '[') return 'array'
  if (char === '"') return 'string'
  if (char === 't' || char === 'f') return 'boolean'
  if (char === 'n') return 'null'
  return 'number'
}

/** The end of the string whose opening quote is at `at` (after its closing quote). */
function stringEnd(text: string, at: number): number {
  for (let index = at + 1; index < text.length; index++) {
    if (text[index] === '\\') index++
    else if (text[index] === '"') return index + 1
  }
  return text.length
}

/** The end of the value that starts at `at`: brackets counted, strings skipped whole. */
function valueEnd(text: string, at: number): number {
  const char = text[at]
  if (char === '"') return stringEnd(text, at)
  if (char !== '{' && char !== '[') {
    let end = at
    while (end < text.length && !SPACE.test(text[end]) && text[end] !== ',' && text[end] !== ']' && text[end] !== '}') end++
    return end
  }
  let depth = 0
  for (let index = at; index < text.length; index++) {
    const inner = text[index]
    if (inner === '"') index = stringEnd(text, index) - 1
    else if (inner === '{' || inner === '[') depth++
    else if ((inner === '}' || inner === ']') && --depth === 0) return index + 1
  }
  return text.length
}

/** The start of the value of the first member named `key` of the object at `at` (as jsonc-parser's `findNodeAtLocation`). */
function memberValue(text: string, at: number, key: string): number | undefined {
  let index = skipSpace(text, at + 1)
  while (text[index] === '"') {
    const nameEnd = stringEnd(text, index)
    const name = JSON.parse(text.slice(index, nameEnd)) as string
    const value = skipSpace(text, skipSpace(text, nameEnd) + 1)
    if (name === key) return value
    index = skipSpace(text, valueEnd(text, value))
    if (text[index] === ',') index = skipSpace(text, index + 1)
  }
  return undefined
}

/** The start of element `position` of the array at `at`. */
function elementValue(text: string, at: number, position: number): number | undefined {
  let index = skipSpace(text, at + 1)
  for (let element = 0; index < text.length && text[index] !== ']'; element++) {
    if (element === position) return index
    index = skipSpace(text, valueEnd(text, index))
    if (text[index] === ',') index = skipSpace(text, index + 1)
  }
  return undefined
}

/**
 * The value at `path` in `record`, a line that `JSON.parse` accepted: a
 * name goes into an object, a number into an array; undefined when the
 * record holds nothing there.
 */
export function jsonValueAt(record: string, path: ReadonlyArray<string | number>): JsonValue | undefined {
  let at: number | undefined = skipSpace(record, 0)
  for (const step of path) {
    const type = typeAt(record, at)
    if (typeof step === 'string' ? type !== 'object' : type !== 'array' || step < 0) return undefined
    at = typeof step === 'string' ? memberValue(record, at, step) : elementValue(record, at, step)
    if (at === undefined) return undefined
  }
  return {type: typeAt(record, at), offset: at, length: valueEnd(record, at) - at}
}
