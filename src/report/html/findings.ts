// Where each message falls in the document views: which unit, which side,
// which paragraph and which span of its text. Messages carry file lines and
// columns; the views carry the file position of every paragraph, so the
// placement inverts that map.

import type {StreamedResult} from '../../engine/message-list.js'
import type {LintMessage, RelatedLocation, Role} from '../../engine/types.js'
import type {DocumentView, ParagraphView} from '../document-view.js'

/** A span of one paragraph of one document view. */
export interface Place {
  document: number
  role: Role
  paragraph: number
  start: number
  end: number
}

export interface Finding {
  /** Index in report order, also the element id (`f12`). */
  index: number
  filePath: string
  message: LintMessage
  /** Where the message's span is shown; undefined for file-level messages (a file that could not be read). */
  place?: Place
  /** The message's related locations that fall in a view. */
  related: Array<{location: RelatedLocation; place: Place}>
}

interface Entry {
  document: number
  paragraph: number
  view: ParagraphView
  line: number
  column: number
}

type Point = readonly [line: number, column: number]

const before = (a: Point, b: Point) => a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1])

/** The offset in a paragraph's text of a file position (clamped to the paragraph). */
function offsetIn(view: ParagraphView, [line, column]: Point): number {
  let anchor = view.anchors[0]
  for (const candidate of view.anchors) {
    if (!before([candidate[1], candidate[2]], [line, column])) break
    anchor = candidate
  }
  const offset = anchor[1] === line ? anchor[0] + column - anchor[2] : anchor[0]
  return Math.max(0, Math.min(view.text.length, offset))
}

type PlaceOf = (filePath: string, role: Role | undefined, start: Point, end: Point) => Place | undefined

/**
 * Paragraphs by file and side, sorted by their start, and the function that
 * finds the place of a file span among them (binary search), on one side or
 * on either side when a message does not say.
 */
function placer(documents: readonly DocumentView[]): PlaceOf {
  const index = new Map<string, Entry[]>()
  documents.forEach((document, documentIndex) => {
    for (const side of [document.source, document.target]) {
      const key = side.filePath + '\0' + side.role
      const entries = index.get(key) ?? []
      side.paragraphs.forEach((view, paragraph) => {
        const [, line, column] = view.anchors[0]
        entries.push({document: documentIndex, paragraph, view, line, column})
      })
      index.set(key, entries)
    }
  })
  for (const entries of index.values()) entries.sort((a, b) => a.line - b.line || a.column - b.column)

  return (filePath, role, start, end) => {
    for (const side of role ? [role] : (['source', 'target'] as const)) {
      const entries = index.get(filePath + '\0' + side)
      if (!entries) continue
      let low = 0
      let high = entries.length - 1
      let found = -1
      while (low <= high) {
        const middle = (low + high) >> 1
        if (before([entries[middle].line, entries[middle].column], start)) {
          found = middle
          low = middle + 1
        } else high = middle - 1
      }
      const entry = entries[found]
      if (!entry || !before(start, entry.view.end)) continue
      const from = offsetIn(entry.view, start)
      const to = Math.max(from, before(end, entry.view.end) ? offsetIn(entry.view, end) : entry.view.text.length)
      return {document: entry.document, role: side, paragraph: entry.paragraph, start: from, end: to}
    }
    return undefined
  }
}

/** Every message of the results, numbered in report order and placed in the views. */
export function placeFindings(results: readonly StreamedResult[], documents: readonly DocumentView[]): Finding[] {
  const place = placer(documents)
  const findings: Finding[] = []
  for (const result of results) {
    for (const message of result.messages) {
      const where = message.fatal
        ? undefined
        : place(result.filePath, message.side, [message.line, message.column], [message.endLine ?? message.line, message.endColumn ?? message.column])
      const related = (message.related ?? []).flatMap((location) => {
        const found = place(location.filePath, location.side, [location.line, location.column], [location.endLine, location.endColumn])
        return found ? [{location, place: found}] : []
      })
      findings.push({index: findings.length, filePath: result.filePath, message, place: where, related})
    }
  }
  return findings
}
