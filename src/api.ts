// The programmatic API in one call each, as ESLint's `lintFiles` and
// `outputFixes` are: `lint()` returns ESLint-format results, `fix()` also
// writes the safe fixes to the files.

import {rules as coreRules} from '../rules/index.js'
import {loadConfig, type ResolvedConfig} from './config/load.js'
import type {LintResult} from './engine/types.js'
import {lintCorpus, writeFixes} from './lint.js'
import type {Concurrency} from './pool.js'

export interface LintOptions {
  /** The folder that paths, globs and config lookup start from; `process.cwd()` when not given. */
  cwd?: string
  /**
   * The config: a path to a config file (relative to `cwd`), an object as
   * `.lintrc.json` holds it, or one `loadConfig` returned. Without it, the
   * nearest `.lintrc.json` from `cwd` upward.
   */
  config?: string | Record<string, unknown> | ResolvedConfig
  /** Files, folders or globs to lint; without them, the config's `files`. */
  files?: readonly string[]
  /** Worker threads, as `--concurrency`: `auto`, a number, or `off` (the default). The results are the same. */
  concurrency?: Concurrency
}

export interface FixOptions extends LintOptions {
  /** Apply unsafe fixes too, as `--unsafe-fixes` does. */
  unsafeFixes?: boolean
}

function isResolved(config: LintOptions['config']): config is ResolvedConfig {
  return typeof config === 'object' && (config as ResolvedConfig).ruleMap instanceof Map
}

async function resolve(config: LintOptions['config'], cwd: string): Promise<ResolvedConfig> {
  if (isResolved(config)) return config
  if (typeof config === 'string') return loadConfig({configPath: config, lookup: false, cwd, coreRules})
  return loadConfig({lookup: true, cwd, coreRules, inline: config})
}

async function run(options: FixOptions, fix: boolean) {
  const cwd = options.cwd ?? process.cwd()
  const config = await resolve(options.config, cwd)
  // The results are returned as arrays: a spool would be read back into memory anyway.
  const report = await lintCorpus({
    cwd,
    patterns: options.files ?? [],
    config,
    fix,
    unsafeFixes: options.unsafeFixes ?? config.unsafeFixes,
    concurrency: options.concurrency,
    messagesInMemory: Infinity
  })
  // As ESLint's lintFiles does, a rule that throws fails the call.
  if (report.crashes.length > 0) throw report.crashes[0]
  return report
}

/**
 * Lint a corpus and return ESLint's `LintResult[]`, one per file, sorted by
 * path. A bad config throws a `ConfigError`; a rule that throws, its error.
 */
export async function lint(options: LintOptions = {}): Promise<LintResult[]> {
  return (await run(options, false)).results
}

/**
 * Lint, apply the fixes (safe ones; unsafe ones too with `unsafeFixes`) and
 * write the changed files. The results are those after fixing, with
 * ESLint's `output` on each file that changed.
 */
export async function fix(options: FixOptions = {}): Promise<LintResult[]> {
  const report = await run(options, true)
  const problems = await writeFixes(report)
  if (problems.length > 0) throw new Error(problems.map((problem) => `${problem.filePath}: ${problem.message}`).join('\n'))
  return report.results
}
