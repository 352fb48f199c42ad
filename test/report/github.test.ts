// `--format github`: workflow commands escaped as actions/toolkit's
// `command.ts` does, checked against known strings, and on the sample corpus.

import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {createResult} from '../../src/engine/results.js'
import {escapeData, escapeProperty, github, workflowCommand} from '../../src/report/github.js'
import {copyOfCorpus, runCli} from '../helpers/cli.js'

describe('workflow-command escaping', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50% off: 8 July, 2020\r\nتموز')).toBe('50%25 off: 8 July, 2020%0D%0Aتموز')
    expect(escapeProperty('50% off: 8 July, 2020\r\nتموز')).toBe('50%25 off%3A 8 July%2C 2020%0D%0Aتموز')
    // `%` goes first, so an escape already in the text is not taken for one.
    expect(escapeData('100%0A')).toBe('100%250A')
    expect(escapeProperty('%3A')).toBe('%253A')
  })

  it('writes a command with the given properties only', () => {
    expect(workflowCommand('error', [['file', 'corpus/a,b:c.txt'], ['line', 3], ['col', undefined], ['title', 'bilint (x)']], 'm')).toBe(
      '::error file=corpus/a%2Cb%3Ac.txt,line=3,title=bilint (x)::m'
    )
    expect(workflowCommand('warning', [], 'a\nb')).toBe('::warning::a%0Ab')
  })

  it('annotates a message with Arabic text, %, :, and a newline exactly', () => {
    const cwd = path.resolve('/repo')
    const result = createResult(path.join(cwd, 'news', 'تقرير, 1.txt'), [
      {ruleId: 'date-time-agreement', severity: 2, message: 'Unexpected `تموز`: 50% of dates, expected\n`يوليو`', line: 12, column: 5, endLine: 12, endColumn: 9},
      {ruleId: 'paragraph-count', severity: 1, message: 'Merged', line: 3, column: 1, endLine: 4, endColumn: 7}
    ])
    expect(github([result], {cwd, color: false}).split('\n')).toEqual([
      '::warning file=news/تقرير%2C 1.txt,line=3,endLine=4,title=bilint (paragraph-count)::Merged',
      '::error file=news/تقرير%2C 1.txt,line=12,col=5,endLine=12,endColumn=9,title=bilint (date-time-agreement)::Unexpected `تموز`: 50%25 of dates, expected%0A`يوليو`',
      expect.stringMatching(/^bilint: 2 problems \(1 error, 1 warning\) in 1 file\. GitHub shows at most 10/),
      ''
    ])
  })

  it('prints nothing for a clean corpus', () => {
    expect(github([createResult('/repo/a.txt', [])], {cwd: '/repo', color: false})).toBe('')
  })
})

describe('--format github on the sample corpus', () => {
  it('gives one annotation per message with repo-relative paths, then the summary', async () => {
    const folder = copyOfCorpus()
    const annotated = await runCli(['--format', 'github'], folder)
    expect(annotated.code).toBe(1)
    const lines = annotated.stdout.trimEnd().split('\n')
    const count = lines.length - 1
    expect(count).toBeGreaterThan(1)
    expect(lines[lines.length - 1]).toMatch(new RegExp(`^bilint: ${count} problems`))
    expect(lines).toContain(
      '::error file=corpus/alalam-2020-07-08.txt,line=10,col=1,endLine=10,endColumn=41,title=bilint (paragraph-count)::Arabic paragraph 1 (line 10) has no English counterpart'
    )
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(error|warning) file=corpus\/[^,]+,line=\d+,/)
  })
})
