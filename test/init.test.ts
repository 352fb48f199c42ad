// `bilint --init` as a newcomer runs it: a folder holding a few bilingual
// files (real UDHR text) and bilint installed in node_modules; `--init`
// then `bilint` must work without editing anything.

import {existsSync, mkdirSync, readFileSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {runInit} from '../src/cli/init.js'
import {main} from '../src/cli/main.js'
import type {LintResult} from '../src/engine/types.js'
import {udhrPair} from './fixtures/udhr.js'
import {makeProject, repoRoot, runCli} from './helpers/cli.js'

const enAr = udhrPair('eng', 'arb', 3)
const enFr = udhrPair('eng', 'fra', 3)
const frEn = udhrPair('fra', 'eng', 6)

/** A project as a user has it: bilingual files, a note in one language, bilint installed. */
function newcomerProject(): string {
  const folder = makeProject({
    'news/udhr-1-3.txt': [...enAr.source, ...enAr.target].join('\n') + '\n',
    'news/notes.txt': enAr.source.slice(0, 2).join('\n') + '\n',
    'legal/charter.en.txt': enFr.source.join('\n') + '\n',
    'legal/charter.fr.txt': enFr.target.join('\n') + '\n',
    'legal/udhr-1-6.txt': [...frEn.source, '---', ...frEn.target].join('\n') + '\n',
    'README.md': '# Our corpus\n\nThe declaration in three languages.\n'
  })
  mkdirSync(path.join(folder, 'node_modules'))
  symlinkSync(repoRoot, path.join(folder, 'node_modules/bilint'), 'dir')
  return folder
}

/** The CLI in this process (quicker than the binary), for what the binary test does not cover. */
async function inProcess(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const stdin = Object.assign(new PassThrough(), {isTTY: false})
  const code = await main(argv, {cwd, stdin, stdout: {write: (text: string) => (stdout += text)}, stderr: {write: (text: string) => (stderr += text)}} as never)
  return {code, stdout, stderr}
}

describe('bilint --init', () => {
  it('detects the layouts and languages, writes .lintrc.json, and `bilint` then runs on it', async () => {
    const folder = newcomerProject()
    const init = await runCli(['--init'], folder)
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    // Scripts split the combined Arabic file; franc tells French from English around `---`.
    expect(init.stdout).toContain(`news/udhr-1-3.txt: both versions in one file: English (en), Latn, lines 1–${enAr.source.length}; Arabic (ar), Arab`)
    expect(init.stdout).toContain('legal/udhr-1-6.txt: both versions in one file: French (fr), Latn')
    expect(init.stdout).toContain('legal/charter.en.txt + charter.fr.txt: a parallel pair, English (en) and French (fr)')
    expect(init.stdout).toContain('news/notes.txt: not a bilingual document')

    const config = JSON.parse(readFileSync(path.join(folder, '.lintrc.json'), 'utf8'))
    expect(config).toEqual({
      $schema: './node_modules/bilint/schema/lintrc.json',
      // The pair most files have; the combined file puts French first.
      languages: {source: 'fr', target: 'en'},
      files: ['legal/**/*.txt', 'news/**/*.txt'],
      ignores: ['news/notes.txt'],
      extends: ['bilint:recommended'],
      overrides: [{files: ['news/udhr-1-3.txt'], languages: {source: 'en', target: 'ar'}}]
    })

    const lint = await runCli(['--format', 'json'], folder)
    expect(lint.stderr).toBe('')
    expect([0, 1]).toContain(lint.code)
    const results = JSON.parse(lint.stdout) as LintResult[]
    expect(results.map((result) => path.relative(folder, result.filePath)).sort()).toEqual([
      'legal/charter.en.txt',
      'legal/charter.fr.txt',
      'legal/udhr-1-6.txt',
      'news/udhr-1-3.txt'
    ])
    expect(results.flatMap((result) => result.messages.filter((message) => message.fatal))).toEqual([])

    // A second --init leaves the config alone.
    const written = readFileSync(path.join(folder, '.lintrc.json'), 'utf8')
    const again = await inProcess(['--init'], folder)
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('.lintrc.json already exists here')
    expect(readFileSync(path.join(folder, '.lintrc.json'), 'utf8')).toBe(written)
  })

  it('says so when nothing is bilingual, and writes nothing', async () => {

    const monolingual = makeProject({'notes.txt': enAr.source.join('\n')})
    const nothing = await inProcess(['--init'], monolingual)
    expect(nothing.code).toBe(2)
    expect(nothing.stderr).toContain('found no bilingual document here')
    expect(existsSync(path.join(monolingual, '.lintrc.json'))).toBe(false)
  })

  it('asks for the languages only when a person is at the terminal', async () => {
    const folder = makeProject({'udhr.txt': [...enAr.source, ...enAr.target].join('\n')})
    const stdin = Object.assign(new PassThrough(), {isTTY: true})
    const stdout = new PassThrough()
    let shown = ''
    // Answer each question when it is asked, as a person would.
    const answers: Record<string, string> = {'Source language': 'ar', 'Target language': 'en'}
    stdout.on('data', (chunk: Buffer) => {
      shown += chunk
      for (const [question, answer] of Object.entries(answers)) if (String(chunk).includes(question)) stdin.write(answer + '\n')
    })
    const code = await runInit({cwd: folder, stdin, stdout, stderr: {write: () => true}})
    expect(code).toBe(0)
    expect(shown).toContain('Source language [en]: ')
    expect(shown).toContain('Target language [ar]: ')
    expect(JSON.parse(readFileSync(path.join(folder, '.lintrc.json'), 'utf8')).languages).toEqual({source: 'ar', target: 'en'})
  })
})
