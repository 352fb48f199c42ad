// The benchmark's corpora and report (`npm run bench`, bench/README.md): the
// TSV, PO and documents hold the same distinct, aligned verse pairs as bilint's
// readers see them, and the report prints each target with PASS or MISS.

import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {loadVerses, pairs, writeDocuments, writeHalves, writePo, writeTsv, type Pair} from '../bench/corpus.js'
import {ratios, table, type Run} from '../bench/report.js'
import {readFiles} from './formats/helpers.js'
import {repoRoot} from './helpers/cli.js'

const verses = loadVerses()

function* take(items: Iterable<Pair>, count: number): Generator<Pair> {
  for (const item of items) {
    if (count-- <= 0) return
    yield item
  }
}

const folders: string[] = []
afterAll(() => folders.forEach((at) => rmSync(at, {recursive: true, force: true})))

function folder(): string {
  folders.push(mkdtempSync(path.join(tmpdir(), 'bilint-bench-test-')))
  return folders.at(-1)!
}

describe('bench corpus', () => {
  it('writes distinct pairs, verse i joined with verse i+k+1, the same in TSV and PO', async () => {
    const at = folder()
    const tsv = writeTsv(path.join(at, 'corpus.tsv'), verses, 0.05)
    const po = writePo(path.join(at, 'corpus.po'), verses, {count: tsv.pairs})
    const fromTsv = await readFiles([path.join(at, 'corpus.tsv')])
    const fromPo = await readFiles([path.join(at, 'corpus.po')])
    expect(fromTsv.problems).toEqual([])
    expect(fromPo.problems).toEqual([])
    expect(tsv.bytes).toBeGreaterThanOrEqual(50_000)
    expect(po.pairs).toBe(tsv.pairs)
    const texts = (read: typeof fromTsv) => read.units.map((unit) => [unit.source.text, unit.target.text])
    expect(texts(fromPo)).toEqual(texts(fromTsv))
    expect(fromTsv.units).toHaveLength(tsv.pairs)
    // Copy 0: verse 1:1 with 1:2, then 1:2 with 1:3, on both sides.
    expect(fromTsv.units[0].source.text).toBe(`${verses[0].source} ${verses[1].source}`)
    expect(fromTsv.units[1].target.text).toBe(`${verses[1].target} ${verses[2].target}`)
    expect(new Set(fromTsv.units.map((unit) => unit.source.text)).size).toBe(tsv.pairs)
  })

  it('goes past the end of the Quran into copies that pair other verses', () => {
    const all = [...take(pairs(verses), 2 * verses.length)]
    // Copy 1 starts again at verse 1:1, now joined with verse 1:3; the last verse wraps to 1:1 and 1:2.
    expect(all[verses.length].source).toBe(`${verses[0].source} ${verses[2].source}`)
    expect(all[verses.length - 1].target).toBe(`${verses.at(-1)!.target} ${verses[0].target}`)
    expect(all.at(-1)!.target).toBe(`${verses.at(-1)!.target} ${verses[1].target}`)
    expect(new Set(all.map((pair) => `${pair.source}\t${pair.target}`)).size).toBeGreaterThan(all.length * 0.99)
  })

  it('writes one combined document per chapter, English lines then Arabic', async () => {
    const at = folder()
    const written = writeDocuments(at, verses, 0.001)
    expect(readdirSync(path.join(at, 'copy-0'))).toEqual(['chapter-1.txt'])
    expect(written).toMatchObject({files: 1, pairs: 7})
    const {units, problems} = await readFiles([path.join(at, 'copy-0', 'chapter-1.txt')])
    expect(problems).toEqual([])
    expect(units).toHaveLength(1)
    expect(units[0].source.text.trim().split('\n')).toHaveLength(7)
    expect(units[0].target.text.trim().split('\n')[6]).toBe(`${verses[6].target} ${verses[7].target}`)
  })
})

function run(tool: Run['tool'], seconds: number, peakMB: number, size = 10, kind: Run['kind'] = 'PO'): Run {
  return {kind, size, bytes: size * 1e6, pairs: size * 900, files: 1, tool, measure: {seconds, peakMB, exit: 1}}
}

describe('bench report', () => {
  it('prints each target with PASS or MISS, and the failed runs', () => {
    const runs = [
      run('bilint comparable rules', 1, 120),
      run('pofilter', 10, 40),
      run('bilint recommended', 100, 150, 10, 'TSV'),
      run('bilint recommended', 1000, 310, 100, 'TSV'),
      {...run('bilint recommended', 0, 0, 10, 'documents'), measure: {seconds: NaN, peakMB: NaN, exit: 2, failure: 'exit 2: Oops'}}
    ]
    const lines = ratios(runs, false).split('\n')
    expect(lines).toContain('- throughput vs pofilter on 10 MB PO (target ≥ 20×): 10.00× (bilint comparable rules 10.00 MB/s, pofilter 1.00 MB/s) — MISS')
    expect(lines).toContain('- MB/s on TSV, recommended rules, default concurrency, 100 MB (target ≥ 40 MB/s): 0.10 MB/s — MISS')
    expect(lines).toContain('- --concurrency 2 vs off on TSV (target ≥ 1.7×): skipped, this bilint has no --concurrency option yet')
    expect(lines).toContain('- peak RSS, largest of all bilint runs (target < 300 MB): 310 MB (TSV segments, 100 MB, bilint recommended) — MISS')
    expect(lines).toContain('- peak RSS growth on TSV segments (target: largest within 1.5× of the next size): 2.07× (10 MB: 150 MB, 100 MB: 310 MB) — MISS')
    expect(lines).toContain('- time per MB growth on TSV segments (target < 20 %): +0.0 % (10.000 s/MB at 10 MB, 10.000 s/MB at 100 MB) — PASS')
    expect(lines).toContain('- time per MB growth on combined documents (target < 20 %): needs two sizes')
    expect(table(runs)).toContain('| combined documents | 10 MB | 9000 | bilint recommended | FAILED (exit 2: Oops) |')
  })

  it('says which TSV runs are missing for the thread ratio: none run, or one failed', () => {
    const concurrencyLine = (runs: Run[]) => ratios(runs, true).split('\n').find((line) => line.startsWith('- --concurrency 2 vs off'))
    expect(concurrencyLine([run('bilint comparable rules', 1, 120), run('pofilter', 10, 40)])).toBe('- --concurrency 2 vs off on TSV (target ≥ 1.7×): not computed, no TSV run')
    const failed = {...run('bilint recommended, --concurrency off', 0, 0, 10, 'TSV'), measure: {seconds: NaN, peakMB: NaN, exit: 2, failure: 'exit 2'}}
    expect(concurrencyLine([failed, run('bilint recommended, --concurrency 2', 5, 200, 10, 'TSV')])).toBe('- --concurrency 2 vs off on TSV (target ≥ 1.7×): not computed, a run failed')
    const failedTwo = {...run('bilint recommended, --concurrency 2', 0, 0, 10, 'TSV'), measure: {seconds: NaN, peakMB: NaN, exit: 2, failure: 'exit 2'}}
    expect(concurrencyLine([run('bilint recommended, --concurrency off', 5, 200, 10, 'TSV'), failedTwo])).toBe('- --concurrency 2 vs off on TSV (target ≥ 1.7×): not computed, a run failed')
  })

  it("prints the machine's ceiling beside the thread ratio: two single-threaded runs on the halves, side by side", () => {
    const concurrencyLine = (runs: Run[]) => ratios(runs, true).split('\n').find((line) => line.startsWith('- --concurrency 2 vs off'))
    const off = run('bilint recommended, --concurrency off', 30, 200, 100, 'TSV')
    const two = run('bilint recommended, --concurrency 2', 20, 290, 100, 'TSV')
    expect(concurrencyLine([off, two, run('two runs, --concurrency off, each on half, side by side', 24, 150, 100, 'TSV')])).toBe(
      "- --concurrency 2 vs off on TSV (target ≥ 1.7×), 100 MB: 1.50× (30.0 s → 20.0 s) — MISS; the machine's ceiling, measured just after off, two --concurrency off runs on the halves side by side: 1.25× (24.0 s)"
    )
    const failedPair = {...run('two runs, --concurrency off, each on half, side by side', 0, 0, 100, 'TSV'), measure: {seconds: NaN, peakMB: NaN, exit: 2, failure: 'exit 2'}}
    expect(concurrencyLine([off, two, failedPair])).toMatch(/— MISS; the machine's ceiling was not computed, a run failed$/)
    // Its peak RSS is one process's: not a bilint run of the whole corpus for the memory target.
    expect(ratios([off, two, run('two runs, --concurrency off, each on half, side by side', 24, 900, 100, 'TSV')], true)).toContain('- peak RSS, largest of all bilint runs (target < 300 MB): 290 MB')
  })
})

describe('bench side by side', () => {
  it('runs its commands at the same time and exits with the highest exit code, 127 for one that cannot start', () => {
    const driver = path.join(repoRoot, 'dist/bench/side-by-side.js')
    const node = (code: string) => [process.execPath, '-e', code]
    // Each leaves a mark and waits for the other's: run one after the other, the first would give up (exit 9).
    const marks = folder()
    const meet = (mine: string, theirs: string, exit: number) =>
      node(`const fs = require('fs'); fs.writeFileSync(${JSON.stringify(path.join(marks, mine))}, ''); const t = setInterval(() => { if (fs.existsSync(${JSON.stringify(path.join(marks, theirs))})) { clearInterval(t); process.exit(${exit}) } }, 20); setTimeout(() => process.exit(9), 20000)`)
    const both = spawnSync(process.execPath, [driver, JSON.stringify([meet('a', 'b', 1), meet('b', 'a', 2)])])
    expect(both.status).toBe(2)
    const missing = spawnSync(process.execPath, [driver, JSON.stringify([node('process.exit(0)'), ['/nonexistent/command']])], {encoding: 'utf8'})
    expect(missing.status).toBe(127)
    expect(missing.stderr).toContain('/nonexistent/command: spawn /nonexistent/command ENOENT')
  })
})

describe('bench halves', () => {
  it('cuts a TSV in two at a line break after the middle byte, every line in one half', async () => {
    const at = folder()
    const file = path.join(at, 'corpus.tsv')
    const written = writeTsv(file, verses, 0.2)
    const [first, second] = writeHalves(file)
    expect([path.basename(first), path.basename(second)]).toEqual(['corpus.half-1.tsv', 'corpus.half-2.tsv'])
    const [a, b] = [readFileSync(first, 'utf8'), readFileSync(second, 'utf8')]
    expect(a + b).toBe(readFileSync(file, 'utf8'))
    expect(a.endsWith('\n')).toBe(true)
    expect(Buffer.byteLength(a)).toBeGreaterThanOrEqual(written.bytes / 2)
    expect(Buffer.byteLength(a) - written.bytes / 2).toBeLessThan(Math.max(...a.split('\n').map((line) => Buffer.byteLength(line))) + 1)
  })
})
