// The JSON Schema of `.lintrc.json`: the core keys, and every rule's options.
// `schema/lintrc.json` is generated from `configSchema(rules)` so editors
// complete and check the file; validation uses the same pieces.

import type {AnyRule} from '../engine/rule.js'
import {formatSchema} from '../corpus/formats/setting.js'
import {placeholderSyntaxes} from '../text/lexical/syntaxes.js'

export const severitySchema = {
  description: '"off" or 0, "warn" or 1, "error" or 2',
  enum: ['off', 'warn', 'error', 0, 1, 2]
} as const

const languageTag = {type: 'string', minLength: 1, description: 'A BCP 47 language tag, such as "en", "ar", "fa" or "zh-Hans"'}

const globs = {type: 'array', items: {type: 'string', minLength: 1}}

const encoding = {
  type: 'string',
  minLength: 1,
  description: 'The encoding of files without a byte order mark: a label TextDecoder knows (WHATWG Encoding Standard), such as "utf-8" (the default), "windows-1256" or "windows-1251"'
}

/** `placeholders`: built-in syntaxes by name, or a user's own pattern. */
const placeholders = {
  type: 'array',
  description:
    'The placeholder syntaxes of the matched files, which rules read as codes, not words: "printf" (%s, %1$d), "python" (%(name)s), "brace" ({name}, {0}), "dollar" ($name, ${name}), "icu" (ICU MessageFormat), or {"pattern": "a regular expression", "name": "..."}. A PO entry\'s format flags (#, python-format) choose for it; the default is ["printf", "python", "brace"] for segment files and none for documents',
  items: {
    anyOf: [
      {enum: [...placeholderSyntaxes]},
      {
        type: 'object',
        properties: {pattern: {type: 'string', minLength: 1, description: 'A JavaScript regular expression (with the u flag)'}, name: {type: 'string', minLength: 1}},
        required: ['pattern'],
        additionalProperties: false
      }
    ]
  }
} as const

/** The schema of one rule's entry: a severity, or `[severity, options]`. */
export function ruleEntrySchema(rule?: AnyRule): Record<string, unknown> {
  const options = rule ? rule.meta.schema : {type: 'object'}
  return {
    ...(rule ? {description: rule.meta.description} : {}),
    anyOf: [
      severitySchema,
      {type: 'array', prefixItems: [severitySchema, options], items: false, minItems: 1}
    ]
  }
}

/**
 * The schema of `.lintrc.json`. With `ruleEntries: false`, rule entries are
 * left to `validateRuleEntries`, which knows plugin rules and words its
 * errors for people; editors get the full schema.
 */
export function configSchema(rules: readonly AnyRule[], {ruleEntries = true} = {}): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleEntrySchema(rule)]))
  const rulesSchema = ruleEntries
    ? {
        type: 'object',
        description: 'Rule severities and options, by rule id',
        properties: ruleProperties,
        // Plugin rules are not known to the editor schema; bilint checks them when it loads the plugins.
        additionalProperties: ruleEntrySchema()
      }
    : {type: 'object'}
  const languages = {
    type: 'object',
    description: 'The language of each version',
    properties: {source: languageTag, target: languageTag},
    required: ['source', 'target'],
    additionalProperties: false
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'bilint configuration (.lintrc.json)',
    type: 'object',
    properties: {
      $schema: {type: 'string'},
      languages,
      files: {...globs, description: 'Globs of the files to lint, relative to this file'},
      ignores: {...globs, description: 'Globs of files never to lint'},
      extends: {
        type: 'array',
        description: '"bilint:recommended", "bilint:all", or a path to another config, relative to this file',
        items: {type: 'string', minLength: 1}
      },
      rules: rulesSchema,
      overrides: {
        type: 'array',
        description: 'Settings for the files that match `files`',
        items: {
          type: 'object',
          properties: {files: globs, ignores: globs, languages, format: formatSchema, encoding, placeholders, rules: rulesSchema},
          required: ['files'],
          additionalProperties: false
        }
      },
      plugins: {
        type: 'array',
        description: 'Local files (relative to this file) or npm packages that export rules',
        items: {type: 'string', minLength: 1}
      },
      unsafeFixes: {type: 'boolean', description: 'Let `--fix` apply unsafe fixes too, as `--unsafe-fixes` does'},
      encoding,
      placeholders,
      maxUnitSize: {
        type: 'integer',
        minimum: 1,
        description: 'The largest side of a unit that rules read, in UTF-8 bytes (default 10000000): a larger unit gets one message and is skipped'
      }
    },
    additionalProperties: false
  }
}

