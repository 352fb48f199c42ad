// Run statistics (`--stats`): per rule, how many units it checked and the
// time its `check` took; problems are counted from the results, so the
// findings of corpus-wide rules count too. OpusCleaner's users ask for such
// per-filter counts to see what a cleaning step removes and what it costs.

import type {LintMessage} from './types.js'

export interface RuleStats {
  /** Units the rule was given (with `--fix`, each pass again). */
  units: number
  problems: number
  /** Milliseconds spent in the rule's `check`. */
  time: number
  /** For a rule with gates (`meta.gates`): the units where one opened and `check` ran; the others cost it nothing. */
  gate?: {passed: number}
}

/** What a task counts per rule: units given, time, and units whose gate opened (rules with gates). */
export interface RuleCount {
  units: number
  time: number
  passed?: number
}

/** What `lintUnit` fills while it runs, when asked. */
export interface StatsCollector {
  /** `lintUnit` calls, i.e. units read (again per fix pass). */
  units: number
  /** Entries nobody has translated (PO), among `units`, counted once whatever the fix passes. */
  untranslated: number
  /** Fuzzy PO entries left out. */
  fuzzy: number
  rules: Map<string, RuleCount>
}

export interface StatsSummary {
  rules: Record<string, RuleStats>
  totals: RuleStats
  /** PO entries nobody has translated (among the units), and fuzzy ones left out. */
  entries: {untranslated: number; fuzzy: number}
}

export function createStatsCollector(): StatsCollector {
  return {units: 0, untranslated: 0, fuzzy: 0, rules: new Map()}
}

export function recordCheck(collector: StatsCollector, ruleId: string, time: number): void {
  const entry = collector.rules.get(ruleId) ?? {units: 0, time: 0}
  entry.units++
  entry.time += time
  collector.rules.set(ruleId, entry)
}

/** A rule with gates was given a unit: `passed` when a gate opened (its check then follows, and `recordCheck` counts the unit). */
export function recordGate(collector: StatsCollector, ruleId: string, passed: boolean): void {
  const entry = collector.rules.get(ruleId) ?? {units: 0, time: 0}
  entry.passed = (entry.passed ?? 0) + (passed ? 1 : 0)
  if (!passed) entry.units++
  collector.rules.set(ruleId, entry)
}

/** Add a task's counts of a rule to the run's. */
export function addRuleCount(into: Map<string, RuleCount>, id: string, from: RuleCount): void {
  const entry = into.get(id) ?? {units: 0, time: 0}
  entry.units += from.units
  entry.time += from.time
  if (from.passed !== undefined) entry.passed = (entry.passed ?? 0) + from.passed
  into.set(id, entry)
}

/** The collector's counts with the problems of the results (suppressed ones included: they were found). */
export function summariseStats(collector: StatsCollector, results: ReadonlyArray<{messages: Iterable<Pick<LintMessage, 'ruleId'>>; suppressedMessages: Iterable<Pick<LintMessage, 'ruleId'>>}>): StatsSummary {
  const problems = new Map<string, number>()
  // Each list read as it comes, never copied: a spooled file's lists are read back from disk.
  for (const result of results) {
    for (const list of [result.messages, result.suppressedMessages]) {
      for (const {ruleId} of list) if (ruleId) problems.set(ruleId, (problems.get(ruleId) ?? 0) + 1)
    }
  }
  const ids = [...new Set([...collector.rules.keys(), ...problems.keys()])].sort()
  const rules: Record<string, RuleStats> = {}
  for (const id of ids) {
    const checked: RuleCount = collector.rules.get(id) ?? {units: 0, time: 0}
    rules[id] = {units: checked.units, problems: problems.get(id) ?? 0, time: round(checked.time), ...(checked.passed === undefined ? {} : {gate: {passed: checked.passed}})}
  }
  const time = round(Object.values(rules).reduce((sum, rule) => sum + rule.time, 0))
  const found = Object.values(rules).reduce((sum, rule) => sum + rule.problems, 0)
  return {rules, totals: {units: collector.units, problems: found, time}, entries: {untranslated: collector.untranslated, fuzzy: collector.fuzzy}}
}

function round(milliseconds: number): number {
  return Math.round(milliseconds * 1000) / 1000
}
