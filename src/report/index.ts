// Formatters by name: pure functions from results to text.

import type {StreamedResult} from '../engine/message-list.js'
import type {LintResult} from '../engine/types.js'
import {compact} from './compact.js'
import {github} from './github.js'
import {gitlab} from './gitlab.js'
import {html} from './html/index.js'
import {json} from './json.js'
import {jsonWithMetadata} from './json-with-metadata.js'
import {junit} from './junit.js'
import {sarif} from './sarif.js'
import {stylish, type FormatContext} from './stylish.js'
import {unix} from './unix.js'

/** `needsDocuments`: the formatter shows the text itself, so `lintCorpus` keeps the units' views (`keepDocuments`). `pieces`: see below. */
export type Formatter = ((results: readonly LintResult[], context: FormatContext) => string) & {
  needsDocuments?: boolean
  /**
   * The same text as the formatter's, in pieces that the CLI writes one by
   * one, from results whose messages may be on disk (`resultFiles` of a
   * spooled run): a large report is never one string, nor in memory.
   */
  pieces?: (results: readonly StreamedResult[], context: FormatContext) => Iterable<string>
}

export const formatters: Record<string, Formatter> = {
  stylish,
  json,
  'json-with-metadata': jsonWithMetadata,
  compact,
  unix,
  sarif,
  github,
  gitlab,
  html,
  junit
}

export type {FormatContext}
