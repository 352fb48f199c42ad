// Validation of a config object, with errors that name the JSON path.

import {canonicalEncoding} from '../corpus/encoding.js'
import {isLanguageTag} from '../text/languages.js'
import {customPatternProblem} from '../text/lexical/protect.js'
import type {PlaceholderSetting} from '../text/lexical/syntaxes.js'
import type {AnyRule} from '../engine/rule.js'
import {configSchema} from './schema.js'
import {closest} from './closest.js'
import {parseSeverity} from './severity.js'
import {type ErrorObject, type ValidateFunction, validatorFor} from './validators.js'

export class ConfigError extends Error {
  constructor(
    readonly configPath: string,
    readonly jsonPath: string,
    readonly problem: string
  ) {
    super(`${configPath}: ${jsonPath ? jsonPath + ': ' : ''}${problem}`)
  }
}

let coreValidator: ValidateFunction | undefined

/** `/rules/paragraph-count/1` → `rules.paragraph-count[1]`. */
export function jsonPathOf(pointer: string, prefix = ''): string {
  let dotted = prefix
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    dotted += /^\d+$/.test(key) ? `[${key}]` : dotted ? `.${key}` : key
  }
  return dotted
}

function describeError(error: ErrorObject, prefix: string): {path: string; problem: string} {
  const path = jsonPathOf(error.instancePath, prefix)
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as {additionalProperty: string}).additionalProperty
      const allowed = Object.keys((error.parentSchema as {properties?: object})?.properties ?? {})
      return {
        path: path ? `${path}.${key}` : key,
        problem: `unknown key${allowed.length ? `; expected one of ${allowed.map((name) => `"${name}"`).join(', ')}` : ''}`
      }
    }
    case 'required':
      return {path, problem: `missing required key "${(error.params as {missingProperty: string}).missingProperty}"`}
    case 'enum':
      return {path, problem: `must be one of ${(error.params as {allowedValues: unknown[]}).allowedValues.map((value) => JSON.stringify(value)).join(', ')}`}
    default:
      return {path, problem: error.message ?? 'is invalid'}
  }
}

/** Check the core keys; rule entries are checked by `validateRuleEntries` once plugins are loaded. */
export function validateCore(config: unknown, configPath: string): void {
  coreValidator ??= validatorFor(configSchema([], {ruleEntries: false}))
  if (coreValidator(config)) return
  const error = coreValidator.errors![0]
  const {path, problem} = describeError(error, '')
  throw new ConfigError(configPath, path, problem)
}

function validateLanguage(tag: string, configPath: string, path: string) {
  if (!isLanguageTag(tag)) throw new ConfigError(configPath, path, `"${tag}" is not a valid BCP 47 language tag`)
}

/** Check an `encoding` against the labels `TextDecoder` knows; returns its WHATWG name (`cp1256` → `windows-1256`). */
export function validateEncoding(label: string | undefined, configPath: string, path: string): string | undefined {
  if (label === undefined) return undefined
  const name = canonicalEncoding(label)
  if (!name) {
    throw new ConfigError(configPath, path, `"${label}" is not an encoding bilint can read; use a WHATWG Encoding Standard label such as "utf-8", "windows-1256" or "windows-1251"`)
  }
  return name
}

/** Check that the user's own placeholder patterns compile. */
export function validatePlaceholders(settings: PlaceholderSetting[] | undefined, configPath: string, path: string): PlaceholderSetting[] | undefined {
  for (const [index, setting] of (settings ?? []).entries()) {
    if (typeof setting === 'string') continue
    const problem = customPatternProblem(setting.pattern)
    if (problem) throw new ConfigError(configPath, `${path}[${index}].pattern`, `not a valid regular expression: ${problem}`)
  }
  return settings
}

export function validateLanguages(languages: {source: string; target: string} | undefined, configPath: string, prefix: string) {
  if (!languages) return
  validateLanguage(languages.source, configPath, `${prefix}languages.source`)
  validateLanguage(languages.target, configPath, `${prefix}languages.target`)
}

/**
 * Check a `rules` object against the known rules: unknown ids, severities,
 * and each rule's options against its schema (rules turned off are not
 * checked, as in ESLint, so a project can park any value).
 */
export function validateRuleEntries(
  entries: Record<string, unknown>,
  known: ReadonlyMap<string, AnyRule>,
  configPath: string,
  prefix: string
): void {
  for (const [id, entry] of Object.entries(entries)) {
    const path = `${prefix}rules.${id}`
    const rule = known.get(id)
    if (!rule) {
      const suggestion = closest(id, [...known.keys()])
      throw new ConfigError(configPath, path, `unknown rule${suggestion ? `; did you mean "${suggestion}"?` : ''} (bilint --list-rules lists them)`)
    }
    const [severityValue, options] = Array.isArray(entry) ? entry : [entry]
    if (Array.isArray(entry) && (entry.length === 0 || entry.length > 2)) {
      throw new ConfigError(configPath, path, 'must be a severity or [severity, options]')
    }
    const severity = parseSeverity(severityValue)
    if (severity === undefined) {
      throw new ConfigError(configPath, Array.isArray(entry) ? `${path}[0]` : path, 'must be "off", "warn" or "error" (or 0, 1, 2)')
    }
    if (severity === 0 || options === undefined) continue
    const validator = validatorFor(rule.meta.schema)
    if (!validator(options)) {
      const {path: optionPath, problem} = describeError(validator.errors![0], `${path}[1]`)
      throw new ConfigError(configPath, optionPath, problem)
    }
  }
}

export {closest} from './closest.js'
