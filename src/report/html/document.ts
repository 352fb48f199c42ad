// The two versions of a unit side by side: one table row per aligned
// paragraph (merges and splits span rows, a paragraph without counterpart
// faces an empty, marked cell), each side's cells with its `lang` and `dir`,
// and the findings of each row listed beside it.

import type {Role} from '../../engine/types.js'
import {languageName} from '../../text/languages.js'
import type {BeadView, DocumentView, SideView} from '../document-view.js'
import {textBuilder} from './builder.js'
import {findingItem} from './describe.js'
import {escapeHtml, fileNameHtml} from './escape.js'
import {escapeName} from '../escape.js'
import type {Finding} from './findings.js'
import {highlightedText, type Highlight} from './text.js'

/** Highlights and listed findings of one unit, by `role:paragraph`. */
export interface UnitFindings {
  highlights: Map<string, Highlight[]>
  listed: Map<string, Finding[]>
}

export interface RenderContext {
  cwd: string
  ruleClass(ruleId: string | null): string
  findingsOf(document: number): UnitFindings | undefined
}

/** Rows of segments shown per page of a segment file. */
export const segmentsPerPage = 100

interface TextInfoLocale {
  textInfo?: {direction?: string}
  getTextInfo?(): {direction?: string}
}

/** `rtl` or `ltr`, from CLDR's character order for the language (`Intl.Locale` text info). */
export function textDirection(lang: string): 'rtl' | 'ltr' {
  try {
    const locale = new Intl.Locale(lang).maximize() as unknown as TextInfoLocale
    const info = locale.getTextInfo?.() ?? locale.textInfo
    return info?.direction === 'rtl' ? 'rtl' : 'ltr'
  } catch {
    return 'ltr'
  }
}

const key = (role: Role, paragraph: number) => `${role}:${paragraph}`

function sideAttributes(side: SideView): string {
  return `lang="${escapeHtml(side.lang)}" dir="${textDirection(side.lang)}"`
}

function paragraph(document: number, side: SideView, index: number, context: RenderContext): string {
  const view = side.paragraphs[index]
  const highlights = context.findingsOf(document)?.highlights.get(key(side.role, index)) ?? []
  const line = view.anchors[0][1]
  return `<div class="para" data-line="${line}"><span class="ln" aria-label="line ${line}">${line}</span><span class="tx">${highlightedText(view.text, highlights, context.ruleClass)}</span></div>`
}

function cell(document: number, side: SideView, indices: readonly number[], rowspan: number, other: SideView, context: RenderContext): string {
  const span = rowspan > 1 ? ` rowspan="${rowspan}"` : ''
  const role = `data-role="${side.role}"`
  if (indices.length === 0) {
    const label = `no ${languageName(side.lang)} counterpart to the ${languageName(other.lang)} paragraph`
    return `<td class="gap" ${role} ${sideAttributes(side)}${span} title="${escapeHtml(label)}"></td>`
  }
  return `<td class="side" ${role} ${sideAttributes(side)}${span}>${indices.map((index) => paragraph(document, side, index, context)).join('')}</td>`
}

function beadFindings(document: number, bead: BeadView, context: RenderContext): Finding[] {
  const found = context.findingsOf(document)
  if (!found) return []
  const keys = [...bead.source.map((index) => key('source', index)), ...bead.target.map((index) => key('target', index))]
  return keys.flatMap((name) => found.listed.get(name) ?? []).sort((a, b) => a.index - b.index)
}

function findingsCell(findings: readonly Finding[], rowspan: number, shape: string, context: RenderContext): string {
  const span = rowspan > 1 ? ` rowspan="${rowspan}"` : ''
  const label = shape === '1-1' || shape === 'segment' ? '' : `<div class="shape">${shape === '1-0' || shape === '0-1' ? 'unmatched' : shape === '2-2' ? '2–2' : shape.startsWith('2') ? 'merge ' + shape.replace('-', '–') : 'split ' + shape.replace('-', '–')}</div>`
  const list = textBuilder()
  for (const finding of findings) list.push(findingItem(finding, context.ruleClass(finding.message.ruleId)))
  const items = list.text()
  return `<td class="found"${span}>${label}${items ? `<ul>${items}</ul>` : ''}</td>`
}

/** The rows of one bead: one per paragraph of its larger side; the smaller side's cell spans them. */
function beadRows(document: number, view: DocumentView, bead: BeadView, context: RenderContext, rowAttributes = ''): string {
  const findings = beadFindings(document, bead, context)
  const shape = view.kind === 'segment' ? 'segment' : `${bead.source.length}-${bead.target.length}`
  const rowClass = `bead${findings.length > 0 ? ' has-f' : ' clean'}`
  if (bead.source.length === bead.target.length || view.kind === 'segment') {
    return (
      `<tr class="${rowClass}"${rowAttributes}>` +
      cell(document, view.source, bead.source, 1, view.target, context) +
      cell(document, view.target, bead.target, 1, view.source, context) +
      findingsCell(findings, 1, shape, context) +
      `</tr>`
    )
  }
  const rows = Math.max(bead.source.length, bead.target.length)
  let html = ''
  for (let row = 0; row < rows; row++) {
    const cells = (['source', 'target'] as const).map((role) => {
      const side = view[role]
      const other = view[role === 'source' ? 'target' : 'source']
      const indices = bead[role]
      if (indices.length === rows) return cell(document, side, [indices[row]], 1, other, context)
      return row === 0 ? cell(document, side, indices, rows, other, context) : ''
    })
    html += `<tr class="${rowClass}${row > 0 ? ' cont' : ''}"${rowAttributes}>${cells.join('')}${row === 0 ? findingsCell(findings, rows, shape, context) : ''}</tr>`
  }
  return html
}

function tableHead(view: DocumentView, cwd: string): string {
  const head = (side: SideView) =>
    `<th scope="col" ${sideAttributes(side)}><span lang="en" dir="ltr">${escapeHtml(languageName(side.lang))} <code>${escapeHtml(side.lang)}</code></span></th>`
  const files = view.source.filePath === view.target.filePath ? '' : ` <span class="files">${fileNameHtml(cwd, view.source.filePath)} · ${fileNameHtml(cwd, view.target.filePath)}</span>`
  return `<thead><tr>${head(view.source)}${head(view.target)}<th scope="col" class="found-h">findings${files}</th></tr></thead>`
}

/** A document unit: its paragraphs aligned, row by row. */
export function documentTable(document: number, view: DocumentView, context: RenderContext): string {
  const rows = view.beads.map((bead) => beadRows(document, view, bead, context)).join('')
  return `<table class="bitext">${tableHead(view, context.cwd)}<tbody>${rows}</tbody></table>`
}

/**
 * The segment units of one file: one row per segment, only those with
 * findings shown until the reader asks for all, paginated.
 */
export function segmentTable(documents: ReadonlyArray<{index: number; view: DocumentView}>, context: RenderContext): string {
  let shown = 0
  const rows = documents.map(({index, view}) => {
    const hasFindings = (context.findingsOf(index)?.listed.size ?? 0) > 0
    const page = Math.floor(shown / segmentsPerPage)
    if (hasFindings) shown++
    return beadRows(index, view, view.beads[0], context, ` data-page="${page}" data-unit="${escapeHtml(escapeName(view.id))}"`)
  })
  const pages = Math.max(1, Math.ceil(shown / segmentsPerPage))
  const pager =
    pages > 1
      ? `<nav class="pager" aria-label="pages">${Array.from({length: pages}, (_, page) => `<button type="button" data-page="${page}"${page === 0 ? ' aria-current="page"' : ''}>${page + 1}</button>`).join('')}</nav>`
      : ''
  return `${pager}<table class="bitext segments" data-pages="${pages}">${tableHead(documents[0].view, context.cwd)}<tbody>${rows.join('')}</tbody></table>`
}
