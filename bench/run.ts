// `npm run bench` (issue #22): bilint with the recommended rules on generated
// news corpora, beside a peer on the same file, and the four figures that
// the issue sets targets for. In a temporary folder it writes and runs:
//   - cost: the news PO of 20,000 entries (bench/news-po.ts), bilint
//     `--concurrency off --stats -f json-with-metadata`: µs per unit for each
//     rule from bilint's own statistics, and for all of them;
//   - peer: the news PO of 100,000 entries, bilint at its default concurrency
//     and Translate Toolkit's `pofilter --language=ar --excludefilter=spellcheck`
//     (its default checks but the spelling one): the throughput ratio;
//   - tsv: TSVs of the news pairs, 20 % of the rows repeats of earlier ones
//     (bench/corpus.ts), of 100 and 400 MB, bilint `--concurrency 2`:
//     MB/s on two cores, and the peak RSS and its growth.
// Each run is a child process timed by GNU time (wall time, peak RSS); `cat`
// of the same file to /dev/null gives the floor for reading it.
//
// Usage: node dist/bench/run.js [--quick] [--parts cost,peer,tsv] [--cost-entries 20000]
//          [--peer-entries 100000] [--tsv-sizes 100,400] [--keep]

import {createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {writeTsv} from './corpus.js'
import {hasCommand, hasGnuTime, measure, measureBilint, measureRead, type Measure} from './measure.js'
import {writeNewsPo, type Written} from './news-po.js'
import {costTable, table, targets, targetSizes, type Corpus, type Run, type RunStats, type Tool} from './report.js'

const usage = 'Usage: node dist/bench/run.js [--quick] [--parts cost,peer,tsv] [--cost-entries 20000] [--peer-entries 100000] [--tsv-sizes 100,400] [--keep]'

type Part = 'cost' | 'peer' | 'tsv'

interface Options {
  parts: Part[]
  costEntries: number
  peerEntries: number
  tsvSizes: number[]
  keep: boolean
}

function positive(text: string | undefined, flag: string): number {
  const value = Number(text)
  if (!(value > 0)) throw new Error(`${flag} takes a positive number\n${usage}`)
  return value
}

function parseOptions(argv: string[]): Options {
  const options: Options = {parts: ['cost', 'peer', 'tsv'], costEntries: targetSizes.costEntries, peerEntries: targetSizes.peerEntries, tsvSizes: targetSizes.tsvMegabytes, keep: false}
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]
    if (flag === '--quick') Object.assign(options, {costEntries: 2000, peerEntries: 10000, tsvSizes: [2, 8]})
    else if (flag === '--cost-entries') options.costEntries = Math.round(positive(argv[++index], flag))
    else if (flag === '--peer-entries') options.peerEntries = Math.round(positive(argv[++index], flag))
    else if (flag === '--tsv-sizes') options.tsvSizes = (argv[++index] ?? '').split(',').map((size) => positive(size, flag)).sort((a, b) => a - b)
    else if (flag === '--keep') options.keep = true
    else if (flag === '--parts') {
      options.parts = (argv[++index] ?? '').split(',').map((part) => {
        if (part !== 'cost' && part !== 'peer' && part !== 'tsv') throw new Error(`--parts takes cost, peer and tsv\n${usage}`)
        return part
      })
    } else throw new Error(`Unknown option \`${flag}\`\n${usage}`)
  }
  return options
}

const started = performance.now()
/** The 1-minute load average when the run started: on a shared machine, how busy it was. */
const loadAtStart = loadavg()[0]

/** Progress on stderr, so stdout is only the report. */
function progress(message: string): void {
  const elapsed = ((performance.now() - started) / 1000).toFixed(0).padStart(5)
  process.stderr.write(`[${elapsed} s] ${message}\n`)
}

/**
 * Messages in a bilint JSON report, counted in a stream (a million findings
 * are more text than one string may hold): each has a `"ruleId":` key, which
 * a message's own text cannot hold unescaped.
 */
async function bilintFindings(file: string): Promise<number | undefined> {
  const key = '"ruleId":'
  let found = 0
  let carry = ''
  try {
    for await (const chunk of createReadStream(file, {encoding: 'utf8'})) {
      const text = carry + (chunk as string)
      for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + key.length)) found++
      carry = text.slice(-(key.length - 1))
    }
    return found
  } catch {
    return undefined
  }
}

/** Failures in pofilter's output: one `# (pofilter) test: message` comment each. */
function pofilterFindings(file: string): number | undefined {
  try {
    return readFileSync(file, 'utf8').match(/^# \(pofilter\) /gm)?.length ?? 0
  } catch {
    return undefined
  }
}

/** `metadata.stats` of a json-with-metadata report. */
function readStats(file: string): RunStats | undefined {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as {metadata?: {stats?: RunStats}}).metadata?.stats
  } catch {
    return undefined
  }
}

interface Context {
  folder: string
  runs: Run[]
  peer: boolean
  /** `--keep`: leave each corpus and report on disk. */
  keep: boolean
  stats?: RunStats
}

/** Remove a run's corpus and reports (a 400 MB TSV does not stay past its run), unless kept. */
function clean(context: Context, names: string[]): void {
  if (!context.keep) for (const name of names) rmSync(path.join(context.folder, name), {force: true})
}

/** Measure one tool on one corpus, record it as a row, and return it. */
async function record(context: Context, corpus: Corpus, size: number, written: Written, tool: Tool, run: () => Measure, findings?: () => Promise<number | undefined> | number | undefined): Promise<Run> {
  progress(`${tool} on ${corpus} ${size} …`)
  const measured = run()
  const recorded: Run = {corpus, size, bytes: written.bytes, pairs: written.pairs, tool, measure: measured, findings: findings && !measured.failure ? await findings() : undefined}
  context.runs.push(recorded)
  const {seconds, peakMB, failure} = measured
  progress(`  ${failure ? `FAILED: ${failure}` : `${seconds.toFixed(2)} s, ${(written.bytes / 1e6 / seconds).toFixed(2)} MB/s, ${peakMB.toFixed(0)} MB${recorded.findings === undefined ? '' : `, ${recorded.findings} findings`}`}`)
  return recorded
}

/** bilint with the recommended rules on `target` (in the bench folder), its report in `report`. */
function bilint(context: Context, target: string, report: string, extra: string[]): () => Measure {
  rmSync(path.join(context.folder, report), {force: true})
  return () => measureBilint(['-c', 'recommended.json', '--output-file', report, ...extra, target], context.folder)
}

async function benchCost(context: Context, entries: number): Promise<void> {
  const target = `news-${entries}.po`
  progress(`writing ${target}`)
  const written = writeNewsPo(path.join(context.folder, target), entries)
  await record(context, 'news PO', entries, written, 'read floor (cat)', () => measureRead(target, context.folder))
  const report = path.join(context.folder, 'stats.json')
  const run = bilint(context, target, 'stats.json', ['--concurrency', 'off', '--stats', '--format', 'json-with-metadata'])
  const ran = await record(context, 'news PO', entries, written, 'bilint recommended, --concurrency off, --stats', run, () => bilintFindings(report))
  if (!ran.measure.failure) context.stats = readStats(report)
  clean(context, [target])
}

async function benchPeer(context: Context, entries: number): Promise<void> {
  const target = `news-${entries}.po`
  progress(`writing ${target}`)
  const written = writeNewsPo(path.join(context.folder, target), entries)
  await record(context, 'news PO', entries, written, 'read floor (cat)', () => measureRead(target, context.folder))
  const report = path.join(context.folder, 'report.json')
  await record(context, 'news PO', entries, written, 'bilint recommended', bilint(context, target, 'report.json', ['--format', 'json']), () => bilintFindings(report))
  if (context.peer) {
    const output = path.join(context.folder, 'pofilter-out.po')
    rmSync(output, {force: true})
    const args = ['--progress=none', '--language=ar', '--excludefilter=spellcheck', '-i', target, '-o', 'pofilter-out.po']
    await record(context, 'news PO', entries, written, 'pofilter', () => measure('pofilter', args, context.folder), () => pofilterFindings(output))
  }
  clean(context, [target, 'report.json', 'pofilter-out.po'])
}

async function benchTsv(context: Context, megabytes: number): Promise<void> {
  const target = `news-${megabytes}mb.tsv`
  progress(`writing ${target}`)
  const written = writeTsv(path.join(context.folder, target), megabytes)
  await record(context, 'news TSV', megabytes, written, 'read floor (cat)', () => measureRead(target, context.folder))
  const report = path.join(context.folder, 'report.json')
  await record(context, 'news TSV', megabytes, written, 'bilint recommended, --concurrency 2', bilint(context, target, 'report.json', ['--format', 'json', '--concurrency', '2']), () => bilintFindings(report))
  clean(context, [target, 'report.json'])
}

function header(options: Options, context: Context): string {
  const parts = [
    options.parts.includes('cost') ? `cost: news PO of ${options.costEntries.toLocaleString('en-US')} entries, --concurrency off` : '',
    options.parts.includes('peer') ? `peer: news PO of ${options.peerEntries.toLocaleString('en-US')} entries` : '',
    options.parts.includes('tsv') ? `tsv: news TSV of ${options.tsvSizes.join(', ')} MB, --concurrency 2` : ''
  ]
  return [
    `bilint benchmark (issue #22), ${new Date().toISOString()}, Node ${process.version}; ${parts.filter(Boolean).join('; ')}`,
    context.peer ? '' : 'Notice: pofilter is not installed (`apt-get install translate-toolkit`): the peer rows are skipped.'
  ]
    .filter(Boolean)
    .join('\n')
}

async function main(): Promise<number> {
  let options: Options
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    console.error((error as Error).message)
    return 2
  }
  if (!hasGnuTime()) {
    console.error('The benchmark needs GNU time at /usr/bin/time (`apt-get install time`).')
    return 2
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'bilint-bench-'))
  const context: Context = {folder, runs: [], peer: hasCommand('pofilter'), keep: options.keep}
  const intro = header(options, context)
  progress(intro.replace(/\n/g, '\n         '))
  progress(`corpus folder: ${folder}`)
  try {
    const config = {languages: {source: 'en', target: 'ar'}, extends: ['bilint:recommended']}
    writeFileSync(path.join(folder, 'recommended.json'), JSON.stringify(config, null, 2))
    if (options.parts.includes('cost')) await benchCost(context, options.costEntries)
    if (options.parts.includes('peer')) await benchPeer(context, options.peerEntries)
    if (options.parts.includes('tsv')) for (const size of options.tsvSizes) await benchTsv(context, size)
  } finally {
    if (!options.keep) rmSync(folder, {recursive: true, force: true})
  }
  const costRun = context.runs.find((run) => run.tool === 'bilint recommended, --concurrency off, --stats')
  const cost = context.stats && costRun ? `\n\nCost per rule, news PO of ${costRun.size.toLocaleString('en-US')} entries, --concurrency off (bilint --stats):\n\n${costTable(context.stats, costRun.measure.seconds)}` : ''
  const minutes = ((performance.now() - started) / 60000).toFixed(1)
  console.log(`${intro}\n\n${targets(context.runs, context.stats, context.peer)}${cost}\n\nEvery run (${minutes} minutes in all; 1-minute load average ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end, on ${availableParallelism()} cores):\n\n${table(context.runs)}`)
  if (options.keep) console.log(`\nCorpus kept in ${folder}`)
  return 0
}

process.exitCode = await main()
