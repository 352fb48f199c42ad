// ESLint's removed `compact` formatter (read from eslint `5304da03d^`): one
// line per message, `path: line L, col C, Error - message (ruleId)`, then the
// count. A line format for grep and editors' error parsers.

import type {StreamedResult} from '../engine/message-list.js'
import type {LintMessage} from '../engine/types.js'
import {escapeControls, escapeName} from './escape.js'
import {fromPieces} from './pieces.js'

export function messageType(message: LintMessage): 'Error' | 'Warning' {
  return message.fatal || message.severity === 2 ? 'Error' : 'Warning'
}

export function problemCount(total: number): string {
  return total > 0 ? `\n${total} problem${total === 1 ? '' : 's'}` : ''
}

/**
 * A line per message as `line` writes it, then the count. `line` is given
 * the file name and the message with their control characters escaped.
 */
export function* linesThenCount(results: readonly StreamedResult[], line: (filePath: string, message: LintMessage) => string): Generator<string> {
  let total = 0
  for (const result of results) {
    const filePath = escapeName(result.filePath)
    for (const message of result.messages) {
      yield line(filePath, {...message, message: escapeControls(message.message), ruleId: message.ruleId && escapeName(message.ruleId)}) + '\n'
      total++
    }
  }
  yield problemCount(total)
}

export const compact = fromPieces((results: readonly StreamedResult[]) =>
  linesThenCount(results, (filePath, message) => {
    const rule = message.ruleId ? ` (${message.ruleId})` : ''
    return `${filePath}: line ${message.line || 0}, col ${message.column || 0}, ${messageType(message)} - ${message.message}${rule}`
  })
)
