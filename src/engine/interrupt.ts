// What a run must clean up when it is interrupted (Ctrl-C, a CI job
// cancelled): temporary files of `--fix` writes, corpus-wide states on disk.
// The handlers are installed on first need, run every cleanup, and then let
// the process die of the same signal, so the caller sees how it ended.

const cleanups = new Set<() => void>()
let installed = false

function cleanUpAndDie(signal: NodeJS.Signals): void {
  for (const cleanup of cleanups) cleanup()
  process.removeListener('SIGINT', cleanUpAndDie)
  process.removeListener('SIGTERM', cleanUpAndDie)
  process.kill(process.pid, signal)
}

/** Run `cleanup` if SIGINT or SIGTERM ends the process. */
export function onInterrupt(cleanup: () => void): void {
  cleanups.add(cleanup)
  if (installed) return
  installed = true
  process.once('SIGINT', cleanUpAndDie)
  process.once('SIGTERM', cleanUpAndDie)
}
