// ESLint's `stylish` layout: per file, the underlined path and a table of
// `line:col  severity  message  ruleId`; a summary at the end.

import {createColors} from 'picocolors'
import type {RuleMeta} from '../engine/rule.js'
import type {StatsSummary} from '../engine/stats.js'
import type {LintResult} from '../engine/types.js'
import type {DocumentView} from './document-view.js'
import {totals} from '../engine/results.js'
import {displayWidth, isolateRtl} from './bidi.js'

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
}

function plural(word: string, count: number): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

export function stylish(results: readonly LintResult[], context: FormatContext): string {
  const colors = createColors(context.color)
  let output = '\n'
  for (const result of results) {
    if (result.messages.length === 0) continue
    const rows = result.messages.map((message) => {
      const isError = message.fatal || message.severity === 2
      return {
        position: `${message.line}:${message.column}`,
        type: isError ? 'error' : 'warning',
        message: isolateRtl(message.message.replace(/([^ ])\.$/u, '$1')),
        ruleId: message.ruleId ?? ''
      }
    })
    const widths = {
      position: Math.max(...rows.map((row) => row.position.length)),
      type: Math.max(...rows.map((row) => row.type.length)),
      message: Math.max(...rows.map((row) => displayWidth(row.message)))
    }
    output += colors.underline(result.filePath) + '\n'
    for (const row of rows) {
      const type = row.type === 'error' ? colors.red(padEnd(row.type, widths.type)) : colors.yellow(padEnd(row.type, widths.type))
      const line = `  ${colors.dim(padEnd(row.position, widths.position))}  ${type}  ${padEnd(row.message, widths.message)}  ${colors.dim(row.ruleId)}`
      output += line.trimEnd() + '\n'
    }
    output += '\n'
  }
  const sum = totals(results)
  const problems = sum.errorCount + sum.warningCount
  if (problems === 0) return ''
  const paint = sum.errorCount > 0 ? colors.red : colors.yellow
  output += paint(colors.bold(`✖ ${plural('problem', problems)} (${plural('error', sum.errorCount)}, ${plural('warning', sum.warningCount)})`)) + '\n'
  if (sum.fixableErrorCount > 0 || sum.fixableWarningCount > 0) {
    output +=
      paint(colors.bold(`  ${plural('error', sum.fixableErrorCount)} and ${plural('warning', sum.fixableWarningCount)} potentially fixable with the \`--fix\` option.`)) + '\n'
  }
  return output + '\n'
}
