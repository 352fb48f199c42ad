// The pipeline: discover files, read units, run rules, build results.
// Used by the CLI and by programs (`import {lintCorpus} from 'bilint'`).

import {stat} from 'node:fs/promises'
import path from 'node:path'
import {fileConfigsOf} from './config/for-file.js'
import type {ResolvedConfig} from './config/load.js'
import {ConfigError} from './config/validate.js'
import {chunkBytesSetting} from './corpus/chunks.js'
import {discoverFiles} from './corpus/discover.js'
import {type Input, inputPaths, planInputs} from './corpus/layout.js'
import {InputError} from './corpus/source-file.js'
import {writeFixedFile} from './corpus/write.js'
import {type LintCorpusReport, ReportAssembler} from './assemble.js'
import type {LintCache} from './engine/cache.js'
import {messagesInMemory as defaultMessagesInMemory} from './engine/message-spool.js'
import {inShard, type Shard} from './engine/shard.js'
import type {StatsCollector} from './engine/stats.js'
import {TaskCache} from './lint-cached.js'
import {type LintTask, lintTask, planTasks, progressTracker, type RunFlags, type RunProgress, type TaskOutcome, taskOptionsOf} from './lint-task.js'
import {type Concurrency, configRecipe, runOnPool, threadCount} from './pool.js'
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
  /** Apply only the fixes of errors (`--quiet`). */
  fixErrorsOnly?: boolean
  /** Keep a small view of each unit (text, paragraphs, alignment) for formatters that show the text (`html`). */
  keepDocuments?: boolean
  /** `--stats`: filled with units and time per rule. */
  stats?: StatsCollector
  /** `--shard i/n`: lint every n-th input, keep the corpus-wide states in `corpus`, finalize nothing. */
  shard?: Shard
  /** `--cache`: reuse the messages and corpus-wide states of unchanged inputs. */
  cache?: LintCache
  /**
   * `--concurrency`: worker threads across files and chunks of large segment
   * files (`auto`, a number, or `off`, the default here). The report is the
   * same whatever the count. Needs a config from `loadConfig`.
   */
  concurrency?: Concurrency
  /** Called after each task (an input or a chunk) with the tasks done and their total, and the bytes and units done, for a progress display. */
  onProgress?: (done: number, total: number, progress: RunProgress) => void
  /**
   * Messages kept in memory (100,000 by default, or `BILINT_MESSAGES_IN_MEMORY`);
   * past them the run writes every message to a temporary file, and the
   * report's `resultFiles` read them from there (`spooled`). Call the
   * report's `dispose()` when done with it. `Infinity` keeps them all.
   */
  messagesInMemory?: number
}

export type {LintCorpusReport} from './assemble.js'

/**
 * Pair files into inputs, per language pair: an override may give a folder
 * other languages (`name.en.txt` pairs with `name.ru.txt` there).
 */
function planByLanguages(files: readonly string[], config: ResolvedConfig): Input[] {
  const groups = new Map<string, {languages: Languages; files: string[]}>()
  const configOf = fileConfigsOf(config)
  for (const file of files) {
    const languages = configOf(file).languages
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
  const inputs = [...groups.values()].flatMap((group) =>
    planInputs(
      group.files,
      group.languages,
      (file) => configOf(file).format,
      (file) => configOf(file).encoding,
      (file) => configOf(file).placeholders
    )
  )
  return inputs.sort((a, b) => inputPaths(a)[0].localeCompare(inputPaths(b)[0]))
}

export async function lintCorpus({
  cwd,
  patterns,
  config,
  fix = false,
  unsafeFixes = false,
  fixErrorsOnly = false,
  keepDocuments = false,
  stats,
  shard,
  cache,
  concurrency = 'off',
  onProgress,
  messagesInMemory = defaultMessagesInMemory()
}: LintCorpusOptions): Promise<LintCorpusReport> {
  const files = await discoverFiles(patterns, config, cwd)
  const recipe = configRecipe(config)
  // Chunks serve threads and shards, and on one thread let a task's states and
  // messages go after each MiB of a large file rather than at its end. Fixes need whole files.
  const tasks = inShard(await planTasks(planByLanguages(files, config), fix ? undefined : chunkBytesSetting()), shard)
  const flags: RunFlags = {fix, unsafeFixes, fixErrorsOnly, keepDocuments, stats: stats !== undefined}
  const options = tasks.map(taskOptionsOf(config, flags))
  const assembler = new ReportAssembler(tasks, options, {cwd, knownRules: new Set(config.ruleMap.keys()), shard: shard !== undefined, keepDocuments, stats, messagesInMemory})
  const taskCache = cache && new TaskCache(cache)
  const keys = await Promise.all(tasks.map((task, index) => taskCache?.key(task, options[index])))
  const progress = onProgress && (await progressTracker(tasks, onProgress))
  const settle = (index: number, outcome: TaskOutcome, cached = false) => {
    assembler.take(index, outcome)
    progress?.(index, outcome, cached)
  }
  const cold: number[] = []
  for (const index of tasks.keys()) {
    const hit = taskCache?.get(tasks[index], keys[index])
    if (hit) settle(index, hit, true)
    else cold.push(index)
  }
  const lint = (index: number, outcome: TaskOutcome) => {
    taskCache?.set(tasks[index], keys[index], outcome)
    settle(index, outcome)
  }
  // Only `auto` looks at the corpus's size: `off` and a count need no stat of every file.
  const bytes = recipe && concurrency === 'auto' ? await inputBytes(cold.map((index) => tasks[index])) : Infinity
  const threads = recipe ? threadCount(concurrency, cold.length, bytes) : 0
  if (threads > 0) {
    await runOnPool(
      cold.map((index) => tasks[index]),
      threads,
      {recipe: recipe!, flags},
      (position, outcome) => lint(cold[position], outcome)
    )
  } else {
    for (const index of cold) lint(index, await lintTask(tasks[index], options[index]))
  }
  return assembler.finish()
}

/** Bytes of the tasks' text: a chunk's range, or the whole files of an input. */
async function inputBytes(tasks: readonly LintTask[]): Promise<number> {
  let total = 0
  for (const task of tasks) {
    if (task.chunk) total += task.chunk.end - task.chunk.start
    else for (const filePath of inputPaths(task.input)) total += await stat(filePath).then((info) => info.size, () => 0)
  }
  return total
}

export interface WriteProblem {
  filePath: string
  message: string
}

/**
 * Write the fixed files of a report (`--fix`), atomically, with their BOM,
 * mode and owner, through symlinks, and only over files unchanged since they
 * were read (`src/corpus/write.ts`). A file that cannot be written is
 * returned as a problem; the others are still written.
 */
export async function writeFixes(report: LintCorpusReport): Promise<WriteProblem[]> {
  const problems: WriteProblem[] = []
  const swept = new Set<string>()
  for (const [filePath, {original, output}] of report.fixed) {
    try {
      await writeFixedFile(filePath, output, original, swept)
    } catch (error) {
      problems.push({filePath, message: error instanceof InputError ? error.message : `Cannot write fixes (${(error as NodeJS.ErrnoException).code ?? String(error)})`})
    }
  }
  return problems
}
