// The CLI with its messages spooled (`BILINT_MESSAGES_IN_MEMORY` below the
// findings): the same report, byte for byte, as a run that keeps them in
// memory, in the formats people diff (json, stylish, sarif), with --quiet,
// a baseline and --stats; no file left in the temporary folder, also when the run
// is interrupted; and on a terminal, stylish shows a rule's first findings
// in a file and counts the others.

import {spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {quranTsvRows} from './fixtures/quran.js'
import {makeProject, repoRoot, runCli} from './helpers/cli.js'
import {spoolProject} from './helpers/spool-project.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('bilint with its messages spooled', () => {
  it('prints the report of a run in memory, byte for byte, in json, stylish and sarif, and leaves no file behind', {timeout: 180_000}, async () => {
    const folder = spoolProject()
    const temporary = mkdtempSync(path.join(tmpdir(), 'bilint-test-tmp-'))
    const spooled = {BILINT_MESSAGES_IN_MEMORY: '30', TMPDIR: temporary}
    const formats = ['json', 'stylish', 'sarif']
    const runs = await Promise.all([
      ...formats.map((format) => runCli(['--format', format, '--concurrency', 'off'], folder)),
      ...formats.map((format) => runCli(['--format', format, '--concurrency', 'off'], folder, spooled)),
      // Chunks on two threads: a file's messages come from several tasks, in any order.
      runCli(['--format', 'json', '--concurrency', '2'], folder, {...spooled, BILINT_CHUNK_BYTES: '8192'})
    ])
    formats.forEach((format, index) => {
      const memory = runs[index]
      expect(memory.code, format).toBe(1)
      expect(memory.stdout.length, format).toBeGreaterThan(20_000)
      expect(runs[formats.length + index], format).toEqual(memory)
    })
    expect(runs.at(-1)).toEqual(runs[0])
    expect(readdirSync(temporary)).toEqual([])
  })

  it('applies --quiet, a baseline and --stats to spooled messages as to messages in memory', {timeout: 120_000}, async () => {
    const folder = spoolProject()
    // The repeats in verses.tsv are the baseline; its name-consistency warnings are left out by --quiet.
    writeFileSync(path.join(folder, 'bilint-suppressions.json'), JSON.stringify({'verses.tsv': {'duplicate-unit': {count: 125}}, 'po/ar.po': {'number-agreement': {count: 9}}}))
    const args = ['--format', 'json-with-metadata', '--quiet', '--stats', '--pass-on-unpruned-suppressions', '--concurrency', 'off']
    const [memory, disk] = await Promise.all([runCli(args, folder), runCli(args, folder, {BILINT_MESSAGES_IN_MEMORY: '20'})])
    interface Report {
      results: Array<{filePath: string; messages: Array<{severity: number}>; suppressedMessages: Array<{suppressions: Array<{kind: string}>}>}>
      metadata: {stats: {rules: Record<string, {problems: number}>}}
    }
    const [inMemory, spooled] = [memory, disk].map((run) => JSON.parse(run.stdout) as Report)
    expect(disk.code).toBe(memory.code)
    expect(spooled.results).toEqual(inMemory.results)
    // The times differ from run to run; the problems counted per rule do not.
    const problems = (report: Report) => Object.entries(report.metadata.stats.rules).map(([id, rule]) => [id, rule.problems])
    expect(problems(spooled)).toEqual(problems(inMemory))
    expect(Object.fromEntries(problems(inMemory))).toMatchObject({'duplicate-unit': 150, whitespace: 73})
    const verses = inMemory.results.find((result) => result.filePath === path.join(folder, 'verses.tsv'))!
    expect(verses.suppressedMessages.filter((message) => message.suppressions[0].kind === 'file')).toHaveLength(125)
    expect(inMemory.results.flatMap((result) => result.messages).every((message) => message.severity === 2)).toBe(true)
  })
})

/** One file with 150 whitespace findings and 3 repeated pairs. */
function manyFindings(): string {
  const rows = Array.from({length: 75}, (_, index) => `Line  ${index} of the text.\tالسطر  ${index} من النص.`)
  rows.push(rows[0], rows[1], rows[2])
  return makeProject({
    '.lintrc.json': {languages: {source: 'en', target: 'ar'}, files: ['*.tsv'], rules: {whitespace: 'warn', 'duplicate-unit': 'error'}},
    'lines.tsv': rows.join('\n') + '\n'
  })
}

async function stylishOn(folder: string, isTTY: boolean, args: string[] = []): Promise<{code: number; lines: string[]}> {
  let text = ''
  const io = {cwd: folder, stdout: {isTTY, write: (piece: string) => (text += piece)}, stderr: {write: () => true}}
  const code = await main(['--no-color', ...args], io)
  return {code, lines: text.split('\n')}
}

describe('stylish on a terminal', () => {
  it('shows the first hundred findings of a rule in a file, and counts the others', async () => {
    const folder = manyFindings()
    const terminal = await stylishOn(folder, true)
    const piped = await stylishOn(folder, false)
    expect(terminal.code).toBe(1)
    const rows = (lines: string[], rule: string) => lines.filter((line) => line.endsWith(`  ${rule}`))
    expect(rows(piped.lines, 'whitespace')).toHaveLength(156)
    expect(rows(terminal.lines, 'whitespace')).toHaveLength(100)
    expect(rows(terminal.lines, 'duplicate-unit')).toHaveLength(3)
    expect(terminal.lines).toContain('  … and 56 more whitespace findings (use --format json)')
    expect(piped.lines.some((line) => line.includes('more whitespace'))).toBe(false)
    // The summary counts every problem either way.
    expect(terminal.lines.filter((line) => line.startsWith('✖'))).toEqual(piped.lines.filter((line) => line.startsWith('✖')))
    // A report file written from a terminal holds them all.
    await stylishOn(folder, true, ['--output-file', 'report.txt'])
    expect(readFileSync(path.join(folder, 'report.txt'), 'utf8').split('\n')).toEqual(piped.lines)
  })
})

it('removes the spool when the run is interrupted', {timeout: 120_000}, async () => {
  const rows = quranTsvRows(6000).map((row) => row.replace(' ', '  '))
  const folder = makeProject({
    '.lintrc.json': {languages: {source: 'en', target: 'ar'}, files: ['*.tsv'], rules: {whitespace: 'error', 'mixed-script': 'error', 'duplicate-unit': 'error'}},
    'verses.tsv': rows.join('\n') + '\n'
  })
  const temporary = mkdtempSync(path.join(tmpdir(), 'bilint-test-tmp-'))
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/bilint.js'), '--format', 'json', '--concurrency', 'off'], {
    cwd: folder,
    env: {...process.env, BILINT_MESSAGES_IN_MEMORY: '0', TMPDIR: temporary},
    stdio: 'ignore'
  })
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)))
  // The first message starts the spool; linting goes on for seconds after.
  const spool = () => readdirSync(temporary).filter((name) => name.startsWith('bilint-messages-'))
  for (let waited = 0; spool().length === 0 && waited < 60_000; waited += 20) await sleep(20)
  expect(spool()).toHaveLength(1)
  child.kill('SIGINT')
  expect(await ended).toBe('SIGINT')
  expect(readdirSync(temporary)).toEqual([])
})
