// A task: one input, or one chunk of a large segment file. The unit of work
// of the worker threads (`--concurrency`) and of shards (`--shard i/n`). A
// task's outcome is plain data (messages, the corpus-wide rules' states, the
// fixed texts), so it crosses threads and shard reports unchanged, and the
// run puts outcomes together in task order: the report does not depend on
// which thread finished first.

import {stat} from 'node:fs/promises'
import {activeRules, type FileConfig, fileConfigsOf} from './config/for-file.js'
import type {ResolvedConfig} from './config/load.js'
import {type Chunk, planChunks} from './corpus/chunks.js'
import {type Input, inputPaths} from './corpus/layout.js'
import {createCorpusStates} from './engine/corpus-rules.js'
import {type FileMessage, RuleCrash} from './engine/lint-unit.js'
import {type CorpusSlice, sliceSince} from './engine/shard.js'
import {createStatsCollector, type RuleCount, type StatsCollector} from './engine/stats.js'
import type {SourceFile, Unit} from './engine/types.js'
import {type InputOptions, lintInput} from './lint-input.js'
import {type DocumentView, documentView} from './report/document-view.js'

export interface LintTask {
  input: Input
  chunk?: Chunk
}

/** A rule that threw, or a reader (`ruleId` null), as plain data. */
export interface CrashRecord {
  ruleId: string | null
  unitId: string
  /** The message of what it threw. */
  error: string
}

function crashRecord(crash: RuleCrash): CrashRecord {
  return {ruleId: crash.ruleId, unitId: crash.unitId, error: crash.original instanceof Error ? crash.original.message : String(crash.original)}
}

export function crashOf(record: CrashRecord): RuleCrash {
  return new RuleCrash(record.ruleId, record.unitId, new Error(record.error))
}

export interface TaskOutcome {
  messages: FileMessage[]
  crashes: CrashRecord[]
  fixed: Array<[string, {original: SourceFile; output: string}]>
  slice: CorpusSlice
  /** Units linted (for a progress display). */
  units: number
  /** With `keepDocuments`. */
  documents?: DocumentView[]
  /** With `stats`: this task's units, PO entries untranslated and fuzzy, and time per rule. */
  stats?: {units: number; untranslated: number; fuzzy: number; rules: Array<[string, RuleCount]>}
}

/** What a task needs besides its input: the settings of its files (`InputOptions` without the callbacks). */
export type TaskOptions = Omit<InputOptions, 'onUnit' | 'stats' | 'fixFilter'> & {
  /** `--quiet` fixes only errors. */
  fixErrorsOnly: boolean
  keepDocuments: boolean
  stats: boolean
}

/** The name a task's slice and cache entry go by: the input's first path, and the chunk. */
export function taskName(task: LintTask): string {
  const name = inputPaths(task.input)[0]
  return task.chunk ? `${name}#${task.chunk.index}` : name
}

/** The tasks of the inputs: large segment files in chunks when `chunkBytes` is given. */
export async function planTasks(inputs: readonly Input[], chunkBytes: number | undefined): Promise<LintTask[]> {
  const tasks: LintTask[] = []
  for (const input of inputs) {
    const chunks = chunkBytes === undefined ? undefined : await planChunks(input, chunkBytes)
    if (chunks) for (const chunk of chunks) tasks.push({input, chunk})
    else tasks.push({input})
  }
  return tasks
}

/** What a progress display is told after each task (`LintCorpusOptions.onProgress`). */
export interface RunProgress {
  /** Bytes of the tasks done, and of all the run's tasks: a chunk's byte range, or an input's files. */
  bytes: number
  totalBytes: number
  /** Units linted by the tasks done. */
  units: number
  /** Of `bytes` and `units`, those of tasks taken from the cache (`--cache`): they took no time, so a rate leaves them out. */
  cachedBytes: number
  cachedUnits: number
}

/** Bytes of a task's text: its chunk's range, or its input's files (a file that cannot be read counts 0). */
async function taskBytes(task: LintTask): Promise<number> {
  if (task.chunk) return task.chunk.end - task.chunk.start
  const sizes = await Promise.all(inputPaths(task.input).map((filePath) => stat(filePath).then((info) => info.size, () => 0)))
  return sizes.reduce((sum, size) => sum + size, 0)
}

/**
 * What the run calls as each task settles, to count tasks, bytes and units
 * for `onProgress`; the tasks' sizes are read first (a stat per file).
 */
export async function progressTracker(
  tasks: readonly LintTask[],
  onProgress: (done: number, total: number, progress: RunProgress) => void
): Promise<(index: number, outcome: TaskOutcome, cached: boolean) => void> {
  const sizes = await Promise.all(tasks.map(taskBytes))
  const progress: RunProgress = {bytes: 0, totalBytes: sizes.reduce((sum, size) => sum + size, 0), units: 0, cachedBytes: 0, cachedUnits: 0}
  let done = 0
  return (index, outcome, cached) => {
    progress.bytes += sizes[index]
    progress.units += outcome.units
    if (cached) {
      progress.cachedBytes += sizes[index]
      progress.cachedUnits += outcome.units
    }
    onProgress(++done, tasks.length, {...progress})
  }
}

/**
 * The outcome of a task that threw past the reader and the rules (the fix
 * loop), or whose worker thread died (out of memory): a fatal message on
 * its first file and a crash, so the run exits 2 and reports the other tasks.
 */
export function crashedTask(task: LintTask, error: unknown): TaskOutcome {
  const filePath = inputPaths(task.input)[0]
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  const message = `bilint crashed while linting this file (${reason}); it is not linted. This is a bug in bilint or in a plugin's rule`
  const slice = sliceSince(createCorpusStates(), new Map(), filePath)
  if (task.chunk) slice.chunk = task.chunk.index
  return {
    messages: [{filePath, message: {ruleId: null, fatal: true, severity: 2, message, line: 1, column: 1}}],
    crashes: [crashRecord(new RuleCrash(null, taskName(task), error))],
    fixed: [],
    slice,
    units: 0
  }
}

/** Lint one task in this thread; whatever it throws is a fatal message on its file (`crashedTask`). */
export async function lintTask(task: LintTask, options: TaskOptions): Promise<TaskOutcome> {
  try {
    return await lintTaskUnguarded(task, options)
  } catch (error) {
    return crashedTask(task, error)
  }
}

async function lintTaskUnguarded(task: LintTask, options: TaskOptions): Promise<TaskOutcome> {
  const corpus = createCorpusStates()
  const documents: DocumentView[] = []
  const stats: StatsCollector | undefined = options.stats ? createStatsCollector() : undefined
  const inputOptions: InputOptions = {
    ...options,
    fixFilter: options.fixErrorsOnly ? (message) => message.severity === 2 : undefined,
    onUnit: options.keepDocuments ? (unit: Unit) => void documents.push(documentView(unit)) : undefined,
    stats
  }
  const outcome = await lintInput(task.input, inputOptions, corpus, task.chunk)
  const result: TaskOutcome = {
    messages: outcome.messages,
    crashes: outcome.crashes.map(crashRecord),
    fixed: [...outcome.fixed],
    slice: sliceSince(corpus, new Map(), inputPaths(task.input)[0]),
    units: outcome.units
  }
  if (outcome.directives.length > 0) result.slice.directives = outcome.directives
  if (task.chunk) result.slice.chunk = task.chunk.index
  if (options.keepDocuments) result.documents = documents
  if (stats) result.stats = {units: stats.units, untranslated: stats.untranslated, fuzzy: stats.fuzzy, rules: [...stats.rules]}
  return result
}

/** The run's settings that every task shares. */
export interface RunFlags {
  fix: boolean
  unsafeFixes: boolean
  fixErrorsOnly: boolean
  keepDocuments: boolean
  stats: boolean
}

/**
 * The options of a run's tasks: their files' languages and rules under the
 * config, and the run's flags. Tasks whose files match the same overrides
 * share one object, so a corpus of many small files does not keep a copy of
 * the same rules and options per file (7,770 documents held 116,551 active
 * rules on the main thread, about 25 MB).
 */
export function taskOptionsOf(config: ResolvedConfig, flags: RunFlags): (task: LintTask) => TaskOptions {
  const fileConfigOf = fileConfigsOf(config)
  const shared = new Map<FileConfig, TaskOptions>()
  return (task) => {
    const fileConfig = fileConfigOf(inputPaths(task.input)[0])
    let options = shared.get(fileConfig)
    if (!options) shared.set(fileConfig, (options = taskOptions(config, fileConfig, flags)))
    return options
  }
}

function taskOptions(config: ResolvedConfig, fileConfig: FileConfig, flags: RunFlags): TaskOptions {
  return {
    languages: fileConfig.languages!,
    rules: activeRules(config, fileConfig),
    fix: flags.fix,
    unsafeFixes: flags.unsafeFixes || config.unsafeFixes === true,
    maxUnitSize: config.maxUnitSize,
    fixErrorsOnly: flags.fixErrorsOnly,
    keepDocuments: flags.keepDocuments,
    stats: flags.stats
  }
}
