// `--format`: a built-in formatter's name, or a path to a module whose
// default export is a formatter (ESLint's custom formatters), resolved
// against the working folder.

import {existsSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {AnyRule, RuleMeta} from '../engine/rule.js'
import type {LintResult} from '../engine/types.js'
import {builtInFormatter, formatterNames} from '../report/by-name.js'
import type {FormatContext} from '../report/index.js'
import {ruleDocsUrl} from '../report/rule-docs.js'
import {UsageError} from './args.js'

/** A formatter as a module may give it: ESLint allows an async one. */
export type LoadedFormatter = (results: readonly LintResult[], context: FormatContext) => string | Promise<string>

// A name with a path separator or a module extension is a path, not a built-in's name.
const looksLikePath = /[\\/]|\.[cm]?js$/

export async function loadFormatter(format: string, cwd: string): Promise<LoadedFormatter> {
  const builtIn = builtInFormatter(format)
  if (builtIn) return builtIn
  if (!looksLikePath.test(format)) {
    throw new UsageError(`Unknown format "${format}": expected one of ${formatterNames.join(', ')}, or a path to a formatter module`)
  }
  const modulePath = path.resolve(cwd, format)
  if (!existsSync(modulePath)) throw new UsageError(`Cannot find the formatter module "${format}" (looked at ${modulePath})`)
  let loaded: {default?: unknown}
  try {
    loaded = (await import(pathToFileURL(modulePath).href)) as {default?: unknown}
  } catch (error) {
    throw new UsageError(`Cannot load the formatter module "${format}": ${(error as Error).message}`)
  }
  if (typeof loaded.default !== 'function') throw new UsageError(`The formatter module "${format}" has no default export that is a function`)
  return loaded.default as LoadedFormatter
}

/** What a formatter's context adds to `cwd` and `color`: the rules' metadata, and whether warnings exceeded `--max-warnings`. */
export function reportMetadata(
  ruleMap: ReadonlyMap<string, {meta: RuleMeta<unknown>}>,
  maxWarnings: number,
  foundWarnings: number
): Pick<FormatContext, 'rulesMeta' | 'maxWarningsExceeded'> {
  // Each rule's docs URL goes with its metadata (`rulesMeta[id].docs.url`), as ESLint's does.
  const rulesMeta = Object.fromEntries(
    [...ruleMap].map(([id, rule]) => [id, {...rule.meta, docs: {...rule.meta.docs, url: ruleDocsUrl(rule as AnyRule)}}])
  )
  return maxWarnings >= 0 && foundWarnings > maxWarnings ? {rulesMeta, maxWarningsExceeded: {maxWarnings, foundWarnings}} : {rulesMeta}
}
