// A run holds what its report and its corpus-wide rules need, and not the
// files it has linted: a corpus of a hundred thousand documents must fit in
// the memory of one. A plugin rule keeps a weak reference to every unit it
// sees, forces a full collection, and reports how many earlier units are
// still alive. A report file is written a megabyte at a time, without
// losing a character.

import {mkdirSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {makeProject, repoRoot, runCli} from './helpers/cli.js'
import {udhrPair} from './fixtures/udhr.js'

const probe = `import v8 from 'node:v8'
import vm from 'node:vm'
import {defineRule} from 'bilint'
v8.setFlagsFromString('--expose-gc')
const collect = vm.runInNewContext('gc')
const seen = []
export const rules = [defineRule({
  meta: {id: 'alive-probe', description: 'Counts the earlier units still alive', docs: {what: 'x', why: 'x', fix: 'x'}, schema: {type: 'object'}, defaultOptions: {}, messages: {alive: '{{count}} of {{seen}} alive'}, recommended: false},
  examples: {valid: [], invalid: []},
  check(unit, context) {
    collect()
    const count = seen.filter((ref) => ref.deref() !== undefined).length
    context.report({side: unit.source, span: [0, 0], messageId: 'alive', data: {count, seen: seen.length}})
    seen.push(new WeakRef(unit))
  }
})]
`

describe('memory over a run', () => {
  it('keeps no earlier document alive once it is linted, with every recommended rule on', {timeout: 120_000}, async () => {
    const {source: english, target: arabic} = udhrPair('eng', 'arb')
    const files: Record<string, string | object> = {
      '.lintrc.json': {languages: {source: 'en', target: 'ar'}, extends: ['bilint:recommended'], plugins: ['./probe.js'], rules: {'alive-probe': 'warn'}},
      'probe.js': probe
    }
    // Six combined documents: the English articles, then the Arabic ones.
    for (let index = 0; index < 6; index++) files[`docs/article-${index}.txt`] = `${english[index]}\n${arabic[index]}\n`
    const folder = makeProject(files)
    mkdirSync(path.join(folder, 'node_modules'))
    symlinkSync(repoRoot, path.join(folder, 'node_modules/bilint'), 'dir')
    const probes = async (concurrency: string) => {
      const run = await runCli(['--format', 'json', '--concurrency', concurrency, 'docs'], folder)
      expect(run.stderr).toBe('')
      return (JSON.parse(run.stdout) as LintResult[]).flatMap((result) => result.messages.filter((message) => message.ruleId === 'alive-probe').map((message) => message.message))
    }
    expect(await probes('off')).toEqual([0, 1, 2, 3, 4, 5].map((seen) => `0 of ${seen} alive`))
    // Each thread counts the units it has seen itself.
    const threaded = await probes('2')
    expect(threaded).toHaveLength(6)
    for (const message of threaded) expect(message).toMatch(/^0 of \d alive$/)
  })
})

describe('writing a report file in pieces', () => {
  it('keeps every character, a surrogate pair at a piece’s end included', async () => {
    const {writeInPieces} = await import('../src/cli/write-text.js')
    const {mkdtempSync, readFileSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'bilint-write-')), 'report.json')
    // 😀 is two code units; pieces of 8 would cut it between them at 7–8.
    const text = 'abcdefg😀 «نص» '.repeat(50) + '𝐀'
    await writeInPieces(target, [text], 8)
    expect(readFileSync(target, 'utf8')).toBe(text)
    // Many small pieces, gathered, and pieces that end inside a pair.
    await writeInPieces(target, [...text.slice(0, 200), text.slice(200, 308), text.slice(308)], 8)
    expect(readFileSync(target, 'utf8')).toBe(text)
    await writeInPieces(target, [], 8)
    expect(readFileSync(target, 'utf8')).toBe('')
  })
})
