#!/usr/bin/env node
// The only place that sets the exit code: the CLI function returns it.
import {main} from '../dist/src/cli/main.js'

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr
})
