// The benchmark's corpora and report (`npm run bench`, bench/README.md): the
// news PO is the Python generator's, byte for byte; the TSV repeats earlier
// pairs in one row of five and reads as it was written; the report prints
// each of issue #22's figures with PASS or MISS, and the cost of each rule.

import {createHash} from 'node:crypto'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {writeTsv} from '../bench/corpus.js'
import {newsEntries, writeNewsPo} from '../bench/news-po.js'
import {PythonRandom, pythonRoundOne} from '../bench/python-random.js'
import {costTable, table, targets, type Run, type RunStats} from '../bench/report.js'
import {readFiles} from './formats/helpers.js'

const folders: string[] = []
afterAll(() => folders.forEach((at) => rmSync(at, {recursive: true, force: true})))

function folder(): string {
  folders.push(mkdtempSync(path.join(tmpdir(), 'bilint-bench-test-')))
  return folders.at(-1)!
}

describe("Python's random.Random(42)", () => {
  it('draws what CPython 3.11 draws', () => {
    // python3 -c "import random; r = random.Random(42); print([r.random() for _ in range(3)], r.randint(1, 2), r.randint(2, 950), r.choice('abcdefghijkl'), r.uniform(0.1, 9.9))"
    const random = new PythonRandom(42)
    expect([random.random(), random.random(), random.random()]).toEqual([0.6394267984578837, 0.025010755222666936, 0.27502931836911926])
    expect(random.randint(1, 2)).toBe(1)
    expect(random.randint(2, 950)).toBe(144)
    expect(random.choice([...'abcdefghijkl'])).toBe('l')
    expect(random.uniform(0.1, 9.9)).toBe(1.1044527264807735)
  })

  it('rounds to one decimal as round(x, 1) does: ties to even', () => {
    expect([0.25, 0.75, 2.25, 1.05, 9.85, 0.15].map(pythonRoundOne)).toEqual(['0.2', '0.8', '2.2', '1.1', '9.8', '0.1'])
  })
})

describe('bench news PO', () => {
  it('is gen_news_po.py 1000 byte for byte, and reads without a problem', async () => {
    const file = path.join(folder(), 'news.po')
    expect(writeNewsPo(file, 1000)).toEqual({bytes: 389_899, pairs: 1000, files: 1})
    // sha256sum of `python3 gen_news_po.py 1000 OUT.po`.
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe('18b30e314cbf171f80f4f21f3d7e0c8b3d8e2ea6241004e93fc44c4e127dbe6a')
    const {units, untranslated, problems} = await readFiles([file])
    expect(problems).toEqual([])
    expect(units.length + untranslated.length).toBe(1000)
    expect(units[0].source.text).toBe('Narendra Modi met Abdel Fattah al-Sisi in Amman on Tuesday to discuss the crisis.')
    expect(units[0].target.text).toBe('التقى ناريندرا مودي مع عبد الفتاح السيسي في عمّان يوم الثلاثاء لبحث الأزمة.')
  })

  it('plants a defect in about one entry in ten', () => {
    const labels = [...newsEntries(1000)].map((entry) => entry.label)
    expect(labels.filter((label) => label === 'none')).toHaveLength(924)
    expect(labels.filter((label) => label === 'copied_source')).toHaveLength(17)
  })
})

describe('bench TSV', () => {
  it('holds the news pairs, every fifth row a repeat of an earlier one', async () => {
    const file = path.join(folder(), 'news.tsv')
    const written = writeTsv(file, 0.2)
    expect(written.bytes).toBeGreaterThanOrEqual(200_000)
    expect(written.repeats).toBe(Math.floor(written.pairs / 5))
    const rows = readFileSync(file, 'utf8').split('\n').slice(0, -1)
    expect(rows).toHaveLength(written.pairs)
    const news = [...newsEntries(written.pairs - written.repeats)].map((entry) => `${entry.source}\t${entry.target}`)
    expect(rows.filter((_, index) => index % 5 !== 4)).toEqual(news)
    rows.forEach((row, index) => {
      if (index % 5 === 4) expect(rows.slice(0, index)).toContain(row)
    })
    const {units, problems} = await readFiles([file])
    expect(problems).toEqual([])
    expect(units).toHaveLength(written.pairs)
  })
})

function run(corpus: Run['corpus'], size: number, tool: Run['tool'], seconds: number, peakMB: number, findings?: number): Run {
  const bytes = corpus === 'news TSV' ? size * 1e6 : size * 400
  return {corpus, size, bytes, pairs: corpus === 'news TSV' ? size * 3000 : size, tool, measure: {seconds, peakMB, exit: 1}, findings}
}

const stats: RunStats = {
  rules: {
    'number-agreement': {units: 19_000, problems: 300, time: 190, gate: {passed: 4750}},
    whitespace: {units: 19_000, problems: 0, time: 95}
  },
  totals: {units: 20_000, problems: 300, time: 285}
}

describe('bench report', () => {
  it("prints issue #22's four figures with PASS or MISS", () => {
    const runs = [
      run('news PO', 20_000, 'bilint recommended, --concurrency off, --stats', 2, 120, 300),
      run('news PO', 100_000, 'bilint recommended', 4, 200),
      run('news PO', 100_000, 'pofilter', 60, 90),
      run('news TSV', 100, 'bilint recommended, --concurrency 2', 4, 250),
      run('news TSV', 400, 'bilint recommended, --concurrency 2', 16, 290, 1_000_000)
    ]
    expect(targets(runs, stats, true).split('\n')).toEqual([
      "- all recommended rules, µs per unit, --concurrency off (target ≤ 25 µs) on the 20,000-entry news PO: 14.3 µs (the rules' time, 285 ms over 20,000 units; the whole run's wall time 100.0 µs per unit) — PASS",
      "- throughput vs pofilter, recommended rules vs pofilter's defaults, same PO (target ≥ 10×) on the 100,000-entry news PO: 15.00× (bilint 4.0 s, 25000 entries/s, default concurrency; pofilter 60.0 s, 1667 entries/s) — PASS",
      '- MB/s over the TSV bench, recommended rules, --concurrency 2 (target ≥ 25 MB/s): 25.00 MB/s (500 MB in 20.0 s; 100 MB: 25.00 MB/s, 400 MB: 25.00 MB/s) — PASS',
      "- peak RSS on the largest TSV (target ≤ 300 MB, and within 1.2× of the smallest TSV run) on 100 and 400 MB: 290 MB at 400 MB, 1,000,000 findings (≤ 300 MB: PASS); 1.16× the 100 MB run's 250 MB (≤ 1.2×: PASS) — PASS"
    ])
  })

  it('says when a figure is on other sizes than the target, not run, or not computed', () => {
    const failed = {...run('news TSV', 8, 'bilint recommended, --concurrency 2', NaN, NaN), measure: {seconds: NaN, peakMB: NaN, exit: 2, failure: 'exit 2: Oops'}}
    const runs = [run('news PO', 2000, 'bilint recommended, --concurrency off, --stats', 2, 120), run('news TSV', 2, 'bilint recommended, --concurrency 2', 4, 100), failed]
    const lines = targets(runs, undefined, false).split('\n')
    expect(lines[0]).toBe('- all recommended rules, µs per unit, --concurrency off (target ≤ 25 µs) on the 2,000-entry news PO (the target is set on 20,000): not computed, the run failed or gave no stats')
    expect(lines[1]).toMatch(/: not run, pofilter is not installed/)
    expect(lines[2]).toMatch(/: not computed, a run failed$/)
    expect(lines[3]).toMatch(/: not computed, a run failed$/)
    expect(table(runs)).toContain('| news TSV, 8 MB | 8.0 | 24000 | bilint recommended, --concurrency 2 | FAILED (exit 2: Oops) |')
    const grew = [run('news TSV', 2, 'bilint recommended, --concurrency 2', 4, 100), run('news TSV', 8, 'bilint recommended, --concurrency 2', 16, 150, 12)]
    expect(targets(grew, undefined, true).split('\n')[3]).toBe(
      "- peak RSS on the largest TSV (target ≤ 300 MB, and within 1.2× of the smallest TSV run) on 2 and 8 MB (the target is set on 100 and 400 MB): 150 MB at 8 MB, 12 findings (≤ 300 MB: PASS); 1.50× the 2 MB run's 100 MB (≤ 1.2×: MISS) — MISS"
    )
  })

  it('prints µs per unit for each rule, slowest first, the gate pass rate where bilint counts it', () => {
    expect(costTable(stats, 2).split('\n')).toEqual([
      '| rule | units | gate passed | problems | time ms | µs/unit | share |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| number-agreement | 19000 | 25.0 % | 300 | 190.0 | 10.00 | 66.7 % |',
      '| whitespace | 19000 | - | 0 | 95.0 | 5.00 | 33.3 % |',
      '| **all rules** | 20000 |  | 300 | 285.0 | 14.25 | 100 % |',
      '| **whole run (wall)** | 20000 |  |  | 2000.0 | 100.00 |  |'
    ])
  })
})
