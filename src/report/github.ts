// GitHub Actions workflow commands: one `::error …::message` (or `::warning`)
// annotation per message, then a plain summary line, since GitHub shows only
// the first 10 error and 10 warning annotations of a step (actions/toolkit
// PR #734). Escaping follows actions/toolkit `packages/core/src/command.ts`.

import type {StreamedResult} from '../engine/message-list.js'
import type {LintMessage} from '../engine/types.js'
import {totals} from '../engine/results.js'
import {escapeControls, escapeName} from './escape.js'
import {relativePath} from './paths.js'
import {fromPieces} from './pieces.js'
import type {FormatContext} from './stylish.js'

/** A command's message: `%`, CR and LF (toolkit's `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property value: also `:` and `,`, which separate properties (toolkit's `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::command key=value,…::message`, with the toolkit's escaping. */
export function workflowCommand(command: string, properties: ReadonlyArray<[string, string | number | undefined]>, message: string): string {
  const given = properties.filter((entry): entry is [string, string | number] => entry[1] !== undefined)
  const list = given.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  return `::${command}${list ? ' ' + list : ''}::${escapeData(message)}`
}

function annotation(message: LintMessage, file: string): string {
  // `col` and `endColumn` cannot be sent when the annotation spans lines (toolkit `core.ts`).
  const oneLine = message.endLine === undefined || message.endLine === message.line
  const ruleId = message.ruleId && escapeName(message.ruleId)
  return workflowCommand(
    message.fatal || message.severity === 2 ? 'error' : 'warning',
    [
      ['file', file],
      ['line', message.line],
      ['col', oneLine ? message.column : undefined],
      ['endLine', message.endLine],
      ['endColumn', oneLine ? message.endColumn : undefined],
      ['title', ruleId ? `bilint (${ruleId})` : 'bilint']
    ],
    // Line breaks are the toolkit's to encode (`%0A`); the other controls are escaped here.
    escapeControls(message.message, 'tab, LF and CR')
  )
}

function plural(word: string, count: number): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function* pieces(results: readonly StreamedResult[], context: FormatContext): Generator<string> {
  let count = 0
  for (const result of results) {
    const file = escapeName(relativePath(context.cwd, result.filePath))
    for (const message of result.messages) {
      yield annotation(message, file) + '\n'
      count++
    }
  }
  if (count === 0) return
  const sum = totals(results)
  const files = results.filter((result) => result.messages.length > 0).length
  yield `bilint: ${plural('problem', count)} (${plural('error', sum.errorCount)}, ${plural('warning', sum.warningCount)}) in ${plural('file', files)}.` +
    ' GitHub shows at most 10 error and 10 warning annotations per step; upload the SARIF report (`--format sarif`) to see them all.\n'
}

export const github = fromPieces(pieces)
