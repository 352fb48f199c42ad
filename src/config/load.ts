// Find, read, validate and resolve `.lintrc.json` (with `extends` and
// `plugins`) into one config object.

import {existsSync} from 'node:fs'
import path from 'node:path'
import type {AnyRule} from '../engine/rule.js'
import type {Severity} from '../engine/types.js'
import type {Languages} from '../text/languages.js'
import {type FormatName, type FormatSetting, toFormatSetting} from '../corpus/formats/setting.js'
import {loadPlugins} from './plugins.js'
import {findConfig, readConfigJson} from './read.js'
import {parseSeverity} from './severity.js'
import type {PlaceholderSetting} from '../text/lexical/syntaxes.js'
import {ConfigError, validateCore, validateEncoding, validateLanguages, validatePlaceholders, validateRuleEntries} from './validate.js'

export {configFileName, findConfig, parseJson} from './read.js'

export interface RuleSetting {
  severity: Severity
  options?: Record<string, unknown>
}

export interface Override {
  files: string[]
  ignores: string[]
  languages?: Languages
  /** Segment format of the matched files (TSV columns, JSONL fields, ...). */
  format?: FormatSetting
  /** Encoding of the matched files without a BOM (WHATWG name). */
  encoding?: string
  /** Placeholder syntaxes of the matched files. */
  placeholders?: PlaceholderSetting[]
  rules: Map<string, RuleSetting>
}

export interface ResolvedConfig {
  /** Absolute path of the config file, if one was read. */
  configPath?: string
  /** Folder that `files`, `ignores` and override globs are relative to. */
  baseDir: string
  languages?: Languages
  files: string[]
  ignores: string[]
  rules: Map<string, RuleSetting>
  overrides: Override[]
  /** Core rules and plugin rules by id. */
  ruleMap: Map<string, AnyRule>
  /** Rules from `--rule`, applied over every file's config. */
  cliRules?: Map<string, RuleSetting>
  /** Let `--fix` apply unsafe fixes (`"unsafeFixes": true`). */
  unsafeFixes?: boolean
  /** Encoding of files without a BOM (WHATWG name); UTF-8 when absent. */
  encoding?: string
  /** Placeholder syntaxes (`"placeholders"`); the format's default when absent. */
  placeholders?: PlaceholderSetting[]
  /** The largest side of a unit that rules read, in UTF-8 bytes (`"maxUnitSize"`); see `src/engine/limits.ts`. */
  maxUnitSize?: number
  /** How it was loaded, so that a worker thread can load the same config (plugins hold functions, which do not cross threads). */
  recipe?: Omit<LoadOptions, 'coreRules'>
}

interface RawConfig {
  languages?: Languages
  files?: string[]
  ignores?: string[]
  extends?: string[]
  rules?: Record<string, unknown>
  overrides?: Array<{files: string[]; ignores?: string[]; languages?: Languages; format?: FormatName | FormatSetting; encoding?: string; placeholders?: PlaceholderSetting[]; rules?: Record<string, unknown>}>
  plugins?: string[]
  unsafeFixes?: boolean
  encoding?: string
  placeholders?: PlaceholderSetting[]
  maxUnitSize?: number
}

/** A config's JSON checked against the core schema. */
export function checkedConfig(json: unknown, displayPath: string): RawConfig {
  validateCore(json, displayPath)
  return json as RawConfig
}

function toSettings(entries: Record<string, unknown> | undefined, into = new Map<string, RuleSetting>()) {
  for (const [id, entry] of Object.entries(entries ?? {})) {
    const [severityValue, options] = Array.isArray(entry) ? entry : [entry]
    const severity = parseSeverity(severityValue)!
    // A severity alone keeps the options an earlier config gave (ESLint's merge).
    const previous = into.get(id)
    into.set(id, {severity, options: (options as Record<string, unknown> | undefined) ?? previous?.options})
  }
  return into
}

/** Rules that a preset turns on. */
function presetRules(name: string, rules: readonly AnyRule[], displayPath: string): Record<string, unknown> {
  if (name === 'bilint:recommended') {
    return Object.fromEntries(rules.filter((rule) => rule.meta.recommended).map((rule) => [rule.meta.id, rule.meta.recommended]))
  }
  if (name === 'bilint:all') return Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.recommended || 'error']))
  throw new ConfigError(displayPath, 'extends', `unknown preset "${name}"; expected "bilint:recommended" or "bilint:all"`)
}

export interface Layer {
  raw: RawConfig
  displayPath: string
  directory: string
}

interface ConfigWalk {
  /** The configs being read, from the first to the one being read. */
  chain: Array<{configPath: string; displayPath: string}>
  /** Configs read, with all they extend. */
  done: Set<string>
  layers: Layer[]
}

function shownPath(configPath: string): string {
  return path.relative(process.cwd(), configPath) || configPath
}

/**
 * Add the configs that `raw` extends to the walk, each after all it extends
 * and once only: in a diamond (A → B, C; B, C → D) D is read once and comes
 * first, so B and C still override it. Only a config that extends itself
 * along one path is a cycle.
 */
async function addExtended(raw: RawConfig, directory: string, displayPath: string, walk: ConfigWalk): Promise<void> {
  for (const [index, entry] of (raw.extends ?? []).entries()) {
    if (entry.startsWith('bilint:')) continue
    const extended = path.resolve(directory, entry)
    if (!existsSync(extended)) throw new ConfigError(displayPath, `extends[${index}]`, `cannot find "${entry}"`)
    await addConfig(extended, shownPath(extended), walk)
  }
}

async function addConfig(configPath: string, displayPath: string, walk: ConfigWalk): Promise<void> {
  const start = walk.chain.findIndex((link) => link.configPath === configPath)
  if (start !== -1) {
    const cycle = [...walk.chain.slice(start).map((link) => link.displayPath), displayPath].join(' → ')
    throw new ConfigError(displayPath, 'extends', `extends itself (a cycle of configs): ${cycle}`)
  }
  if (walk.done.has(configPath)) return
  walk.chain.push({configPath, displayPath})
  const raw = checkedConfig(await readConfigJson(configPath, displayPath), displayPath)
  await addExtended(raw, path.dirname(configPath), displayPath, walk)
  walk.chain.pop()
  walk.done.add(configPath)
  walk.layers.push({raw, displayPath, directory: path.dirname(configPath)})
}

export interface LoadOptions {
  /** Explicit config path (`--config`), relative to `cwd`. */
  configPath?: string
  /** Whether to look for `.lintrc.json` from `cwd` upward. */
  lookup: boolean
  cwd: string
  coreRules: readonly AnyRule[]
  /**
   * A config object, as `.lintrc.json` would hold it, instead of a file
   * (the programmatic `lint({config})`): validated the same way; its
   * `extends`, `plugins` and globs are relative to `cwd`.
   */
  inline?: unknown
}

/** The layers of a config file, or of an inline config: what it extends, then itself. */
async function collectLayers(found: string | undefined, inline: unknown, cwd: string, displayPath: string): Promise<Layer[]> {
  const walk: ConfigWalk = {chain: [], done: new Set(), layers: []}
  if (found) await addConfig(found, displayPath, walk)
  else {
    const raw = checkedConfig(inline, displayPath)
    await addExtended(raw, cwd, displayPath, walk)
    walk.layers.push({raw, displayPath, directory: cwd})
  }
  return walk.layers
}

export async function loadConfig({configPath, lookup, cwd, coreRules, inline}: LoadOptions): Promise<ResolvedConfig> {
  const found = inline !== undefined ? undefined : configPath ? path.resolve(cwd, configPath) : lookup ? findConfig(cwd) : undefined
  if (configPath && inline === undefined && !existsSync(found!)) throw new ConfigError(configPath, '', 'no such file')
  if (!found && inline === undefined) {
    return {baseDir: cwd, files: [], ignores: [], rules: new Map(), overrides: [], ruleMap: new Map(coreRules.map((rule) => [rule.meta.id, rule])), recipe: {configPath, lookup, cwd, inline}}
  }
  const displayPath = found ? path.relative(cwd, found) || path.basename(found) : '<config>'
  const layers = await collectLayers(found, inline, cwd, displayPath)

  const ruleMap = new Map(coreRules.map((rule) => [rule.meta.id, rule]))
  for (const layer of layers) {
    for (const [index, rule] of (await loadPlugins(layer.raw.plugins ?? [], layer.directory, layer.displayPath)).entries()) {
      if (ruleMap.has(rule.meta.id)) {
        throw new ConfigError(layer.displayPath, `plugins[${index}]`, `rule "${rule.meta.id}" is defined twice`)
      }
      ruleMap.set(rule.meta.id, rule)
    }
  }

  const config: ResolvedConfig = {configPath: found, baseDir: found ? path.dirname(found) : cwd, files: [], ignores: [], rules: new Map(), overrides: [], ruleMap, recipe: {configPath, lookup, cwd, inline}}
  for (const layer of layers) mergeLayer(config, layer)
  return config
}

/** Merge one layer over the config: later layers win, `ignores` add up. */
export function mergeLayer(config: ResolvedConfig, {raw, displayPath: shown}: Layer): void {
  const {ruleMap} = config
  validateLanguages(raw.languages, shown, '')
  for (const preset of raw.extends ?? []) {
    if (preset.startsWith('bilint:')) toSettings(presetRules(preset, [...ruleMap.values()], shown), config.rules)
  }
  validateRuleEntries(raw.rules ?? {}, ruleMap, shown, '')
  toSettings(raw.rules, config.rules)
  if (raw.languages) config.languages = raw.languages
  if (raw.files) config.files = raw.files
  if (raw.unsafeFixes !== undefined) config.unsafeFixes = raw.unsafeFixes
  config.encoding = validateEncoding(raw.encoding, shown, 'encoding') ?? config.encoding
  config.placeholders = validatePlaceholders(raw.placeholders, shown, 'placeholders') ?? config.placeholders
  if (raw.maxUnitSize !== undefined) config.maxUnitSize = raw.maxUnitSize
  // One at a time: a spread of 200,000 globs overflows the call stack.
  for (const glob of raw.ignores ?? []) config.ignores.push(glob)
  for (const [index, override] of (raw.overrides ?? []).entries()) {
    validateLanguages(override.languages, shown, `overrides[${index}].`)
    validateRuleEntries(override.rules ?? {}, ruleMap, shown, `overrides[${index}].`)
    const encoding = validateEncoding(override.encoding, shown, `overrides[${index}].encoding`)
    const placeholders = validatePlaceholders(override.placeholders, shown, `overrides[${index}].placeholders`)
    config.overrides.push({files: override.files, ignores: override.ignores ?? [], languages: override.languages, format: toFormatSetting(override.format), encoding, placeholders, rules: toSettings(override.rules)})
  }
}

/** Apply `--rule` entries (already parsed) over a config, validated like the file's rules. */
export function applyCliRules(config: ResolvedConfig, entries: Record<string, unknown>): void {
  validateRuleEntries(entries, config.ruleMap, '--rule', '')
  config.cliRules = toSettings(entries)
}
