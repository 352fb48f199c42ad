// Messages grouped by file into ESLint's `LintResult`, with its counts.

import type {LintMessage, LintResult} from './types.js'

export function compareMessages(a: LintMessage, b: LintMessage): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId ?? '').localeCompare(b.ruleId ?? '') ||
    a.message.localeCompare(b.message)
  )
}

/** A `LintResult` for one file; `source` is set, as ESLint does, when there are messages. */
export function createResult(filePath: string, messages: LintMessage[], source?: string): LintResult {
  const sorted = [...messages].sort(compareMessages)
  const result: LintResult = {
    filePath,
    messages: sorted,
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: []
  }
  for (const message of sorted) countMessage(result, message)
  if (sorted.length > 0 && source !== undefined) result.source = source
  return result
}

export interface Totals {
  errorCount: number
  warningCount: number
  fatalErrorCount: number
  fixableErrorCount: number
  fixableWarningCount: number
}

/** Add a message to the counts, as ESLint counts it. */
export function countMessage(counts: Totals, message: LintMessage): void {
  if (message.severity === 2) {
    counts.errorCount++
    if (message.fatal) counts.fatalErrorCount++
    if (message.fix) counts.fixableErrorCount++
  } else {
    counts.warningCount++
    if (message.fix) counts.fixableWarningCount++
  }
}

export function zeroCounts(): Totals {
  return {errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}
}

export function totals(results: readonly Totals[]): Totals {
  const sum = zeroCounts()
  for (const result of results) {
    sum.errorCount += result.errorCount
    sum.warningCount += result.warningCount
    sum.fatalErrorCount += result.fatalErrorCount
    sum.fixableErrorCount += result.fixableErrorCount
    sum.fixableWarningCount += result.fixableWarningCount
  }
  return sum
}
