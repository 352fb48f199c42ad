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
  for (const message of sorted) {
    if (message.severity === 2) {
      result.errorCount++
      if (message.fatal) result.fatalErrorCount++
      if (message.fix) result.fixableErrorCount++
    } else {
      result.warningCount++
      if (message.fix) result.fixableWarningCount++
    }
  }
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

export function totals(results: readonly LintResult[]): Totals {
  const sum: Totals = {errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}
  for (const result of results) {
    sum.errorCount += result.errorCount
    sum.warningCount += result.warningCount
    sum.fatalErrorCount += result.fatalErrorCount
    sum.fixableErrorCount += result.fixableErrorCount
    sum.fixableWarningCount += result.fixableWarningCount
  }
  return sum
}
