// Bad input gets a clear answer, and nothing is lost: encodings, empty files,
// symlink loops, a closed pipe.

import {spawnSync} from 'node:child_process'
import {readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/engine/types.js'
import {makeProject, repoRoot, runCli} from './helpers/cli.js'

const sample = readFileSync(path.join(repoRoot, 'corpus/alalam-2020-07-08.txt'), 'utf8')
const config = {languages: {source: 'en', target: 'ar'}, rules: {'paragraph-count': 'error', 'mixed-script': 'error'}}

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const bytes = Buffer.from('\uFEFF' + text, 'utf16le')
  return endian === 'be' ? bytes.swap16() : bytes
}

describe('encodings', () => {
  for (const endian of ['le', 'be'] as const) {
    it(`reads UTF-16${endian.toUpperCase()} with a BOM, and --fix writes it back in UTF-16${endian.toUpperCase()}`, async () => {
      const folder = makeProject({'.lintrc.json': config})
      const file = path.join(folder, 'doc.txt')
      writeFileSync(file, utf16(sample, endian))
      const {stdout} = await runCli(['--format', 'json'], folder)
      const [result] = JSON.parse(stdout) as LintResult[]
      expect(result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([
        '10:1 paragraph-count',
        '10:1 paragraph-count',
        '17:44 mixed-script'
      ])
      await runCli(['--fix'], folder)
      expect(readFileSync(file)).toEqual(utf16(sample.replace('منذ عام 2011', 'منذ عام ٢٠١١'), endian))
    })
  }
})

describe('empty and odd files', () => {
  it('gives an empty file no message, and an empty version one message', async () => {
    const folder = makeProject({
      '.lintrc.json': config,
      'empty.txt': '',
      'blank.txt': '\n\n  \n',
      'pair.en.txt': 'The agreement was signed on Wednesday.\nIt covers air defence.\n',
      'pair.ar.txt': ''
    })
    const {stdout} = await runCli(['--format', 'json'], folder)
    const results = Object.fromEntries((JSON.parse(stdout) as LintResult[]).map((result) => [path.basename(result.filePath), result.messages]))
    expect(results['empty.txt']).toEqual([])
    expect(results['blank.txt']).toEqual([])
    expect(results['pair.ar.txt'].map((message) => message.message)).toEqual(['The Arabic version is empty, while the English version has 2 paragraphs'])
  })

  it('does not follow a symlink loop under a glob', async () => {
    const folder = makeProject({'.lintrc.json': config, 'corpus/doc.txt': sample})
    symlinkSync(path.join(folder, 'corpus'), path.join(folder, 'corpus/loop'))
    const {code, stdout} = await runCli(['--format', 'json', 'corpus'], folder)
    expect(code).toBe(1)
    expect((JSON.parse(stdout) as LintResult[]).map((result) => path.relative(folder, result.filePath))).toEqual(['corpus/doc.txt'])
  })
})

describe('output', () => {
  it('stops quietly when the reader closes the pipe', () => {
    const folder = makeProject({'.lintrc.json': config, 'doc.txt': sample})
    // `head -c 1` closes the pipe after one byte, while bilint still writes.
    const run = spawnSync('bash', ['-c', `node ${path.join(repoRoot, 'bin/bilint.js')} --format json | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`], {cwd: folder, encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(['0', '1']).toContain(run.stdout.trim())
  })
})
