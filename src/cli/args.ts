// Command-line arguments, ESLint's names where ESLint has them.

import {parseArgs} from 'node:util'
import {isLanguageTag} from '../text/languages.js'
import {describeArgsError} from './suggest.js'

export interface CliOptions {
  patterns: string[]
  config?: string
  configLookup: boolean
  format: string
  outputFile?: string
  quiet: boolean
  maxWarnings: number
  rules: Record<string, unknown>
  printConfig?: string
  listRules: boolean
  fix: boolean
  fixDryRun: boolean
  unsafeFixes: boolean
  languages?: {source: string; target: string}
  color?: boolean
  help: boolean
  version: boolean
  /** `--init`: write a `.lintrc.json` for the current folder. */
  init: boolean
  /** `--explain <rule>`: print a rule's docs. */
  explain?: string
  /** Bulk suppressions (ESLint's flags): write, prune and locate `bilint-suppressions.json`. */
  suppressAll: boolean
  suppressRules: string[]
  pruneSuppressions: boolean
  passOnUnprunedSuppressions: boolean
  suppressionsLocation?: string
  /** `--stats`: units, problems and time per rule. */
  stats: boolean
  /** `--shard i/n`: lint one part of the corpus and write a shard report for `bilint merge-reports`. */
  shard?: {index: number; count: number}
  /** `--cache`: reuse the results of unchanged inputs. */
  cache: boolean
  cacheLocation?: string
  cacheStrategy: string
  /** `--concurrency auto|N|off`: worker threads. */
  concurrency: 'auto' | 'off' | number
}

export class UsageError extends Error {}

const optionSpec = {
  config: {type: 'string', short: 'c'},
  'config-lookup': {type: 'boolean', default: true},
  format: {type: 'string', short: 'f', default: 'stylish'},
  'output-file': {type: 'string', short: 'o'},
  quiet: {type: 'boolean', default: false},
  'max-warnings': {type: 'string'},
  rule: {type: 'string', multiple: true, default: [] as string[]},
  'print-config': {type: 'string'},
  'list-rules': {type: 'boolean', default: false},
  fix: {type: 'boolean', default: false},
  'fix-dry-run': {type: 'boolean', default: false},
  'unsafe-fixes': {type: 'boolean', default: false},
  'suppress-all': {type: 'boolean', default: false},
  'suppress-rule': {type: 'string', multiple: true, default: [] as string[]},
  'prune-suppressions': {type: 'boolean', default: false},
  'pass-on-unpruned-suppressions': {type: 'boolean', default: false},
  'suppressions-location': {type: 'string'},
  stats: {type: 'boolean', default: false},
  shard: {type: 'string'},
  cache: {type: 'boolean', default: false},
  'cache-location': {type: 'string'},
  'cache-strategy': {type: 'string', default: 'metadata'},
  concurrency: {type: 'string', default: 'auto'},
  languages: {type: 'string'},
  color: {type: 'boolean'},
  help: {type: 'boolean', short: 'h', default: false},
  version: {type: 'boolean', short: 'v', default: false},
  init: {type: 'boolean', default: false},
  explain: {type: 'string'}
} as const

/** `id:severity` or `id:[severity, {options}]` (JSON), as `--rule` takes them. */
export function parseRuleOption(value: string): [string, unknown] {
  const colon = value.indexOf(':')
  if (colon <= 0) throw new UsageError(`Invalid --rule "${value}": expected "id:severity", e.g. "paragraph-count:warn"`)
  const id = value.slice(0, colon).trim()
  const setting = value.slice(colon + 1).trim()
  if (setting.startsWith('[')) {
    try {
      return [id, JSON.parse(setting)]
    } catch {
      throw new UsageError(`Invalid --rule "${value}": the part after ":" must be a severity or JSON [severity, options]`)
    }
  }
  return [id, /^\d$/.test(setting) ? Number(setting) : setting]
}

/** ESLint's values: `auto`, `off`, or a thread count. */
function parseConcurrency(value: string): 'auto' | 'off' | number {
  if (value === 'auto' || value === 'off') return value
  const count = Number(value)
  if (!/^\d+$/.test(value) || count < 1) throw new UsageError(`Invalid --concurrency "${value}": expected "auto", "off" or a number of threads ≥ 1`)
  return count === 1 ? 'off' : count
}

/** A BCP 47 tag, checked as the config's `languages` are (rules build `Intl` objects from it). */
function validateLanguageTag(tag: string, option: string): void {
  if (!isLanguageTag(tag)) {
    throw new UsageError(`Invalid --languages "${option}": "${tag}" is not a valid BCP 47 language tag; expected one such as "en", "ar", "fa" or "zh-Hans"`)
  }
}

const shardPattern = /^(\d+)\/(\d+)$/

/** `i/n` with 1 ≤ i ≤ n. */
export function parseShard(value: string): {index: number; count: number} {
  const match = shardPattern.exec(value.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || index < 1 || count < 1 || index > count) throw new UsageError(`Invalid --shard "${value}": expected "i/n" with 1 ≤ i ≤ n, e.g. "2/3"`)
  return {index, count}
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options: optionSpec, allowPositionals: true, allowNegative: true, strict: true})
  } catch (error) {
    throw new UsageError(describeArgsError(error as Error, optionSpec))
  }
  const {values, positionals} = parsed
  let maxWarnings = -1
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
      throw new UsageError(`Invalid --max-warnings "${values['max-warnings']}": expected a whole number`)
    }
  }
  let languages: CliOptions['languages']
  if (values.languages !== undefined) {
    const [source, target, extra] = values.languages.split(':')
    if (!source || !target || extra !== undefined) throw new UsageError(`Invalid --languages "${values.languages}": expected "source:target", e.g. "en:ar"`)
    for (const tag of [source, target]) validateLanguageTag(tag, values.languages)
    languages = {source, target}
  }
  return {
    patterns: positionals,
    config: values.config,
    configLookup: values['config-lookup'],
    format: values.format,
    outputFile: values['output-file'],
    quiet: values.quiet,
    maxWarnings,
    rules: Object.fromEntries(values.rule.map(parseRuleOption)),
    printConfig: values['print-config'],
    listRules: values['list-rules'],
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    unsafeFixes: values['unsafe-fixes'],
    suppressAll: values['suppress-all'],
    suppressRules: values['suppress-rule'],
    pruneSuppressions: values['prune-suppressions'],
    passOnUnprunedSuppressions: values['pass-on-unpruned-suppressions'],
    suppressionsLocation: values['suppressions-location'],
    stats: values.stats,
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    cache: values.cache,
    cacheLocation: values['cache-location'],
    cacheStrategy: values['cache-strategy'],
    concurrency: parseConcurrency(values.concurrency),
    languages,
    color: values.color,
    help: values.help,
    version: values.version,
    init: values.init,
    explain: values.explain
  }
}

export const helpText = `bilint [options] [file|dir|glob]...

Lint bilingual corpora: paragraphs, names, dates and scripts that agree
between the two versions of a text. Without paths, lints the config's "files".

Configuration:
  -c, --config path            Use this config file instead of .lintrc.json
  --no-config-lookup           Do not look for .lintrc.json
  --languages src:tgt          Languages when no config gives them, e.g. en:ar
  --rule id:severity           Set a rule, e.g. "paragraph-count:warn" or
                               'name-consistency:["warn",{"minLength":3}]'

Fixing:
  --fix                        Fix what can be fixed safely, in place
  --fix-dry-run                Show the fixes as a diff, write nothing
  --unsafe-fixes               Apply unsafe fixes too (names, homoglyph guesses)

Output:
  -f, --format name            stylish (default), json, json-with-metadata,
                               compact, unix, sarif, github, gitlab, junit,
                               html, or a path to a formatter module
  -o, --output-file path       Write the report to a file
  --quiet                      Report errors only
  --max-warnings n             Exit 1 when there are more than n warnings
  --color, --no-color          Force or disable colours
  --stats                      Print units, problems and time per rule (stderr;
                               json-with-metadata also carries them)

Caching:
  --cache                      Reuse the results of unchanged files
  --cache-location path        The cache file or folder (default .bilintcache)
  --cache-strategy s           metadata (size and time, default) or content

Speed:
  --concurrency n              Worker threads: auto (default: the cores, for a
                               corpus of 16 MB or more), a number, or off. The
                               report is the same whatever the count

Sharding (a CI matrix):
  --shard i/n                  Lint part i of n and write a shard report (JSON)
  bilint merge-reports shard.json...
                               Merge shard reports, finish the corpus-wide
                               rules and print the report in any --format

Baseline (bulk suppressions):
  --suppress-all               Record every error in bilint-suppressions.json
  --suppress-rule id           Record the errors of one rule (repeatable)
  --prune-suppressions         Drop recorded counts no longer needed
  --pass-on-unpruned-suppressions
                               Do not exit 2 for recorded counts left unused
  --suppressions-location path Use this suppressions file

Getting started:
  --init                       Detect the corpus here and write a .lintrc.json
  --explain rule               Print a rule's documentation

Information:
  --print-config path          Print the config that applies to a file
  --list-rules                 List the rules, their default severity and fixes
  -h, --help                   Show this help
  -v, --version                Print the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or
too many warnings, 2 usage, config or internal failure.
`
