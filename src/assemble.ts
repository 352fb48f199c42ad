// The report, built from the tasks' outcomes as they come. Outcomes arrive
// in any order (threads, cache hits); each is taken in task order (corpus
// order) as soon as the ones before it are in, and then let go, so a run
// holds the outcomes of a few tasks, not of the whole corpus.

import {type CorpusLogs, createCorpusLogs, finalizeCorpus} from './engine/corpus-rules.js'
import {restoreSlice} from './engine/cache.js'
import type {FileMessage, RuleCrash} from './engine/lint-unit.js'
import {StringPool} from './engine/packed-state.js'
import {createResult} from './engine/results.js'
import {type Directive, unknownRuleMessages} from './engine/directives.js'
import {type CorpusSlice, directivesByFile, withDirectives} from './engine/shard.js'
import type {StatsCollector} from './engine/stats.js'
import type {LintMessage, LintResult, Role, SourceFile} from './engine/types.js'
import {inputPaths} from './corpus/layout.js'
import {crashOf, type LintTask, type TaskOptions, type TaskOutcome} from './lint-task.js'
import type {DocumentView} from './report/document-view.js'

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

export class ReportAssembler {
  readonly #byFile = new Map<string, LintMessage[]>()
  readonly #outputs = new Map<string, {original: SourceFile; output: string}>()
  readonly #crashes: RuleCrash[] = []
  readonly #corpus: CorpusLogs = createCorpusLogs()
  readonly #documents: DocumentView[] = []
  readonly #slices: CorpusSlice[] = []
  /** Each file's inline directives, in corpus order. */
  readonly #directives = new Map<string, Directive[]>()
  /** Outcomes that came before an earlier task's, by task index. */
  readonly #waiting = new Map<number, TaskOutcome>()
  #next = 0
  /**
   * One copy of the strings that repeat from message to message. A worker
   * thread's messages arrive by structured clone, every string copied: 10,894
   * messages of 30 MB of documents took 509 bytes each on the main thread,
   * most of them a rule's name, its message (119 distinct texts), the side
   * and a related path, each copied per message.
   */
  readonly #strings = new StringPool()

  constructor(
    private readonly tasks: readonly LintTask[],
    private readonly options: readonly TaskOptions[],
    private readonly settings: {cwd: string; knownRules: ReadonlySet<string>; shard: boolean; keepDocuments: boolean; stats?: StatsCollector}
  ) {}

  /** Take the outcome of task `index`, and every waiting one it was holding back. */
  take(index: number, outcome: TaskOutcome): void {
    this.#waiting.set(index, outcome)
    for (let next = this.#waiting.get(this.#next); next !== undefined; next = this.#waiting.get(this.#next)) {
      this.#waiting.delete(this.#next)
      this.#fold(this.#next++, next)
    }
  }

  /** The report, once every task's outcome is in: corpus-wide rules finalized, results by path. */
  finish(): LintCorpusReport {
    if (this.#next !== this.tasks.length) throw new Error(`Internal error: ${this.tasks.length - this.#next} task outcomes missing`)
    // A shard's corpus-wide findings come when `merge-reports` finalizes every shard's states.
    if (!this.settings.shard) for (const message of finalizeCorpus(this.#corpus, this.settings.cwd)) this.#add(message)
    const results = [...this.#byFile.keys()].sort().map((filePath) => {
      let result = createResult(filePath, this.#byFile.get(filePath)!)
      const fixed = this.#outputs.get(filePath)
      if (fixed) result.output = fixed.output
      const directives = this.#directives.get(filePath)
      if (directives) {
        const unknown = unknownRuleMessages(directives, this.settings.knownRules)
        if (unknown.length > 0) result = createResult(filePath, [...result.messages, ...unknown])
        if (fixed) result.output = fixed.output
        result = withDirectives(result, directives)
      }
      return result
    })
    const report: LintCorpusReport = {results, crashes: this.#crashes, fixed: this.#outputs}
    if (this.settings.keepDocuments) report.documents = this.#documents
    if (this.settings.shard) report.corpus = this.#slices
    return report
  }

  #add({filePath, message}: FileMessage): void {
    this.#share(message)
    const messages = this.#byFile.get(filePath)
    if (messages) messages.push(message)
    else this.#byFile.set(filePath, [message])
  }

  #share(message: LintMessage): void {
    const strings = this.#strings
    if (message.ruleId !== null) message.ruleId = strings.intern(message.ruleId)
    message.message = strings.intern(message.message)
    if (message.messageId !== undefined) message.messageId = strings.intern(message.messageId)
    if (message.side !== undefined) message.side = strings.intern(message.side) as Role
    // New objects: a plugin's related locations may be frozen, or lack a side.
    if (message.related) {
      message.related = message.related.map((related) => ({
        ...related,
        filePath: typeof related.filePath === 'string' ? strings.intern(related.filePath) : related.filePath,
        side: typeof related.side === 'string' ? (strings.intern(related.side) as Role) : related.side
      }))
    }
  }

  #fold(index: number, outcome: TaskOutcome): void {
    for (const filePath of inputPaths(this.tasks[index].input)) if (!this.#byFile.has(filePath)) this.#byFile.set(filePath, [])
    for (const message of outcome.messages) this.#add(message)
    for (const crash of outcome.crashes) this.#crashes.push(crashOf(crash))
    for (const [filePath, fixed] of outcome.fixed) this.#outputs.set(filePath, fixed)
    restoreSlice(this.#corpus, outcome.slice, this.options[index].rules)
    for (const [filePath, directives] of directivesByFile([outcome.slice])) this.#directives.set(filePath, [...(this.#directives.get(filePath) ?? []), ...directives])
    if (this.settings.shard) this.#slices.push(outcome.slice)
    // A loop, not push(...): a chunk may hold more items than a call takes arguments.
    for (const document of outcome.documents ?? []) this.#documents.push(document)
    if (this.settings.stats && outcome.stats) mergeStats(this.settings.stats, outcome.stats)
  }
}

function mergeStats(into: StatsCollector, from: NonNullable<TaskOutcome['stats']>): void {
  into.units += from.units
  into.untranslated += from.untranslated
  into.fuzzy += from.fuzzy
  for (const [id, {units, time}] of from.rules) {
    const entry = into.rules.get(id) ?? {units: 0, time: 0}
    entry.units += units
    entry.time += time
    into.rules.set(id, entry)
  }
}
