// #27: the HTML report renders in time linear in its findings, however they
// fall: tens of thousands in one paragraph (each highlighted in the text and
// listed beside it), or one in each of thousands of files. Each case doubles
// its input twice (helpers/doubling.ts) and checks the growth per doubling.

import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/engine/types.js'
import {createResult} from '../src/engine/results.js'
import type {DocumentView} from '../src/report/document-view.js'
import {formatters} from '../src/report/index.js'
import {growth} from './helpers/doubling.js'

describe('a paragraph with tens of thousands of findings', () => {
  /** One English paragraph `a  a  a  …` with a finding on each double space, as `whitespace` gives them. */
  function crowded(n: number): {results: LintResult[]; documents: DocumentView[]} {
    const text = 'a  '.repeat(n)
    const side = (role: 'source' | 'target', lang: string, line: number, paragraph: string) => ({
      role,
      lang,
      filePath: '/corpus/doc.txt',
      paragraphs: [{text: paragraph, anchors: [[0, line, 1] as const], end: [line, paragraph.length + 1] as const}]
    })
    const messages = Array.from({length: n}, (_, index) => ({
      ruleId: 'whitespace',
      severity: 1 as const,
      message: 'Unexpected `  `, expected ` `',
      line: 1,
      column: 3 * index + 2,
      endLine: 1,
      endColumn: 3 * index + 4,
      side: 'source' as const
    }))
    return {
      results: [createResult('/corpus/doc.txt', messages)],
      documents: [{kind: 'document', id: '/corpus/doc.txt', source: side('source', 'en', 1, text), target: side('target', 'ar', 3, 'مرحبا.'), beads: [{source: [0], target: [0]}]}]
    }
  }

  it('highlights every one', () => {
    const {results, documents} = crowded(3)
    const page = formatters.html(results, {cwd: '/corpus', color: false, documents})
    expect(page.match(/<mark class="fm s1 r0" id="f\d" tabindex="-1" data-f="\d" title="[^"]*">  <\/mark>/g)).toHaveLength(3)
    expect(page).toContain('<span class="tx">a<mark class="fm s1 r0" id="f0"')
  })

  it('renders in time linear in their number (#27: 1.3 s at 10,000, 4.6 s at 20,000, 15.2 s at 40,000)', () => {
    const inputs = new Map([5000, 10_000, 20_000].map((n) => [n, crowded(n)]))
    const {times, perDoubling} = growth((n) => {
      const {results, documents} = inputs.get(n)!
      formatters.html(results, {cwd: '/corpus', color: false, documents})
    }, 5000)
    expect(perDoubling, `ms at n, 2n, 4n: ${times.map((time) => time.toFixed(0)).join(', ')}`).toBeLessThan(2.5)
  })
})

it('renders a corpus of many files in time linear in their number (#27: 2.7, 8.3, 41.9 s at 5,000, 10,000, 20,000 files)', () => {
  const inputs = new Map(
    [2000, 4000, 8000].map((n) => [n, Array.from({length: n}, (_, index) => createResult(`/corpus/f${index}.txt`, [{ruleId: 'x', severity: 2 as const, message: 'm', line: 1, column: 1}]))])
  )
  const {times, perDoubling} = growth((n) => void formatters.html(inputs.get(n)!, {cwd: '/corpus', color: false, documents: []}), 2000)
  expect(perDoubling, `ms at n, 2n, 4n: ${times.map((time) => time.toFixed(0)).join(', ')}`).toBeLessThan(2.5)
})
