// The config that applies to one file: base rules, matching overrides, then `--rule`.

import path from 'node:path'
import type {ActiveRule} from '../engine/lint-unit.js'
import type {Languages} from '../text/languages.js'
import type {FormatSetting} from '../corpus/formats/setting.js'
import type {PlaceholderSetting} from '../text/lexical/syntaxes.js'
import type {ResolvedConfig, RuleSetting} from './load.js'
import {compileGlobs, matchesPathOrFolder, type PathMatcher} from './globs.js'

export interface FileConfig {
  languages?: Languages
  format?: FormatSetting
  /** Encoding of the file when it has no BOM (WHATWG name); UTF-8 when absent. */
  encoding?: string
  /** Placeholder syntaxes of the file; the format's default when absent. */
  placeholders?: PlaceholderSetting[]
  rules: Map<string, RuleSetting>
}

// A config's glob lists are compiled once, however many files they are matched against.
const matchers = new WeakMap<readonly string[], PathMatcher>()

/** The compiled matcher of a config's glob list. */
export function matcherOf(globs: readonly string[]): PathMatcher {
  let matcher = matchers.get(globs)
  if (!matcher) matchers.set(globs, (matcher = compileGlobs(globs)))
  return matcher
}

const ignoreMatchers = new WeakMap<readonly string[], PathMatcher>()

/**
 * Whether the config's `ignores` leave out a path relative to the config
 * folder: a glob leaves out the files it matches and every file in a folder
 * it matches; a glob ending in `/` matches folders only (ESLint's rule). One
 * rule for the walk of `files`, a folder named on the command line and a glob.
 */
export function ignoredBy(ignores: readonly string[]): PathMatcher {
  let ignored = ignoreMatchers.get(ignores)
  if (!ignored) {
    const matcher = compileGlobs(ignores.map((glob) => (glob.endsWith('/') ? `${glob}**` : glob)))
    ignored = ignores.length === 0 ? () => false : (relativePath) => matchesPathOrFolder(matcher, relativePath)
    ignoreMatchers.set(ignores, ignored)
  }
  return ignored
}

/** Whether a path relative to the config folder matches one of `globs`. */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  return globs.length > 0 && matcherOf(globs)(relativePath)
}

export function relativeToConfig(config: ResolvedConfig, filePath: string): string {
  return path.relative(config.baseDir, filePath).split(path.sep).join('/')
}

export function configForFile(config: ResolvedConfig, filePath: string): FileConfig {
  return configOfOverrides(config, matchingOverrides(config, filePath))
}

/**
 * `configForFile` for the files of one run: files that match the same
 * overrides share one config, built once (a corpus of 26,000 documents would
 * otherwise copy the rules several times per file).
 */
export function fileConfigsOf(config: ResolvedConfig): (filePath: string) => FileConfig {
  const shared = new Map<string, FileConfig>()
  return (filePath) => {
    const matched = matchingOverrides(config, filePath)
    const key = matched.join(',')
    let fileConfig = shared.get(key)
    if (!fileConfig) shared.set(key, (fileConfig = configOfOverrides(config, matched)))
    return fileConfig
  }
}

/** The indices of the overrides that apply to `filePath`: files that match the same ones have the same config. */
function matchingOverrides(config: ResolvedConfig, filePath: string): number[] {
  const relative = relativeToConfig(config, filePath)
  const matched: number[] = []
  config.overrides.forEach((override, index) => {
    if (matchesAny(relative, override.files) && !matchesAny(relative, override.ignores)) matched.push(index)
  })
  return matched
}

/** The config of a file that the overrides `matched` apply to (indices, in order): base rules, those overrides, then `--rule`. */
function configOfOverrides(config: ResolvedConfig, matched: readonly number[]): FileConfig {
  const rules = new Map(config.rules)
  let languages = config.languages
  let format: FormatSetting | undefined
  let encoding = config.encoding
  let placeholders = config.placeholders
  for (const index of matched) {
    const override = config.overrides[index]
    if (override.languages) languages = override.languages
    if (override.format) format = override.format
    if (override.encoding) encoding = override.encoding
    if (override.placeholders) placeholders = override.placeholders
    for (const [id, setting] of override.rules) rules.set(id, {severity: setting.severity, options: setting.options ?? rules.get(id)?.options})
  }
  for (const [id, setting] of config.cliRules ?? []) rules.set(id, {severity: setting.severity, options: setting.options ?? rules.get(id)?.options})
  return {languages, format, encoding, placeholders, rules}
}

/** The rules to run, in registry order, with options merged over each rule's defaults. */
export function activeRules(config: ResolvedConfig, fileConfig: FileConfig): ActiveRule[] {
  const active: ActiveRule[] = []
  for (const [id, setting] of fileConfig.rules) {
    if (setting.severity === 0) continue
    const rule = config.ruleMap.get(id)!
    active.push({rule, severity: setting.severity, options: {...rule.meta.defaultOptions, ...setting.options}})
  }
  return active.sort((a, b) => a.rule.meta.id.localeCompare(b.rule.meta.id))
}
