// The report's first screen: totals, a bar chart of problems per rule and
// per severity (inline SVG, no script or library needed), the filters, and
// a sortable table of files with their counts.

import type {StreamedResult} from '../../engine/message-list.js'
import {escapeHtml, fileNameHtml} from './escape.js'

export interface RuleCount {
  ruleId: string
  /** The class the filters use for this rule (`r0`, ...). */
  className: string
  errors: number
  warnings: number
}

const fatalRule = 'fatal'

/** Problems per rule, most frequent first; read problems count under `fatal`. */
export function countRules(results: readonly StreamedResult[]): RuleCount[] {
  const counts = new Map<string, {errors: number; warnings: number}>()
  for (const result of results) {
    for (const message of result.messages) {
      const ruleId = message.ruleId ?? fatalRule
      const count = counts.get(ruleId) ?? {errors: 0, warnings: 0}
      if (message.fatal || message.severity === 2) count.errors++
      else count.warnings++
      counts.set(ruleId, count)
    }
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y.errors + y.warnings - (x.errors + x.warnings) || a.localeCompare(b))
    .map(([ruleId, count], index) => ({ruleId, className: `r${index}`, ...count}))
}

const barHeight = 22
const labelWidth = 190
const chartWidth = 520
const numberWidth = 60

interface Bar {
  label: string
  errors: number
  warnings: number
  /** `data-filter` of the bar: clicking it filters the report. */
  filter: string
}

function barChart(title: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((bar) => bar.errors + bar.warnings))
  const scale = (chartWidth - labelWidth - numberWidth) / max
  const height = bars.length * (barHeight + 6) + 4
  const rows = bars.map((bar, row) => {
    const y = row * (barHeight + 6) + 2
    const errorWidth = bar.errors * scale
    const warningWidth = bar.warnings * scale
    const total = bar.errors + bar.warnings
    return (
      `<g class="bar" ${bar.filter} tabindex="0" role="button" aria-label="${escapeHtml(`${bar.label}: ${bar.errors} errors, ${bar.warnings} warnings; show only these`)}">` +
      `<text x="${labelWidth - 8}" y="${y + barHeight * 0.7}" text-anchor="end">${escapeHtml(bar.label)}</text>` +
      (errorWidth > 0 ? `<rect class="e" x="${labelWidth}" y="${y}" width="${errorWidth.toFixed(1)}" height="${barHeight}"/>` : '') +
      (warningWidth > 0 ? `<rect class="w" x="${(labelWidth + errorWidth).toFixed(1)}" y="${y}" width="${warningWidth.toFixed(1)}" height="${barHeight}"/>` : '') +
      `<text x="${(labelWidth + errorWidth + warningWidth + 6).toFixed(1)}" y="${y + barHeight * 0.7}">${total}</text></g>`
    )
  })
  return `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption><svg viewBox="0 0 ${chartWidth} ${height}" width="${chartWidth}" height="${height}" role="group" aria-label="${escapeHtml(title)}">${rows.join('')}</svg></figure>`
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

function filters(rules: readonly RuleCount[], hasSegments: boolean): string {
  const options = rules.map((rule) => `<option value="${rule.className}">${escapeHtml(rule.ruleId)} (${rule.errors + rule.warnings})</option>`).join('')
  return (
    `<form class="filters" role="search" aria-label="filter findings">` +
    `<label>rule <select id="filter-rule"><option value="">all rules</option>${options}</select></label>` +
    `<label>severity <select id="filter-severity"><option value="">errors and warnings</option><option value="s2">errors</option><option value="s1">warnings</option></select></label>` +
    `<label><input type="checkbox" id="show-invisible" checked> show invisible characters</label>` +
    (hasSegments ? `<label><input type="checkbox" id="show-clean"> show segments without findings</label>` : '') +
    `<span id="filter-count" aria-live="polite"></span>` +
    `</form>`
  )
}

function filesTable(results: readonly StreamedResult[], anchors: ReadonlyMap<string, string>, cwd: string): string {
  const rows = results.map((result) => {
    const name = fileNameHtml(cwd, result.filePath)
    const anchor = anchors.get(result.filePath)
    const link = anchor ? `<a href="#${anchor}">${name}</a>` : name
    const fixable = result.fixableErrorCount + result.fixableWarningCount
    return `<tr><td data-value="${name}">${link}</td><td data-value="${result.errorCount}">${result.errorCount}</td><td data-value="${result.warningCount}">${result.warningCount}</td><td data-value="${fixable}">${fixable}</td></tr>`
  })
  const head = ['file', 'errors', 'warnings', 'fixable']
    .map((title, column) => `<th scope="col" aria-sort="${column === 0 ? 'ascending' : 'none'}"><button type="button" data-column="${column}">${title}</button></th>`)
    .join('')
  return `<table class="files sortable"><caption>Files (select a heading to sort)</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`
}

/** The overview section; `anchors` maps a file to the id of its section below. */
export function overview(results: readonly StreamedResult[], rules: readonly RuleCount[], anchors: ReadonlyMap<string, string>, cwd: string, hasSegments: boolean): string {
  const errors = rules.reduce((sum, rule) => sum + rule.errors, 0)
  const warnings = rules.reduce((sum, rule) => sum + rule.warnings, 0)
  const fixable = results.reduce((sum, result) => sum + result.fixableErrorCount + result.fixableWarningCount, 0)
  const withProblems = results.filter((result) => result.messages.length > 0).length
  const totals =
    `<p class="totals"><strong>${plural(errors + warnings, 'problem')}</strong> (<span class="error">${plural(errors, 'error')}</span>, ` +
    `<span class="warning">${plural(warnings, 'warning')}</span>), ${fixable} fixable, in ${withProblems} of ${plural(results.length, 'file')}</p>`
  const charts =
    rules.length === 0
      ? ''
      : `<div class="charts">${barChart(
          'Problems per rule',
          rules.map((rule) => ({label: rule.ruleId, errors: rule.errors, warnings: rule.warnings, filter: `data-rule="${rule.className}"`}))
        )}${barChart('Problems per severity', [
          {label: 'error', errors, warnings: 0, filter: 'data-severity="s2"'},
          {label: 'warning', errors: 0, warnings, filter: 'data-severity="s1"'}
        ])}</div>`
  return `<section id="overview" aria-labelledby="overview-h"><h2 id="overview-h">Overview</h2>${totals}${charts}${filters(rules, hasSegments)}${filesTable(results, anchors, cwd)}</section>`
}
