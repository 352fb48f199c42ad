// ESLint's `json-with-metadata`: `{results, metadata: {cwd, rulesMeta, …}}`
// (`lib/cli-engine/formatters/json-with-metadata.js`), with the metadata of
// the rules the results mention, and with `--stats` the run's statistics.

import type {LintResult} from '../engine/types.js'
import {rulesMetaForResults} from './rule-meta.js'
import type {FormatContext} from './stylish.js'

export function jsonWithMetadata(results: readonly LintResult[], context: FormatContext): string {
  const metadata = {
    cwd: context.cwd,
    rulesMeta: rulesMetaForResults(results, context.rulesMeta),
    ...(context.maxWarningsExceeded ? {maxWarningsExceeded: context.maxWarningsExceeded} : {}),
    // bilint's addition (`--stats`): per rule units, problems and time, and the totals.
    ...(context.stats ? {stats: context.stats} : {})
  }
  return JSON.stringify({results, metadata})
}
