// ESLint's `json` formatter is `JSON.stringify(results)`; tools that read it read ours.

import {isMessageList, type MessageList, type StreamedResult} from '../engine/message-list.js'
import type {LintResult} from '../engine/types.js'

/** The result properties that hold one entry per finding, given an entry at a time. */
const listed = new Set(['messages', 'suppressedMessages'])

function hasToJSON(value: object): boolean {
  return typeof (value as {toJSON?: unknown}).toJSON === 'function'
}

/** `JSON.stringify(list)`, an element at a time: an array is its elements' text joined by commas. */
function* listPieces(list: MessageList): Generator<string> {
  yield '['
  let first = true
  for (const message of list) {
    yield (first ? '' : ',') + (JSON.stringify(message) ?? 'null')
    first = false
  }
  yield ']'
}

/**
 * `JSON.stringify(result)`, its findings a message at a time. Properties
 * come in their own order, and those JSON leaves out (undefined) are left
 * out: the text is the same.
 */
function* resultPieces(result: StreamedResult): Generator<string> {
  // What JSON would not read property by property (a plugin's result with its own `toJSON`, a hole): whole.
  if (typeof result !== 'object' || result === null || Array.isArray(result) || hasToJSON(result)) {
    yield JSON.stringify(result) ?? 'null'
    return
  }
  let opening = '{'
  for (const [key, value] of Object.entries(result)) {
    const inPieces = listed.has(key) && isMessageList(value) && !hasToJSON(value)
    const whole = inPieces ? undefined : (JSON.stringify(value) as string | undefined)
    if (!inPieces && whole === undefined) continue
    yield `${opening}${JSON.stringify(key)}:`
    opening = ','
    if (inPieces) yield* listPieces(value as MessageList)
    else yield whole!
  }
  yield opening === '{' ? '{}' : '}'
}

/**
 * The results in pieces, for the CLI to write as it goes: a corpus with
 * hundreds of thousands of findings is hundreds of megabytes of JSON, twice
 * that as one string once a name in Arabic makes it two bytes a character,
 * and a TSV corpus is often one file, so one result holds them all (1 GB of
 * TSV: 113,867 findings, about 40 million characters).
 */
export function* jsonPieces(results: readonly StreamedResult[]): Generator<string> {
  yield '['
  for (let index = 0; index < results.length; index++) {
    if (index > 0) yield ','
    yield* resultPieces(results[index])
  }
  yield ']'
}

/** In memory, the reference: `JSON.stringify`, which the pieces join into byte for byte. */
export const json = Object.assign((results: readonly LintResult[]): string => JSON.stringify(results), {pieces: jsonPieces})
