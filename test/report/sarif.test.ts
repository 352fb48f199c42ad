// `--format sarif` on the sample corpus, validated against the SARIF 2.1.0
// schema vendored in test/fixtures/sarif (see its README for the source).

import {readFileSync} from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {beforeAll, describe, expect, it} from 'vitest'
import type {LintResult} from '../../src/engine/types.js'
import {copyOfCorpus, repoRoot, runCli} from '../helpers/cli.js'

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as object

// The schema has a pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) that is
// valid only without the `u` flag, as draft-04 regexes were meant (ECMA 262 without Unicode mode).
function sarifValidator() {
  const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
  addFormats(ajv)
  return ajv.compile(schema)
}

interface SarifRegion {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}
interface SarifLocation {
  physicalLocation: {artifactLocation: {uri: string; uriBaseId: string}; region: SarifRegion}
}
interface SarifLog {
  runs: Array<{
    tool: {driver: {name: string; rules: Array<{id: string; shortDescription: {text: string}; fullDescription: {text: string}; help: {text: string}}>}}
    columnKind: string
    originalUriBaseIds: Record<string, {uri: string}>
    results: Array<{
      ruleId: string
      ruleIndex: number
      level: string
      message: {text: string}
      locations: SarifLocation[]
      relatedLocations?: SarifLocation[]
      partialFingerprints: Record<string, string>
    }>
  }>
}

let log: SarifLog
let results: LintResult[]
let folder: string

beforeAll(async () => {
  folder = copyOfCorpus()
  const [sarif, json] = await Promise.all([runCli(['--format', 'sarif'], folder), runCli(['--format', 'json'], folder)])
  expect(sarif.code).toBe(1)
  log = JSON.parse(sarif.stdout) as SarifLog
  results = JSON.parse(json.stdout) as LintResult[]
})

describe('--format sarif', () => {
  it('validates against the SARIF 2.1.0 schema, and the validator rejects a broken log', () => {
    const validate = sarifValidator()
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    const broken = structuredClone(log) as unknown as {runs: Array<{results: Array<Record<string, unknown>>; columnKind: string}>}
    delete broken.runs[0].results[0].message
    expect(validate(broken)).toBe(false)
    broken.runs[0].results[0].message = {text: 'x'}
    broken.runs[0].columnKind = 'bytes'
    expect(validate(broken)).toBe(false)
  })

  it('has one result per message, at the same UTF-16 positions, with repo-relative URIs', () => {
    const run = log.runs[0]
    expect(run.columnKind).toBe('utf16CodeUnits')
    const messages = results.flatMap((result) => result.messages.map((message) => ({file: path.relative(folder, result.filePath), message})))
    expect(run.results).toHaveLength(messages.length)
    run.results.forEach((result, index) => {
      const {file, message} = messages[index]
      expect(result.ruleId).toBe(message.ruleId)
      expect(result.message.text).toBe(message.message)
      expect(result.level).toBe(message.severity === 2 ? 'error' : 'warning')
      expect(result.locations[0].physicalLocation.artifactLocation).toEqual({uri: file.split(path.sep).join('/'), uriBaseId: 'SRCROOT'})
      expect(result.locations[0].physicalLocation.region).toEqual({startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn})
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
    })
    expect(run.results.find((result) => result.message.text.includes('Arabic paragraph 1 (line 10)'))?.locations[0].physicalLocation.region.startLine).toBe(10)
    expect(run.originalUriBaseIds.SRCROOT.uri).toMatch(/^file:\/\/\/.*\/$/)
  })

  it('describes every reported rule, with short and full descriptions and help', () => {
    const rules = log.runs[0].tool.driver.rules
    expect(rules.map((rule) => rule.id)).toEqual([...new Set(log.runs[0].results.map((result) => result.ruleId))].sort())
    for (const rule of rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(10)
      expect(rule.fullDescription.text.length).toBeGreaterThan(rule.shortDescription.text.length / 2)
      expect(rule.help.text).toContain('What to do')
    }
  })

  it('gives every result a unique fingerprint, and the other version as a related location', () => {
    const fingerprints = log.runs[0].results.map((result) => result.partialFingerprints.primaryLocationLineHash)
    expect(new Set(fingerprints).size).toBe(fingerprints.length)
    const withRelated = log.runs[0].results.filter((result) => result.relatedLocations?.length)
    expect(withRelated.length).toBeGreaterThan(0)
    for (const result of withRelated) {
      for (const related of result.relatedLocations!) expect(related.physicalLocation.region.startLine).toBeGreaterThan(0)
    }
  })
})
