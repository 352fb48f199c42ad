// The line, JSON and XML formatters on the sample corpus's real results:
// the CLI prints them once as json-with-metadata (each run costs seconds),
// and the formatters, pure functions, format those results; the wiring of
// `--format` is checked by running it with a built-in name and a module path.

import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {SaxesParser} from 'saxes'
import {beforeAll, describe, expect, it} from 'vitest'
import type {RuleMeta} from '../../src/engine/rule.js'
import type {LintMessage, LintResult} from '../../src/engine/types.js'
import {gitlab} from '../../src/report/gitlab.js'
import {type FormatContext, formatters} from '../../src/report/index.js'
import {copyOfCorpus, runCli} from '../helpers/cli.js'

let folder: string
let results: LintResult[]
let withMetadata: string
let context: FormatContext
let headline: {result: LintResult; message: LintMessage}

const format = (name: string) => formatters[name](results, context)

beforeAll(async () => {
  folder = copyOfCorpus()
  const run = await runCli(['--format', 'json-with-metadata'], folder)
  expect(run.code).toBe(1)
  withMetadata = run.stdout
  const parsed = JSON.parse(run.stdout) as {results: LintResult[]; metadata: {rulesMeta: Record<string, RuleMeta<unknown>>}}
  results = parsed.results
  context = {cwd: folder, color: false, rulesMeta: parsed.metadata.rulesMeta}
  const result = results.find((entry) => entry.filePath.endsWith('alalam-2020-07-08.txt'))!
  headline = {result, message: result.messages.find((message) => message.message.startsWith('Arabic paragraph 1'))!}
})

const messageCount = () => results.reduce((sum, result) => sum + result.messages.length, 0)

describe('compact and unix', () => {
  it('compact: `path: line L, col C, Error - message (ruleId)` and the count', () => {
    const lines = format('compact').trimEnd().split('\n')
    expect(lines).toContain(`${headline.result.filePath}: line 10, col 1, Error - Arabic paragraph 1 (line 10) has no English counterpart (paragraph-count)`)
    expect(lines.at(-1)).toBe(`${messageCount()} problems`)
    expect(lines.filter((line) => / - .* \([a-z-]+\)$/.test(line))).toHaveLength(messageCount())
  })

  it('unix: `path:line:col: message [Error/ruleId]` and the count', () => {
    const lines = format('unix').trimEnd().split('\n')
    expect(lines).toContain(`${headline.result.filePath}:10:1: Arabic paragraph 1 (line 10) has no English counterpart [Error/paragraph-count]`)
    expect(lines.filter((line) => /^\/.*:\d+:\d+: .* \[(Error|Warning)\/[a-z-]+\]$/.test(line))).toHaveLength(messageCount())
  })
})

describe('json-with-metadata', () => {
  it('wraps the json results with the metadata of the rules they mention', () => {
    const {results: same, metadata} = JSON.parse(withMetadata) as {
      results: LintResult[]
      metadata: {cwd: string; rulesMeta: Record<string, RuleMeta<unknown>>}
    }
    expect(same.length).toBeGreaterThan(1)
    expect(same.flatMap((result) => result.messages).length).toBeGreaterThan(1)
    expect(metadata.cwd).toBe(folder)
    const reported = [...new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId)))].sort()
    expect(Object.keys(metadata.rulesMeta).sort()).toEqual(reported)
    expect(metadata.rulesMeta['paragraph-count'].docs.what.length).toBeGreaterThan(20)
  })
})

describe('gitlab', () => {
  it('gives Code Quality issues with repo-relative paths and unique fingerprints', () => {
    const issues = JSON.parse(format('gitlab')) as Array<{
      description: string
      check_name: string
      fingerprint: string
      severity: string
      location: {path: string; positions: {begin: {line: number; column: number}}}
    }>
    expect(issues).toHaveLength(messageCount())
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length)
    const issue = issues.find((entry) => entry.description === 'paragraph-count: Arabic paragraph 1 (line 10) has no English counterpart')!
    expect(issue).toMatchObject({check_name: 'paragraph-count', severity: 'major', location: {path: 'corpus/alalam-2020-07-08.txt', positions: {begin: {line: 10, column: 1}}}})
    expect(new Set(issues.map((entry) => entry.severity))).toEqual(new Set(results.flatMap((result) => result.messages.map((message) => (message.severity === 2 ? 'major' : 'minor')))))
  })

  it('keeps fingerprints when lines shift, and across runs', () => {
    const shifted = results.map((result) => ({...result, messages: result.messages.map((message) => ({...message, line: message.line + 3, endLine: (message.endLine ?? message.line) + 3}))}))
    const fingerprintsOf = (input: LintResult[]) => (JSON.parse(gitlab(input, {cwd: folder, color: false})) as Array<{fingerprint: string}>).map((issue) => issue.fingerprint)
    expect(fingerprintsOf(shifted)).toEqual(fingerprintsOf(results))
    expect(fingerprintsOf(structuredClone(results))).toEqual(fingerprintsOf(results))
  })
})

describe('junit', () => {
  it('is well-formed XML with a testsuite per file and a failing testcase per message', () => {
    const xml = format('junit')
    const suites: Array<Record<string, string>> = []
    const failures: Array<Record<string, string>> = []
    const parser = new SaxesParser()
    parser.on('opentag', (tag) => {
      const attributes = tag.attributes as Record<string, string>
      if (tag.name === 'testsuite') suites.push(attributes)
      if (tag.name === 'failure') failures.push(attributes)
    })
    parser.write(xml).close()
    expect(suites.map((suite) => suite.name)).toEqual(results.map((result) => result.filePath))
    expect(failures).toHaveLength(messageCount())
    expect(failures.map((failure) => failure.message)).toContain(headline.message.message)
    // Arabic text and backticks survive escaping.
    const arabic = results.flatMap((result) => result.messages).find((message) => /\p{sc=Arab}/u.test(message.message))
    if (arabic) expect(failures.map((failure) => failure.message)).toContain(arabic.message)
  })
})

describe('--format path/to/formatter.js', () => {
  it('loads the module default export, resolved from the working folder', async () => {
    writeFileSync(path.join(folder, 'count.mjs'), 'export default (results, context) => `files=${results.length} rules=${Object.keys(context.rulesMeta).length > 0}`\n')
    const run = await runCli(['--format', './count.mjs'], folder)
    expect(run).toMatchObject({code: 1, stdout: `files=${results.length} rules=true\n`})
  })

  it('exits 2 for a missing module or an unknown name', async () => {
    const [missing, unknown] = await Promise.all([runCli(['--format', './missing.mjs'], folder), runCli(['--format', 'checkstyle'], folder)])
    expect(missing).toMatchObject({code: 2, stderr: expect.stringContaining('Cannot find the formatter module')})
    expect(unknown).toMatchObject({code: 2, stderr: expect.stringContaining('Unknown format "checkstyle"')})
  })
})

describe('the built-in formatters by name', () => {
  it('loads, for each name the API lists, the same formatter, and no other name', async () => {
    const {builtInFormatter, formatterNames} = await import('../../src/report/by-name.js')
    expect(formatterNames).toEqual(Object.keys(formatters))
    for (const name of formatterNames) expect(await builtInFormatter(name), name).toBe(formatters[name])
    expect(builtInFormatter('toString')).toBeUndefined()
  })

  it('gives json in pieces that join into the same text, Arabic and astral characters included', () => {
    const message = {ruleId: 'name-consistency', severity: 2, message: 'Unexpected `موسي` 𝐀', messageId: 'corpusTypo', line: 3, column: 7, side: 'target'} as LintMessage
    const result = (filePath: string, messages: LintMessage[]) => ({filePath, messages, errorCount: messages.length, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}) as unknown as LintResult
    // Suppressed findings, a fixed text, a property JSON leaves out, and one more than 1 MiB of findings (a one-file TSV corpus).
    const suppressed = {...result('/d.tsv', [message]), suppressedMessages: [{...message, suppressions: [{kind: 'file', justification: ''}]}], output: 'نص\n', source: undefined}
    const many = result('/e.tsv', Array.from({length: 20_000}, (_, line) => ({...message, line})))
    for (const results of [[], [result('/a.tsv', [message])], [result('/a.tsv', [message, message]), result('/b.tsv', []), result('/c.tsv', [message])], [suppressed, many]]) {
      expect([...formatters.json.pieces!(results, {} as FormatContext)].join('')).toBe(formatters.json(results, {} as FormatContext))
    }
    // A message at a time: no piece holds the whole result.
    expect(Math.max(...[...formatters.json.pieces!([many], {} as FormatContext)].map((piece) => piece.length))).toBeLessThan(200)
  })
})
