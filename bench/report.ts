// The benchmark's output: one Markdown table of every run, then the ratios
// that issue #10 sets targets for, each marked PASS or MISS (a miss is
// printed, never hidden; a ratio that could not be computed says why).

import type {Measure} from './measure.js'

export type Kind = 'TSV' | 'documents' | 'PO'

/** What one row of the table ran: on which corpus, with which tool and setting. */
export type Tool =
  | 'read floor (cat)'
  | 'bilint recommended'
  | 'bilint recommended, --concurrency off'
  | 'bilint recommended, --concurrency 2'
  | 'two runs, --concurrency off, each on half, side by side'
  | 'bilint comparable rules'
  | 'pofilter'

export interface Run {
  kind: Kind
  /** The size asked for, in MB. */
  size: number
  bytes: number
  pairs: number
  files: number
  tool: Tool
  measure: Measure
  /** Problems reported: bilint's from its JSON output, pofilter's from its `# (pofilter)` comments. */
  findings?: number
}

const megabytes = (run: Run) => run.bytes / 1e6
/** A corpus's size for the ratio lines: `3.1 MB`, `100 MB`. */
const sizeLabel = (run: Run) => `${fixed(megabytes(run), megabytes(run) < 10 ? 1 : 0)} MB`
const ok = (run: Run | undefined): run is Run => run !== undefined && run.measure.failure === undefined
const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '–')

function row(cells: Array<string | number>): string {
  return `| ${cells.join(' | ')} |`
}

function kindLabel(kind: Kind): string {
  if (kind === 'TSV') return 'TSV segments'
  if (kind === 'documents') return 'combined documents'
  return 'PO entries'
}

/** The table of every run, in the order run. */
export function table(runs: Run[]): string {
  const lines = [
    row(['corpus', 'size', 'pairs', 'tool', 'wall s', 'MB/s', 'pairs/s', 'peak RSS MB', 'findings']),
    row(['---', '---:', '---:', '---', '---:', '---:', '---:', '---:', '---:'])
  ]
  for (const run of runs) {
    const size = `${sizeLabel(run)}${run.files > 1 ? `, ${run.files} files` : ''}`
    const seconds = run.measure.seconds
    const failed = run.measure.failure ? `FAILED (${run.measure.failure.replace(/\s+/g, ' ').replace(/\|/g, '\\|')})` : undefined
    lines.push(
      row([
        kindLabel(run.kind),
        size,
        run.pairs,
        run.tool,
        failed ?? fixed(seconds, 2),
        failed ? '' : fixed(megabytes(run) / seconds, 2),
        failed || run.tool === 'read floor (cat)' ? '' : fixed(run.pairs / seconds, 0),
        fixed(run.measure.peakMB, 0),
        run.findings ?? ''
      ])
    )
  }
  return lines.join('\n')
}

function find(runs: Run[], kind: Kind, tool: Tool, size: number): Run | undefined {
  return runs.find((run) => run.kind === kind && run.tool === tool && run.size === size)
}

function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'MISS'
}

/** The sizes run for a kind and tool, smallest first. */
function sizesOf(runs: Run[], kind: Kind, tool: Tool): number[] {
  return [...new Set(runs.filter((run) => run.kind === kind && run.tool === tool && ok(run)).map((run) => run.size))].sort((a, b) => a - b)
}

/** The TSV run with the recommended rules on 2 cores: `--concurrency 2` where bilint has it, else its default. */
function tsvTool(runs: Run[]): Tool {
  return runs.some((run) => run.tool === 'bilint recommended, --concurrency 2') ? 'bilint recommended, --concurrency 2' : 'bilint recommended'
}

function peerLines(runs: Run[]): string[] {
  const peers = runs.filter((run) => run.tool === 'pofilter')
  if (peers.length === 0) return ['- throughput vs pofilter (target ≥ 20×): not run (pofilter absent; `apt-get install translate-toolkit`)']
  return peers.map((peer) => {
    const ours = find(runs, 'PO', 'bilint comparable rules', peer.size)
    if (!ok(peer) || !ok(ours)) return `- throughput vs pofilter on ${sizeLabel(peer)} PO (target ≥ 20×): not computed, a run failed`
    const ratio = peer.measure.seconds / ours.measure.seconds
    return `- throughput vs pofilter on ${sizeLabel(peer)} PO (target ≥ 20×): ${fixed(ratio, 2)}× (bilint comparable rules ${fixed(megabytes(ours) / ours.measure.seconds, 2)} MB/s, pofilter ${fixed(megabytes(peer) / peer.measure.seconds, 2)} MB/s) — ${verdict(ratio >= 20)}`
  })
}

function tsvSpeedLine(runs: Run[]): string {
  const tool = tsvTool(runs)
  const sizes = sizesOf(runs, 'TSV', tool)
  const run = find(runs, 'TSV', tool, sizes.at(-1) ?? NaN)
  if (!ok(run)) return '- MB/s on TSV, recommended rules (target ≥ 40 MB/s): not computed, no finished TSV run'
  const speed = megabytes(run) / run.measure.seconds
  return `- MB/s on TSV, recommended rules, ${tool === 'bilint recommended' ? 'default concurrency' : '--concurrency 2'}, ${sizeLabel(run)} (target ≥ 40 MB/s): ${fixed(speed, 2)} MB/s — ${verdict(speed >= 40)}`
}

function concurrencyLine(runs: Run[], concurrency: boolean): string {
  const title = '- --concurrency 2 vs off on TSV (target ≥ 1.7×)'
  if (!concurrency) return `${title}: skipped, this bilint has no --concurrency option yet`
  const size = sizesOf(runs, 'TSV', 'bilint recommended, --concurrency 2').at(-1) ?? NaN
  const off = find(runs, 'TSV', 'bilint recommended, --concurrency off', size)
  const two = find(runs, 'TSV', 'bilint recommended, --concurrency 2', size)
  if (!runs.some((run) => run.kind === 'TSV' && run.tool.startsWith('bilint recommended, --concurrency'))) return `${title}: not computed, no TSV run`
  if (!ok(off) || !ok(two)) return `${title}: not computed, a run failed`
  const ratio = off.measure.seconds / two.measure.seconds
  return `${title}, ${sizeLabel(two)}: ${fixed(ratio, 2)}× (${fixed(off.measure.seconds, 1)} s → ${fixed(two.measure.seconds, 1)} s) — ${verdict(ratio >= 1.7)}${ceiling(runs, off)}`
}

/**
 * What two cores gave just after the single-threaded run: two single-threaded
 * runs, each on half the TSV, side by side, against the one run on all of it.
 * Each half finishes its corpus-wide rules over its half only (a duplicate
 * across the halves is not found), so the pair does a little less work.
 */
function ceiling(runs: Run[], off: Run): string {
  const pair = find(runs, 'TSV', 'two runs, --concurrency off, each on half, side by side', off.size)
  if (!pair) return ''
  if (!ok(pair)) return '; the machine\'s ceiling was not computed, a run failed'
  const ratio = off.measure.seconds / pair.measure.seconds
  return `; the machine's ceiling, measured just after off, two --concurrency off runs on the halves side by side: ${fixed(ratio, 2)}× (${fixed(pair.measure.seconds, 1)} s)`
}

function memoryLines(runs: Run[]): string[] {
  const ours = runs.filter((run) => run.tool.startsWith('bilint') && ok(run))
  if (ours.length === 0) return ['- peak RSS (target < 300 MB): no finished bilint run']
  const peak = ours.reduce((top, run) => (run.measure.peakMB > top.measure.peakMB ? run : top))
  const lines = [`- peak RSS, largest of all bilint runs (target < 300 MB): ${fixed(peak.measure.peakMB, 0)} MB (${kindLabel(peak.kind)}, ${sizeLabel(peak)}, ${peak.tool}) — ${verdict(peak.measure.peakMB < 300)}`]
  for (const kind of ['TSV', 'documents'] as const) {
    const tool = kind === 'TSV' ? tsvTool(runs) : 'bilint recommended'
    const sizes = sizesOf(runs, kind, tool)
    const title = `- peak RSS growth on ${kindLabel(kind)} (target: largest within 1.5× of the next size)`
    if (sizes.length < 2) {
      lines.push(`${title}: needs two sizes`)
      continue
    }
    const [previous, largest] = [find(runs, kind, tool, sizes.at(-2)!)!, find(runs, kind, tool, sizes.at(-1)!)!]
    const ratio = largest.measure.peakMB / previous.measure.peakMB
    lines.push(`${title}: ${fixed(ratio, 2)}× (${sizeLabel(previous)}: ${fixed(previous.measure.peakMB, 0)} MB, ${sizeLabel(largest)}: ${fixed(largest.measure.peakMB, 0)} MB) — ${verdict(ratio <= 1.5)}`)
  }
  return lines
}

function growthLines(runs: Run[]): string[] {
  return (['TSV', 'documents'] as const).map((kind) => {
    const tool = kind === 'TSV' ? tsvTool(runs) : 'bilint recommended'
    const sizes = sizesOf(runs, kind, tool)
    const title = `- time per MB growth on ${kindLabel(kind)} (target < 20 %)`
    if (sizes.length < 2) return `${title}: needs two sizes`
    const [smallest, largest] = [find(runs, kind, tool, sizes[0])!, find(runs, kind, tool, sizes.at(-1)!)!]
    const perMB = (run: Run) => run.measure.seconds / megabytes(run)
    const growth = (perMB(largest) / perMB(smallest) - 1) * 100
    return `${title}: ${growth >= 0 ? '+' : ''}${fixed(growth, 1)} % (${fixed(perMB(smallest), 3)} s/MB at ${sizeLabel(smallest)}, ${fixed(perMB(largest), 3)} s/MB at ${sizeLabel(largest)}) — ${verdict(growth < 20)}`
  })
}

/** The ratio lines, each with its target and PASS or MISS. */
export function ratios(runs: Run[], concurrency: boolean): string {
  return [...peerLines(runs), tsvSpeedLine(runs), concurrencyLine(runs, concurrency), ...memoryLines(runs), ...growthLines(runs)].join('\n')
}
