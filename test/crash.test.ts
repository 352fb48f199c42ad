// What bilint does when it fails on one file (a bug of its own, reached by
// an input nobody foresaw): that file gets a fatal message and a crash
// (exit 2), and every other file is linted and reported. The failures are
// made here by mocks, since every crash found so far is fixed, and by a
// plugin's rule that takes memory without end.

import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it, vi} from 'vitest'
import type {LintResult} from '../src/engine/types.js'
import {rules as coreRules} from '../rules/index.js'
import {loadConfig} from '../src/config/load.js'
import {lintCorpus} from '../src/lint.js'
import {makeProject, runCli} from './helpers/cli.js'

vi.mock('../src/corpus/formats/json-fields.js', async (original) => {
  const actual = await original<typeof import('../src/corpus/formats/json-fields.js')>()
  return {
    ...actual,
    jsonValueAt: (record: string, steps: ReadonlyArray<string | number>) => {
      if (record.includes('READER-BUG')) throw new RangeError('Maximum call stack size exceeded')
      return actual.jsonValueAt(record, steps)
    }
  }
})

vi.mock('../src/engine/fix.js', async (original) => {
  const actual = await original<typeof import('../src/engine/fix.js')>()
  return {
    ...actual,
    applyEdits: (text: string, fixes: Parameters<typeof actual.applyEdits>[1]) => {
      if (text.includes('FIX-BUG')) throw new TypeError('fixes out of order')
      return actual.applyEdits(text, fixes)
    }
  }
})

async function lintFolder(files: Record<string, string>, fix = false) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'bilint-crash-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(cwd, name), text)
  const config = await loadConfig({lookup: false, cwd, coreRules, inline: {languages: {source: 'en', target: 'ar'}, files: ['**/*'], rules: {'terminal-punctuation': 'error', whitespace: 'error'}}})
  const report = await lintCorpus({cwd, patterns: ['.'], config, fix, messagesInMemory: Infinity})
  const results = report.results.map((result) => [path.basename(result.filePath), result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? message.message}`)])
  const outputs = report.results.map((result) => result.output)
  return {results, outputs, crashes: report.crashes.map((crash) => crash.message.replace(cwd + path.sep, ''))}
}

describe('a file bilint fails on', () => {
  it('a reader that throws: the units read before are reported, then a fatal message; the other files are linted', async () => {
    const {results, crashes} = await lintFolder({
      'bad.jsonl': ['{"source":"One.","target":"واحد"}', '{"source":"READER-BUG","target":"خطأ"}', '{"source":"Three.","target":"ثلاثة"}'].join('\n') + '\n',
      'good.tsv': 'Good.\tجيد\n'
    })
    expect(results).toEqual([
      ['bad.jsonl', ['1:1 bilint crashed while reading this file (RangeError: Maximum call stack size exceeded); the rest of the file is not linted. This is a bug in bilint', '1:32 terminal-punctuation']],
      ['good.tsv', ['1:10 terminal-punctuation']]
    ])
    expect(crashes).toEqual(['Linting bad.jsonl crashed: Maximum call stack size exceeded'])
  })

  it('a fix that throws: the file gets a fatal message and is left as it is; the other files are fixed', async () => {
    const {results, outputs, crashes} = await lintFolder({'bad.tsv': 'FIX-BUG  here.\tهنا.\n', 'good.tsv': 'Good  day.\tيوم  جيد.\n'}, true)
    expect(results).toEqual([
      ['bad.tsv', ['1:1 bilint crashed while linting this file (TypeError: fixes out of order); it is not linted. This is a bug in bilint or in a plugin\'s rule']],
      ['good.tsv', []]
    ])
    expect(outputs).toEqual([undefined, 'Good day.\tيوم جيد.\n'])
    expect(crashes).toEqual(['Linting bad.tsv crashed: fixes out of order'])
  })

  it('a worker thread out of memory: its file gets a fatal message, the others are reported, exit 2', async () => {
    const hog = `export const rules = [{
      meta: {id: 'hog', description: 'Holds memory', docs: {what: '', why: '', fix: ''}, schema: {type: 'object'}, defaultOptions: {}, messages: {m: 'x'}, recommended: false},
      examples: {valid: [], invalid: []},
      check(unit) {
        const held = []
        if (unit.source.text.includes('HOG')) for (;;) held.push(new Array(1e6).fill(Math.random()))
      }
    }]`
    const cwd = makeProject({
      '.lintrc.json': {languages: {source: 'en', target: 'ar'}, files: ['**/*.tsv'], plugins: ['./hog.js'], rules: {hog: 'error', 'terminal-punctuation': 'error'}},
      'hog.js': hog,
      'a.tsv': 'HOG here.\tهنا\n',
      'b.tsv': 'Fine.\tجيد\n',
      'c.tsv': 'Fine too.\tجيد أيضا\n'
    })
    const run = await runCli(['--concurrency', '2', '-f', 'json'], cwd, {NODE_OPTIONS: '--max-old-space-size=256'})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^bilint: Linting .*a\.tsv crashed: Worker terminated due to reaching memory limit: JS heap out of memory$/m)
    const results = JSON.parse(run.stdout) as LintResult[]
    expect(results.map((result) => [path.basename(result.filePath), result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? message.message}`)])).toEqual([
      ['a.tsv', ["1:1 bilint crashed while linting this file (Error: Worker terminated due to reaching memory limit: JS heap out of memory); it is not linted. This is a bug in bilint or in a plugin's rule"]],
      ['b.tsv', ['1:10 terminal-punctuation']],
      ['c.tsv', ['1:19 terminal-punctuation']]
    ])
  }, 60_000)

  it('a corpus-wide rule whose finalize throws: named on stderr, exit 2, every file still reported', async () => {
    const corpusRule = `export const rules = [{
      meta: {id: 'count-units', description: 'Counts units', docs: {what: '', why: '', fix: ''}, schema: {type: 'object'}, defaultOptions: {}, messages: {m: 'x'}, recommended: false},
      examples: {valid: [], invalid: []},
      check() {},
      collect(unit) { return [unit.source.text.length] },
      finalize() { throw new Error('boom') }
    }]`
    const cwd = makeProject({
      '.lintrc.json': {languages: {source: 'en', target: 'ar'}, files: ['**/*.tsv'], plugins: ['./corpus-rule.js'], rules: {'count-units': 'error', 'terminal-punctuation': 'error'}},
      'corpus-rule.js': corpusRule,
      'b.tsv': 'Fine.\tجيد\n'
    })
    const run = await runCli(['-f', 'json'], cwd)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('bilint: Rule `count-units` crashed on the corpus: boom\n')
    const results = JSON.parse(run.stdout) as LintResult[]
    expect(results.map((result) => [path.basename(result.filePath), result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)])).toEqual([['b.tsv', ['1:10 terminal-punctuation']]])
  })
})
