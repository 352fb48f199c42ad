// The CLI's side of bulk suppressions: which flags go together, where the
// file is, reading and writing it (the logic is in engine/suppressions.ts).
// ESLint's `lib/cli.js` order: suppress, then prune, then apply.

import {existsSync, statSync} from 'node:fs'
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {
  applySuppressions,
  defaultSuppressionsFile,
  prune,
  serialiseSuppressions,
  suppress,
  type AppliedSuppressions,
  type Suppressions
} from '../engine/suppressions.js'
import type {StreamedResult} from '../engine/message-list.js'
import {UsageError} from './args.js'

export interface SuppressionOptions {
  suppressAll: boolean
  suppressRules: readonly string[]
  pruneSuppressions: boolean
  suppressionsLocation?: string
}

export const unusedSuppressionsMessage =
  'There are suppressions left that do not occur anymore. Run again with `--prune-suppressions` to remove them, or with `--pass-on-unpruned-suppressions` to ignore them.'

/** The suppressions file: `--suppressions-location` (a file, or a folder to hold the default name) or `bilint-suppressions.json`. */
export function suppressionsFile(location: string | undefined, cwd: string): string {
  const resolved = path.resolve(cwd, location ?? defaultSuppressionsFile)
  return existsSync(resolved) && statSync(resolved).isDirectory() ? path.join(resolved, defaultSuppressionsFile) : resolved
}

async function load(file: string): Promise<Suppressions> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw error
  }
  try {
    return JSON.parse(text) as Suppressions
  } catch (error) {
    throw new UsageError(`Cannot parse the suppressions file ${file}: ${(error as Error).message}`)
  }
}

function checkCombination(options: SuppressionOptions): void {
  const suppressRule = options.suppressRules.length > 0
  if (options.suppressAll && suppressRule) throw new UsageError('--suppress-all and --suppress-rule cannot be used together')
  if (options.suppressAll && options.pruneSuppressions) throw new UsageError('--suppress-all and --prune-suppressions cannot be used together')
  if (suppressRule && options.pruneSuppressions) throw new UsageError('--suppress-rule and --prune-suppressions cannot be used together')
}

/**
 * Update the suppressions file as the flags ask, then apply it. Without a
 * file and without flags, the results pass through unchanged.
 */
export async function runSuppressions<Result extends StreamedResult>(
  results: Result[],
  options: SuppressionOptions,
  cwd: string
): Promise<AppliedSuppressions<Result>> {
  checkCombination(options)
  const file = suppressionsFile(options.suppressionsLocation, cwd)
  const writing = options.suppressAll || options.suppressRules.length > 0
  const exists = existsSync(file)
  if (options.suppressionsLocation && !exists && !writing) {
    throw new UsageError(`The suppressions file ${options.suppressionsLocation} does not exist: create it with --suppress-all or --suppress-rule`)
  }
  if (!writing && !options.pruneSuppressions && !exists) return {results, unused: {}}
  let suppressions = await load(file)
  if (writing) suppressions = suppress(suppressions, results, cwd, options.suppressAll ? undefined : options.suppressRules)
  if (options.pruneSuppressions) suppressions = prune(suppressions, results, cwd, existsSync)
  if (writing || options.pruneSuppressions) await writeFile(file, serialiseSuppressions(suppressions))
  return applySuppressions(results, suppressions, cwd)
}
