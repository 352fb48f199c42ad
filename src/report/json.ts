// ESLint's `json` formatter is `JSON.stringify(results)`; tools that read it read ours.

import type {LintResult} from '../engine/types.js'

/**
 * The same text, a result at a time, for the CLI to write as it goes: a
 * corpus with hundreds of thousands of findings is hundreds of megabytes of
 * JSON, twice that as one string once a name in Arabic makes it two bytes a
 * character. `JSON.stringify` of an array is its elements' joined by commas.
 */
function* pieces(results: readonly LintResult[]): Generator<string> {
  yield '['
  for (let index = 0; index < results.length; index++) yield (index > 0 ? ',' : '') + JSON.stringify(results[index])
  yield ']'
}

export const json = Object.assign((results: readonly LintResult[]): string => JSON.stringify(results), {pieces})
