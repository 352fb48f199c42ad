// ESLint's `stylish` layout: per file, the underlined path and a table of
// `line:col  severity  message  ruleId`; a summary at the end. On a terminal
// (`messagesPerRule`), a rule's messages past the cap are counted, not shown.

import {createColors} from 'picocolors'
import type {MessageList, StreamedResult} from '../engine/message-list.js'
import type {RuleMeta} from '../engine/rule.js'
import type {StatsSummary} from '../engine/stats.js'
import type {LintMessage} from '../engine/types.js'
import type {DocumentView} from './document-view.js'
import {totals} from '../engine/results.js'
import {displayWidth, isolateRtl} from './bidi.js'
import {escapeControls, escapeName} from './escape.js'
import {fromPieces} from './pieces.js'

type Colors = ReturnType<typeof createColors>

export interface FormatContext {
  cwd: string
  color: boolean
  /** Metadata of the configured rules, by id (ESLint's `rulesMeta`): SARIF and `json-with-metadata` read it. */
  rulesMeta?: Readonly<Record<string, RuleMeta<unknown>>>
  /** Set when warnings exceeded `--max-warnings` (ESLint's context field). */
  maxWarningsExceeded?: {maxWarnings: number; foundWarnings: number}
  /** `--stats`: units, problems and time per rule; `json-with-metadata` carries it. */
  stats?: StatsSummary
  /** The units' text and alignment, for a formatter that sets `needsDocuments` (`html`). */
  documents?: readonly DocumentView[]
  /**
   * `stylish` on a terminal: at most this many messages of a rule per file,
   * then a line counting the others (a terminal cannot show a million).
   */
  messagesPerRule?: number
}

function plural(word: string, count: number): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

interface Row {
  position: string
  type: 'error' | 'warning'
  message: string
  ruleId: string
}

function rowOf(message: LintMessage): Row {
  return {
    position: `${message.line}:${message.column}`,
    type: message.fatal || message.severity === 2 ? 'error' : 'warning',
    // Controls from the text are escaped before the isolates this layout adds around right-to-left runs.
    message: isolateRtl(escapeControls(message.message).replace(/([^ ])\.$/u, '$1')),
    ruleId: escapeName(message.ruleId ?? '')
  }
}

/** The messages shown: with a cap, the first `cap` of each rule; `hidden` counts the others per rule. */
function* shownMessages(messages: MessageList, cap: number | undefined, hidden?: Map<string, number>): Generator<LintMessage> {
  const seen = new Map<string, number>()
  for (const message of messages) {
    if (cap !== undefined && message.ruleId !== null) {
      const count = (seen.get(message.ruleId) ?? 0) + 1
      seen.set(message.ruleId, count)
      if (count > cap) {
        hidden?.set(message.ruleId, (hidden.get(message.ruleId) ?? 0) + 1)
        continue
      }
    }
    yield message
  }
}

/** A file's table: its messages read twice, once for the column widths, once to write the rows. */
function* fileTable(result: StreamedResult, colors: Colors, cap: number | undefined): Generator<string> {
  const widths = {position: 0, type: 0, message: 0}
  const hidden = new Map<string, number>()
  for (const message of shownMessages(result.messages, cap, hidden)) {
    const row = rowOf(message)
    widths.position = Math.max(widths.position, row.position.length)
    widths.type = Math.max(widths.type, row.type.length)
    widths.message = Math.max(widths.message, displayWidth(row.message))
  }
  yield colors.underline(escapeName(result.filePath)) + '\n'
  for (const message of shownMessages(result.messages, cap)) {
    const row = rowOf(message)
    const type = row.type === 'error' ? colors.red(padEnd(row.type, widths.type)) : colors.yellow(padEnd(row.type, widths.type))
    const line = `  ${colors.dim(padEnd(row.position, widths.position))}  ${type}  ${padEnd(row.message, widths.message)}  ${colors.dim(row.ruleId)}`
    yield line.trimEnd() + '\n'
  }
  for (const [ruleId, count] of hidden) {
    yield `  ${colors.dim(`… and ${count.toLocaleString('en-US')} more ${escapeName(ruleId)} finding${count === 1 ? '' : 's'} (use --format json)`)}\n`
  }
  yield '\n'
}

function* pieces(results: readonly StreamedResult[], context: FormatContext): Generator<string> {
  const sum = totals(results)
  const problems = sum.errorCount + sum.warningCount
  if (problems === 0) return
  const colors = createColors(context.color)
  const cap = context.messagesPerRule === undefined ? undefined : Math.max(1, context.messagesPerRule)
  yield '\n'
  for (const result of results) if (result.messages.length > 0) yield* fileTable(result, colors, cap)
  const paint = sum.errorCount > 0 ? colors.red : colors.yellow
  let summary = paint(colors.bold(`✖ ${plural('problem', problems)} (${plural('error', sum.errorCount)}, ${plural('warning', sum.warningCount)})`)) + '\n'
  if (sum.fixableErrorCount > 0 || sum.fixableWarningCount > 0) {
    summary +=
      paint(colors.bold(`  ${plural('error', sum.fixableErrorCount)} and ${plural('warning', sum.fixableWarningCount)} potentially fixable with the \`--fix\` option.`)) + '\n'
  }
  yield summary + '\n'
}

export const stylish = fromPieces(pieces)
