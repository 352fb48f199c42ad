// Django 3.2's catalogs in eight languages, real files nobody here wrote:
// every finding of bilint:recommended is in a reviewed snapshot with its
// verdict, none lies inside a placeholder, tag, entity or URL, no duplicate
// pairs two forms or contexts of one message, precision is at least 90 % in
// every language, and `--fix --unsafe-fixes` leaves every key as it was.

import {cpSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {findProtected} from '../src/text/lexical/protect.js'
import type {LintMessage, LintResult} from '../src/engine/types.js'
import {repoRoot, runCli} from './helpers/cli.js'

const catalogs = path.join(repoRoot, 'test/fixtures/django')
const languages = ['ar', 'de', 'fa', 'fr', 'he', 'ja', 'ru', 'zh_Hans']

interface Reviewed {
  place: string
  rule: string
  verdict: 'true' | 'style' | 'false' | 'fixed'
  reason: string
}

function reviewed(): Reviewed[] {
  return readFileSync(path.join(catalogs, 'reviewed-findings.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [place, rule, verdict, reason] = line.split('\t')
      return {place, rule, verdict: verdict as Reviewed['verdict'], reason}
    })
}

const keyOf = (place: string, rule: string) => `${place} ${rule}`
const placeOf = (result: LintResult, message: LintMessage) => `${path.relative(catalogs, result.filePath)}:${message.line}:${message.column}`

/** Every syntax protected at once: whether a column of a file line lies strictly inside a placeholder, tag, entity or link. */
const everything = {placeholders: ['printf', 'python', 'brace', 'dollar'] as const, markup: true, links: true, code: false}
function insideCode(line: string, column: number): string | undefined {
  const offset = column - 1
  const span = findProtected(line, everything).find((found) => found.start < offset && offset < found.end && found.kind !== 'code')
  return span && line.slice(span.start, span.end)
}

/** The entry around a line of a PO file: its first and last line, and its `msgctxt`. */
function entryAt(lines: readonly string[], line: number): {first: number; last: number; context: string} {
  let first = line
  while (first > 1 && lines[first - 2] !== '') first--
  let last = line
  while (last < lines.length && lines[last] !== '') last++
  const context = lines.slice(first - 1, last).find((text) => text.startsWith('msgctxt')) ?? ''
  return {first, last, context}
}

/** The keys of a PO file as written: each `msgctxt`, `msgid` and `msgid_plural` with its continuation lines. */
function keysOf(text: string): string[] {
  const keys: string[] = []
  let current: string[] | undefined
  for (const line of text.split('\n')) {
    if (/^(msgctxt|msgid|msgid_plural) /.test(line)) keys.push((current = [line]).join('\n'))
    else if (current && line.startsWith('"')) {
      current.push(line)
      keys[keys.length - 1] = current.join('\n')
    } else current = undefined
  }
  return keys
}

describe("Django's catalogs in eight languages", async () => {
  const run = await runCli(['--format', 'json'], catalogs)
  const results = JSON.parse(run.stdout) as LintResult[]
  const findings = results.flatMap((result) => result.messages.map((message) => ({result, message, key: keyOf(placeOf(result, message), `${message.ruleId}/${message.messageId}`)})))
  const snapshot = reviewed()

  it('lints the 104 catalogs without a fatal message, exit 1', () => {
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    expect(results).toHaveLength(104)
    expect(findings.filter(({message}) => message.fatal)).toEqual([])
  })

  it('gives exactly the reviewed findings: none new, none gone, no fixed false alarm back', () => {
    const known = new Map(snapshot.map((line) => [keyOf(line.place, line.rule), line]))
    const unreviewed = findings.filter(({key}) => !known.has(key)).map(({result, message}) => `${placeOf(result, message)}\t${message.ruleId}/${message.messageId}\t?\t?\t${message.message}`)
    expect(unreviewed, 'findings to review and add to test/fixtures/django/reviewed-findings.tsv').toEqual([])
    const found = new Set(findings.map(({key}) => key))
    const back = snapshot.filter((line) => line.verdict === 'fixed' && found.has(keyOf(line.place, line.rule)))
    expect(back, 'false alarms fixed once, found again').toEqual([])
    const gone = snapshot.filter((line) => line.verdict !== 'fixed' && !found.has(keyOf(line.place, line.rule)))
    expect(gone, 'reviewed findings no longer given: mark them `fixed` if they were false alarms, or remove them').toEqual([])
  })

  it('is right at least 9 times in 10 in every language (true and style over all findings)', () => {
    const current = snapshot.filter((line) => line.verdict !== 'fixed')
    const precision = Object.fromEntries(
      languages.map((language) => {
        const own = current.filter((line) => line.place.startsWith(`${language}/`))
        return [language, own.filter((line) => line.verdict !== 'false').length / own.length]
      })
    )
    for (const language of languages) expect(precision[language], language).toBeGreaterThanOrEqual(0.9)
    expect(current.every((line) => line.reason.length > 0)).toBe(true)
  })

  it('reports nothing inside a placeholder, tag, entity or URL, but placeholder-agreement', () => {
    const inside = findings.flatMap(({result, message}) => {
      if (message.ruleId === 'placeholder-agreement') return []
      const code = insideCode(readFileSync(result.filePath, 'utf8').split('\n')[message.line - 1], message.column)
      return code === undefined ? [] : [`${placeOf(result, message)} ${message.ruleId}: inside \`${code}\``]
    })
    expect(inside).toEqual([])
  })

  it('never pairs two plural forms of one entry, or two contexts, as duplicates', () => {
    const duplicates = findings.filter(({message}) => message.ruleId === 'duplicate-unit')
    expect(duplicates.length).toBeGreaterThan(0)
    for (const {result, message} of duplicates) {
      const related = message.related![0]
      const own = entryAt(readFileSync(result.filePath, 'utf8').split('\n'), message.line)
      const other = entryAt(readFileSync(related.filePath, 'utf8').split('\n'), related.line)
      expect(related.filePath !== result.filePath || own.first !== other.first, placeOf(result, message)).toBe(true)
      expect(own.context, placeOf(result, message)).toBe(other.context)
    }
  })

  it('leaves every msgid, msgid_plural and msgctxt byte for byte under --fix --unsafe-fixes, and fixes translations', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'bilint-django-'))
    cpSync(catalogs, copy, {recursive: true})
    const fixed = await runCli(['--fix', '--unsafe-fixes', '--format', 'json'], copy)
    expect(fixed.stderr).toBe('')
    let changed = 0
    for (const language of languages) {
      for (const name of readdirSync(path.join(catalogs, language))) {
        const before = readFileSync(path.join(catalogs, language, name), 'utf8')
        const after = readFileSync(path.join(copy, language, name), 'utf8')
        if (after !== before) changed++
        expect(keysOf(after), `${language}/${name}`).toEqual(keysOf(before))
        // No fix wrote the mark that stands for a placeholder in the text rules read.
        expect(after.includes('\uFFFC'), `${language}/${name}`).toBe(before.includes('\uFFFC'))
      }
    }
    expect(changed).toBeGreaterThan(10)
  })
})
