// How a finding reads in the report: its tooltip, its entry in a row's list
// of findings, and the classes the filters select.

import type {LintMessage} from '../../engine/types.js'
import {escapeHtml, visibleText} from './escape.js'
import type {Finding} from './findings.js'

export const severityName = (message: LintMessage) => (message.fatal || message.severity === 2 ? 'error' : 'warning')

/** `s2 r3`: severity and rule, the two things the filters select on. */
export function findingClasses(finding: Finding, ruleClass: string): string {
  return `s${finding.message.fatal ? 2 : finding.message.severity} ${ruleClass}`
}

interface Suggestion {
  desc?: string
  fix?: {text?: string}
}

/** What the fix or the suggestions would write, if the message has any. */
export function fixText(message: LintMessage): string | undefined {
  if (message.fix) return `fix (--fix): replace with \`${message.fix.text}\``
  const suggestions = (message.suggestions ?? []) as Suggestion[]
  const described = suggestions.map((suggestion) => suggestion.desc ?? (suggestion.fix?.text !== undefined ? `replace with \`${suggestion.fix.text}\`` : '')).filter(Boolean)
  return described.length > 0 ? `suggestion (--unsafe-fixes): ${described.join('; ')}` : undefined
}

const literal = /`([^`\n]+)`/g

/**
 * A message as HTML: its backticked literals isolated in `<bdi>`, so an
 * Arabic name inside an English sentence keeps the words around it in order
 * (in the text's own font: monospace fonts rarely join Arabic letters).
 */
export function messageHtml(text: string): string {
  return visibleText(text).replace(literal, (_, inner: string) => `<bdi class="lit">${inner}</bdi>`)
}

/** The tooltip text of a highlight, escaped for an attribute. */
export function describeFinding({message}: Finding): string {
  const parts = [`${severityName(message)} · ${message.ruleId ?? 'fatal'}`, message.message]
  const fix = fixText(message)
  if (fix) parts.push(fix)
  return escapeHtml(parts.join('\n'))
}

/** One finding in a row's list: a link to its highlight, the message, its fix, links to related spans. */
export function findingItem(finding: Finding, ruleClass: string): string {
  const {message} = finding
  const severity = severityName(message)
  const target = finding.place ? `#f${finding.index}` : `#l${finding.index}`
  const related = finding.related
    .map(({location}, index) => `<a class="rl" href="#f${finding.index}r${index}">${escapeHtml(location.side)} ${location.line}:${location.column}</a>`)
    .join(' ')
  const fix = fixText(message)
  return (
    `<li class="fi ${findingClasses(finding, ruleClass)}" id="l${finding.index}" data-f="${finding.index}">` +
    `<a class="fl" href="${target}" data-f="${finding.index}"><span class="sev ${severity}">${severity}</span> ` +
    `${message.line}:${message.column}</a> ` +
    `<span class="msg">${messageHtml(message.message)}</span> <code class="rule">${escapeHtml(message.ruleId ?? 'fatal')}</code>` +
    (fix ? `<div class="fix">${messageHtml(fix)}</div>` : '') +
    (related ? `<div class="related">related: ${related}</div>` : '') +
    `</li>`
  )
}
