// Find, read, validate and resolve `.lintrc.json` (with `extends` and
// `plugins`) into one config object.

import {existsSync, statSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {AnyRule} from '../engine/rule.js'
import type {Severity} from '../engine/types.js'
import type {Languages} from '../text/languages.js'
import {type FormatName, type FormatSetting, toFormatSetting} from '../corpus/formats/setting.js'
import {loadPlugins} from './plugins.js'
import {parseSeverity} from './severity.js'
import type {PlaceholderSetting} from '../text/lexical/syntaxes.js'
import {ConfigError, validateCore, validateEncoding, validateLanguages, validatePlaceholders, validateRuleEntries} from './validate.js'

export const configFileName = '.lintrc.json'

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

/** The nearest `.lintrc.json` from `cwd` upward, or undefined. */
export function findConfig(cwd: string): string | undefined {
  let directory = path.resolve(cwd)
  for (;;) {
    const candidate = path.join(directory, configFileName)
    if (existsSync(candidate)) return candidate
    const parent = path.dirname(directory)
    if (parent === directory) return undefined
    directory = parent
  }
}

/** Parse JSON, turning a syntax error into a message with line and column. */
export function parseJson(text: string, displayPath: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const reason = (error as Error).message
    const offset = Number(/position (\d+)/.exec(reason)?.[1])
    if (Number.isNaN(offset)) throw new ConfigError(displayPath, '', `invalid JSON: ${reason}`)
    const before = text.slice(0, offset).split(/\r\n|\r|\n/)
    const line = before.length
    const column = before.at(-1)!.length + 1
    throw new ConfigError(displayPath, '', `invalid JSON at line ${line}, column ${column}: ${reason.replace(/ in JSON at position \d+.*$/, '')}`)
  }
}

async function readRaw(configPath: string, displayPath: string): Promise<RawConfig> {
  let text: string
  try {
    if (statSync(configPath).isDirectory()) throw new ConfigError(displayPath, '', 'is a directory, not a JSON file')
    text = await readFile(configPath, 'utf8')
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(displayPath, '', `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  const raw = parseJson(text.replace(/^\uFEFF/, ''), displayPath)
  validateCore(raw, displayPath)
  return raw as RawConfig
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

interface Layer {
  raw: RawConfig
  displayPath: string
  directory: string
}

/** The config and everything it extends, in order of increasing precedence. */
async function collectLayers(configPath: string, displayPath: string, seen: Set<string>): Promise<Layer[]> {
  if (seen.has(configPath)) throw new ConfigError(displayPath, 'extends', 'extends itself (a cycle of configs)')
  seen.add(configPath)
  const raw = await readRaw(configPath, displayPath)
  const layers: Layer[] = []
  for (const [index, entry] of (raw.extends ?? []).entries()) {
    if (entry.startsWith('bilint:')) continue
    const extended = path.resolve(path.dirname(configPath), entry)
    if (!existsSync(extended)) throw new ConfigError(displayPath, `extends[${index}]`, `cannot find "${entry}"`)
    layers.push(...(await collectLayers(extended, path.relative(process.cwd(), extended) || extended, seen)))
  }
  layers.push({raw, displayPath, directory: path.dirname(configPath)})
  return layers
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

/** The layers of an inline config: what it extends, then itself. */
async function inlineLayers(raw: unknown, cwd: string, displayPath: string): Promise<Layer[]> {
  validateCore(raw, displayPath)
  const config = raw as RawConfig
  const layers: Layer[] = []
  for (const [index, entry] of (config.extends ?? []).entries()) {
    if (entry.startsWith('bilint:')) continue
    const extended = path.resolve(cwd, entry)
    if (!existsSync(extended)) throw new ConfigError(displayPath, `extends[${index}]`, `cannot find "${entry}"`)
    layers.push(...(await collectLayers(extended, path.relative(process.cwd(), extended) || extended, new Set())))
  }
  layers.push({raw: config, displayPath, directory: cwd})
  return layers
}

export async function loadConfig({configPath, lookup, cwd, coreRules, inline}: LoadOptions): Promise<ResolvedConfig> {
  const found = inline !== undefined ? undefined : configPath ? path.resolve(cwd, configPath) : lookup ? findConfig(cwd) : undefined
  if (configPath && inline === undefined && !existsSync(found!)) throw new ConfigError(configPath, '', 'no such file')
  if (!found && inline === undefined) {
    return {baseDir: cwd, files: [], ignores: [], rules: new Map(), overrides: [], ruleMap: new Map(coreRules.map((rule) => [rule.meta.id, rule])), recipe: {configPath, lookup, cwd, inline}}
  }
  const displayPath = found ? path.relative(cwd, found) || path.basename(found) : '<config>'
  const layers = found ? await collectLayers(found, displayPath, new Set()) : await inlineLayers(inline, cwd, displayPath)

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
  for (const {raw, displayPath: shown} of layers) {
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
    // A loop, not push(...): a list may be longer than a call takes arguments.
    for (const pattern of raw.ignores ?? []) config.ignores.push(pattern)
    for (const [index, override] of (raw.overrides ?? []).entries()) {
      validateLanguages(override.languages, shown, `overrides[${index}].`)
      validateRuleEntries(override.rules ?? {}, ruleMap, shown, `overrides[${index}].`)
      const encoding = validateEncoding(override.encoding, shown, `overrides[${index}].encoding`)
      const placeholders = validatePlaceholders(override.placeholders, shown, `overrides[${index}].placeholders`)
      config.overrides.push({files: override.files, ignores: override.ignores ?? [], languages: override.languages, format: toFormatSetting(override.format), encoding, placeholders, rules: toSettings(override.rules)})
    }
  }
  return config
}

/** Apply `--rule` entries (already parsed) over a config, validated like the file's rules. */
export function applyCliRules(config: ResolvedConfig, entries: Record<string, unknown>): void {
  validateRuleEntries(entries, config.ruleMap, '--rule', '')
  config.cliRules = toSettings(entries)
}
