// `--format html` as a pure function: what the page holds for the sample
// corpus, injected markup, invisible characters, parallel files and segment
// corpora. The browser test (report-html-browser.test.ts) checks how it renders.

import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {loadConfig} from '../src/config/load.js'
import {createSourceFile, sliceSide} from '../src/corpus/source-file.js'
import type {LintResult, Unit} from '../src/engine/types.js'
import {createResult} from '../src/engine/results.js'
import {lintCorpus} from '../src/lint.js'
import {documentView} from '../src/report/document-view.js'
import {formatters} from '../src/report/index.js'
import {udhrPair} from './fixtures/udhr.js'
import {copyOfCorpus, enAr, makeProject} from './helpers/cli.js'

async function report(cwd: string) {
  const config = await loadConfig({lookup: true, cwd, coreRules: rules})
  const {results, documents} = await lintCorpus({cwd, patterns: [], config, keepDocuments: true})
  return {results, documents: documents!, page: formatters.html(results, {cwd, color: false, documents})}
}

/** The `<tr>` elements of a page, as strings (rows never nest). */
const rowsOf = (page: string) => page.match(/<tr[ >][\s\S]*?<\/tr>/g) ?? []

it('exports one formatter that asks for the documents', async () => {
  const module = await import('../src/report/html/index.js')
  expect(Object.keys(module)).toEqual(['html'])
  expect(module.html.needsDocuments).toBe(true)
  expect(formatters.html).toBe(module.html)
})

describe('the sample corpus', async () => {
  const {results, documents, page} = await report(copyOfCorpus())
  const sample = documents.find((view) => view.id.endsWith('alalam-2020-07-08.txt'))!

  it('keeps a view of every document with its alignment', () => {
    expect(documents.map((view) => view.kind)).toEqual(['document', 'document', 'document'])
    expect(sample.source.paragraphs).toHaveLength(9)
    expect(sample.target.paragraphs).toHaveLength(10)
    expect(sample.beads[0]).toEqual({source: [], target: [0]})
    expect(sample.target.paragraphs[0].anchors[0]).toEqual([0, 10, 1])
  })

  it('puts an empty English cell beside the Arabic headline of line 10', () => {
    const row = rowsOf(page).find((tr) => tr.includes('data-line="10"'))!
    expect(row).toMatch(/^<tr[^>]*><td class="gap" data-role="source" lang="en" dir="ltr"[^>]*><\/td><td class="side" data-role="target" lang="ar" dir="rtl">/)
    expect(row).toContain('ايران ستطور منظومات الدفاع الجوي السورية</mark>')
  })

  it('highlights `ابوب` at its exact span and links its related places', () => {
    const finding = results.flatMap((result) => result.messages).findIndex((message) => message.message.includes('`ابوب`'))
    expect(finding).toBeGreaterThanOrEqual(0)
    expect(page).toMatch(new RegExp(`<mark class="fm s2 r\\d+" id="f${finding}" tabindex="-1" data-f="${finding}" title="[^"]*">ابوب</mark>`))
    // Its related places: `أيوب` on line 17 and the English `Ayyūb` on line 6.
    expect(page).toContain(`<span class="rel" id="f${finding}r0" data-f="${finding}">أيوب`)
    expect(page).toMatch(new RegExp(`<span class="rel" id="f${finding}r1" data-f="${finding}">Ayyūb</span>`))
    expect(page).toContain(`href="#f${finding}r1">source 6:51</a>`)
  })

  it('counts problems per rule in the overview and its chart', () => {
    const count = results.reduce((sum, result) => sum + result.messages.length, 0)
    expect(page).toContain(`<strong>${count} problems</strong>`)
    expect(page).toMatch(/<svg [^>]*aria-label="Problems per rule">[\s\S]*?>paragraph-count<\/text>/)
    expect(page).toMatch(/<option value="r\d+">name-consistency \(\d+\)<\/option>/)
  })

  it('asks nothing of the network and runs only its own script', () => {
    expect(page).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//)
    expect(page).not.toMatch(/@import|url\(/)
    expect(page.match(/<script/g)).toHaveLength(1)
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]*script-src 'sha256-[A-Za-z0-9+/=]+'/)
  })

  it('shows parallel files (UDHR articles) side by side, English against Arabic', () => {
    const udhr = documents.find((view) => view.source.filePath.endsWith('udhr/articles-1-6.en.txt'))!
    expect(udhr.target.filePath).toMatch(/udhr\/articles-1-6\.ar\.txt$/)
    expect(page).toContain('corpus/udhr/articles-1-6.en.txt · corpus/udhr/articles-1-6.ar.txt')
  })
})

it('spans rows for a merge: two English paragraphs against one Arabic paragraph', async () => {
  // UDHR articles 1–6; the Arabic version joins the paragraphs 3 and 4 into one.
  const {source, target} = udhrPair('eng', 'arb', 6)
  const merged = [...target.slice(0, 3), target[3] + ' ' + target[4], ...target.slice(5)]
  const cwd = makeProject({'.lintrc.json': {...enAr, files: ['*.txt']}, 'udhr.en.txt': source.join('\n\n') + '\n', 'udhr.ar.txt': merged.join('\n\n') + '\n'})
  const {documents, page} = await report(cwd)
  expect(documents[0].beads).toContainEqual({source: [3, 4], target: [3]})
  const rows = rowsOf(page)
  const first = rows.findIndex((row) => row.includes(`data-line="${3 * 2 + 1}"`) && row.includes('data-role="source"'))
  expect(rows[first]).toMatch(/<td class="side" data-role="target" lang="ar" dir="rtl" rowspan="2">/)
  expect(rows[first]).toContain('<div class="shape">merge 2–1</div>')
  // The second row holds only the second English paragraph.
  expect(rows[first + 1]).toMatch(/^<tr class="bead[^"]* cont"><td class="side" data-role="source" lang="en" dir="ltr"><div class="para" data-line="9">/)
})

describe('text that is not markup', () => {
  it('escapes injected markup in the text, the messages and the file names', async () => {
    const attack = '<script>window.pwned = 1</script> "><img src=x onerror="window.pwned = 2">'
    const cwd = makeProject({
      '.lintrc.json': {...enAr, files: ['**/*.txt']},
      [`corpus/a"><img src=x onerror=alert(1)>.txt`]: `The minister said ${attack} today.\n\nقال الوزير <script> اليوم.\n`
    })
    const {page} = await report(cwd)
    expect(page.match(/<script/g)).toHaveLength(1)
    expect(page).not.toMatch(/<img/i)
    // The text as a browser shows it: tags removed, entities decoded.
    const shown = page.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    expect(shown).toContain(`The minister said ${attack} today.`)
    expect(shown).toContain('قال الوزير <script> اليوم.')
    expect(page).toContain('corpus/a&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.txt')
  })

  it('shows invisible characters as ⟨U+200B⟩, named in a tooltip, and keeps joiners that shape Persian', async () => {
    const cwd = makeProject({
      '.lintrc.json': {...enAr, languages: {source: 'en', target: 'fa'}, files: ['*.txt']},
      'doc.txt': 'The house\u200b is big.\n\nخانه\u200cها بزرگ است.\n'
    })
    const {page} = await report(cwd)
    expect(page).toContain('<span class="inv" title="U+200B ZERO WIDTH SPACE"><span class="tok">⟨U+200B⟩</span></span>')
    expect(page).toContain('خانه<span class="inv" title="U+200C ZERO WIDTH NON-JOINER"><span class="tok">⟨U+200C⟩</span><span class="raw">\u200c</span></span>ها')
    expect(page).toMatch(/<td class="side" data-role="target" lang="fa" dir="rtl">/)
  })

  it('shows controls in file names and tooltips as ⟨U+202E⟩: none reach the page raw (#27)', async () => {
    // C0 but tab, LF and CR; DEL; C1; the bidi controls.
    const unsafe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u
    const cwd = makeProject({
      '.lintrc.json': {...enAr, files: ['**/*.txt']},
      'corpus/report\u202etxt.exe\u001b.txt': 'Hello \u001b[2J world.\n\nمرحبا \u001b[2J بالعالم.\n',
      'corpus/pair\u2067\u0085.en.txt': 'Hello world.\n',
      'corpus/pair\u2067\u0085.ar.txt': 'مرحبا بالعالم.\n'
    })
    const {page} = await report(cwd)
    const shown = page.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    expect(shown).not.toMatch(unsafe)
    // Nor in attributes: tooltips, the files table's sort values.
    expect(page).not.toMatch(unsafe)
    const name = 'corpus/report⟨U+202E⟩txt.exe⟨U+001B⟩.txt'
    expect(page).toMatch(new RegExp(`<h2 id="file\\d+-h"><code>${name.replace(/[.+]/g, '\\$&')}</code>`))
    expect(page).toMatch(new RegExp(`<td data-value="${name.replace(/[.+]/g, '\\$&')}"><a href="#file\\d+">${name.replace(/[.+]/g, '\\$&')}</a></td>`))
    expect(page).toContain('<span class="files">corpus/pair⟨U+2067⟩⟨U+0085⟩.en.txt · corpus/pair⟨U+2067⟩⟨U+0085⟩.ar.txt</span>')
    expect(page).toMatch(/<mark class="fm [^"]*"[^>]* title="error · invisible-characters\nUnexpected control character U\+001B ESCAPE in `Hello ⟨U\+001B⟩\[2J /)
  })

  it('places findings at their columns in CRLF files', async () => {
    const cwd = copyOfCorpus()
    const sample = path.join(cwd, 'corpus/alalam-2020-07-08.txt')
    writeFileSync(sample, readFileSync(sample, 'utf8').replace(/\n/g, '\r\n'))
    const {page} = await report(cwd)
    expect(page).toMatch(/<mark class="fm [^"]*"[^>]*>ابوب<\/mark>/)
    expect(page).toMatch(/<mark class="fm [^"]*"[^>]*>2011<\/mark>/)
  })
})

describe('segment corpora', () => {
  // A Moses-like pair: line i of each file is segment i (UDHR, English and Hebrew).
  // The declaration three times over: a corpus of more than two pages of segments.
  const pair = udhrPair('eng', 'heb')
  const source = [...pair.source, ...pair.source, ...pair.source]
  const target = [...pair.target, ...pair.target, ...pair.target]
  const sourceFile = createSourceFile('/corpus/udhr.en', source.join('\n') + '\n')
  const targetFile = createSourceFile('/corpus/udhr.he', target.join('\n') + '\n')
  const units: Unit[] = source.map((_, line) => ({
    kind: 'segment',
    id: `/corpus/udhr.en:${line + 1}`,
    source: sliceSide('source', 'en', sourceFile, undefined, sourceFile.lineStarts[line], sourceFile.lineStarts[line + 1] - 1),
    target: sliceSide('target', 'he', targetFile, undefined, targetFile.lineStarts[line], targetFile.lineStarts[line + 1] - 1)
  }))
  const flagged = new Set([3, 40, 41])
  const results: LintResult[] = [
    createResult(
      '/corpus/udhr.he',
      [...flagged].map((index) => ({ruleId: 'demo', severity: 2, message: `Segment ${index + 1}`, line: index + 1, column: 1, endLine: index + 1, endColumn: 4, side: 'target'}))
    ),
    createResult('/corpus/udhr.en', [])
  ]
  const page = formatters.html(results, {cwd: '/', color: false, documents: units.map(documentView)})

  it('shows one row per segment, those without findings hidden until asked', () => {
    expect(units.length).toBeGreaterThan(200)
    const rows = rowsOf(page).filter((row) => row.includes('data-unit='))
    expect(rows).toHaveLength(units.length)
    expect(rows.filter((row) => row.startsWith('<tr class="bead has-f"')).map((row) => /data-unit="[^"]*:(\d+)"/.exec(row)![1])).toEqual(['4', '41', '42'])
    expect(page).toContain('<input type="checkbox" id="show-clean">')
  })

  it('right-to-left Hebrew cells and a highlight at the segment start', () => {
    const row = rowsOf(page).find((tr) => tr.includes('data-unit="/corpus/udhr.en:41"'))!
    expect(row).toContain('<td class="side" data-role="target" lang="he" dir="rtl">')
    const hebrew = target[40]
    expect(row).toContain(`>${hebrew.slice(0, 3)}</mark>${hebrew.slice(3, 10)}`)
  })

  it('pages a hundred segments with findings at a time', () => {
    const many: LintResult[] = [
      createResult('/corpus/udhr.en', units.map((_, index) => ({ruleId: 'demo', severity: 1 as const, message: 'm', line: index + 1, column: 1, side: 'source' as const})))
    ]
    const paged = formatters.html(many, {cwd: '/', color: false, documents: units.map(documentView)})
    const pages = Math.ceil(units.length / 100)
    expect(paged).toContain(`data-pages="${pages}"`)
    expect(paged.match(/<button type="button" data-page="\d+"/g)).toHaveLength(pages)
  })
})
