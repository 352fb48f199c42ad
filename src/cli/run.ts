// The CLI's run: load the config, lint, print, and return the exit code.
// `main.ts` imports it only when there is something to lint, so that
// `--help` and `--version` start as fast as Node does.

import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import pc from 'picocolors'
import {rules as coreRules} from '../../rules/index.js'
import {configForFile} from '../config/for-file.js'
import {applyCliRules, loadConfig, type ResolvedConfig} from '../config/load.js'
import {severityName} from '../config/severity.js'
import {totals} from '../engine/results.js'
import {lintCorpus, type LintCorpusReport, writeFixes} from '../lint.js'
import type {Formatter} from '../report/index.js'
import {stylish} from '../report/stylish.js'
import {UsageError, type CliOptions} from './args.js'
import {type CliIo, packageVersion} from './io.js'
import {progressLine} from './progress.js'
import {inBlocks, writeInPieces} from './write-text.js'
import {loadFormatter, reportMetadata} from './formatter.js'
import {runSuppressions, unusedSuppressionsMessage} from './suppressions.js'
import {createStatsCollector, summariseStats} from '../engine/stats.js'
// `--init`, `--explain`, `--shard`, `--cache` and `--stats` load their modules
// when given: `--init` alone pulled in franc's trigram data (about 100 ms).

/** A report on stdout is written in blocks of this many code units, not a call per piece. */
const stdoutBlock = 1 << 16

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

/** Write the fixes; a file that cannot be written gets a fatal message in its result. */
async function reportWriteProblems(report: LintCorpusReport): Promise<void> {
  for (const problem of await writeFixes(report)) {
    const result = report.results.find((entry) => entry.filePath === problem.filePath)!
    result.messages.unshift({ruleId: null, fatal: true, severity: 2, message: problem.message, line: 1, column: 1})
    result.errorCount++
    result.fatalErrorCount++
    delete result.output
  }
}

/** The unified diff of every file the fixes would change (`--fix-dry-run`). */
async function fixDiffs(report: LintCorpusReport, cwd: string): Promise<string> {
  const {unifiedDiff} = await import('../engine/fix-diff.js')
  return [...report.fixed]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([filePath, {original, output}]) => unifiedDiff(path.relative(cwd, filePath), original.text, output))
    .join('')
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
  const lintCache = options.cache ? await (await import('./cache.js')).openCache(options, io.cwd, await packageVersion()) : undefined
  const report = await lintCorpus({
    stats,
    shard: options.shard,
    cache: lintCache?.cache,
    cwd: io.cwd,
    patterns: options.patterns,
    config,
    fix: fixing,
    unsafeFixes: options.unsafeFixes,
    // As ESLint does, --quiet fixes only what it reports: errors.
    fixErrorsOnly: options.quiet,
    concurrency: options.concurrency,
    // A formatter that shows the text (`html`) asks for the units' views.
    keepDocuments: (formatter as {needsDocuments?: boolean}).needsDocuments === true,
    // A long run shows its progress on a terminal's stderr; pipes and CI logs get none.
    onProgress: io.stderr.isTTY ? progressLine(io.stderr) : undefined
  })
  const {crashes} = report
  await lintCache?.save()
  if (shards && options.shard) return shards.writeShardReport(report, options.shard, options.outputFile, io)
  // The baseline applies after fixing, to the problems that remain (ESLint's order).
  const {results, unused: unusedSuppressions} = await runSuppressions(report.results, options, io.cwd)
  const statsSummary = stats ? summariseStats(stats, results) : undefined
  if (options.fix) await reportWriteProblems(report)
  if (options.fixDryRun && formatter === stylish) io.stdout.write(await fixDiffs(report, io.cwd))
  // The exit code counts every problem; --quiet only hides warnings from the report.
  const counts = totals(results)
  const shown = options.quiet
    ? results.map((result) => ({...result, messages: result.messages.filter((message) => message.severity === 2), warningCount: 0, fixableWarningCount: 0}))
    : results
  const color = options.outputFile ? options.color ?? false : options.color ?? (pc.isColorSupported && Boolean(io.stdout.isTTY))
  const context = {cwd: io.cwd, color, ...reportMetadata(config.ruleMap, options.maxWarnings, counts.warningCount), stats: statsSummary, documents: report.documents}
  // A formatter that gives its text in pieces (json) is written as it goes.
  const {pieces} = formatter as Formatter
  const text = pieces ? pieces(shown, context) : [await formatter(shown, context)]
  if (options.outputFile) {
    const target = path.resolve(io.cwd, options.outputFile)
    await mkdir(path.dirname(target), {recursive: true})
    await writeInPieces(target, text)
  } else {
    // A report that does not end a line gets a line break; an empty one prints nothing.
    let last = ''
    for (const block of inBlocks(text, stdoutBlock)) {
      io.stdout.write(block)
      last = block
    }
    if (last && !last.endsWith('\n')) io.stdout.write('\n')
  }
  // On stderr, so that the report on stdout stays valid SARIF, JSON or XML.
  if (statsSummary) io.stderr.write((await import('../report/stats.js')).statsTable(statsSummary))
  for (const crash of crashes) io.stderr.write(`bilint: ${crash.message}\n`)
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

