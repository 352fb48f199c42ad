#!/usr/bin/env node
// The only place that sets the exit code: the CLI function returns it.
import v8 from 'node:v8'
import {main} from '../dist/src/cli/main.js'

// V8 lets the heap grow to up to four times what survived its last full
// collection before collecting again. A run keeps about 50 MB alive however
// large the corpus, but lints units at a pace that made its peak 360–500 MB
// on 100 MB of TSV; half again what survived keeps the peak near the live
// size, at a small cost in time (figures in bench/README.md). Threads share
// the setting. Programs that use the API keep their own.
v8.setFlagsFromString('--heap-growing-percent=50')
// The young generation in semi-spaces of at most 2 MB, not grown past that:
// a unit's garbage is small and short-lived, and the main thread's young
// generation otherwise grows to tens of MB that a large run's peak keeps.
v8.setFlagsFromString('--max-semi-space-size=2')
v8.setFlagsFromString('--semi-space-growth-factor=1')

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
