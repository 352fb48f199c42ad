// The progress display of long runs on a terminal's stderr.

import type {RunProgress} from '../lint-task.js'
import type {CliIo} from './io.js'

const thousands = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0})

/** A size in the unit the total is best read in: `41.2/400.0 MB`. */
function sizes(done: number, total: number): string {
  const [divisor, unit] = total >= 1e9 ? [1e9, 'GB'] : total >= 1e6 ? [1e6, 'MB'] : [1e3, 'kB']
  return `${(done / divisor).toFixed(1)}/${(total / divisor).toFixed(1)} ${unit}`
}

/** A rate of bytes: `4.1 MB/s`. */
function byteRate(perSecond: number): string {
  const [divisor, unit] = perSecond >= 1e9 ? [1e9, 'GB'] : perSecond >= 1e6 ? [1e6, 'MB'] : [1e3, 'kB']
  return `${(perSecond / divisor).toFixed(1)} ${unit}/s`
}

/** Seconds left as a person reads them: `45s`, `1m 28s`, `2h 05m`. */
function duration(seconds: number): string {
  const whole = Math.ceil(seconds)
  if (whole < 60) return `${whole}s`
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${String(whole % 60).padStart(2, '0')}s`
  return `${Math.floor(whole / 3600)}h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`
}

/**
 * `bilint: 41.2/400.0 MB (10%), 52,310 units (5,231/s), 4.1 MB/s, ETA 1m 28s`.
 * The rates count what was linted since the run started, not what came from
 * the cache; the time left is the bytes left at the byte rate.
 */
export function describeProgress(progress: RunProgress, seconds: number): string {
  const {bytes, totalBytes, units, cachedBytes, cachedUnits} = progress
  const parts = [`${sizes(bytes, totalBytes)} (${Math.floor((100 * bytes) / totalBytes)}%)`, `${thousands.format(units)} units`]
  const linted = bytes - cachedBytes
  if (linted > 0 && seconds > 0) {
    const perSecond = linted / seconds
    parts[1] += ` (${thousands.format((units - cachedUnits) / seconds)}/s)`
    parts.push(byteRate(perSecond), `ETA ${duration((totalBytes - bytes) / perSecond)}`)
  }
  return `bilint: ${parts.join(', ')}`
}

/**
 * A one-line progress display, redrawn in place at most every 100 ms and
 * cleared at the end, for runs that take a while: bytes and units done,
 * their rates and the time left (`describeProgress`), or without `progress`
 * (or sizes), the inputs done (`bilint: 120/4000 inputs (3%)`).
 */
export function progressLine(stderr: CliIo['stderr'], clock: () => number = Date.now): (done: number, total: number, progress?: RunProgress) => void {
  const started = clock()
  let drawn = 0
  return (done, total, progress) => {
    const now = clock()
    if (done === total) {
      if (drawn > 0) stderr.write('\r\u001B[K')
      return
    }
    if (now - started < 1000 || now - drawn < 100) return
    drawn = now
    const line = progress && progress.totalBytes > 0 ? describeProgress(progress, (now - started) / 1000) : `bilint: ${done}/${total} inputs (${Math.round((100 * done) / total)}%)`
    stderr.write(`\r\u001B[K${line}`)
  }
}
