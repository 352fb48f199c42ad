// length-ratio on real text: UDHR documents in eight languages and the
// sample document give nothing; a translation cut to a third is found at
// its line, in a document (ratio learned from the document) and in a TSV
// file (ratio learned from the corpus, through the built CLI).

import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/length-ratio.js'
import {readCombined} from '../../src/corpus/formats/combined.js'
import {readSourceFile} from '../../src/corpus/source-file.js'
import {runExample} from '../../src/engine/examples.js'
import {lintUnit} from '../../src/engine/lint-unit.js'
import {makeProject, runCli} from '../helpers/cli.js'
import {udhrPair} from '../fixtures/udhr.js'

const pairs = [['arb', 'ar'], ['pes_1', 'fa'], ['rus', 'ru'], ['heb', 'he'], ['cmn_hans', 'zh'], ['hin', 'hi'], ['fra', 'fr'], ['spa', 'es']] as const

function lint(source: string[], target: string[], lang: string): string[] {
  return runExample(rule, {name: lang, source: source.join('\n'), target: target.join('\n'), languages: {source: 'en', target: lang}}).messages.map(
    (message) => `${message.side} ${message.line}:${message.column} ${message.messageId}`
  )
}

/** The first paragraph from `from` on that is long enough to lose two thirds. */
function longIndex(paragraphs: readonly string[], from: number): number {
  return paragraphs.findIndex((paragraph, index) => index >= from && paragraph.length > 200)
}

function truncate(text: string): string {
  return text.slice(0, Math.round(text.length / 3))
}

describe('length-ratio on UDHR documents', () => {
  for (const [code, lang] of pairs) {
    it(`reports nothing on the clean en-${lang} declaration`, () => {
      const {source, target} = udhrPair('eng', code)
      expect(lint(source, target, lang)).toEqual([])
    })
  }

  it('finds a paragraph cut to a third, in Arabic, Chinese and Russian', () => {
    for (const [code, lang] of [['arb', 'ar'], ['cmn_hans', 'zh'], ['rus', 'ru']] as const) {
      const {source, target} = udhrPair('eng', code)
      const index = longIndex(source, 40)
      const cut = [...target]
      cut[index] = truncate(cut[index])
      expect(lint(source, cut, lang), lang).toEqual([`target ${index + 1}:1 outlier`])
    }
  })
})

describe('length-ratio on the sample document', () => {
  it('reports nothing', async () => {
    const path = fileURLToPath(new URL('../../corpus/alalam-2020-07-08.txt', import.meta.url))
    const unit = readCombined(await readSourceFile(path), {source: 'en', target: 'ar'})!
    expect(lintUnit(unit, [{rule, severity: 2, options: rule.meta.defaultOptions}])).toEqual([])
  })
})

describe('length-ratio on a TSV corpus (built CLI)', () => {
  it('learns the ratio from all segments and finds the cut one at its row', async () => {
    const {source, target} = udhrPair('eng', 'arb')
    const rows = source.map((text, index) => [text, target[index]])
    const index = longIndex(source, 60)
    rows[index][1] = truncate(rows[index][1])
    const config = {languages: {source: 'en', target: 'ar'}, files: ['*.tsv'], rules: {'length-ratio': 'error'}}
    // Two files, one corpus: the clean copy has no outlier, the other one at its row.
    const folder = makeProject({
      '.lintrc.json': config,
      'clean.tsv': source.map((text, at) => `${text}\t${target[at]}`).join('\n') + '\n',
      'cut.tsv': rows.map((row) => row.join('\t')).join('\n') + '\n'
    })
    const run = await runCli(['--format', 'json'], folder)
    expect(run.stderr).toBe('')
    const results = JSON.parse(run.stdout) as Array<{filePath: string; messages: Array<{ruleId: string; line: number; column: number; side: string; message: string}>}>
    const messages = results.flatMap((result) => result.messages.map((message) => ({...message, file: result.filePath.split('/').at(-1)})))
    expect(messages.map((message) => `${message.file} ${message.ruleId} ${message.side} ${message.line}:${message.column}`)).toEqual([
      `cut.tsv length-ratio target ${index + 1}:${source[index].length + 2}`
    ])
    expect(messages[0].message).toContain('learned from this corpus')
    expect(run.code).toBe(1)
  })
})
