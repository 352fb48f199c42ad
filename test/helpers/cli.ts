// Run the built binary on real files in a temporary folder, as a user would.

import {execFile} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(repoRoot, 'bin/bilint.js')

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Run the CLI in `cwd`; `env` adds variables (e.g. `BILINT_CHUNK_BYTES`). */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], {cwd, env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env}, maxBuffer: 64 << 20}, (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr})
    })
  })
}

/** A temporary folder holding `files` (path → text); `.lintrc.json` may be an object. */
export function makeProject(files: Record<string, string | object>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'bilint-'))
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(folder, name)
    mkdirSync(path.dirname(target), {recursive: true})
    writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  }
  return folder
}

/** A temporary copy of the repository's sample corpus and config. */
export function copyOfCorpus(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'bilint-corpus-'))
  cpSync(path.join(repoRoot, 'corpus'), path.join(folder, 'corpus'), {recursive: true})
  cpSync(path.join(repoRoot, '.lintrc.json'), path.join(folder, '.lintrc.json'))
  return folder
}

export const enAr = {languages: {source: 'en', target: 'ar'}, extends: ['bilint:recommended']}
