// One paragraph's text with its findings and related spans highlighted.
// Spans may overlap (a paragraph without counterpart holds a misspelled
// name), so the text is cut at every span boundary and each piece is wrapped
// in one nested element per span that covers it. A paragraph may hold tens of
// thousands of findings (#27): nothing here looks at every highlight per cut.

import type {Finding} from './findings.js'
import {visibleText} from './escape.js'
import {textBuilder} from './builder.js'
import {describeFinding, findingClasses} from './describe.js'
import {lowerBound} from '../../text/span-search.js'

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

/** Highlights by a position: those that start there, end there, or are empty there, each in report order. */
function byPosition(highlights: readonly Highlight[], select: (highlight: Highlight) => number | undefined): Map<number, number[]> {
  const map = new Map<number, number[]>()
  highlights.forEach((highlight, index) => {
    const position = select(highlight)
    if (position === undefined) return
    const list = map.get(position)
    if (list) list.push(index)
    else map.set(position, [index])
  })
  return map
}

/**
 * The escaped text of a paragraph with its highlights. `ruleClass` maps a
 * rule id to the class the filters select (`r0`, `r1`, ...). The text is
 * walked once, from cut to cut; the highlights covering a piece are kept in
 * report order as they open and close, the first of them outermost.
 */
export function highlightedText(text: string, highlights: readonly Highlight[], ruleClass: (ruleId: string | null) => string): string {
  if (highlights.length === 0) return visibleText(text)
  const cuts = [...new Set([0, text.length, ...highlights.flatMap(({start, end}) => [start, end])])].sort((a, b) => a - b)
  const spans = (highlight: Highlight) => highlight.start < highlight.end
  // A zero-width span (a count that belongs to the paragraph's start) is a marker before the text.
  const markers = byPosition(highlights, (highlight) => (spans(highlight) ? undefined : highlight.start))
  const starting = byPosition(highlights, (highlight) => (spans(highlight) ? highlight.start : undefined))
  const ending = byPosition(highlights, (highlight) => (spans(highlight) ? highlight.end : undefined))
  const covering: number[] = []
  const html = textBuilder()
  for (let cut = 0; cut < cuts.length; cut++) {
    const from = cuts[cut]
    for (const index of markers.get(from) ?? []) {
      const highlight = highlights[index]
      html.push(open(highlight, true, ruleClass(highlight.finding.message.ruleId)), close(highlight))
    }
    const to = cuts[cut + 1]
    if (to === undefined) break
    for (const index of ending.get(from) ?? []) covering.splice(lowerBound(covering, index), 1)
    for (const index of starting.get(from) ?? []) covering.splice(lowerBound(covering, index), 0, index)
    // A span's first piece starts where it starts: only that piece carries its id.
    for (const index of covering) {
      const highlight = highlights[index]
      html.push(open(highlight, highlight.start === from, ruleClass(highlight.finding.message.ruleId)))
    }
    html.push(visibleText(text.slice(from, to)))
    for (let index = covering.length - 1; index >= 0; index--) html.push(close(highlights[covering[index]]))
  }
  return html.text()
}
