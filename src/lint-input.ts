// One input (a combined file, a pair of parallel files, a segment file):
// read its units, run the rules, and with fixes on, apply the fixes and lint
// again, up to ten passes (ESLint's loop), stopping on a cycle.

import {stat} from 'node:fs/promises'
import type {ReadProblem} from './corpus/read.js'
import {type FileCache, readInput} from './corpus/read.js'
import {encodingIn, type Input, inputPaths} from './corpus/layout.js'
import type {FileRange} from './corpus/formats/lines.js'
import {collectUnit, type CorpusStates} from './engine/corpus-rules.js'
import {applyEdits, fixesOf, maxFixPasses} from './engine/fix.js'
import {oversizedUnit} from './engine/limits.js'
import {type ActiveRule, crashMessage, type FileMessage, lintUnit, RuleCrash} from './engine/lint-unit.js'
import {applyDirectives, type Directive} from './engine/directives.js'
import {directivesByFile} from './engine/shard.js'
import type {StatsCollector} from './engine/stats.js'
import type {LintMessage, SourceFile, Unit} from './engine/types.js'
import {createSourceFile, readSourceFile} from './corpus/source-file.js'
import type {Languages} from './text/languages.js'

export interface InputOptions {
  languages: Languages
  rules: readonly ActiveRule[]
  /** Apply fixes (`--fix`, `--fix-dry-run`). */
  fix: boolean
  /** Which messages' fixes to apply (`--quiet` fixes errors only). */
  fixFilter?: (message: LintMessage) => boolean
  unsafeFixes: boolean
  /** `--stats`: units and time per rule. */
  stats?: StatsCollector
  /** Called with each unit of the final pass (the text the messages belong to): `keepDocuments`. */
  onUnit?: (unit: Unit) => void
  /** `"maxUnitSize"`: a unit with a larger side is reported and skipped (`src/engine/limits.ts`). */
  maxUnitSize?: number
}

export interface InputOutcome {
  messages: FileMessage[]
  /** The inline directives of the input's files, in reading order. */
  directives: Array<[filePath: string, directive: Directive]>
  /** Files whose text the fixes changed: the original and the fixed text. */
  fixed: Map<string, {original: SourceFile; output: string}>
  /** Rules that threw on a unit; the other units were still linted. */
  crashes: RuleCrash[]
  /** Units linted in the final pass (a progress display counts them). */
  units: number
}

function fatalMessage({problem}: ReadProblem): LintMessage {
  return {ruleId: null, fatal: true, severity: 2, message: problem.message, line: problem.position?.line ?? 1, column: problem.position?.column ?? 1}
}

/**
 * What a reader threw that is no `InputError` (a bug in bilint, not a
 * problem of the file): a fatal message on the file it was reading, and a
 * crash, so the run exits 2 while the other files are linted.
 */
function readerCrash(filePath: string, error: unknown): {message: FileMessage; crash: RuleCrash} {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  const message = `bilint crashed while reading this file (${reason}); the rest of the file is not linted. This is a bug in bilint`
  return {message: {filePath, message: {ruleId: null, fatal: true, severity: 2, message, line: 1, column: 1}}, crash: new RuleCrash(null, filePath, error)}
}

async function lintPass(input: Input, options: InputOptions, files: FileCache, corpus?: CorpusStates, range?: FileRange) {
  const messages: FileMessage[] = []
  const crashes: RuleCrash[] = []
  const directives: InputOutcome['directives'] = []
  const unitOptions = {unsafeFixes: options.unsafeFixes, stats: options.stats, onCrash: (crash: RuleCrash) => void crashes.push(crash)}
  // A corpus-wide rule's `collect` that throws leaves a fatal message on the unit, as `lintUnit` does for `check`.
  const onCrash = (crash: RuleCrash, unit: Unit) => {
    crashes.push(crash)
    messages.push(crashMessage(crash, unit))
  }
  let units = 0
  // The file being read: the one a reader's crash is reported on.
  let filePath = inputPaths(input)[0]
  try {
    for await (const item of readInput(input, options.languages, files, range)) {
      if ('directive' in item) {
        directives.push([item.filePath, item.directive])
        continue
      }
      if ('skipped' in item) {
        if (options.stats && corpus) options.stats.fuzzy++
        continue
      }
      if (!('unit' in item)) {
        filePath = item.filePath
        messages.push({filePath, message: fatalMessage(item)})
        continue
      }
      filePath = item.unit.source.filePath
      const tooLarge = oversizedUnit(item.unit, options.maxUnitSize)
      if (tooLarge) {
        messages.push(tooLarge)
        continue
      }
      if (corpus && !item.unit.untranslated) options.onUnit?.(item.unit)
      units++
      // A loop, not push(...): a unit may have more findings than a call takes arguments.
      for (const message of lintUnit(item.unit, options.rules, unitOptions)) messages.push(message)
      if (corpus && !item.unit.untranslated) collectUnit(corpus, item.unit, options.rules, (crash) => onCrash(crash, item.unit))
      // Counted in the final pass only: `--fix` reads a file again per pass.
      if (corpus && item.unit.untranslated && options.stats) options.stats.untranslated++
    }
  } catch (error) {
    const {message, crash} = readerCrash(filePath, error)
    messages.push(message)
    crashes.push(crash)
  }
  return {messages, crashes, directives, units}
}

/** Lint an input, or one `range` of it (a chunk of a large segment file, never fixed: fixes need the whole file). */
export async function lintInput(input: Input, options: InputOptions, corpus: CorpusStates, range?: FileRange): Promise<InputOutcome> {
  const files: FileCache = new Map()
  const fixed: InputOutcome['fixed'] = new Map()
  if (options.fix && range) throw new Error('A chunk of a file cannot be fixed alone')
  if (options.fix) {
    const opened = await statsBeforeReading(input)
    const history = new Map<string, string[]>()
    for (let pass = 0; pass < maxFixPasses; pass++) {
      const pass = await lintPass(input, options, files)
      // A rule that crashes leaves the text as it is: no fix on a half-checked unit.
      if (pass.crashes.length > 0) break
      // What a directive turns off is not fixed either.
      const messages = withoutDisabled(pass.messages, pass.directives)
      await loadFixedFiles(messages, files, input, opened)
      if (!applyPass(messages, files, fixed, history, options)) break
    }
  }
  // The messages that remain are those of the final text.
  const {messages, crashes, directives, units} = await lintPass(input, options, files, corpus, range)
  return {messages, fixed, crashes, directives, units}
}

function withoutDisabled(messages: FileMessage[], directives: InputOutcome['directives']): FileMessage[] {
  if (directives.length === 0) return messages
  const disabled = new Set<LintMessage>()
  for (const [filePath, fileDirectives] of directivesByFile([{input: '', rules: {}, directives}])) {
    const own = messages.filter((entry) => entry.filePath === filePath).map((entry) => entry.message)
    for (const message of applyDirectives(own, fileDirectives).suppressedOriginals) disabled.add(message)
  }
  return messages.filter((entry) => !disabled.has(entry.message))
}

/**
 * Segment readers stream their files without putting them in the cache: read
 * the files that have fixes now, so that the fixes apply to their text and
 * the next pass reads the fixed text.
 */
async function loadFixedFiles(messages: readonly FileMessage[], files: FileCache, input: Input, opened: ReadonlyMap<string, FileSize>): Promise<void> {
  for (const {filePath, message} of messages) {
    if (!message.fix || files.has(filePath)) continue
    const file = await readSourceFile(filePath, encodingIn(input, filePath))
    // Edited since the first pass streamed it: the fixes were found in another text. The stamp
    // of the file as it was makes the writer refuse (`File changed while bilint was fixing it`).
    const before = opened.get(filePath)
    if (before && file.stamp && (before.size !== file.stamp.size || before.mtimeMs !== file.stamp.mtimeMs)) file.stamp = {...before, hash: ''}
    files.set(filePath, file)
  }
}

interface FileSize {
  size: number
  mtimeMs: number
}

/** Size and modification time of the input's files before the first pass reads them, for `--fix`. */
async function statsBeforeReading(input: Input): Promise<Map<string, FileSize>> {
  const opened = new Map<string, FileSize>()
  for (const filePath of inputPaths(input)) {
    const info = await stat(filePath).catch(() => undefined)
    if (info) opened.set(filePath, {size: info.size, mtimeMs: info.mtimeMs})
  }
  return opened
}

/** Apply one pass of fixes to every file of the input; whether any text changed. */
function applyPass(
  messages: readonly FileMessage[],
  files: FileCache,
  fixed: InputOutcome['fixed'],
  history: Map<string, string[]>,
  options: InputOptions
): boolean {
  let changed = false
  for (const [filePath, file] of files) {
    const own = messages.filter((entry) => entry.filePath === filePath && (options.fixFilter?.(entry.message) ?? true))
    const {output, applied} = applyEdits(file.text, fixesOf(own.map((entry) => entry.message)))
    if (applied === 0 || output === file.text) continue
    const seen = history.get(filePath) ?? [file.text]
    // A text that comes back is a cycle of fixes (ESLint checks the same): stop fixing this file.
    if (seen.includes(output)) continue
    history.set(filePath, [...seen, output])
    fixed.set(filePath, {original: fixed.get(filePath)?.original ?? file, output})
    files.set(filePath, {...createSourceFile(filePath, output, file.encoding), bom: file.bom})
    changed = true
  }
  return changed
}
