// The pipeline: discover files, read units, run rules, build results.
// Used by the CLI and by programs (`import {lintCorpus} from 'bilint'`).

import path from 'node:path'
import {activeRules, configForFile} from './config/for-file.js'
import type {ResolvedConfig} from './config/load.js'
import {ConfigError} from './config/validate.js'
import {discoverFiles} from './corpus/discover.js'
import {type Input, inputPaths, planInputs} from './corpus/layout.js'
import {InputError} from './corpus/source-file.js'
import {writeFixedFile} from './corpus/write.js'
import {createCorpusStates, finalizeCorpus} from './engine/corpus-rules.js'
import type {FileMessage, RuleCrash} from './engine/lint-unit.js'
import {createResult} from './engine/results.js'
import type {LintCache} from './engine/cache.js'
import {type CorpusSlice, inShard, type Shard} from './engine/shard.js'
import {lintInputCached} from './lint-cached.js'
import type {StatsCollector} from './engine/stats.js'
import type {LintMessage, LintResult, SourceFile, Unit} from './engine/types.js'
import {type DocumentView, documentView} from './report/document-view.js'
import type {Languages} from './text/languages.js'

export interface LintCorpusOptions {
  cwd: string
  /** Paths or globs; none: the config's `files`. */
  patterns: readonly string[]
  config: ResolvedConfig
  /** Apply fixes in memory, up to ten passes; results get ESLint's `output`. Nothing is written. */
  fix?: boolean
  /** Apply unsafe fixes too (`--unsafe-fixes`, or `"unsafeFixes": true` in the config). */
  unsafeFixes?: boolean
  /** Which messages' fixes to apply; `--quiet` fixes errors only. */
  fixFilter?: (message: LintMessage) => boolean
  /** Keep a small view of each unit (text, paragraphs, alignment) for formatters that show the text (`html`). */
  keepDocuments?: boolean
  /** `--stats`: filled with units and time per rule. */
  stats?: StatsCollector
  /** `--shard i/n`: lint every n-th input, keep the corpus-wide states in `corpus`, finalize nothing. */
  shard?: Shard
  /** `--cache`: reuse the messages and corpus-wide states of unchanged inputs. */
  cache?: LintCache
  /** Called after each input with the inputs done and their total, for a progress display. */
  onProgress?: (done: number, total: number) => void
}

export interface LintCorpusReport {
  results: LintResult[]
  /** Rules that threw; the run still reports every other finding, and exits 2. */
  crashes: RuleCrash[]
  /** Files the fixes changed, with their original and fixed text. */
  fixed: Map<string, {original: SourceFile; output: string}>
  /** With `keepDocuments`: the units' views, in reading order. */
  documents?: DocumentView[]
  /** With `shard`: the corpus-wide rules' states per input, for `bilint merge-reports`. */
  corpus?: CorpusSlice[]
}

/**
 * Pair files into inputs, per language pair: an override may give a folder
 * other languages (`name.en.txt` pairs with `name.ru.txt` there).
 */
function planByLanguages(files: readonly string[], config: ResolvedConfig): Input[] {
  const groups = new Map<string, {languages: Languages; files: string[]}>()
  for (const file of files) {
    const languages = configForFile(config, file).languages
    if (!languages) {
      throw new ConfigError(
        config.configPath ? path.relative(process.cwd(), config.configPath) || config.configPath : '--languages',
        'languages',
        'missing: bilint needs the language of each version, e.g. {"source": "en", "target": "ar"}'
      )
    }
    const key = `${languages.source}:${languages.target}`
    if (!groups.has(key)) groups.set(key, {languages, files: []})
    groups.get(key)!.files.push(file)
  }
  const inputs = [...groups.values()].flatMap((group) => planInputs(group.files, group.languages, (file) => configForFile(config, file).format))
  return inputs.sort((a, b) => inputPaths(a)[0].localeCompare(inputPaths(b)[0]))
}

export async function lintCorpus({cwd, patterns, config, fix = false, unsafeFixes = false, fixFilter, keepDocuments = false, stats, shard, cache, onProgress}: LintCorpusOptions): Promise<LintCorpusReport> {
  const files = await discoverFiles(patterns, config, cwd)
  const inputs = inShard(planByLanguages(files, config), shard)
  const slices: CorpusSlice[] = []
  const byFile = new Map<string, LintMessage[]>()
  const outputs = new Map<string, {original: SourceFile; output: string}>()
  const crashes: RuleCrash[] = []
  const corpus = createCorpusStates()
  const documents: DocumentView[] = []
  const onUnit = keepDocuments ? (unit: Unit) => void documents.push(documentView(unit)) : undefined
  const add = ({filePath, message}: FileMessage) => {
    if (!byFile.has(filePath)) byFile.set(filePath, [])
    byFile.get(filePath)!.push(message)
  }

  for (const [index, input] of inputs.entries()) {
    for (const filePath of inputPaths(input)) byFile.set(filePath, byFile.get(filePath) ?? [])
    const fileConfig = configForFile(config, inputPaths(input)[0])
    const outcome = await lintInputCached(
      input,
      {languages: fileConfig.languages!, rules: activeRules(config, fileConfig), fix, fixFilter, unsafeFixes: unsafeFixes || config.unsafeFixes === true, onUnit, stats},
      corpus,
      cache
    )
    outcome.messages.forEach(add)
    crashes.push(...outcome.crashes)
    for (const [filePath, fixed] of outcome.fixed) outputs.set(filePath, fixed)
    if (shard) slices.push(outcome.slice)
    onProgress?.(index + 1, inputs.length)
  }
  // A shard's corpus-wide findings come when `merge-reports` finalizes every shard's states.
  if (!shard) finalizeCorpus(corpus).forEach(add)

  const results = [...byFile.keys()].sort().map((filePath) => {
    const result = createResult(filePath, byFile.get(filePath)!)
    const fixed = outputs.get(filePath)
    if (fixed) result.output = fixed.output
    return result
  })
  const report: LintCorpusReport = keepDocuments ? {results, crashes, fixed: outputs, documents} : {results, crashes, fixed: outputs}
  return shard ? {...report, corpus: slices} : report
}

export interface WriteProblem {
  filePath: string
  message: string
}

/**
 * Write the fixed files of a report (`--fix`), atomically, with their BOM and
 * mode. A file that cannot be written is returned as a problem; the others
 * are still written.
 */
export async function writeFixes(report: LintCorpusReport): Promise<WriteProblem[]> {
  const problems: WriteProblem[] = []
  for (const [filePath, {original, output}] of report.fixed) {
    try {
      await writeFixedFile(filePath, output, original)
    } catch (error) {
      problems.push({filePath, message: error instanceof InputError ? error.message : `Cannot write fixes (${(error as NodeJS.ErrnoException).code ?? String(error)})`})
    }
  }
  return problems
}
