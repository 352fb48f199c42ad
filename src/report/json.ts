// ESLint's `json` formatter is `JSON.stringify(results)`; tools that read it read ours.

import type {LintResult} from '../engine/types.js'

/** The result properties that hold one entry per finding, given an entry at a time. */
const listed = new Set(['messages', 'suppressedMessages'])

function hasToJSON(value: object): boolean {
  return typeof (value as {toJSON?: unknown}).toJSON === 'function'
}

/** `JSON.stringify(list)`, an element at a time: an array is its elements' text joined by commas. */
function* listPieces(list: readonly unknown[]): Generator<string> {
  yield '['
  for (let index = 0; index < list.length; index++) yield (index > 0 ? ',' : '') + (JSON.stringify(list[index]) ?? 'null')
  yield ']'
}

/**
 * `JSON.stringify(result)`, its findings a message at a time. Properties
 * come in their own order, and those JSON leaves out (undefined) are left
 * out: the text is the same.
 */
function* resultPieces(result: LintResult): Generator<string> {
  // What JSON would not read property by property (a plugin's result with its own `toJSON`, a hole): whole.
  if (typeof result !== 'object' || result === null || Array.isArray(result) || hasToJSON(result)) {
    yield JSON.stringify(result) ?? 'null'
    return
  }
  let opening = '{'
  for (const [key, value] of Object.entries(result)) {
    const inPieces = listed.has(key) && Array.isArray(value) && !hasToJSON(value)
    const whole = inPieces ? undefined : (JSON.stringify(value) as string | undefined)
    if (!inPieces && whole === undefined) continue
    yield `${opening}${JSON.stringify(key)}:`
    opening = ','
    if (inPieces) yield* listPieces(value as unknown[])
    else yield whole!
  }
  yield opening === '{' ? '{}' : '}'
}

/**
 * The same text in pieces, for the CLI to write as it goes: a corpus with
 * hundreds of thousands of findings is hundreds of megabytes of JSON, twice
 * that as one string once a name in Arabic makes it two bytes a character,
 * and a TSV corpus is often one file, so one result holds them all (1 GB of
 * TSV: 113,867 findings, about 40 million characters).
 */
function* pieces(results: readonly LintResult[]): Generator<string> {
  yield '['
  for (let index = 0; index < results.length; index++) {
    if (index > 0) yield ','
    yield* resultPieces(results[index])
  }
  yield ']'
}

export const json = Object.assign((results: readonly LintResult[]): string => JSON.stringify(results), {pieces})
