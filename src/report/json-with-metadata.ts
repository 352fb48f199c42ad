// ESLint's `json-with-metadata`: `{results, metadata: {cwd, rulesMeta, …}}`
// (`lib/cli-engine/formatters/json-with-metadata.js`), with the metadata of
// the rules the results mention, and with `--stats` the run's statistics.

import type {StreamedResult} from '../engine/message-list.js'
import {jsonPieces} from './json.js'
import {fromPieces} from './pieces.js'
import {rulesMetaForResults} from './rule-meta.js'
import type {FormatContext} from './stylish.js'

/** `JSON.stringify({results, metadata})`, the results a message at a time. */
function* pieces(results: readonly StreamedResult[], context: FormatContext): Generator<string> {
  const metadata = {
    cwd: context.cwd,
    rulesMeta: rulesMetaForResults(results, context.rulesMeta),
    ...(context.maxWarningsExceeded ? {maxWarningsExceeded: context.maxWarningsExceeded} : {}),
    // bilint's addition (`--stats`): per rule units, problems and time, and the totals.
    ...(context.stats ? {stats: context.stats} : {})
  }
  yield '{"results":'
  yield* jsonPieces(results)
  yield `,"metadata":${JSON.stringify(metadata)}}`
}

export const jsonWithMetadata = fromPieces(pieces)
