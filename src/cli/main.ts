// The CLI: parses arguments, runs the pipeline, prints, and returns the exit
// code. Only `bin/bilint.js` sets the process's exit code. The pipeline is
// imported when there is something to lint: `--help` and `--version` load
// only the argument parser.

import {helpText, parseCliArgs, UsageError} from './args.js'
import {type CliIo, packageVersion} from './io.js'

export type {CliIo} from './io.js'
export {progressLine} from './progress.js'

/** Run the CLI with `argv` (without `node` and the script) and return the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    if (argv[0] === 'merge-reports') return await (await import('./shard.js')).mergeReports(parseCliArgs(argv.slice(1)), io)
    const options = parseCliArgs(argv)
    if (options.help) {
      io.stdout.write(helpText)
      return 0
    }
    if (options.version) {
      io.stdout.write(`v${await packageVersion()}\n`)
      return 0
    }
    return await (await import('./run.js')).run(options, io)
  } catch (error) {
    // A message may quote a file name or an argument: its control characters must not reach the terminal raw.
    const {escapeControls} = await import('../report/escape.js')
    if (error instanceof UsageError) {
      io.stderr.write(`bilint: ${escapeControls(error.message)}\nRun \`bilint --help\` for the options.\n`)
      return 2
    }
    // Loaded already when they were thrown.
    const [{ConfigError}, {NoFilesError}, {OutputPathError}] = await Promise.all([import('../config/validate.js'), import('../corpus/discover.js'), import('./output-path.js')])
    if (error instanceof ConfigError || error instanceof NoFilesError || error instanceof OutputPathError) {
      io.stderr.write(`bilint: ${escapeControls(error.message)}\n`)
      return 2
    }
    io.stderr.write(`bilint: internal error: ${escapeControls((error as Error).stack ?? String(error))}\n`)
    return 2
  }
}
