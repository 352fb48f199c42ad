// The benchmark's output: the four figures that issue #22 sets targets for,
// each marked PASS or MISS (a miss is printed, never hidden; a figure that
// could not be computed says why), the cost of each rule from bilint's own
// `--stats`, and a Markdown table of every run.

import type {Measure} from './measure.js'

export type Corpus = 'news PO' | 'news TSV'

/** What one row of the table ran. */
export type Tool =
  | 'read floor (cat)'
  | 'bilint recommended, --concurrency off, --stats'
  | 'bilint recommended'
  | 'bilint recommended, --concurrency 2'
  | 'pofilter'

export interface Run {
  corpus: Corpus
  /** Entries for the PO, MB asked for the TSV. */
  size: number
  bytes: number
  pairs: number
  tool: Tool
  measure: Measure
  /** Problems reported: bilint's from its JSON report, pofilter's from its `# (pofilter)` comments. */
  findings?: number
}

/** `stats.rules[id]` of a json-with-metadata report (src/engine/stats.ts); `gate` once rules count it. */
export interface RuleCost {
  units: number
  problems: number
  /** Milliseconds in the rule's `check`. */
  time: number
  gate?: {passed: number}
}

export interface RunStats {
  rules: Record<string, RuleCost>
  totals: {units: number; problems: number; time: number}
}

/** The sizes that issue #22's targets are set on. */
export const targetSizes = {costEntries: 20000, peerEntries: 100000, tsvMegabytes: [100, 400]}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '–')
const count = (value: number) => value.toLocaleString('en-US')
const megabytes = (run: Run) => run.bytes / 1e6
const ok = (run: Run | undefined): run is Run => run !== undefined && run.measure.failure === undefined
const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS')
const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`

function corpusLabel(run: Pick<Run, 'corpus' | 'size'>): string {
  return run.corpus === 'news PO' ? `news PO, ${count(run.size)} entries` : `news TSV, ${run.size} MB`
}

/** The table of every run, in the order run. */
export function table(runs: Run[]): string {
  const lines = [
    row(['corpus', 'MB', 'pairs', 'tool', 'wall s', 'MB/s', 'pairs/s', 'peak RSS MB', 'findings']),
    row(['---', '---:', '---:', '---', '---:', '---:', '---:', '---:', '---:'])
  ]
  for (const run of runs) {
    const {seconds, failure} = run.measure
    const failed = failure ? `FAILED (${failure.replace(/\s+/g, ' ').replace(/\|/g, '\\|')})` : undefined
    const floor = run.tool === 'read floor (cat)'
    lines.push(
      row([
        corpusLabel(run),
        fixed(megabytes(run), 1),
        run.pairs,
        run.tool,
        failed ?? fixed(seconds, 2),
        failed ? '' : fixed(megabytes(run) / seconds, 2),
        failed || floor ? '' : fixed(run.pairs / seconds, 0),
        fixed(run.measure.peakMB, 0),
        run.findings ?? ''
      ])
    )
  }
  return lines.join('\n')
}

/**
 * µs per unit for each rule, slowest first: the rule's time over the units
 * it was given. The gate column is the share of those units whose gate
 * opened, where bilint counts it.
 */
export function costTable(stats: RunStats, wallSeconds: number): string {
  const units = stats.totals.units
  const ruleTime = Object.values(stats.rules).reduce((sum, rule) => sum + rule.time, 0)
  const lines = [
    row(['rule', 'units', 'gate passed', 'problems', 'time ms', 'µs/unit', 'share']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:'])
  ]
  const sorted = Object.entries(stats.rules).sort(([idA, a], [idB, b]) => b.time - a.time || idA.localeCompare(idB))
  for (const [id, rule] of sorted) {
    const gate = rule.gate && rule.units > 0 ? `${fixed((rule.gate.passed / rule.units) * 100, 1)} %` : '-'
    const share = ruleTime > 0 ? `${fixed((rule.time / ruleTime) * 100, 1)} %` : '-'
    lines.push(row([id, rule.units, gate, rule.problems, fixed(rule.time, 1), fixed((rule.time * 1000) / rule.units, 2), share]))
  }
  lines.push(row(['**all rules**', units, '', stats.totals.problems, fixed(ruleTime, 1), fixed((ruleTime * 1000) / units, 2), '100 %']))
  lines.push(row(['**whole run (wall)**', units, '', '', fixed(wallSeconds * 1000, 1), fixed((wallSeconds * 1e6) / units, 2), '']))
  return lines.join('\n')
}

function find(runs: Run[], corpus: Corpus, tool: Tool, size?: number): Run | undefined {
  return runs.find((run) => run.corpus === corpus && run.tool === tool && (size === undefined || run.size === size))
}

/** ` (the target is set on …)` when this run's size is not the target's. */
function offSize(actual: string, target: string): string {
  return actual === target ? '' : ` (the target is set on ${target})`
}

function costLine(runs: Run[], stats: RunStats | undefined): string {
  const run = find(runs, 'news PO', 'bilint recommended, --concurrency off, --stats')
  const title = '- all recommended rules, µs per unit, --concurrency off (target ≤ 25 µs)'
  if (!run) return `${title}: not run`
  const where = ` on the ${count(run.size)}-entry news PO${offSize(count(run.size), count(targetSizes.costEntries))}`
  if (!ok(run) || !stats) return `${title}${where}: not computed, the run failed or gave no stats`
  const ruleTime = Object.values(stats.rules).reduce((sum, rule) => sum + rule.time, 0)
  const perUnit = (ruleTime * 1000) / stats.totals.units
  const wall = (run.measure.seconds * 1e6) / stats.totals.units
  return `${title}${where}: ${fixed(perUnit, 1)} µs (the rules' time, ${fixed(ruleTime, 0)} ms over ${count(stats.totals.units)} units; the whole run's wall time ${fixed(wall, 1)} µs per unit) — ${verdict(perUnit <= 25)}`
}

function peerLine(runs: Run[], peer: boolean): string {
  const title = "- throughput vs pofilter, recommended rules vs pofilter's defaults, same PO (target ≥ 10×)"
  const peerRun = find(runs, 'news PO', 'pofilter')
  const ours = find(runs, 'news PO', 'bilint recommended')
  if (!peer) return `${title}: not run, pofilter is not installed (\`apt-get install translate-toolkit\`)`
  if (!peerRun || !ours) return `${title}: not run`
  const where = ` on the ${count(ours.size)}-entry news PO${offSize(count(ours.size), count(targetSizes.peerEntries))}`
  if (!ok(peerRun) || !ok(ours)) return `${title}${where}: not computed, a run failed`
  const ratio = peerRun.measure.seconds / ours.measure.seconds
  const speed = (run: Run) => `${fixed(run.measure.seconds, 1)} s, ${fixed(run.pairs / run.measure.seconds, 0)} entries/s`
  return `${title}${where}: ${fixed(ratio, 2)}× (bilint ${speed(ours)}, default concurrency; pofilter ${speed(peerRun)}) — ${verdict(ratio >= 10)}`
}

function tsvRuns(runs: Run[]): Run[] {
  return runs.filter((run) => run.corpus === 'news TSV' && run.tool === 'bilint recommended, --concurrency 2').sort((a, b) => a.size - b.size)
}

function speedLine(runs: Run[]): string {
  const title = '- MB/s over the TSV bench, recommended rules, --concurrency 2 (target ≥ 25 MB/s)'
  const tsv = tsvRuns(runs)
  if (tsv.length === 0) return `${title}: not run`
  if (!tsv.every(ok)) return `${title}: not computed, a run failed`
  const bytes = tsv.reduce((sum, run) => sum + run.bytes, 0)
  const seconds = tsv.reduce((sum, run) => sum + run.measure.seconds, 0)
  const speed = bytes / 1e6 / seconds
  const each = tsv.map((run) => `${run.size} MB: ${fixed(megabytes(run) / run.measure.seconds, 2)} MB/s`).join(', ')
  return `${title}: ${fixed(speed, 2)} MB/s (${fixed(bytes / 1e6, 0)} MB in ${fixed(seconds, 1)} s; ${each}) — ${verdict(speed >= 25)}`
}

function memoryLine(runs: Run[]): string {
  const title = '- peak RSS on the largest TSV (target ≤ 300 MB, and within 1.2× of the smallest TSV run)'
  const tsv = tsvRuns(runs)
  if (tsv.length === 0) return `${title}: not run`
  if (!tsv.every(ok)) return `${title}: not computed, a run failed`
  const [smallest, largest] = [tsv[0], tsv.at(-1)!]
  const sizes = `${tsv.map((run) => run.size).join(' and ')} MB`
  const where = ` on ${sizes}${offSize(sizes, `${targetSizes.tsvMegabytes.join(' and ')} MB`)}`
  const peak = largest.measure.peakMB
  const findings = largest.findings === undefined ? '' : `, ${count(largest.findings)} findings`
  if (tsv.length < 2) return `${title}${where}: ${fixed(peak, 0)} MB${findings} (≤ 300 MB: ${verdict(peak <= 300)}); growth needs two sizes — ${verdict(peak <= 300)}`
  const growth = peak / smallest.measure.peakMB
  const pass = peak <= 300 && growth <= 1.2
  return `${title}${where}: ${fixed(peak, 0)} MB at ${largest.size} MB${findings} (≤ 300 MB: ${verdict(peak <= 300)}); ${fixed(growth, 2)}× the ${smallest.size} MB run's ${fixed(smallest.measure.peakMB, 0)} MB (≤ 1.2×: ${verdict(growth <= 1.2)}) — ${verdict(pass)}`
}

/** The four figures of issue #22, each with its target and PASS or MISS. */
export function targets(runs: Run[], stats: RunStats | undefined, peer: boolean): string {
  return [costLine(runs, stats), peerLine(runs, peer), speedLine(runs), memoryLine(runs)].join('\n')
}
