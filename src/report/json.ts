// ESLint's `json` formatter is `JSON.stringify(results)`; tools that read it read ours.

import type {LintResult} from '../engine/types.js'

export const json = (results: readonly LintResult[]): string => JSON.stringify(results)
