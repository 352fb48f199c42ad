// The report, built from the tasks' outcomes as they come. Outcomes arrive
// in any order (threads, cache hits); each is taken in task order (corpus
// order) as soon as the ones before it are in, and then let go, so a run
// holds the outcomes of a few tasks, not of the whole corpus. Past
// `messagesInMemory` messages, they go to a spool on disk
// (`src/engine/message-spool.ts`), and the results read them from there.

import {type CorpusLogs, createCorpusLogs, finalizeCorpus} from './engine/corpus-rules.js'
import {restoreSlice} from './engine/cache.js'
import type {FileMessage, RuleCrash} from './engine/lint-unit.js'
import {StringPool} from './engine/packed-state.js'
import {createResult} from './engine/results.js'
import {type Directive, unknownRuleMessages} from './engine/directives.js'
import {type StreamedResult, toLintResult} from './engine/message-list.js'
import {MessageSpool} from './engine/message-spool.js'
import {spooledResults} from './engine/spooled-results.js'
import {type CorpusSlice, directivesByFile, withDirectives} from './engine/shard.js'
import {addRuleCount, type StatsCollector} from './engine/stats.js'
import type {LintMessage, LintResult, Role, SourceFile} from './engine/types.js'
import {inputPaths} from './corpus/layout.js'
import {crashOf, type LintTask, type TaskOptions, type TaskOutcome} from './lint-task.js'
import type {DocumentView} from './report/document-view.js'

/**
 * Messages a spool sorts and writes at a time. A corpus of a million findings
 * makes about 60 runs of this size, which the spool merges as it goes.
 */
const spoolRunLength = 16_384

export interface LintCorpusReport {
  /** ESLint's results. When the run spooled its messages, reading this reads them all into memory: see `resultFiles`. */
  results: LintResult[]
  /**
   * The same results, each file's messages read from disk at each iteration
   * when the run had more than `messagesInMemory` (`spooled`); otherwise
   * `results` itself. Formatters read these.
   */
  resultFiles: StreamedResult[]
  /** Whether the messages are on disk. */
  spooled: boolean
  /** Remove the spool, if any; a spooled report cannot be read afterwards. */
  dispose(): void
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
  /** Messages in `#byFile`; past `messagesInMemory`, they move to the spool, and so do those after them. */
  #inMemory = 0
  #spool?: MessageSpool

  constructor(
    private readonly tasks: readonly LintTask[],
    private readonly options: readonly TaskOptions[],
    private readonly settings: {
      cwd: string
      knownRules: ReadonlySet<string>
      shard: boolean
      keepDocuments: boolean
      stats?: StatsCollector
      messagesInMemory: number
    }
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
    if (!this.settings.shard) finalizeCorpus(this.#corpus, this.settings.cwd, (message) => this.#add(message), (crash) => this.#crashes.push(crash))
    if (this.#spool) return this.#finishSpooled(this.#spool)
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
    return this.#report({results, resultFiles: results, spooled: false, dispose() {}})
  }

  /** The report around its results (an object whose `results` may be a getter: it is kept, not copied). */
  #report(results: Pick<LintCorpusReport, 'results' | 'resultFiles' | 'spooled' | 'dispose'>): LintCorpusReport {
    const report = results as LintCorpusReport
    report.crashes = this.#crashes
    report.fixed = this.#outputs
    if (this.settings.keepDocuments) report.documents = this.#documents
    if (this.settings.shard) report.corpus = this.#slices
    return report
  }

  /** The results from the spool, with the unknown rules of directives reported as in memory: after every other message. */
  #finishSpooled(spool: MessageSpool): LintCorpusReport {
    for (const [filePath, directives] of this.#directives) {
      if (!this.#byFile.has(filePath)) continue
      for (const message of unknownRuleMessages(directives, this.settings.knownRules)) this.#add({filePath, message})
    }
    const results = spooledResults(spool, [...this.#byFile.keys()].sort(), this.#directives, this.#outputs)
    let read: LintResult[] | undefined
    return this.#report({
      get results() {
        return (read ??= results.map(toLintResult))
      },
      resultFiles: results,
      spooled: true,
      dispose: () => spool.dispose()
    })
  }

  #add({filePath, message}: FileMessage): void {
    let messages = this.#byFile.get(filePath)
    if (!messages) this.#byFile.set(filePath, (messages = []))
    // Spooled messages are text on disk: nothing to share.
    if (this.#spool) return this.#spool.add(filePath, message)
    this.#share(message)
    messages.push(message)
    if (++this.#inMemory > this.settings.messagesInMemory) this.#spill()
  }

  /** Move the messages to the spool, each file's in the order they came. */
  #spill(): void {
    // Runs of at least 64 messages: a bound of 0 (all on disk) would make a file of each. At most
    // `spoolRunLength`: a spooling run holds one run's messages, not the bound's, as it goes on.
    const spool = (this.#spool = new MessageSpool(Math.min(spoolRunLength, Math.max(64, this.settings.messagesInMemory))))
    for (const [filePath, messages] of this.#byFile) {
      for (const message of messages) spool.add(filePath, message)
      this.#byFile.set(filePath, [])
    }
    this.#inMemory = 0
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
  for (const [id, count] of from.rules) addRuleCount(into.rules, id, count)
}
