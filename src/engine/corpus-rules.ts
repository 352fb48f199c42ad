// Corpus-wide rules: `collect` a small state per unit, `finalize` them all.
// States are kept in corpus order (the order of inputs, sorted by path), so
// the findings do not depend on the order files were read in.

import {type ActiveRule, type FileMessage, interpolate, locate} from './lint-unit.js'
import {StringPool} from './packed-state.js'
import type {LintMessage, Unit} from './types.js'

export interface CorpusStates {
  /** Rule id → the active rule and the states of the units seen so far. */
  byRule: Map<string, {active: ActiveRule; states: unknown[]}>
  /** Shares the strings of states that come as copies (from a worker thread, the cache or a shard report). */
  strings: StringPool
}

export function createCorpusStates(): CorpusStates {
  return {byRule: new Map(), strings: new StringPool()}
}

/** Add the states of a task, a cache entry or a shard report, in corpus order. */
export function addStates(corpus: CorpusStates, active: ActiveRule, states: readonly unknown[]): void {
  const id = active.rule.meta.id
  const entry = corpus.byRule.get(id) ?? {active, states: []}
  // A loop, not push(...states): a large file's slice holds more states than a call takes arguments.
  for (const state of states) {
    corpus.strings.internState(state)
    entry.states.push(state)
  }
  corpus.byRule.set(id, entry)
}

/** Run `collect` of every corpus-wide rule on a unit. */
export function collectUnit(corpus: CorpusStates, unit: Unit, rules: readonly ActiveRule[]): void {
  for (const active of rules) {
    if (!active.rule.collect) continue
    const entry = corpus.byRule.get(active.rule.meta.id) ?? {active, states: []}
    entry.states.push(active.rule.collect(unit, {options: active.options, locate}))
    corpus.byRule.set(active.rule.meta.id, entry)
  }
}

/** Run `finalize` of every corpus-wide rule and locate its reports. */
export function finalizeCorpus(corpus: CorpusStates): FileMessage[] {
  const messages: FileMessage[] = []
  for (const {active, states} of corpus.byRule.values()) {
    const {rule} = active
    rule.finalize?.(states, {
      options: active.options,
      report({location, messageId, data, severity, related}) {
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
        messages.push({filePath: location.filePath, message})
      }
    })
  }
  return messages
}
