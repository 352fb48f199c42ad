// The `--stats` table: per rule, units given, how often its gate opened,
// problems found, time and time per unit, slowest first (as ESLint's TIMING table), then the totals.

import type {RuleStats, StatsSummary} from '../engine/stats.js'

export function statsTable(summary: StatsSummary): string {
  const total = summary.totals.time
  // The gate column shows where rules have gates (`meta.gates`): the share of units that opened one.
  const gated = Object.values(summary.rules).some((rule) => rule.gate)
  const perUnit = (time: number, units: number) => (units > 0 ? ((1000 * time) / units).toFixed(1) : '-')
  const gate = (rule: RuleStats) => (rule.gate ? (rule.units > 0 ? `${((100 * rule.gate.passed) / rule.units).toFixed(1)}%` : '-') : '-')
  const rows = Object.entries(summary.rules)
    .sort(([idA, a], [idB, b]) => b.time - a.time || idA.localeCompare(idB))
    .map(([id, rule]) => [
      id,
      String(rule.units),
      ...(gated ? [gate(rule)] : []),
      String(rule.problems),
      rule.time.toFixed(1),
      perUnit(rule.time, rule.units),
      total > 0 ? `${((rule.time / total) * 100).toFixed(1)}%` : '-'
    ])
  const header = ['Rule', 'Units', ...(gated ? ['Gate open'] : []), 'Problems', 'Time (ms)', 'µs/unit', 'Relative']
  const footer = ['Total', String(summary.totals.units), ...(gated ? [''] : []), String(summary.totals.problems), total.toFixed(1), perUnit(total, summary.totals.units), '']
  const table = [header, ...rows, footer]
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)))
  // Names left-aligned, numbers right-aligned.
  const render = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ').trimEnd()
  const rule = widths.map((width) => '-'.repeat(width)).join('-+-')
  const {untranslated, fuzzy} = summary.entries ?? {untranslated: 0, fuzzy: 0}
  const entries = untranslated + fuzzy > 0 ? `\nPO entries: ${untranslated} untranslated (among the units), ${fuzzy} fuzzy (left out)\n` : ''
  return [render(header), rule, ...rows.map(render), rule, render(footer)].join('\n') + '\n' + entries
}
