// A file's messages as formatters read them: a list to iterate (as often as
// needed) with its length, which an array is, and which a range of the
// message spool (`src/engine/message-spool.ts`) also is, read from disk at
// each iteration. A `StreamedResult` is ESLint's `LintResult` with such
// lists, so a report of millions of findings is never in memory at once.

import type {LintMessage, LintResult} from './types.js'

export interface MessageList extends Iterable<LintMessage> {
  readonly length: number
}

/** ESLint's `LintResult`, its message lists possibly on disk. A `LintResult` is one. */
export type StreamedResult = Omit<LintResult, 'messages' | 'suppressedMessages'> & {
  messages: MessageList
  suppressedMessages: MessageList
}

/** A list of `length` messages that `read` gives anew at each iteration. */
export function messageList(length: number, read: () => Iterator<LintMessage>): MessageList {
  return {length, [Symbol.iterator]: read}
}

/** Whether a value is a message list (an array, or a list from the spool). */
export function isMessageList(value: unknown): value is MessageList {
  return (
    Array.isArray(value) ||
    (typeof value === 'object' && value !== null && typeof (value as MessageList).length === 'number' && typeof (value as MessageList)[Symbol.iterator] === 'function')
  )
}

/** The messages `keep` keeps; `length` is their count, which the caller knows from the counts. An array stays an array. */
export function filterMessages(list: MessageList, keep: (message: LintMessage) => boolean, length: number): MessageList {
  if (Array.isArray(list)) return (list as LintMessage[]).filter(keep)
  return messageList(length, function* () {
    for (const message of list) if (keep(message)) yield message
  })
}

/** Each message as `change` makes it. An array stays an array. */
export function mapMessages(list: MessageList, change: (message: LintMessage) => LintMessage): MessageList {
  if (Array.isArray(list)) return (list as LintMessage[]).map(change)
  return messageList(list.length, function* () {
    for (const message of list) yield change(message)
  })
}

/** The lists one after the other. Arrays stay an array. */
export function joinMessages(...lists: MessageList[]): MessageList {
  if (lists.every((list) => Array.isArray(list))) return (lists as LintMessage[][]).flat()
  return messageList(
    lists.reduce((sum, list) => sum + list.length, 0),
    function* () {
      for (const list of lists) yield* list
    }
  )
}

/** Whether every list of the results is an array: the run kept its messages in memory. */
export function inMemory(results: readonly StreamedResult[]): results is LintResult[] {
  return results.every((result) => Array.isArray(result.messages) && Array.isArray(result.suppressedMessages))
}

/** A `LintResult` with its lists read into arrays (for a formatter module, or the API's `results`). */
export function toLintResult(result: StreamedResult): LintResult {
  if (Array.isArray(result.messages) && Array.isArray(result.suppressedMessages)) return result as LintResult
  return {...result, messages: [...result.messages], suppressedMessages: [...result.suppressedMessages]}
}
