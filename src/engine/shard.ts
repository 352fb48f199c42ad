// Sharding (`--shard i/n`, `bilint merge-reports`): a shard lints every n-th
// input of the corpus (inputs are sorted by path, so every shard picks the
// same way) and keeps the corpus-wide rules' collected states per input;
// merging puts the states back in corpus order and finalizes them, so the
// merged report is the single run's. States are JSON by the rule contract.

import {addStates, type CorpusStates, createCorpusLogs, finalizeCorpus} from './corpus-rules.js'
import {createResult} from './results.js'
import type {AnyRule} from './rule.js'
import {applyDirectives, type Directive} from './directives.js'
import type {LintMessage, LintResult} from './types.js'

export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

/** One input's collected states, with the rule settings they were collected under. */
export interface CorpusSlice {
  /** The input's first path: the key the corpus is ordered by. */
  input: string
  /** The chunk of a large segment file (`src/corpus/chunks.ts`): the second key. */
  chunk?: number
  rules: Record<string, {severity: 1 | 2; options: Record<string, unknown>; states: unknown[]}>
  /** The inline directives of the input's files, in reading order (`src/engine/directives.ts`). */
  directives?: Array<[filePath: string, directive: Directive]>
}

/**
 * The shard report's format. 2: duplicate-unit's states hold XXH64 and XXH32
 * words where version 1 held SHA-1's, which no merge may compare.
 */
export const shardFormat = 2

/** What `--shard` writes: ESLint's results plus the corpus-wide rules' states. */
export interface ShardReport {
  bilintShard: typeof shardFormat
  shard: Shard
  results: LintResult[]
  corpus: CorpusSlice[]
}

/** The inputs of one shard: every `count`-th, starting at `index - 1`. */
export function inShard<T>(inputs: readonly T[], shard: Shard | undefined): T[] {
  return shard ? inputs.filter((_, position) => position % shard.count === shard.index - 1) : [...inputs]
}

/** How many states each rule holds, to cut the next input's slice. */
export function stateCounts(corpus: CorpusStates): Map<string, number> {
  return new Map([...corpus.byRule].map(([id, entry]) => [id, entry.states.length]))
}

/** The states collected since `before`, for the input `input`. */
export function sliceSince(corpus: CorpusStates, before: ReadonlyMap<string, number>, input: string): CorpusSlice {
  const rules: CorpusSlice['rules'] = {}
  for (const [id, {active, states}] of corpus.byRule) {
    const added = states.slice(before.get(id) ?? 0)
    if (added.length > 0) rules[id] = {severity: active.severity, options: active.options, states: added}
  }
  return {input, rules}
}

/** Results of several shards, with the corpus-wide rules finalized over all of them. */
export function mergeShards(reports: readonly ShardReport[], ruleMap: ReadonlyMap<string, AnyRule>, cwd: string): LintResult[] {
  const byFile = new Map<string, LintResult>()
  for (const result of reports.flatMap((report) => report.results)) {
    // The chunks of one large file are linted by several shards: their messages join.
    const previous = byFile.get(result.filePath)
    byFile.set(result.filePath, previous ? joinResults(previous, result) : result)
  }
  const slices = reports.flatMap((report) => report.corpus).sort(compareSlices)
  const corpus = createCorpusLogs()
  for (const slice of slices) {
    for (const [id, {severity, options, states}] of Object.entries(slice.rules)) {
      const rule = ruleMap.get(id)
      if (!rule) throw new Error(`The shard reports hold states of rule \`${id}\`, which the config does not define`)
      addStates(corpus, corpus.byRule.get(id)?.active ?? {rule, severity, options}, states)
    }
  }
  const added = new Map<string, LintMessage[]>()
  finalizeCorpus(corpus, cwd, ({filePath, message}) => {
    const messages = added.get(filePath)
    if (messages) messages.push(message)
    else added.set(filePath, [message])
  })
  for (const [filePath, messages] of added) {
    const previous = byFile.get(filePath)
    const merged = createResult(filePath, [...(previous?.messages ?? []), ...messages])
    merged.suppressedMessages = previous?.suppressedMessages ?? []
    byFile.set(filePath, previous?.output === undefined ? merged : {...merged, output: previous.output})
  }
  // Directives again over the merged messages: a block opened in one shard's chunk covers the next shard's.
  for (const [filePath, directives] of directivesByFile(slices)) {
    const result = byFile.get(filePath)
    if (result) byFile.set(filePath, withDirectives(result, directives))
  }
  return [...byFile.keys()].sort().map((filePath) => byFile.get(filePath)!)
}

/** The directives of the slices, by file, in corpus order. */
export function directivesByFile(slices: readonly CorpusSlice[]): Map<string, Directive[]> {
  const byFile = new Map<string, Directive[]>()
  for (const slice of slices) {
    for (const [filePath, directive] of slice.directives ?? []) {
      const directives = byFile.get(filePath)
      if (directives) directives.push(directive)
      else byFile.set(filePath, [directive])
    }
  }
  return byFile
}

/** A result with the messages its file's directives turn off moved to `suppressedMessages`. */
export function withDirectives(result: LintResult, directives: readonly Directive[]): LintResult {
  const {messages, suppressed} = applyDirectives(result.messages, directives)
  if (suppressed.length === 0) return result
  const applied = createResult(result.filePath, messages)
  applied.suppressedMessages = [...result.suppressedMessages, ...suppressed]
  if (result.output !== undefined) applied.output = result.output
  if (result.source !== undefined && messages.length > 0) applied.source = result.source
  return applied
}

/** Corpus order: by input, then by chunk. */
export function compareSlices(a: CorpusSlice, b: CorpusSlice): number {
  return a.input.localeCompare(b.input) || (a.chunk ?? 0) - (b.chunk ?? 0)
}

function joinResults(a: LintResult, b: LintResult): LintResult {
  const joined = createResult(a.filePath, [...a.messages, ...b.messages])
  joined.suppressedMessages = [...a.suppressedMessages, ...b.suppressedMessages]
  return a.output === undefined ? joined : {...joined, output: a.output}
}

export function isShardReport(value: unknown): value is ShardReport {
  return typeof value === 'object' && value !== null && (value as ShardReport).bilintShard === shardFormat && Array.isArray((value as ShardReport).results)
}
