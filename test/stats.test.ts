// `--stats`: per rule, units checked, problems found and time, on the
// sample corpus; the table on stderr, the numbers in json-with-metadata.

import {describe, expect, it} from 'vitest'
import type {StatsSummary} from '../src/engine/stats.js'
import type {LintResult} from '../src/engine/types.js'
import {statsTable} from '../src/report/stats.js'
import {copyOfCorpus, runCli} from './helpers/cli.js'

describe('the stats table', () => {
  it('lists rules slowest first, numbers right-aligned, then the totals', () => {
    const summary: StatsSummary = {
      rules: {'name-consistency': {units: 3, problems: 2, time: 30}, 'paragraph-count': {units: 3, problems: 12, time: 10}},
      totals: {units: 3, problems: 14, time: 40}
    }
    expect(statsTable(summary)).toBe(
      [
        'Rule             | Units | Problems | Time (ms) | µs/unit | Relative',
        '-----------------+-------+----------+-----------+---------+---------',
        'name-consistency |     3 |        2 |      30.0 | 10000.0 |    75.0%',
        'paragraph-count  |     3 |       12 |      10.0 |  3333.3 |    25.0%',
        '-----------------+-------+----------+-----------+---------+---------',
        'Total            |     3 |       14 |      40.0 | 13333.3 |',
        ''
      ].join('\n')
    )
  })

  it('shows how often the gates of rules with gates opened', () => {
    const summary: StatsSummary = {
      rules: {'number-agreement': {units: 8, problems: 1, time: 4, gate: {passed: 2}}, whitespace: {units: 8, problems: 0, time: 2}},
      totals: {units: 8, problems: 1, time: 6}
    }
    expect(statsTable(summary)).toBe(
      [
        'Rule             | Units | Gate open | Problems | Time (ms) | µs/unit | Relative',
        '-----------------+-------+-----------+----------+-----------+---------+---------',
        'number-agreement |     8 |     25.0% |        1 |       4.0 |   500.0 |    66.7%',
        'whitespace       |     8 |         - |        0 |       2.0 |   250.0 |    33.3%',
        '-----------------+-------+-----------+----------+-----------+---------+---------',
        'Total            |     8 |           |        1 |       6.0 |   750.0 |',
        ''
      ].join('\n')
    )
  })
})

describe('bilint --stats', () => {
  it('counts the units each rule checked and the problems it found, as the results show them', async () => {
    const run = await runCli(['--stats', '--format', 'json-with-metadata'], copyOfCorpus())
    expect(run.code).toBe(1)
    const {results, metadata} = JSON.parse(run.stdout) as {results: LintResult[]; metadata: {stats: StatsSummary}}
    const found = new Map<string, number>()
    for (const message of results.flatMap((result) => result.messages)) found.set(message.ruleId!, (found.get(message.ruleId!) ?? 0) + 1)
    for (const [id, count] of found) expect(metadata.stats.rules[id].problems, id).toBe(count)
    expect(metadata.stats.totals.problems).toBe([...found.values()].reduce((sum, count) => sum + count, 0))
    // Three documents: the news report and two UDHR pairs; every rule reads documents.
    expect(metadata.stats.totals.units).toBe(3)
    expect(metadata.stats.rules['paragraph-count']).toMatchObject({units: 3})
    const times = Object.values(metadata.stats.rules).map((rule) => rule.time)
    expect(Math.abs(times.reduce((sum, time) => sum + time, 0) - metadata.stats.totals.time)).toBeLessThan(0.01)
    expect(times.some((time) => time > 0)).toBe(true)
    expect(run.stderr).toMatch(/^Rule +\| Units \| Gate open \| Problems \| Time \(ms\) \| +µs\/unit \| Relative$/m)
    expect(run.stderr).toMatch(new RegExp(`^Total +\\| +3 \\| +\\| +${metadata.stats.totals.problems} \\|`, 'm'))
    // Rules with gates say how many units opened one: every document of the sample has a number.
    expect(metadata.stats.rules['number-agreement'].gate).toEqual({passed: 3})
    expect(metadata.stats.rules['paragraph-count'].gate).toBeUndefined()
  })
})
