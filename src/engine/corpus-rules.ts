// Corpus-wide rules: `collect` a small state per unit, `finalize` them all.
// A task collects into arrays (`CorpusStates`); the run adds every task's
// states to logs (`CorpusLogs`) in corpus order (the order of inputs, sorted
// by path), so the findings do not depend on the order files were read in,
// and a log moves to disk when it grows large.

import path from 'node:path'
import {type ActiveRule, type FileMessage, interpolate, locate, RuleCrash} from './lint-unit.js'
import {StringPool} from './packed-state.js'
import {StateLog} from './state-log.js'
import type {FinalizeContext} from './rule.js'
import type {LintMessage, Unit} from './types.js'

type CorpusReport = Parameters<FinalizeContext<unknown>['report']>[0]

/** The states one task collected. */
export interface CorpusStates {
  /** Rule id → the active rule and the states of the units seen so far. */
  byRule: Map<string, {active: ActiveRule; states: unknown[]}>
}

export function createCorpusStates(): CorpusStates {
  return {byRule: new Map()}
}

/** The states of the whole run, for `finalize`. */
export interface CorpusLogs {
  byRule: Map<string, {active: ActiveRule; states: StateLog}>
  /** Shares the strings of states that come as copies (from a worker thread, the cache or a shard report). */
  strings: StringPool
}

export function createCorpusLogs(): CorpusLogs {
  return {byRule: new Map(), strings: new StringPool()}
}

/** Add the states of a task, a cache entry or a shard report, in corpus order. */
export function addStates(corpus: CorpusLogs, active: ActiveRule, states: readonly unknown[]): void {
  const id = active.rule.meta.id
  let entry = corpus.byRule.get(id)
  if (!entry) corpus.byRule.set(id, (entry = {active, states: new StateLog()}))
  // Shared strings only for states kept in memory: on disk they are text.
  if (!entry.states.onDisk) for (const state of states) corpus.strings.internState(state)
  entry.states.addAll(states)
}

/** One `collect` context per active rule, reused for every unit (as `lintUnit` reuses its contexts). */
const collectContexts = new WeakMap<ActiveRule, {options: Record<string, unknown>; locate: typeof locate}>()

/** Run `collect` of every corpus-wide rule on a unit; a rule that throws is a `RuleCrash`, given to `onCrash` if any, else thrown. */
export function collectUnit(corpus: CorpusStates, unit: Unit, rules: readonly ActiveRule[], onCrash?: (crash: RuleCrash) => void): void {
  for (const active of rules) {
    if (!active.rule.collect) continue
    let entry = corpus.byRule.get(active.rule.meta.id)
    if (!entry) corpus.byRule.set(active.rule.meta.id, (entry = {active, states: []}))
    let context = collectContexts.get(active)
    if (!context) collectContexts.set(active, (context = {options: active.options, locate}))
    // As \`lintUnit\` does: what a rule assigned on an earlier unit does not carry over.
    context.options = active.options
    try {
      entry.states.push(active.rule.collect(unit, context))
    } catch (error) {
      const crash = new RuleCrash(active.rule.meta.id, unit.id, error)
      if (!onCrash) throw crash
      onCrash(crash)
    }
  }
}

/**
 * Run `finalize` of every corpus-wide rule and give each report, located, to
 * `onMessage` as it comes (a corpus of duplicates has millions: the run
 * spools them rather than hold them); the logs are emptied. A rule that
 * throws is given to `onCrash` if any, else thrown.
 */
export function finalizeCorpus(corpus: CorpusLogs, cwd: string, onMessage: (message: FileMessage) => void, onCrash?: (crash: RuleCrash) => void): void {
  // Paths in messages as the report shows them: relative to the run's working folder.
  const displayPath = (filePath: string) => path.relative(cwd, filePath) || path.basename(filePath)
  for (const {active, states} of corpus.byRule.values()) {
    try {
      active.rule.finalize?.(states, {
        options: active.options,
        displayPath,
        report: (descriptor) => onMessage(corpusMessage(active, descriptor))
      })
    } catch (error) {
      // A rule that throws here loses its corpus-wide findings, not the run's.
      const crash = new RuleCrash(active.rule.meta.id, 'the corpus', error)
      if (!onCrash) throw crash
      onCrash(crash)
    } finally {
      states.dispose()
    }
  }
}

function corpusMessage(active: ActiveRule, {location, messageId, data, severity, related}: CorpusReport): FileMessage {
  const {rule} = active
  const template = rule.meta.messages[messageId]
  if (template === undefined) throw new Error(`Rule \`${rule.meta.id}\` reported unknown messageId \`${messageId}\``)
  const message: LintMessage = {
    ruleId: rule.meta.id,
    severity: severity ?? active.severity,
    message: interpolate(template, data),
    messageId,
    line: location.line,
    column: location.column,
    endLine: location.endLine,
    endColumn: location.endColumn,
    side: location.side
  }
  if (related?.length) message.related = related
  return {filePath: location.filePath, message}
}
