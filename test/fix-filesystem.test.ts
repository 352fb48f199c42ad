// --fix respects the file system: an edit made while bilint runs, symlinks,
// owners and modes, hard links, read-only files and folders (whose findings
// are all still reported), and the temporary files of a killed run.

import {execFile, spawnSync} from 'node:child_process'
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintMessage, LintResult} from '../src/engine/types.js'
import {makeProject, repoRoot, runCli, type CliRun} from './helpers/cli.js'
import {udhrPair} from './fixtures/udhr.js'

const {source, target} = udhrPair('eng', 'arb', 8)
const config = {languages: {source: 'en', target: 'ar'}, rules: {'mixed-script': 'error', 'invisible-characters': 'error', 'paragraph-count': 'error'}}
const clean = [...source.slice(1), ...target.slice(1)].join('\n') + '\n'
/** Two fixable findings (a Persian keheh, a zero-width space) and three that no fix removes (an English paragraph among the Arabic ones). */
const dirty = clean.replace('ك', 'ک').replace('الناس', 'النا\u200Bس') + 'An English paragraph without counterpart.\n'
const fixed = clean + 'An English paragraph without counterpart.\n'
const isRoot = process.getuid?.() === 0
/** Whether `nobody` (uid 65534) can run this checkout's bilint: not when the clone sits in a folder only root may enter. */
const nobodyCanRun =
  isRoot && spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(path.join(repoRoot, 'dist/src/cli/main.js'))})`], {uid: 65534, gid: 65534}).status === 0

async function fixJson(folder: string, args: string[] = []): Promise<{code: number; results: Record<string, LintMessage[]>; run: CliRun}> {
  const run = await runCli(['--fix', '--format', 'json', ...args], folder)
  const results = Object.fromEntries((JSON.parse(run.stdout) as LintResult[]).map((result) => [path.relative(folder, result.filePath), result.messages]))
  return {code: run.code, results, run}
}

/** The messages of a plain run (no fix) of `folder`. */
async function plainMessages(folder: string, file: string): Promise<LintMessage[]> {
  const run = await runCli(['--format', 'json', file], folder)
  return (JSON.parse(run.stdout) as LintResult[])[0].messages
}

const fatal = (message: string) => ({ruleId: null, fatal: true, severity: 2, message, line: 1, column: 1})

/** A plugin whose rule appends `line` to the unit's file once, the first time it checks it. */
function appendProbe(line: string): string {
  return `import {appendFileSync, readFileSync} from 'node:fs'
export const rules = [{
  meta: {id: 'append-probe', description: 'Appends to the file once', docs: {what: '', why: '', fix: ''}, schema: {type: 'object'}, defaultOptions: {}, messages: {}, recommended: false},
  examples: {valid: [], invalid: []},
  check(unit) {
    const file = unit.source.filePath
    if (!readFileSync(file, 'utf8').includes('Appended meanwhile.')) appendFileSync(file, '${line}')
  }
}]`
}

describe('--fix and an edit made while it runs', () => {
  // A plugin rule appends a line to the file the first time it checks it: an edit
  // made after bilint read the file and before it writes the fixes.
  const plugin = appendProbe('Appended meanwhile.\\n')

  it('keeps the edit, writes no fix, reports the change and every finding, and exits 1', async () => {
    // 4,012 lines: the English paragraphs 118 times, then the Arabic ones.
    const times = (paragraphs: string[]) => Array.from({length: 118}, () => paragraphs.slice(1)).flat()
    const long = [...times(source), ...times(target)].join('\n').replace('ك', 'ک') + '\n'
    expect(long.split('\n')).toHaveLength(4013)
    const rules = {'mixed-script': 'error', 'invisible-characters': 'error', 'append-probe': 'warn'}
    const folder = makeProject({'.lintrc.json': {languages: config.languages, plugins: ['./probe.js'], rules}, 'probe.js': plugin, 'doc.txt': long})
    const {code, results} = await fixJson(folder, ['doc.txt'])
    expect(code).toBe(1)
    expect(readFileSync(path.join(folder, 'doc.txt'), 'utf8')).toBe(long + 'Appended meanwhile.\n')
    const messages = results['doc.txt']
    expect(messages[0]).toEqual(fatal('File changed while bilint was fixing it: fixes not written'))
    expect(messages.slice(1)).toEqual(await plainMessages(folder, 'doc.txt'))
    expect(messages.some((message) => message.ruleId === 'mixed-script')).toBe(true)
    expect(readdirSync(folder).sort()).toEqual(['.lintrc.json', 'doc.txt', 'probe.js'])
  })
})

describe('--fix and an edit made while it streams a segment file', () => {
  // The same probe for a TSV: the first pass streams the file, and the fixes are applied to the text read again afterwards.
  const plugin = appendProbe('Appended meanwhile.\\tأضيف.\\n')

  it('keeps the edit, writes no fix, reports the change, and exits 1', async () => {
    const rows = source.slice(1).map((english, index) => `${english}\t${target[index + 1]}`)
    const tsv = rows.join('\n').replace('الناس', 'النا\u200Bس') + '\n'
    const rules = {'invisible-characters': 'error', 'append-probe': 'warn'}
    const folder = makeProject({'.lintrc.json': {languages: config.languages, plugins: ['./probe.js'], rules}, 'probe.js': plugin, 'rows.tsv': tsv})
    const {code, results} = await fixJson(folder, ['rows.tsv'])
    expect(code).toBe(1)
    expect(readFileSync(path.join(folder, 'rows.tsv'), 'utf8')).toBe(tsv + 'Appended meanwhile.\tأضيف.\n')
    expect(results['rows.tsv'][0]).toEqual(fatal('File changed while bilint was fixing it: fixes not written'))
    expect(results['rows.tsv'].some((message) => message.ruleId === 'invisible-characters')).toBe(true)
    expect(readdirSync(folder).sort()).toEqual(['.lintrc.json', 'probe.js', 'rows.tsv'])
  })
})

describe('--fix through symlinks', () => {
  it('fixes the target of a link, in another folder, and the link stays a link', async () => {
    const folder = makeProject({'.lintrc.json': config, 'store/real.txt': dirty})
    mkdirSync(path.join(folder, 'docs'))
    symlinkSync('../store/real.txt', path.join(folder, 'docs/link.txt'))
    const {code} = await fixJson(folder, ['docs/link.txt'])
    expect(code).toBe(1)
    expect(lstatSync(path.join(folder, 'docs/link.txt')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(path.join(folder, 'docs/link.txt'))).toBe('../store/real.txt')
    expect(readFileSync(path.join(folder, 'store/real.txt'), 'utf8')).toBe(fixed)
    expect(readdirSync(path.join(folder, 'docs'))).toEqual(['link.txt'])
    expect(readdirSync(path.join(folder, 'store'))).toEqual(['real.txt'])
  })
})

describe('--fix and ownership', () => {
  it.skipIf(!isRoot)('keeps the owner, group and mode of a file that belongs to another user', async () => {
    const folder = makeProject({'.lintrc.json': config, 'doc.txt': dirty})
    const file = path.join(folder, 'doc.txt')
    chownSync(file, 65534, 65534)
    chmodSync(file, 0o604)
    await fixJson(folder)
    expect(readFileSync(file, 'utf8')).toBe(fixed)
    const info = statSync(file)
    expect({uid: info.uid, gid: info.gid, mode: info.mode & 0o7777}).toEqual({uid: 65534, gid: 65534, mode: 0o604})
  })

  // Only root may give a file away: another user's writable file is refused rather than taken over.
  it.skipIf(!nobodyCanRun)('refuses, as another user, to take over a writable file of root, and reports every finding', async () => {
    const folder = makeProject({'.lintrc.json': config, 'doc.txt': dirty})
    const file = path.join(folder, 'doc.txt')
    chmodSync(folder, 0o777)
    chmodSync(file, 0o666)
    const run = await new Promise<CliRun>((resolve) => {
      execFile(process.execPath, [path.join(repoRoot, 'bin/bilint.js'), '--fix', '--format', 'json'], {cwd: folder, uid: 65534, gid: 65534}, (error, stdout, stderr) =>
        resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr})
      )
    })
    expect(run.code, run.stderr).toBe(1)
    const [result] = JSON.parse(run.stdout) as LintResult[]
    expect(result.messages[0]).toEqual(fatal('File belongs to another user (uid 0): fixes not written, as the fixed file would be ours'))
    expect(result.messages.slice(1)).toEqual(await plainMessages(folder, 'doc.txt'))
    expect(readFileSync(file, 'utf8')).toBe(dirty)
    expect(statSync(file).uid).toBe(0)
  })
})

describe('--fix and hard links', () => {
  it('refuses a file with two hard links, leaves both names as they were, and reports every finding', async () => {
    const folder = makeProject({'.lintrc.json': config, 'doc.txt': dirty})
    linkSync(path.join(folder, 'doc.txt'), path.join(folder, 'other-name.md'))
    const {code, results} = await fixJson(folder, ['doc.txt'])
    expect(code).toBe(1)
    expect(results['doc.txt'][0]).toEqual(
      fatal('File has 2 hard links: fixes not written, as replacing it would split them; fix a copy, or remove the other links first')
    )
    expect(results['doc.txt'].slice(1)).toEqual(await plainMessages(folder, 'doc.txt'))
    expect(statSync(path.join(folder, 'doc.txt')).nlink).toBe(2)
    expect(readFileSync(path.join(folder, 'other-name.md'), 'utf8')).toBe(dirty)
  })
})

describe('--fix where it cannot write', () => {
  it('reports a read-only file with every finding a plain run reports', async () => {
    const folder = makeProject({'.lintrc.json': config, 'doc.txt': dirty})
    const plain = await plainMessages(folder, 'doc.txt')
    expect(plain.map((message) => message.ruleId).sort()).toEqual(['invisible-characters', 'mixed-script', 'mixed-script', 'paragraph-count', 'paragraph-count'])
    chmodSync(path.join(folder, 'doc.txt'), 0o444)
    const {code, results} = await fixJson(folder)
    expect(code).toBe(1)
    expect(results['doc.txt']).toEqual([fatal('File is read-only: fixes not written'), ...plain])
    expect(readFileSync(path.join(folder, 'doc.txt'), 'utf8')).toBe(dirty)
  })

  it('reports a file in a read-only folder with every finding, and writes the others', async () => {
    const folder = makeProject({'.lintrc.json': config, 'locked/doc.txt': dirty, 'open/doc.txt': dirty})
    const plain = await plainMessages(folder, 'locked/doc.txt')
    chmodSync(path.join(folder, 'locked'), 0o555)
    try {
      const {code, results} = await fixJson(folder)
      expect(code).toBe(1)
      expect(results['locked/doc.txt']).toEqual([fatal('Folder is read-only: fixes not written'), ...plain])
      expect(readFileSync(path.join(folder, 'locked/doc.txt'), 'utf8')).toBe(dirty)
      expect(readFileSync(path.join(folder, 'open/doc.txt'), 'utf8')).toBe(fixed)
      expect(results['open/doc.txt'].map((message) => message.ruleId).sort()).toEqual(['mixed-script', 'paragraph-count', 'paragraph-count'])
    } finally {
      chmodSync(path.join(folder, 'locked'), 0o755)
    }
  })
})

describe('temporary files of a killed run', () => {
  it('are removed by the next --fix in the folders it writes once ten minutes old; younger ones and other files stay', async () => {
    const folder = makeProject({
      '.lintrc.json': config,
      'doc.txt': dirty,
      '.doc.txt.0123456789ab.bilint-tmp': dirty.slice(0, 100),
      '.doc.txt.abcdef012345.bilint-tmp': dirty.slice(0, 100),
      '.notes.bilint-tmp': 'not a name bilint gives',
      'elsewhere/clean.txt': clean,
      'elsewhere/.clean.txt.0123456789ab.bilint-tmp': dirty.slice(0, 100)
    })
    const anHourAgo = new Date(Date.now() - 3_600_000)
    for (const name of ['.doc.txt.0123456789ab.bilint-tmp', '.notes.bilint-tmp', 'elsewhere/.clean.txt.0123456789ab.bilint-tmp']) utimesSync(path.join(folder, name), anHourAgo, anHourAgo)
    const {code} = await fixJson(folder)
    expect(code).toBe(1)
    expect(readFileSync(path.join(folder, 'doc.txt'), 'utf8')).toBe(fixed)
    expect(readdirSync(folder).sort()).toEqual(['.doc.txt.abcdef012345.bilint-tmp', '.lintrc.json', '.notes.bilint-tmp', 'doc.txt', 'elsewhere'])
    // Nothing was fixed there, so that folder is not swept.
    expect(readdirSync(path.join(folder, 'elsewhere')).sort()).toEqual(['.clean.txt.0123456789ab.bilint-tmp', 'clean.txt'])
  })
})
