// Bulk suppressions (a baseline): ESLint's counting model, then the CLI as
// a team adopting bilint on an existing corpus uses it.

import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {createResult} from '../src/engine/results.js'
import {applySuppressions, prune, suppress, serialiseSuppressions, type Suppressions} from '../src/engine/suppressions.js'
import type {LintMessage, LintResult} from '../src/engine/types.js'
import {copyOfCorpus, runCli} from './helpers/cli.js'

const cwd = path.resolve('/project')
const file = path.join(cwd, 'news', 'report.txt')
const error = (ruleId: string, line: number): LintMessage => ({ruleId, severity: 2, message: `problem at ${line}`, line, column: 1})
const warning = (ruleId: string, line: number): LintMessage => ({...error(ruleId, line), severity: 1})

describe('the counting model', () => {
  const results = [createResult(file, [error('name-consistency', 3), warning('name-consistency', 4), error('name-consistency', 9), warning('mixed-script', 5)])]

  it('counts severity-2 messages per file and rule, and never warnings', () => {
    expect(suppress({}, results, cwd)).toEqual({'news/report.txt': {'name-consistency': {count: 2}}})
    expect(suppress({}, results, cwd, ['mixed-script'])).toEqual({})
  })

  it('suppresses a rule while its count is within the stored one, and reports all of them above it', () => {
    const within = applySuppressions(results, {'news/report.txt': {'name-consistency': {count: 2}}}, cwd)
    expect(within.results[0].messages.map((message) => message.ruleId)).toEqual(['mixed-script'])
    expect(within.results[0].suppressedMessages).toHaveLength(3)
    expect(within.results[0]).toMatchObject({errorCount: 0, warningCount: 1})
    expect(within.unused).toEqual({})
    const above = applySuppressions(results, {'news/report.txt': {'name-consistency': {count: 1}}}, cwd)
    expect(above.results[0]).toMatchObject({errorCount: 2, warningCount: 2, suppressedMessages: []})
    expect(results[0].errorCount).toBe(2)
  })

  it('reports unused counts, and prune lowers or removes them and drops missing files', () => {
    const stored: Suppressions = {'news/report.txt': {'name-consistency': {count: 5}, 'paragraph-count': {count: 1}}, 'gone.txt': {'mixed-script': {count: 1}}}
    expect(applySuppressions(results, stored, cwd).unused).toEqual({'news/report.txt': {'name-consistency': {count: 3}, 'paragraph-count': {count: 1}}})
    expect(prune(stored, results, cwd, (absolute) => absolute === file)).toEqual({'news/report.txt': {'name-consistency': {count: 2}}})
  })

  it('writes the file with sorted keys, so it diffs well when committed', () => {
    expect(serialiseSuppressions({'b.txt': {z: {count: 1}, a: {count: 2}}, 'a.txt': {m: {count: 1}}})).toBe(
      '{\n  "a.txt": {\n    "m": {\n      "count": 1\n    }\n  },\n  "b.txt": {\n    "a": {\n      "count": 2\n    },\n    "z": {\n      "count": 1\n    }\n  }\n}\n'
    )
  })
})

const sampleFile = 'corpus/alalam-2020-07-08.txt'
const errorsOf = (results: LintResult[]) => results.flatMap((result) => result.messages.filter((message) => message.severity === 2).map((message) => ({file: result.filePath, message})))

function editSample(folder: string, edit: (lines: string[]) => void): void {
  const target = path.join(folder, sampleFile)
  const lines = readFileSync(target, 'utf8').split('\n')
  edit(lines)
  writeFileSync(target, lines.join('\n'))
}

describe('bilint --suppress-all on the sample corpus', () => {
  it('passes the existing problems, fails on a new one and reports only it, and asks to prune what is fixed', async () => {
    const folder = copyOfCorpus()
    const ruleOnly = copyOfCorpus()
    const [baseline, onlyRule, missing] = await Promise.all([
      runCli(['--suppress-all', '--format', 'json'], folder),
      runCli(['--suppress-rule', 'paragraph-count', '--format', 'json'], ruleOnly),
      runCli(['--suppressions-location', 'ci/baseline.json'], ruleOnly)
    ])
    expect(baseline.code).toBe(0)
    const suppressionsPath = path.join(folder, 'bilint-suppressions.json')
    const stored = JSON.parse(readFileSync(suppressionsPath, 'utf8')) as Suppressions
    const suppressedErrors = (JSON.parse(baseline.stdout) as LintResult[]).flatMap((result) => result.suppressedMessages.filter((message) => message.severity === 2))
    expect(Object.values(stored).flatMap((rules) => Object.values(rules)).reduce((sum, {count}) => sum + count, 0)).toBe(suppressedErrors.length)
    expect(stored[sampleFile]['paragraph-count']).toEqual({count: 2})
    expect(errorsOf(JSON.parse(baseline.stdout) as LintResult[])).toEqual([])

    // --suppress-rule records one rule; the others still fail the run.
    expect(onlyRule.code).toBe(1)
    expect(Object.values(JSON.parse(readFileSync(path.join(ruleOnly, 'bilint-suppressions.json'), 'utf8')) as Suppressions).flatMap(Object.keys)).toEqual(['paragraph-count'])
    expect(missing).toMatchObject({code: 2, stderr: expect.stringContaining('does not exist')})

    // A new problem: a zero-width space inside an English word.
    editSample(folder, (lines) => (lines[4] = lines[4].replace(' the ', ' th\u200be ')))
    const regressed = await runCli(['--format', 'json'], folder)
    expect(regressed.code).toBe(1)
    const newErrors = errorsOf(JSON.parse(regressed.stdout) as LintResult[])
    expect(newErrors.length).toBeGreaterThan(0)
    for (const {file, message} of newErrors) expect([path.relative(folder, file), message.line]).toEqual([sampleFile, 5])

    // The new problem removed, and an old one fixed: its count is now unused.
    editSample(folder, (lines) => {
      lines[4] = lines[4].replace('\u200b', '')
      lines[15] = lines[15].replace('والخنوع،وقال', 'والخنوع، وقال')
    })
    const unused = await runCli([], folder)
    expect(unused).toMatchObject({code: 2, stderr: expect.stringContaining('--prune-suppressions')})
    const pruned = await runCli(['--prune-suppressions'], folder)
    expect(pruned.code).toBe(0)
    expect(JSON.parse(readFileSync(suppressionsPath, 'utf8'))[sampleFile]['punctuation-spacing']).toBeUndefined()
    expect(existsSync(suppressionsPath)).toBe(true)
  })
})
