// duplicate-unit on real text, through the built CLI: UDHR articles as TSV
// segments in two files give nothing; a pair repeated in the other file
// and a source given another translation are found at their rows, the
// same whichever order the files are named in. In a document, a paragraph
// pair pasted twice is found and the Quran's refrains are not.

import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/duplicate-unit.js'
import {runExample} from '../../src/engine/examples.js'
import {makeProject, runCli} from '../helpers/cli.js'
import {udhrPair} from '../fixtures/udhr.js'

const config = {languages: {source: 'en', target: 'ar'}, files: ['*.tsv'], rules: {'duplicate-unit': 'error'}}

function tsv(rows: ReadonlyArray<readonly [string, string]>): string {
  return rows.map((row) => row.join('\t')).join('\n') + '\n'
}

/** UDHR paragraphs of more than three words, as rows: the first half and the second half. */
function halves(): Array<Array<[string, string]>> {
  const {source, target} = udhrPair('eng', 'arb')
  const rows = source.map((text, index) => [text, target[index]] as [string, string]).filter(([text]) => text.split(' ').length > 3)
  const middle = rows.length >> 1
  return [rows.slice(0, middle), rows.slice(middle)]
}

interface Message {
  ruleId: string
  side: string
  line: number
  column: number
  message: string
  messageId: string
}

async function lint(folder: string, args: string[]): Promise<string[]> {
  const run = await runCli(['--format', 'json', ...args], folder)
  expect(run.stderr).toBe('')
  const results = JSON.parse(run.stdout) as Array<{filePath: string; messages: Message[]}>
  return results.flatMap((result) => result.messages.map((message) => `${result.filePath.split('/').at(-1)} ${message.side} ${message.line}:${message.column} ${message.messageId}: ${message.message}`))
}

describe('duplicate-unit on a TSV corpus (built CLI)', () => {
  it('finds a repeated pair and a second translation in the other file, whatever the order of the files', async () => {
    const [first, second] = halves()
    const repeated = [...second]
    repeated.splice(5, 0, first[4])
    repeated.splice(12, 0, [first[8][0], second[2][1]])
    const folder = makeProject({'.lintrc.json': config, 'a.tsv': tsv(first), 'b.tsv': tsv(repeated)})
    const expected = [
      `b.tsv source 6:1 duplicate: Duplicate pair: the same source and target as a.tsv line 5; remove one`,
      `b.tsv source 13:1 conflict: Unexpected second translation of the source at a.tsv line 9: expected one translation, or context that tells them apart`
    ]
    expect(await lint(folder, ['a.tsv', 'b.tsv'])).toEqual(expected)
    expect(await lint(folder, ['b.tsv', 'a.tsv'])).toEqual(expected)
  })

  it('finds a pair whose first occurrence is in a file read after it (paths sorted by code unit: `B.tsv` before `a.tsv`)', async () => {
    const [first, second] = halves()
    const later = [...first.slice(0, 6), second[3], ...first.slice(6, 10), first[2]]
    const folder = makeProject({'.lintrc.json': config, 'B.tsv': tsv(second.slice(0, 8)), 'a.tsv': tsv(later)})
    expect(await lint(folder, ['a.tsv', 'B.tsv'])).toEqual([
      `a.tsv source 7:1 duplicate: Duplicate pair: the same source and target as B.tsv line 4; remove one`,
      `a.tsv source 12:1 duplicate: Duplicate pair: the same source and target as a.tsv line 3; remove one`
    ])
  })
})

describe('duplicate-unit on clean TSV files (built CLI)', () => {
  it('reports nothing on UDHR articles split over two files, nor on the same English with a Russian translation', async () => {
    const [first, second] = halves()
    const russian = udhrPair('eng', 'rus')
    const rows = russian.source.map((text, index) => [text, russian.target[index]] as [string, string]).slice(0, 20)
    const folder = makeProject({
      '.lintrc.json': {...config, files: ['**/*.tsv'], overrides: [{files: ['ru/**'], languages: {source: 'en', target: 'ru'}}]},
      'ar/a.tsv': tsv(first),
      'ar/b.tsv': tsv(second),
      'ru/udhr.tsv': tsv(rows)
    })
    expect(rows.filter(([text]) => first.some(([other]) => other === text)).length).toBeGreaterThan(5)
    expect(await lint(folder, [])).toEqual([])
  })
})

describe('duplicate-unit in documents', () => {
  it('finds a UDHR paragraph pair pasted twice in a row, and not the Quran’s refrains', () => {
    const {source, target} = udhrPair('eng', 'arb')
    const index = source.findIndex((text, at) => at > 30 && text.length > 100)
    const twice = (paragraphs: string[]) => [...paragraphs.slice(0, index + 1), paragraphs[index], ...paragraphs.slice(index + 1)]
    const result = runExample(rule, {name: 'udhr', source: twice(source).join('\n'), target: twice(target).join('\n')})
    expect(result.messages.map((message) => `${message.side} ${message.line}:${message.column} ${message.messageId}`)).toEqual([`target ${index + 2}:1 duplicateParagraph`])

    const chapters = createRequire(import.meta.url)('quran-json/dist/quran_en.json') as Array<{id: number; verses: Array<{text: string; translation: string}>}>
    const rahman = chapters.find((chapter) => chapter.id === 55)!
    const refrains = rahman.verses.filter((verse) => verse.translation === rahman.verses[12].translation).length
    expect(refrains).toBeGreaterThan(20)
    const quran = runExample(rule, {name: 'ar-rahman', source: rahman.verses.map((verse) => verse.translation).join('\n'), target: rahman.verses.map((verse) => verse.text).join('\n')})
    expect(quran.messages).toEqual([])
  })
})

describe('duplicate-unit confirms a match by a second hash', () => {
  it('reports rows whose XXH64 words agree only when their XXH32 check words agree too', () => {
    // The state `collect` keeps: languages, source and target prints (XXH64 high and low, XXH32 check), the target's letters, keyed, the location.
    const row = (line: number, source: number[], target: number[], letters: number) => ['en', 'ar', ...source, ...target, letters, 0, '/corpus/a.tsv', line, 1, line, 20]
    const states = [
      row(1, [1, 2, 3], [4, 5, 6], 10),
      row(2, [1, 2, 3], [4, 5, 6], 10),
      // XXH64 of the source as line 1's, not its check word: another source.
      row(3, [1, 2, 99], [4, 5, 6], 10),
      // Line 1's source; XXH64 of the target as line 1's, not its check word: another translation.
      row(4, [1, 2, 3], [4, 5, 77], 11),
      row(5, [1, 2, 99], [4, 5, 6], 10)
    ]
    const reports: string[] = []
    rule.finalize!(states, {
      options: {normalize: 'whitespace', conflicts: true, minWords: 1},
      displayPath: (filePath) => filePath,
      report: ({location, messageId, data}) => reports.push(`${location.line} ${messageId} of line ${data!.line}`)
    })
    expect(reports).toEqual(['2 duplicate of line 1', '4 conflict of line 1', '5 duplicate of line 3'])
  })
})
