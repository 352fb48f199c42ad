// The progress display of long runs on a terminal's stderr.

import type {CliIo} from './io.js'

/**
 * A one-line progress display (`bilint: 120/4000 files`), redrawn in place at
 * most every 100 ms and cleared at the end, for runs that take a while.
 */
export function progressLine(stderr: CliIo['stderr'], clock: () => number = Date.now): (done: number, total: number) => void {
  const started = clock()
  let drawn = 0
  return (done, total) => {
    const now = clock()
    if (done === total) {
      if (drawn > 0) stderr.write('\r\u001B[K')
      return
    }
    if (now - started < 1000 || now - drawn < 100) return
    drawn = now
    stderr.write(`\r\u001B[Kbilint: ${done}/${total} inputs (${Math.round((100 * done) / total)}%)`)
  }
}
