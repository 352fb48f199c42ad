// The `--stats` table: per rule, units checked, problems found and time,
// slowest first (as ESLint's TIMING table), then the totals.

import type {StatsSummary} from '../engine/stats.js'

export function statsTable(summary: StatsSummary): string {
  const total = summary.totals.time
  const rows = Object.entries(summary.rules)
    .sort(([idA, a], [idB, b]) => b.time - a.time || idA.localeCompare(idB))
    .map(([id, rule]) => [id, String(rule.units), String(rule.problems), rule.time.toFixed(1), total > 0 ? `${((rule.time / total) * 100).toFixed(1)}%` : '-'])
  const header = ['Rule', 'Units', 'Problems', 'Time (ms)', 'Relative']
  const footer = ['Total', String(summary.totals.units), String(summary.totals.problems), total.toFixed(1), '']
  const table = [header, ...rows, footer]
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)))
  // Names left-aligned, numbers right-aligned.
  const render = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ').trimEnd()
  const rule = widths.map((width) => '-'.repeat(width)).join('-+-')
  const {untranslated, fuzzy} = summary.entries ?? {untranslated: 0, fuzzy: 0}
  const entries = untranslated + fuzzy > 0 ? `\nPO entries: ${untranslated} untranslated (among the units), ${fuzzy} fuzzy (left out)\n` : ''
  return [render(header), rule, ...rows.map(render), rule, render(footer)].join('\n') + '\n' + entries
}
