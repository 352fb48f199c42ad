// Bulk suppressions (a baseline), ESLint's model exactly
// (`lib/services/suppressions-service.js`): per cwd-relative POSIX path and
// rule, the count of severity-2 messages. Where a file's count for a rule is
// at most the stored count, that rule's messages in that file move to
// `suppressedMessages`; more than the stored count reports them all, so a
// new problem cannot hide behind the old budget. Counts, not lines, so the
// baseline survives edits. No I/O here: the CLI reads and writes the file.

import path from 'node:path'
import {filterMessages, inMemory, joinMessages, mapMessages, type StreamedResult} from './message-list.js'
import {countMessage, zeroCounts} from './results.js'
import type {LintMessage, LintResult} from './types.js'

/** `{"<relative path>": {"<ruleId>": {"count": N}}}`, the committed file's shape. */
export type Suppressions = Record<string, Record<string, {count: number}>>

export const defaultSuppressionsFile = 'bilint-suppressions.json'

export function relativeFilePath(cwd: string, filePath: string): string {
  return path.relative(cwd, filePath).split(path.sep).join(path.posix.sep)
}

/** Severity-2 messages per rule; warnings are never suppressed. */
export function countViolationsByRule(messages: Iterable<LintMessage>): Record<string, {count: number}> {
  const counts: Record<string, {count: number}> = {}
  for (const message of messages) {
    if (message.severity !== 2 || !message.ruleId) continue
    counts[message.ruleId] ??= {count: 0}
    counts[message.ruleId].count++
  }
  return counts
}

/** `--suppress-all` (no `rules`) or `--suppress-rule`: the current counts replace the stored ones. */
export function suppress(suppressions: Suppressions, results: readonly StreamedResult[], cwd: string, rules?: readonly string[]): Suppressions {
  const updated = structuredClone(suppressions)
  for (const result of results) {
    const file = relativeFilePath(cwd, result.filePath)
    for (const [ruleId, count] of Object.entries(countViolationsByRule(result.messages))) {
      if (rules && !rules.includes(ruleId)) continue
      updated[file] ??= {}
      updated[file][ruleId] = count
    }
  }
  return updated
}

export interface AppliedSuppressions<Result extends StreamedResult = LintResult> {
  results: Result[]
  /** Stored counts no longer matched by problems: the run exits 2 unless they are pruned. */
  unused: Suppressions
}

/** Move a rule's messages to `suppressedMessages`; lists from the spool are filtered as they are read. */
function suppressRule(result: StreamedResult, ruleId: string): void {
  const {messages} = result
  let moved = 0
  for (const message of messages) if (message.ruleId === ruleId) moved++
  const suppressed = mapMessages(
    filterMessages(messages, (message) => message.ruleId === ruleId, moved),
    (message) => ({...message, suppressions: [{kind: 'file' as const, justification: ''}]})
  )
  result.suppressedMessages = joinMessages(result.suppressedMessages, suppressed)
  result.messages = filterMessages(messages, (message) => message.ruleId !== ruleId, messages.length - moved)
}

function recount(result: StreamedResult): void {
  const counted = zeroCounts()
  for (const message of result.messages) countMessage(counted, message)
  for (const key of ['errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount'] as const) result[key] = counted[key]
}

/** Move the suppressed messages; the input results are not changed. */
export function applySuppressions<Result extends StreamedResult>(results: readonly Result[], suppressions: Suppressions, cwd: string): AppliedSuppressions<Result> {
  // Lists from the spool are never changed, only replaced: a copy of each result will do.
  const filtered = inMemory(results) ? (structuredClone(results) as unknown as Result[]) : results.map((result) => ({...result}))
  const unused: Suppressions = {}
  for (const result of filtered) {
    const file = relativeFilePath(cwd, result.filePath)
    const stored = suppressions[file]
    if (!stored) continue
    const violations = countViolationsByRule(result.messages)
    let changed = false
    for (const [ruleId, {count}] of Object.entries(violations)) {
      const allowed = stored[ruleId]?.count
      if (allowed === undefined) continue
      if (count <= allowed) {
        suppressRule(result, ruleId)
        changed = true
      }
      if (count < allowed) {
        unused[file] ??= {}
        unused[file][ruleId] = {count: allowed - count}
      }
    }
    for (const ruleId of Object.keys(stored)) {
      if (violations[ruleId]) continue
      unused[file] ??= {}
      unused[file][ruleId] = stored[ruleId]
    }
    if (changed) recount(result)
  }
  return {results: filtered, unused}
}

/**
 * `--prune-suppressions`: lower the counts that problems no longer use, drop
 * empty entries, and drop files that no longer exist.
 */
export function prune(suppressions: Suppressions, results: readonly StreamedResult[], cwd: string, fileExists: (absolutePath: string) => boolean): Suppressions {
  const pruned = structuredClone(suppressions)
  const {unused} = applySuppressions(results, suppressions, cwd)
  for (const [file, rules] of Object.entries(unused)) {
    if (!pruned[file]) continue
    for (const [ruleId, {count}] of Object.entries(rules)) {
      if (!pruned[file][ruleId]) continue
      if (pruned[file][ruleId].count === count) delete pruned[file][ruleId]
      else pruned[file][ruleId].count -= count
    }
    if (Object.keys(pruned[file]).length === 0) delete pruned[file]
  }
  for (const file of Object.keys(pruned)) if (!fileExists(path.resolve(cwd, file))) delete pruned[file]
  return pruned
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]))
}

/** Keys sorted, two spaces (ESLint writes the file with json-stable-stringify), so diffs stay small. */
export function serialiseSuppressions(suppressions: Suppressions): string {
  return JSON.stringify(sortKeys(suppressions), null, 2) + '\n'
}
