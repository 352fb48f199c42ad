// ESLint's removed `unix` formatter (read from eslint `5304da03d^`):
// `path:line:col: message [Error/ruleId]`, the layout of compilers' errors
// that editors and `grep -n` users expect, then the count.

import type {LintResult} from '../engine/types.js'
import {messageType, problemCount} from './compact.js'

export function unix(results: readonly LintResult[]): string {
  const lines: string[] = []
  for (const result of results) {
    for (const message of result.messages) {
      const type = messageType(message) + (message.ruleId ? `/${message.ruleId}` : '')
      lines.push(`${result.filePath}:${message.line || 0}:${message.column || 0}: ${message.message} [${type}]`)
    }
  }
  return lines.map((line) => line + '\n').join('') + problemCount(lines.length)
}
