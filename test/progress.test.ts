// The progress line on a terminal's stderr: shown only for runs over a
// second, redrawn at most every 100 ms, cleared at the end; bytes and units
// done, their rates over what was linted (not what came from the cache),
// and the time left. A fake clock and a fake stderr.

import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {progressLine} from '../src/cli/main.js'
import {describeProgress} from '../src/cli/progress.js'
import {loadConfig} from '../src/config/load.js'
import type {CachedInput, LintCache} from '../src/engine/cache.js'
import {lintCorpus} from '../src/lint.js'
import type {RunProgress} from '../src/lint-task.js'
import {quranTsvRows} from './fixtures/quran.js'
import {enAr, makeProject} from './helpers/cli.js'

function display() {
  const written: string[] = []
  const clock = {now: 0}
  const progress = progressLine({write: (text: string) => written.push(text), isTTY: true}, () => clock.now)
  return {written, clock, progress}
}

const progressOf = (fields: Partial<RunProgress>): RunProgress => ({bytes: 0, totalBytes: 0, units: 0, cachedBytes: 0, cachedUnits: 0, ...fields})

describe('progressLine', () => {
  it('draws after a second, throttles, and clears the line at the end', () => {
    const {written, clock, progress} = display()
    progress(1, 4)
    expect(written).toEqual([])
    clock.now = 1500
    progress(2, 4)
    clock.now = 1550
    progress(3, 4)
    clock.now = 1700
    progress(4, 4)
    expect(written).toEqual(['\r\u001B[Kbilint: 2/4 inputs (50%)', '\r\u001B[K'])
  })

  it('shows bytes and units done, their rates and the time left', () => {
    const {written, clock, progress} = display()
    clock.now = 400
    progress(1, 40, progressOf({bytes: 10_000_000, totalBytes: 400_000_000, units: 12_000}))
    clock.now = 10_000
    progress(4, 40, progressOf({bytes: 41_200_000, totalBytes: 400_000_000, units: 52_310}))
    clock.now = 10_050
    progress(5, 40, progressOf({bytes: 51_200_000, totalBytes: 400_000_000, units: 60_000}))
    clock.now = 70_000
    progress(39, 40, progressOf({bytes: 399_000_000, totalBytes: 400_000_000, units: 500_000}))
    clock.now = 70_500
    progress(40, 40, progressOf({bytes: 400_000_000, totalBytes: 400_000_000, units: 501_000}))
    expect(written).toEqual([
      // 41.2 MB in 10 s: 4.1 MB/s; 358.8 MB left at that rate: 87.1 s.
      '\r\u001B[Kbilint: 41.2/400.0 MB (10%), 52,310 units (5,231/s), 4.1 MB/s, ETA 1m 28s',
      '\r\u001B[Kbilint: 399.0/400.0 MB (99%), 500,000 units (7,143/s), 5.7 MB/s, ETA 1s',
      '\r\u001B[K'
    ])
  })

  it('leaves out of the rates the inputs taken from the cache', () => {
    const {written, clock, progress} = display()
    clock.now = 2000
    // 300 MB done, 200 MB of them from the cache: 100 MB linted in 2 s, 100 MB left.
    progress(30, 40, progressOf({bytes: 300_000_000, totalBytes: 400_000_000, units: 1000, cachedBytes: 200_000_000, cachedUnits: 800}))
    expect(written).toEqual(['\r\u001B[Kbilint: 300.0/400.0 MB (75%), 1,000 units (100/s), 50.0 MB/s, ETA 2s'])
  })
})

describe('describeProgress', () => {
  it('gives no rate nor time left before anything is linted', () => {
    expect(describeProgress(progressOf({bytes: 2_500_000_000, totalBytes: 12_000_000_000, units: 3_000_000, cachedBytes: 2_500_000_000, cachedUnits: 3_000_000}), 1.2)).toBe(
      'bilint: 2.5/12.0 GB (20%), 3,000,000 units'
    )
  })

  it('writes sizes in kB, MB or GB by the total, and hours past an hour', () => {
    expect(describeProgress(progressOf({bytes: 300_000, totalBytes: 900_000, units: 40}), 1.5)).toBe('bilint: 300.0/900.0 kB (33%), 40 units (27/s), 200.0 kB/s, ETA 3s')
    expect(describeProgress(progressOf({bytes: 1_000_000_000, totalBytes: 9_000_000_000, units: 1_400_000}), 600)).toBe(
      'bilint: 1.0/9.0 GB (11%), 1,400,000 units (2,333/s), 1.7 MB/s, ETA 1h 20m'
    )
    expect(describeProgress(progressOf({bytes: 5_000_000, totalBytes: 20_000_000, units: 7000}), 50)).toBe('bilint: 5.0/20.0 MB (25%), 7,000 units (140/s), 100.0 kB/s, ETA 2m 30s')
  })
})

describe('lintCorpus onProgress', () => {
  it('tells the bytes and units of each task, the chunks of a large file included, and what came from the cache', async () => {
    const tsv = quranTsvRows(300).join('\n') + '\n'
    const folder = makeProject({'.lintrc.json': {...enAr, files: ['*.tsv']}, 'quran.tsv': tsv})
    const config = await loadConfig({lookup: true, cwd: folder, coreRules: rules})
    const entries = new Map<string, CachedInput>()
    const cache: LintCache = {key: async () => 'key', get: (input) => entries.get(input), set: (input, entry) => void entries.set(input, entry)}
    const run = async () => {
      const calls: Array<{done: number; total: number} & RunProgress> = []
      await lintCorpus({cwd: folder, patterns: [], config, cache, onProgress: (done, total, progress) => calls.push({done, total, ...progress})})
      return calls
    }
    process.env.BILINT_CHUNK_BYTES = '16384'
    const [cold, warm] = await (async () => {
      try {
        return [await run(), await run()]
      } finally {
        delete process.env.BILINT_CHUNK_BYTES
      }
    })()
    const bytes = Buffer.byteLength(tsv)
    const tasks = cold.length
    expect(tasks).toBeGreaterThan(3)
    expect(cold.map((call) => call.done)).toEqual(Array.from({length: tasks}, (_, index) => index + 1))
    for (const [index, call] of cold.entries()) expect(call.bytes).toBeGreaterThan(index === 0 ? 0 : cold[index - 1].bytes)
    expect(cold.at(-1)).toEqual({done: tasks, total: tasks, bytes, totalBytes: bytes, units: 300, cachedBytes: 0, cachedUnits: 0})
    expect(warm.at(-1)).toEqual({done: tasks, total: tasks, bytes, totalBytes: bytes, units: 300, cachedBytes: bytes, cachedUnits: 300})
  })
})
