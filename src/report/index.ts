// Formatters by name: pure functions from results to text.

import type {LintResult} from '../engine/types.js'
import {stylish, type FormatContext} from './stylish.js'

export type Formatter = (results: readonly LintResult[], context: FormatContext) => string

export const formatters: Record<string, Formatter> = {
  stylish,
  // ESLint's `json` is `JSON.stringify(results)`; tools that read it read ours.
  json: (results) => JSON.stringify(results)
}

export type {FormatContext}
