// The results of a spooled run: each file's messages are read from the
// spool at each iteration, and its directives applied as they are read; the
// run holds counts and ranges per file, not messages. The counts come from
// the spool, except in a file with directives, whose messages are read once
// more to count those the directives leave. The results are those
// `ReportAssembler` builds in memory, field for field and in the same order.

import {type Directive, directiveMatcher, suppressedBy} from './directives.js'
import {filterMessages, mapMessages, type MessageList, type StreamedResult} from './message-list.js'
import type {MessageSpool} from './message-spool.js'
import {countMessage, type Totals, zeroCounts} from './results.js'

/** A file's messages split by its directives: those left, their counts, and those turned off. */
function withDirectives(messages: MessageList, directives: readonly Directive[]): {messages: MessageList; suppressed: MessageList; counts: Totals} {
  const directiveFor = directiveMatcher(directives)
  const counts = zeroCounts()
  let turnedOff = 0
  for (const message of messages) {
    if (directiveFor(message)) turnedOff++
    else countMessage(counts, message)
  }
  return {
    messages: filterMessages(messages, (message) => !directiveFor(message), messages.length - turnedOff),
    suppressed: mapMessages(
      filterMessages(messages, (message) => directiveFor(message) !== undefined, turnedOff),
      (message) => suppressedBy(message, directiveFor(message)!)
    ),
    counts
  }
}

/**
 * The results of every file of `filePaths` (sorted, each file that had
 * messages among them), with each file's `directives` applied and its fixed
 * `output`, from the spool's messages.
 */
export function spooledResults(
  spool: MessageSpool,
  filePaths: readonly string[],
  directives: ReadonlyMap<string, readonly Directive[]>,
  outputs: ReadonlyMap<string, {output: string}>
): StreamedResult[] {
  spool.finish()
  return filePaths.map((filePath): StreamedResult => {
    const spooled = spool.file(filePath)
    const fileDirectives = directives.get(filePath) ?? []
    const {messages, suppressed, counts} =
      spooled === undefined
        ? {messages: [], suppressed: [], counts: zeroCounts()}
        : fileDirectives.length === 0
          ? {...spooled, suppressed: []}
          : withDirectives(spooled.messages, fileDirectives)
    // The fields in `createResult`'s order, `output` last, as the run in memory gives them.
    const result: StreamedResult = {
      filePath,
      messages,
      suppressedMessages: suppressed,
      errorCount: counts.errorCount,
      fatalErrorCount: counts.fatalErrorCount,
      warningCount: counts.warningCount,
      fixableErrorCount: counts.fixableErrorCount,
      fixableWarningCount: counts.fixableWarningCount,
      usedDeprecatedRules: []
    }
    const fixed = outputs.get(filePath)
    if (fixed) result.output = fixed.output
    return result
  })
}
