// The CLI's side of sharding: `--shard i/n` writes a shard report, and
// `bilint merge-reports shard-*.json` merges them into one report in any
// format. Shards must run from the same checkout path (as CI matrix jobs
// do), since findings carry absolute paths.

import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {rules as coreRules} from '../../rules/index.js'
import {loadConfig} from '../config/load.js'
import {totals} from '../engine/results.js'
import {isShardReport, mergeShards, type Shard, shardFormat, type ShardReport} from '../engine/shard.js'
import type {LintCorpusReport} from '../lint.js'
import {escapeControls} from '../report/escape.js'
import {jsonPieces} from '../report/json.js'
import {UsageError, type CliOptions} from './args.js'
import {loadFormatter, reportMetadata} from './formatter.js'
import {runSuppressions, unusedSuppressionsMessage} from './suppressions.js'
import {writeReport} from './write-text.js'

interface Io {
  cwd: string
  stdout: {write(text: string): unknown}
  stderr: {write(text: string): unknown}
}

/** `JSON.stringify(shardReport)` of a `ShardReport`, the results a message at a time (they may be on disk). */
function* shardReportPieces(report: LintCorpusReport, shard: Shard): Generator<string> {
  yield `{"bilintShard":${shardFormat},"shard":${JSON.stringify(shard)},"results":`
  yield* jsonPieces(report.resultFiles)
  yield `,"corpus":${JSON.stringify(report.corpus ?? [])}}`
}

/** Write what `--shard` produced; the exit code is the shard's own. */
export async function writeShardReport(report: LintCorpusReport, shard: Shard, outputFile: string | undefined, io: Io): Promise<number> {
  await writeReport(shardReportPieces(report, shard), outputFile, io)
  for (const crash of report.crashes) io.stderr.write(`bilint: ${escapeControls(crash.message)}\n`)
  if (report.crashes.length > 0) return 2
  return totals(report.resultFiles).errorCount > 0 ? 1 : 0
}

async function readShard(file: string, cwd: string): Promise<ShardReport> {
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(path.resolve(cwd, file), 'utf8'))
  } catch (error) {
    throw new UsageError(`Cannot read the shard report ${file}: ${(error as Error).message}`)
  }
  const format = (parsed as {bilintShard?: unknown} | null)?.bilintShard
  if (typeof format === 'number' && format !== shardFormat) {
    throw new UsageError(`${file} is a shard report of another bilint version (format ${format}; this one reads ${shardFormat}): run the shards again`)
  }
  if (!isShardReport(parsed)) throw new UsageError(`${file} is not a shard report: write one with \`bilint --shard i/n --output-file ${file}\``)
  return parsed
}

/** Every shard of one split, once each; otherwise the merge would not be the whole corpus. */
function checkComplete(reports: readonly ShardReport[], files: readonly string[]): void {
  const count = reports[0].shard.count
  const seen = reports.map((report) => report.shard.index).sort((a, b) => a - b)
  const expected = Array.from({length: count}, (_, index) => index + 1)
  if (reports.some((report) => report.shard.count !== count) || seen.join() !== expected.join()) {
    const got = reports.map((report, index) => `${files[index]}: ${report.shard.index}/${report.shard.count}`).join(', ')
    throw new UsageError(`merge-reports needs shards 1/${count} to ${count}/${count} exactly once; got ${got}`)
  }
}

/** `bilint merge-reports shard-*.json [--format f] [--output-file path] ...`. */
export async function mergeReports(options: CliOptions, io: Io): Promise<number> {
  if (options.patterns.length === 0) throw new UsageError('merge-reports takes the shard reports to merge, e.g. `bilint merge-reports shard-*.json`')
  // These act while linting, which the shards did.
  const linting = (
    [
      ['--shard', options.shard !== undefined],
      ['--fix', options.fix || options.fixDryRun],
      ['--cache', options.cache],
      ['--stats', options.stats]
    ] as const
  ).find(([, given]) => given)
  if (linting) throw new UsageError(`merge-reports does not take ${linting[0]}: it merges finished shard reports`)
  const formatter = await loadFormatter(options.format, io.cwd)
  const config = await loadConfig({configPath: options.config, lookup: options.configLookup, cwd: io.cwd, coreRules})
  const reports = await Promise.all(options.patterns.map((file) => readShard(file, io.cwd)))
  checkComplete(reports, options.patterns)
  const {results, unused} = await runSuppressions(mergeShards(reports, config.ruleMap, io.cwd), options, io.cwd)
  const counts = totals(results)
  const shown = options.quiet ? results.map((result) => ({...result, messages: result.messages.filter((message) => message.severity === 2), warningCount: 0, fixableWarningCount: 0})) : results
  const color = options.color ?? false
  await writeReport([await formatter(shown, {cwd: io.cwd, color, ...reportMetadata(config.ruleMap, options.maxWarnings, counts.warningCount)})], options.outputFile, io)
  const tooManyWarnings = options.maxWarnings >= 0 && counts.warningCount > options.maxWarnings
  if (Object.keys(unused).length > 0 && !options.passOnUnprunedSuppressions) {
    io.stderr.write(`bilint: ${unusedSuppressionsMessage}\n`)
    return 2
  }
  return counts.errorCount > 0 || tooManyWarnings ? 1 : 0
}

/** A shard writes its own report: fixing and the baseline belong to a whole run or to the merge. */
export function checkShardOptions(options: CliOptions): void {
  const clash = (
    [
      ['--fix', options.fix],
      ['--fix-dry-run', options.fixDryRun],
      ['--suppress-all', options.suppressAll],
      ['--suppress-rule', options.suppressRules.length > 0],
      ['--prune-suppressions', options.pruneSuppressions],
      ['--stats', options.stats]
    ] as const
  ).find(([, given]) => given)
  if (clash) throw new UsageError(`--shard cannot be used with ${clash[0]} (merge-reports applies bilint-suppressions.json to the merged report)`)
}
