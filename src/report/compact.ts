// ESLint's removed `compact` formatter (read from eslint `5304da03d^`): one
// line per message, `path: line L, col C, Error - message (ruleId)`, then the
// count. A line format for grep and editors' error parsers.

import type {LintMessage, LintResult} from '../engine/types.js'

export function messageType(message: LintMessage): 'Error' | 'Warning' {
  return message.fatal || message.severity === 2 ? 'Error' : 'Warning'
}

export function problemCount(total: number): string {
  return total > 0 ? `\n${total} problem${total === 1 ? '' : 's'}` : ''
}

export function compact(results: readonly LintResult[]): string {
  const lines: string[] = []
  for (const result of results) {
    for (const message of result.messages) {
      const rule = message.ruleId ? ` (${message.ruleId})` : ''
      lines.push(`${result.filePath}: line ${message.line || 0}, col ${message.column || 0}, ${messageType(message)} - ${message.message}${rule}`)
    }
  }
  return lines.map((line) => line + '\n').join('') + problemCount(lines.length)
}
