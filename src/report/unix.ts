// ESLint's removed `unix` formatter (read from eslint `5304da03d^`):
// `path:line:col: message [Error/ruleId]`, the layout of compilers' errors
// that editors and `grep -n` users expect, then the count.

import type {StreamedResult} from '../engine/message-list.js'
import {linesThenCount, messageType} from './compact.js'
import {fromPieces} from './pieces.js'

export const unix = fromPieces((results: readonly StreamedResult[]) =>
  linesThenCount(results, (filePath, message) => {
    const type = messageType(message) + (message.ruleId ? `/${message.ruleId}` : '')
    return `${filePath}:${message.line || 0}:${message.column || 0}: ${message.message} [${type}]`
  })
)
