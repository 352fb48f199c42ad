// A small, serialisable picture of a unit for reports that show the text
// itself (`--format html`): each side's language, paragraphs and their file
// positions, and the paragraph alignment. Reporters stay pure functions of
// results plus these views; they never see a `Unit` or read a file.

import type {Role, Side, Unit, UnitKind} from '../engine/types.js'
import {alignUnit} from '../text/align.js'

/**
 * `[offset in the paragraph's text, file line, file column]`: from `offset`
 * on, the text runs column by column on that line until the next anchor.
 */
export type PositionAnchor = readonly [offset: number, line: number, column: number]

export interface ParagraphView {
  text: string
  /** File positions of the text: one anchor per line, more where a format's escapes break the run. */
  anchors: readonly PositionAnchor[]
  /** File position just after the paragraph's last character. */
  end: readonly [line: number, column: number]
}

export interface SideView {
  role: Role
  lang: string
  filePath: string
  paragraphs: readonly ParagraphView[]
}

export interface BeadView {
  source: readonly number[]
  target: readonly number[]
}

export interface DocumentView {
  kind: UnitKind
  id: string
  source: SideView
  target: SideView
  /** Paragraph alignment (document units); a segment unit is one bead of all its paragraphs. */
  beads: readonly BeadView[]
}

const lineBreak = /\r\n|\r|\n/g

/**
 * Anchors for one run of text without line breaks: one at its start when the
 * file lays it out column by column (plain text), one per character where it
 * does not (XML or PO escapes make the file longer than the text).
 */
function runAnchors(side: Side, start: number, from: number, to: number): PositionAnchor[] {
  const first = side.position(start + from)
  const last = side.position(start + to)
  if (last.line === first.line && last.column - first.column === to - from) return [[from, first.line, first.column]]
  const anchors: PositionAnchor[] = []
  for (let offset = from; offset < to; offset++) {
    const position = side.position(start + offset)
    anchors.push([offset, position.line, position.column])
  }
  return anchors
}

function paragraphView(side: Side, [start, end]: readonly [number, number]): ParagraphView {
  const text = side.text.slice(start, end)
  const anchors: PositionAnchor[] = []
  let from = 0
  for (const match of text.matchAll(lineBreak)) {
    for (const anchor of runAnchors(side, start, from, match.index)) anchors.push(anchor)
    from = match.index + match[0].length
  }
  for (const anchor of runAnchors(side, start, from, text.length)) anchors.push(anchor)
  const after = side.position(end)
  return {text, anchors, end: [after.line, after.column]}
}

function sideView(side: Side): SideView {
  return {
    role: side.role,
    lang: side.lang,
    filePath: side.filePath,
    paragraphs: side.paragraphs.map((paragraph) => paragraphView(side, paragraph.span))
  }
}

const indices = (count: number) => Array.from({length: count}, (_, index) => index)

/** The view of one unit; document units carry the alignment every rule shares (`alignUnit`). */
export function documentView(unit: Unit): DocumentView {
  const source = sideView(unit.source)
  const target = sideView(unit.target)
  const beads: BeadView[] =
    unit.kind === 'document'
      ? alignUnit(unit).map(({source, target}) => ({source: [...source], target: [...target]}))
      : [{source: indices(source.paragraphs.length), target: indices(target.paragraphs.length)}]
  return {kind: unit.kind, id: unit.id, source, target, beads}
}
