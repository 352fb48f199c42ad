// Timing of one command in a child process: wall time, and peak resident
// memory by GNU time (`/usr/bin/time -f '%e %M'`), so each figure is that
// run's alone and covers its worker threads too.

import {spawnSync} from 'node:child_process'
import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** What one run took. */
export interface Measure {
  seconds: number
  peakMB: number
  exit: number
  /** The last lines of stderr when the run failed (exit 2 and up, or a signal). */
  failure?: string
}

const gnuTime = '/usr/bin/time'
// A marker of our own, since the measured command may write to stderr too.
const marker = 'bilint-bench'
const timeLine = new RegExp(`^${marker} [\\d.]+ (?<kib>\\d+)$`, 'm')

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const bilintBin = path.join(root, 'bin/bilint.js')

const stackLine = /^\s+at /

/** What a failed run said: its stderr without the stack frames and GNU time's lines, first lines only. */
function errorLines(stderr: string): string {
  const lines = stderr
    .replace(timeLine, '')
    .split('\n')
    .filter((line) => line.trim() && !stackLine.test(line) && !line.startsWith('Command exited with'))
  return lines.length > 0 ? `: ${lines.slice(0, 4).join(' / ')}` : ''
}

/** Whether GNU time is installed (`apt-get install time`). */
export function hasGnuTime(): boolean {
  return existsSync(gnuTime)
}

/** Whether a command is on the PATH. */
export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0
}

/**
 * Wall time and peak RSS of `command args` run in `cwd`. `okExits` are the
 * exit codes of a run that did its work (bilint exits 1 when it finds errors).
 */
export function measure(command: string, args: string[], cwd: string, okExits: number[] = [0]): Measure {
  const start = performance.now()
  const run = spawnSync(gnuTime, ['-f', `${marker} %e %M`, command, ...args], {cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe']})
  // GNU time's %e counts hundredths, too coarse for `cat` of 10 MB: the wall
  // time is the parent's clock around the child (it adds about a millisecond).
  const seconds = (performance.now() - start) / 1000
  const match = timeLine.exec(run.stderr ?? '')
  const exit = run.status ?? -1
  const measured: Measure = {seconds, peakMB: (Number(match?.groups?.kib ?? NaN) * 1024) / 1e6, exit}
  if (!okExits.includes(exit) || !match) {
    measured.failure = `exit ${exit}${run.signal ? ` (${run.signal})` : ''}${errorLines(run.stderr ?? '')}`
  }
  return measured
}

/**
 * The floor for reading the input: `cat` of the file, or of every file in
 * the folder, to /dev/null (the child's stdout is ignored, that is /dev/null).
 * It takes a second or less, so the fastest of three runs is kept: on a shared
 * machine one run may wait for a core.
 */
export function measureRead(target: string, cwd: string): Measure {
  const folder = statSync(path.join(cwd, target)).isDirectory()
  const once = () => (folder ? measure('find', [target, '-type', 'f', '-exec', 'cat', '{}', '+'], cwd) : measure('cat', [target], cwd))
  const runs = [once(), once(), once()]
  return runs.reduce((best, run) => (run.seconds < best.seconds ? run : best))
}

/** Run bilint with `args` in `cwd`; exit 1 (lint errors found) is a finished run. */
export function measureBilint(args: string[], cwd: string): Measure {
  return measure(process.execPath, [bilintBin, ...args], cwd, [0, 1])
}
