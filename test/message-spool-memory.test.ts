// Half a million findings in a heap of 256 MB (issue #22, item 5): before the
// spool, every message was in memory until the formatter ran, and a heap
// that size ran out. The run spools them past 100,000 (the default bound),
// and writes the JSON report a piece at a time.

import {execFile} from 'node:child_process'
import {mkdtempSync, openSync, readSync, closeSync, readdirSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect, it} from 'vitest'
import {makeProject, repoRoot} from './helpers/cli.js'

/**
 * 100,000 pairs, each three times, with a zero-width space in the source:
 * 300,000 invisible-characters findings (each quoting its word) and 200,000
 * duplicates (each with a related location). The run before the spool held
 * them all and ran out of its 256 MB at about 360 MB of RSS.
 */
function corpus(): string {
  const pairs = Array.from({length: 100_000}, (_, pair) => `it\u200Bem${pair} here\tعنصر${pair} هنا`)
  return makeProject({
    '.lintrc.json': {languages: {source: 'en', target: 'ar'}, files: ['**/*.tsv'], rules: {'invisible-characters': 'warn', 'duplicate-unit': 'warn'}},
    'corpus.tsv': [...pairs, ...pairs, ...pairs].join('\n') + '\n'
  })
}

/** Occurrences of `needle` in a file, read a megabyte at a time (the report is 120 MB). */
function countInFile(file: string, needle: string): number {
  const fd = openSync(file, 'r')
  const block = Buffer.alloc(1 << 20)
  const pattern = Buffer.from(needle)
  let count = 0
  let carry = Buffer.alloc(0)
  for (let read = readSync(fd, block); read > 0; read = readSync(fd, block)) {
    const text = Buffer.concat([carry, block.subarray(0, read)])
    for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) count++
    // A match cut by the block's end is found with the next one; a match wholly in the carry is not counted twice.
    carry = Buffer.from(text.subarray(Math.max(0, text.length - pattern.length + 1)))
  }
  closeSync(fd)
  return count
}

it('lints 500,000 findings in a heap of 256 MB and writes their JSON report', {timeout: 240_000}, async () => {
  const folder = corpus()
  const temporary = mkdtempSync(path.join(tmpdir(), 'bilint-test-tmp-'))
  const run = await new Promise<{code: number | null; stderr: string}>((resolve) => {
    execFile(
      process.execPath,
      ['--max-old-space-size=256', path.join(repoRoot, 'bin/bilint.js'), '--format', 'json', '-o', 'report.json'],
      {cwd: folder, env: {...process.env, TMPDIR: temporary}},
      (error, _stdout, stderr) => resolve({code: error ? (error.code as number | null) : 0, stderr})
    )
  })
  expect(run).toEqual({code: 0, stderr: ''})
  const report = path.join(folder, 'report.json')
  expect(statSync(report).size).toBeGreaterThan(100_000_000)
  expect(countInFile(report, '{"ruleId":"invisible-characters"')).toBe(300_000)
  expect(countInFile(report, '{"ruleId":"duplicate-unit"')).toBe(200_000)
  expect(readdirSync(temporary)).toEqual([])
})
