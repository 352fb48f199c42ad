// One paragraph's text with its findings and related spans highlighted.
// Spans may overlap (a paragraph without counterpart holds a misspelled
// name), so the text is cut at every span boundary and each piece is wrapped
// in one nested element per span that covers it.

import type {Finding} from './findings.js'
import {visibleText} from './escape.js'
import {describeFinding, findingClasses} from './describe.js'

/** A highlighted span: a finding's own span, or one of its related locations. */
export interface Highlight {
  finding: Finding
  /** Index among the finding's related locations; undefined for the finding's own span. */
  related?: number
  start: number
  end: number
}

function open(highlight: Highlight, first: boolean, ruleClass: string): string {
  const {finding} = highlight
  if (highlight.related !== undefined) {
    const id = first ? ` id="f${finding.index}r${highlight.related}"` : ''
    return `<span class="rel"${id} data-f="${finding.index}">`
  }
  const id = first ? ` id="f${finding.index}" tabindex="-1"` : ''
  const point = highlight.start === highlight.end ? ' pt' : ''
  return `<mark class="fm${point} ${findingClasses(finding, ruleClass)}"${id} data-f="${finding.index}" title="${describeFinding(finding)}">`
}

const close = (highlight: Highlight) => (highlight.related === undefined ? '</mark>' : '</span>')

/**
 * The escaped text of a paragraph with its highlights. `ruleClass` maps a
 * rule id to the class the filters select (`r0`, `r1`, ...).
 */
export function highlightedText(text: string, highlights: readonly Highlight[], ruleClass: (ruleId: string | null) => string): string {
  if (highlights.length === 0) return visibleText(text)
  const cuts = [...new Set([0, text.length, ...highlights.flatMap(({start, end}) => [start, end])])].sort((a, b) => a - b)
  const opened = new Set<Highlight>()
  let html = ''
  for (let cut = 0; cut < cuts.length; cut++) {
    const from = cuts[cut]
    // A zero-width span (a count that belongs to the paragraph's start) is a marker before the text.
    for (const highlight of highlights) {
      if (highlight.start === from && highlight.end === from) {
        html += open(highlight, true, ruleClass(highlight.finding.message.ruleId)) + close(highlight)
      }
    }
    const to = cuts[cut + 1]
    if (to === undefined) break
    const covering = highlights.filter(({start, end}) => start <= from && end >= to && start < end)
    let piece = visibleText(text.slice(from, to))
    for (const highlight of [...covering].reverse()) {
      piece = open(highlight, !opened.has(highlight), ruleClass(highlight.finding.message.ruleId)) + piece + close(highlight)
      opened.add(highlight)
    }
    html += piece
  }
  return html
}
