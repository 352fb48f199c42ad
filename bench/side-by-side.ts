// Runs the commands given as a JSON array of argument lists at the same time,
// and exits once all have, with the highest exit code (128 for a signal).
// The benchmark times it like any command (bench/measure.ts): two
// single-threaded bilint runs, each on half of a TSV, side by side, are what
// this machine gives two cores at that moment, the ceiling for
// `--concurrency 2`.

import {spawn} from 'node:child_process'

const commands = JSON.parse(process.argv[2] ?? '[]') as string[][]
let worst = 0
await Promise.all(
  commands.map(
    ([command, ...args]) =>
      new Promise<void>((resolve) => {
        const child = spawn(command, args, {stdio: ['ignore', 'ignore', 'inherit']})
        child.on('error', (error) => {
          process.stderr.write(`${command}: ${error.message}\n`)
          worst = Math.max(worst, 127)
          resolve()
        })
        child.on('close', (code) => {
          worst = Math.max(worst, code ?? 128)
          resolve()
        })
      })
  )
)
process.exitCode = worst
