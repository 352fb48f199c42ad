// `--format html`: one self-contained page with an overview of the findings
// and, per document, the two versions side by side, aligned paragraph by
// paragraph, each finding highlighted at its span. A pure function of the
// results and the document views that `lintCorpus({keepDocuments: true})`
// returns; without views it lists the findings per file.

import type {StreamedResult} from '../../engine/message-list.js'
import type {DocumentView} from '../document-view.js'
import {findingItem} from './describe.js'
import {documentTable, segmentTable, type RenderContext, type UnitFindings} from './document.js'
import {fileNameHtml} from './escape.js'
import {type Finding, placeFindings} from './findings.js'
import {page} from './layout.js'
import {fromPieces} from '../pieces.js'
import {countRules, overview} from './overview.js'

export interface HtmlContext {
  cwd: string
  documents?: readonly DocumentView[]
}

function unitFindings(findings: readonly Finding[]): Map<number, UnitFindings> {
  const byUnit = new Map<number, UnitFindings>()
  const of = (document: number) => {
    let found = byUnit.get(document)
    if (!found) byUnit.set(document, (found = {highlights: new Map(), listed: new Map()}))
    return found
  }
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key)
    if (list) list.push(value)
    else map.set(key, [value])
  }
  for (const finding of findings) {
    const {place} = finding
    if (!place) continue
    const found = of(place.document)
    const key = `${place.role}:${place.paragraph}`
    push(found.highlights, key, {finding, start: place.start, end: place.end})
    push(found.listed, key, finding)
    finding.related.forEach(({place: related}, index) => {
      push(of(related.document).highlights, `${related.role}:${related.paragraph}`, {finding, related: index, start: related.start, end: related.end})
    })
  }
  return byUnit
}

interface FileSection {
  filePath: string
  id: string
  documents: Array<{index: number; view: DocumentView}>
}

/** Units grouped by the file their source side comes from, in results order. */
function fileSections(results: readonly StreamedResult[], documents: readonly DocumentView[]): FileSection[] {
  const sections = new Map<string, FileSection>()
  const section = (filePath: string) => {
    let found = sections.get(filePath)
    if (!found) sections.set(filePath, (found = {filePath, id: `file${sections.size}`, documents: []}))
    return found
  }
  const owner = new Map<string, string>()
  documents.forEach((view, index) => {
    owner.set(view.target.filePath, view.source.filePath)
    section(view.source.filePath).documents.push({index, view})
  })
  // A parallel document's target file is shown in its source file's section.
  for (const result of results) if (!owner.has(result.filePath) || owner.get(result.filePath) === result.filePath) section(result.filePath)
  const order = new Map(results.map((result, index) => [result.filePath, index]))
  return [...sections.values()].sort((a, b) => (order.get(a.filePath) ?? 0) - (order.get(b.filePath) ?? 0))
}

/** Findings by the file they are reported in, each list in report order. */
function findingsByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>()
  for (const finding of findings) {
    const list = byFile.get(finding.filePath)
    if (list) list.push(finding)
    else byFile.set(finding.filePath, [finding])
  }
  return byFile
}

function renderSection(section: FileSection, byFile: ReadonlyMap<string, readonly Finding[]>, context: RenderContext): string {
  const files = new Set([section.filePath, ...section.documents.map(({view}) => view.target.filePath)])
  const findings = [...files].flatMap((filePath) => byFile.get(filePath) ?? []).sort((a, b) => a.index - b.index)
  const outside = findings.filter((finding) => !finding.place)
  const outsideList =
    outside.length > 0 ? `<ul class="doc-problems">${outside.map((finding) => findingItem(finding, context.ruleClass(finding.message.ruleId))).join('')}</ul>` : ''
  const segments = section.documents.filter(({view}) => view.kind === 'segment')
  const tables =
    section.documents
      .filter(({view}) => view.kind === 'document')
      .map(({index, view}) => documentTable(index, view, context))
      .join('') + (segments.length > 0 ? segmentTable(segments, context) : '')
  const count = findings.length
  const heading = `<h2 id="${section.id}-h"><code>${fileNameHtml(context.cwd, section.filePath)}</code> <span class="count">(${count} finding${count === 1 ? '' : 's'})</span></h2>`
  const content = outsideList + tables
  // Documents without findings stay folded, so a large clean corpus does not bury the problems.
  const body = count === 0 && tables ? `<details><summary>show the aligned text</summary>${content}</details>` : content
  return `<section class="doc" id="${section.id}" aria-labelledby="${section.id}-h">${heading}${body}</section>`
}

/** Where the page's body goes in its text: found once. */
const bodyMark = '\u0000body'

/** The page, a file's section at a time. */
function* pieces(results: readonly StreamedResult[], context: HtmlContext): Generator<string> {
  const documents = context.documents ?? []
  const rules = countRules(results)
  const classes = new Map(rules.map((rule) => [rule.ruleId, rule.className]))
  // A finding highlights the place its related location points at, in any file: the page places them all first.
  const findings = placeFindings(results, documents)
  const byUnit = unitFindings(findings)
  const renderContext: RenderContext = {
    cwd: context.cwd,
    ruleClass: (ruleId) => classes.get(ruleId ?? 'fatal') ?? 'r-none',
    findingsOf: (document) => byUnit.get(document)
  }
  const sections = fileSections(results, documents)
  const anchors = new Map<string, string>()
  for (const section of sections) {
    anchors.set(section.filePath, section.id)
    for (const {view} of section.documents) if (!anchors.has(view.target.filePath)) anchors.set(view.target.filePath, section.id)
  }
  const hasSegments = documents.some((view) => view.kind === 'segment')
  const languages = [...new Set(documents.flatMap((view) => [view.source.lang, view.target.lang]))].join(', ')
  const [before, after] = page({
    title: 'bilint report',
    subtitle: `${results.length} file${results.length === 1 ? '' : 's'}${languages ? ` · languages ${languages}` : ''}`,
    rules,
    body: bodyMark
  }).split(bodyMark)
  yield before
  yield overview(results, rules, anchors, context.cwd, hasSegments)
  const byFile = findingsByFile(findings)
  for (const [index, section] of sections.entries()) yield (index > 0 ? '\n' : '') + renderSection(section, byFile, renderContext)
  yield after
}

export const html = Object.assign(fromPieces(pieces), {
  /** `lintCorpus` keeps the document views this format shows (`keepDocuments`). */
  needsDocuments: true as const
})
