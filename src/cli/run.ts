// The CLI's run: load the config, lint, print, and return the exit code.
// `main.ts` imports it only when there is something to lint, so that
// `--help` and `--version` start as fast as Node does.

import path from 'node:path'
import pc from 'picocolors'
import {rules as coreRules} from '../../rules/index.js'
import {configForFile} from '../config/for-file.js'
import {applyCliRules, loadConfig, type ResolvedConfig} from '../config/load.js'
import {severityName} from '../config/severity.js'
import {filterMessages, type StreamedResult, toLintResult} from '../engine/message-list.js'
import {totals} from '../engine/results.js'
import type {LintResult} from '../engine/types.js'
import {lintCorpus, type LintCorpusOptions, type LintCorpusReport} from '../lint.js'
import type {Formatter} from '../report/index.js'
import {escapeControls} from '../report/escape.js'
import {stylish} from '../report/stylish.js'
import {UsageError, type CliOptions} from './args.js'
import {type CliIo, packageVersion} from './io.js'
import {progressLine} from './progress.js'
import {writeReport} from './write-text.js'
import {writeFixesReported} from './fix-files.js'
import {checkWritableFile} from './output-path.js'
import {type LoadedFormatter, loadFormatter, reportMetadata} from './formatter.js'
import {runSuppressions, unusedSuppressionsMessage} from './suppressions.js'
import {createStatsCollector, type StatsCollector, summariseStats} from '../engine/stats.js'
// `--init`, `--explain`, `--shard`, `--cache` and `--stats` load their modules
// when given: `--init` alone pulled in franc's trigram data (about 100 ms).

/** `stylish` on a terminal: messages shown per rule and file, the others counted. */
const terminalMessagesPerRule = 100

function listRules(config: ResolvedConfig): string {
  const rows = [...config.ruleMap.values()]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map((rule) => {
      const setting = config.rules.get(rule.meta.id)
      const configured = setting ? severityName(setting.severity) : 'off'
      return [rule.meta.id, configured, rule.meta.recommended || '-', rule.meta.fixable ?? '-', rule.meta.description]
    })
  const header = ['rule', 'configured', 'recommended', 'fix', 'description']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
  return [header, ...rows].map((row) => row.map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column]) : cell)).join('  ')).join('\n') + '\n'
}

function printConfig(config: ResolvedConfig, filePath: string, cwd: string): string {
  const fileConfig = configForFile(config, path.resolve(cwd, filePath))
  const rules = Object.fromEntries(
    [...fileConfig.rules].sort(([a], [b]) => a.localeCompare(b)).map(([id, setting]) => [
      id,
      setting.severity === 0 ? [severityName(0)] : [severityName(setting.severity), {...config.ruleMap.get(id)!.meta.defaultOptions, ...setting.options}]
    ])
  )
  return JSON.stringify({languages: fileConfig.languages, rules}, null, 2) + '\n'
}

/** The unified diff of every file the fixes would change (`--fix-dry-run`). */
async function fixDiffs(report: LintCorpusReport, cwd: string): Promise<string> {
  const {unifiedDiff} = await import('../engine/fix-diff.js')
  return [...report.fixed]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([filePath, {original, output}]) => unifiedDiff(path.relative(cwd, filePath), original.text, output))
    .join('')
}

/** `--quiet`: the errors of a result, as ESLint shows them. */
function errorsOnly<Result extends StreamedResult>(result: Result): Result {
  return {...result, messages: filterMessages(result.messages, (message) => message.severity === 2, result.errorCount), warningCount: 0, fixableWarningCount: 0}
}

export async function run(options: CliOptions, io: CliIo): Promise<number> {
  if (options.init) return (await import('./init.js')).runInit(io)
  if (options.explain !== undefined) return (await import('./explain.js')).explainRule(options.explain, options, io)
  const formatter = await loadFormatter(options.format, io.cwd)

  const config = await loadConfig({configPath: options.config, lookup: options.configLookup, cwd: io.cwd, coreRules})
  if (options.languages) config.languages = options.languages
  if (Object.keys(options.rules).length > 0) applyCliRules(config, options.rules)
  if (options.listRules) {
    io.stdout.write(listRules(config))
    return 0
  }
  if (options.printConfig !== undefined) {
    if (options.patterns.length > 0) throw new UsageError('--print-config takes one file and no other paths')
    io.stdout.write(printConfig(config, options.printConfig, io.cwd))
    return 0
  }

  if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together')
  const fixing = options.fix || options.fixDryRun
  const stats = options.stats ? createStatsCollector() : undefined
  const shards = options.shard ? await import('./shard.js') : undefined
  shards?.checkShardOptions(options)
  if (options.outputFile) checkWritableFile(path.resolve(io.cwd, options.outputFile), options.outputFile, 'the report', io.cwd)
  const lintCache = options.cache ? await (await import('./cache.js')).openCache(options, io.cwd, await packageVersion()) : undefined
  const corpus: LintCorpusOptions = {
    cwd: io.cwd,
    patterns: options.patterns,
    config,
    unsafeFixes: options.unsafeFixes,
    concurrency: options.concurrency,
    // A formatter that shows the text (`html`) asks for the units' views.
    keepDocuments: (formatter as {needsDocuments?: boolean}).needsDocuments === true
  }
  const report = await lintCorpus({
    ...corpus,
    stats,
    shard: options.shard,
    cache: lintCache?.cache,
    fix: fixing,
    // As ESLint does, --quiet fixes only what it reports: errors.
    fixErrorsOnly: options.quiet,
    // A long run shows its progress on a terminal's stderr; pipes and CI logs get none.
    onProgress: io.stderr.isTTY ? progressLine(io.stderr) : undefined
  })
  try {
    await lintCache?.save()
    if (shards && options.shard) return await shards.writeShardReport(report, options.shard, options.outputFile, io)
    return await printReport(report, options, io, {formatter, config, stats, lintPlain: () => lintCorpus(corpus)})
  } finally {
    report.dispose()
  }
}

/** The baseline, the fixes written, the report printed; the exit code. */
async function printReport(
  report: LintCorpusReport,
  options: CliOptions,
  io: CliIo,
  {formatter, config, stats, lintPlain}: {formatter: LoadedFormatter; config: ResolvedConfig; stats?: StatsCollector; lintPlain: () => Promise<LintCorpusReport>}
): Promise<number> {
  const {crashes} = report
  // Before the baseline, which then applies to every finding of a file that could not be written.
  if (options.fix) await writeFixesReported(report, lintPlain)
  // The baseline applies after fixing, to the problems that remain (ESLint's order).
  const {results, unused: unusedSuppressions} = await runSuppressions(report.resultFiles, options, io.cwd)
  const statsSummary = stats ? summariseStats(stats, results) : undefined
  if (options.fixDryRun && formatter === stylish) io.stdout.write(await fixDiffs(report, io.cwd))
  // The exit code counts every problem; --quiet only hides warnings from the report.
  const counts = totals(results)
  const shown = options.quiet ? results.map(errorsOnly) : results
  const color = options.outputFile ? options.color ?? false : options.color ?? (pc.isColorSupported && Boolean(io.stdout.isTTY))
  const context = {
    cwd: io.cwd,
    color,
    ...reportMetadata(config.ruleMap, options.maxWarnings, counts.warningCount),
    stats: statsSummary,
    documents: report.documents,
    // A terminal shows a rule's first findings in a file; a file or a pipe gets them all.
    ...(!options.outputFile && io.stdout.isTTY ? {messagesPerRule: terminalMessagesPerRule} : {})
  }
  // The built-in formatters give their text in pieces, written as they come; a formatter module gets arrays.
  const {pieces} = formatter as Formatter
  await writeReport(pieces ? pieces(shown, context) : [await formatter(shown.map(toLintResult), context)], options.outputFile, io)
  // On stderr, so that the report on stdout stays valid SARIF, JSON or XML.
  if (statsSummary) io.stderr.write((await import('../report/stats.js')).statsTable(statsSummary))
  for (const crash of crashes) io.stderr.write(`bilint: ${escapeControls(crash.message)}\n`)
  if (crashes.length > 0) return 2

  const tooManyWarnings = options.maxWarnings >= 0 && counts.warningCount > options.maxWarnings
  if (counts.errorCount === 0 && tooManyWarnings) {
    io.stderr.write(`bilint found too many warnings (maximum: ${options.maxWarnings}).\n`)
  }
  if (Object.keys(unusedSuppressions).length > 0 && !options.passOnUnprunedSuppressions) {
    io.stderr.write(`bilint: ${unusedSuppressionsMessage}\n`)
    return 2
  }
  return counts.errorCount > 0 || tooManyWarnings ? 1 : 0
}
