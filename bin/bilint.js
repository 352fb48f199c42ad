#!/usr/bin/env node
// The only place that sets the exit code: the CLI function returns it.
import {main} from '../dist/src/cli/main.js'

// `bilint | head` closes the pipe early: stop quietly, as other CLIs do.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr
})
