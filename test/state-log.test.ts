// Corpus-wide states past `BILINT_STATES_IN_MEMORY` (or past 16 slots a
// state of it, for wide states) go to a temporary file and `finalize` reads
// them back: the report is the same, byte for byte, and the file is gone
// when the run ends.

import {spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {StateLog} from '../src/engine/state-log.js'
import type {LintResult} from '../src/engine/types.js'
import {quranTsvRows} from './fixtures/quran.js'
import {makeProject, repoRoot, runCli} from './helpers/cli.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('StateLog', () => {
  const states = [
    ['en', 'ar', 'أيوب', 3, '/corpus/a.tsv', 1, 1, 1, 6],
    null,
    {languages: 'en:zh', text: '抄送 \u{1F600} \uD800 "quoted" \\ back\nslash'},
    ['en', 'ar', 'Ayyūb', 1, '/corpus/b.tsv', 2, 5, 2, 10]
  ]

  it('keeps few states in memory, and more in a file it reads back as often as asked', () => {
    const small = new StateLog(10)
    const large = new StateLog(2)
    for (const state of states) {
      small.add(state)
      large.add(state)
    }
    expect(small.onDisk).toBe(false)
    expect(large.onDisk).toBe(true)
    expect(large.length).toBe(4)
    // Twice: finalize reads once to count and again to locate.
    expect([...large]).toEqual(states)
    expect([...large]).toEqual(states)
    expect([...small]).toEqual(states)
    large.dispose()
  })

  it('moves few states with many slots to disk too: documents whose names fill their states', () => {
    // 100 states of 5,000 slots: far below the count limit, but 500,000 slots.
    const log = new StateLog(25_000)
    const wide = Array.from({length: 100}, (_, index) => Array.from({length: 5000}, (_, slot) => (slot % 8 === 1 ? `name ${index}` : slot)))
    for (const state of wide.slice(0, 50)) log.add(state)
    expect(log.onDisk).toBe(false)
    for (const state of wide.slice(50)) log.add(state)
    expect(log.onDisk).toBe(true)
    expect([...log]).toEqual(wide)
    log.dispose()
  })

  it('reads back a task whose states are longer than its read block (1 MiB), between short ones', () => {
    const log = new StateLog(0)
    const verse = quranTsvRows(300)
    // About 3 MB of JSON in one task: real verse pairs, Arabic and English.
    const task = Array.from({length: 6000}, (_, index) => [index, verse[index % verse.length]])
    log.addAll(states)
    log.addAll(task)
    log.add(states[2])
    expect(log.length).toBe(states.length + task.length + 1)
    const read = [...log]
    expect(read).toHaveLength(log.length)
    expect(read).toEqual([...states, ...task, states[2]])
    log.dispose()
  })

  it('removes its file when disposed', () => {
    const before = new Set(readdirSync(tmpdir()))
    const log = new StateLog(0)
    log.add(states[0])
    const made = readdirSync(tmpdir()).filter((name) => !before.has(name) && name.startsWith('bilint-states-'))
    expect(made).toHaveLength(1)
    log.dispose()
    expect(readdirSync(tmpdir())).not.toContain(made[0])
    expect([...log]).toEqual([])
  })
})

/** Real verse pairs with one defect for each corpus-wide rule. */
function corpusWithRepeats(): string {
  const rows = quranTsvRows(1500)
  // A pair repeated, a source translated twice, a translation cut to a tenth.
  rows.push(rows[10], `${rows[11].split('\t')[0]}\t${rows[40].split('\t')[1]}`)
  const [source, target] = rows[800].split('\t')
  rows[800] = `${source}\t${target.slice(0, Math.round(target.length / 10))}`
  const sample = readFileSync(path.join(repoRoot, 'corpus/alalam-2020-07-08.txt'), 'utf8')
  return makeProject({
    '.lintrc.json': {
      languages: {source: 'en', target: 'ar'},
      rules: {'duplicate-unit': 'error', 'length-ratio': 'error', 'name-consistency': 'error'}
    },
    'quran.tsv': rows.join('\n') + '\n',
    // The sample spells Ayyūb أيوب; this file misspells it.
    'news/a.txt': sample.replace('علي ابوب', 'علي أيوب').replace('العماد علي ايوب', 'العماد علي أيوب'),
    'news/b.txt': [
      'Syrian Defence Minister ‘Alī Ayyūb met the delegation in Damascus on Monday.',
      'Ayyūb said that the talks had covered the supply of food and medicine.',
      'التقى وزير الدفاع السوري علي ابوب الوفد في دمشق يوم الاثنين.',
      'وقال علي ابوب إن المحادثات تناولت إمدادات الغذاء والدواء.'
    ].join('\n')
  })
}

describe('corpus-wide rules with their states on disk', () => {
  it('give the report of states in memory, on one thread and on two, and leave no file behind', {timeout: 180_000}, async () => {
    const folder = corpusWithRepeats()
    const temporary = mkdtempSync(path.join(tmpdir(), 'bilint-test-tmp-'))
    const args = ['--format', 'json', '.']
    const [memory, disk, threads] = await Promise.all([
      runCli([...args, '--concurrency', 'off'], folder),
      runCli([...args, '--concurrency', 'off'], folder, {BILINT_STATES_IN_MEMORY: '0', TMPDIR: temporary}),
      runCli([...args, '--concurrency', '2'], folder, {BILINT_STATES_IN_MEMORY: '100', BILINT_CHUNK_BYTES: '65536', TMPDIR: temporary})
    ])
    expect(memory.stderr).toBe('')
    expect(disk).toEqual(memory)
    expect(threads).toEqual(memory)
    expect(readdirSync(temporary)).toEqual([])
    const results = JSON.parse(memory.stdout) as LintResult[]
    const found = (file: string) =>
      results.find((result) => result.filePath.endsWith(file))!.messages.map((message) => `${message.line}:${message.column} ${message.messageId}`)
    expect(found('quran.tsv')).toEqual(expect.arrayContaining(['1501:1 duplicate', '1502:1 conflict', '801:259 outlier']))
    expect(found('b.txt')).toEqual(['3:30 corpusTypo'])
  })
})

it('removes the states file when the run is interrupted', {timeout: 120_000}, async () => {
  const folder = corpusWithRepeats()
  const temporary = mkdtempSync(path.join(tmpdir(), 'bilint-test-tmp-'))
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/bilint.js'), '--format', 'json', '--concurrency', 'off', '.'], {
    cwd: folder,
    env: {...process.env, BILINT_STATES_IN_MEMORY: '0', TMPDIR: temporary},
    stdio: 'ignore'
  })
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)))
  // The first state goes to disk at once; the run goes on for seconds after.
  for (let waited = 0; readdirSync(temporary).length === 0 && waited < 60_000; waited += 20) await sleep(20)
  // One folder per corpus-wide rule.
  expect(readdirSync(temporary).length).toBeGreaterThan(0)
  child.kill('SIGINT')
  expect(await ended).toBe('SIGINT')
  expect(readdirSync(temporary)).toEqual([])
})
