// One long document pair in a bounded heap (issue #27): name-consistency
// kept an object per word of the whole Arabic version (its words, and its
// candidates for a dot slip, cached after the unit), and the candidates of
// every paragraph pair whose names it checked for a counterpart. It now
// keeps the document's names and the words of the pair at hand.

import {execFile} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect, it} from 'vitest'
import {writeParagraphPair} from '../bench/paragraphs.js'
import {repoRoot} from './helpers/cli.js'

const paragraphs = 10_000

/** Heap per rule: the rule ran out of it before (it lints in 64 MB now). */
const heaps: Record<string, number> = {'name-consistency': 80}

const folder = mkdtempSync(path.join(tmpdir(), 'bilint-paragraph-memory-'))
writeParagraphPair(folder, paragraphs)

function lint(rule: string, heapMB: number): Promise<{code: number | null; stderr: string}> {
  const config = path.join(folder, `${rule}.json`)
  writeFileSync(config, JSON.stringify({languages: {source: 'en', target: 'ar'}, files: ['*.txt'], rules: {[rule]: 'error'}, maxUnitSize: 50_000_000}))
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [`--max-old-space-size=${heapMB}`, path.join(repoRoot, 'bin/bilint.js'), '-c', config, '--format', 'json', '-o', `${rule}.report.json`, 'x.en.txt'],
      {cwd: folder},
      (error, _stdout, stderr) => resolve({code: error ? (error.code as number | null) : 0, stderr})
    )
  })
}

it.each(Object.entries(heaps))(`%s lints ${paragraphs.toLocaleString('en-US')} paragraphs a side in a heap of %i MB`, {timeout: 120_000}, async (rule, heapMB) => {
  const run = await lint(rule, heapMB)
  expect(run).toEqual({code: 1, stderr: ''})
  const report = JSON.parse(readFileSync(path.join(folder, `${rule}.report.json`), 'utf8')) as Array<{messages: Array<{ruleId: string}>}>
  const found = report.flatMap((result) => result.messages)
  expect(found.length).toBeGreaterThan(0)
  expect(found.every((message) => message.ruleId === rule)).toBe(true)
})
