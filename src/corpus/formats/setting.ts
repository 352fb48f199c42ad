// Segment formats: their names, options, how a file's format is recognised,
// and the items their readers yield.

import path from 'node:path'
import type {Directive} from '../../engine/directives.js'
import type {Unit} from '../../engine/types.js'
import type {InputError} from '../source-file.js'

export const formatNames = ['tsv', 'moses', 'tmx', 'xliff', 'po', 'jsonl'] as const
export type FormatName = (typeof formatNames)[number]

/** `format` of an override: a name, or a name with the format's options. */
export interface FormatSetting {
  name: FormatName
  /** TSV: whether the first row names the columns. */
  header?: boolean
  /** TSV: 1-based column number or header name; JSONL: dotted field path. */
  source?: number | string
  target?: number | string
  /** PO: whether fuzzy entries are linted (`include`) or left out (`skip`, the default). */
  fuzzy?: 'skip' | 'include'
  /** XLIFF: target states left out (default: the untranslated ones, `new`, `needs-translation`, `initial`). */
  skipStates?: string[]
}

/** XLIFF states of targets nobody has translated yet: 1.2 `new`, `needs-translation`; 2.x `initial`. */
export const untranslatedStates = ['new', 'needs-translation', 'initial']

export const formatSchema = {
  description: 'The segment format of the matched files, or {"name", ...options}; by default chosen by extension',
  // if/then/else rather than anyOf, so that a bad option is reported as itself, not as "must be a name".
  if: {type: 'string'},
  then: {enum: [...formatNames]},
  else: {
    type: 'object',
    properties: {
      name: {enum: [...formatNames]},
      header: {type: 'boolean', description: 'TSV: the first row names the columns'},
      source: {type: ['integer', 'string'], minimum: 1, description: 'TSV: 1-based column or header name; JSONL: dotted field path'},
      target: {type: ['integer', 'string'], minimum: 1, description: 'TSV: 1-based column or header name; JSONL: dotted field path'},
      fuzzy: {enum: ['skip', 'include'], description: 'PO: lint fuzzy entries or leave them out'},
      skipStates: {
        type: 'array',
        items: {type: 'string'},
        description: 'XLIFF: target states to leave out (default ["new", "needs-translation", "initial"]; [] lints every unit)'
      }
    },
    required: ['name'],
    additionalProperties: false
  }
} as const

/** The setting an override's `format` value stands for. */
export function toFormatSetting(value: FormatName | FormatSetting | undefined): FormatSetting | undefined {
  return typeof value === 'string' ? {name: value} : value
}

const byExtension = new Map<string, FormatName>([
  ['.tsv', 'tsv'],
  ['.tmx', 'tmx'],
  ['.xlf', 'xliff'],
  ['.xliff', 'xliff'],
  ['.po', 'po'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl']
])

/** The segment format a file's extension names (Moses pairs are recognised by their language extensions instead). */
export function formatByExtension(filePath: string): FormatName | undefined {
  return byExtension.get(path.extname(filePath).toLowerCase())
}

/**
 * What a segment reader yields: units; problems at a row, entry or file (the
 * run goes on); inline directives; entries left out (a fuzzy PO entry), which
 * `--stats` counts.
 */
export type SegmentItem = {unit: Unit} | {problem: InputError; filePath: string} | {directive: Directive; filePath: string} | {skipped: 'fuzzy'; filePath: string}
