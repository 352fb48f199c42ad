// The temporary files of `--fix`: `.<name>.<12 hex digits>.bilint-tmp`, beside
// the file they replace. A process killed with SIGKILL cannot remove its own,
// so each run removes, in the folders it writes to, those that no process has
// touched for ten minutes: a write in progress changes its temporary file at
// every block, and renames it a moment after its last one.

import {randomBytes} from 'node:crypto'
import {lstat, readdir, rm} from 'node:fs/promises'
import path from 'node:path'

const temporaryName = /^\..+\.[0-9a-f]{12}\.bilint-tmp$/s

/** How long a temporary file stays untouched before a run takes it for a dead run's. */
export const staleTemporaryMs = 10 * 60_000

/** A new temporary file's path, in the folder of `target`. */
export function temporaryPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.bilint-tmp`)
}

/** Remove the stale temporary files of `folder`, once per folder in `swept`. A file that cannot be removed is left. */
export async function sweepStaleTemporaries(folder: string, swept: Set<string>): Promise<void> {
  if (swept.has(folder)) return
  swept.add(folder)
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return
  }
  const now = Date.now()
  for (const name of names) {
    if (!temporaryName.test(name)) continue
    const file = path.join(folder, name)
    const info = await lstat(file).catch(() => undefined)
    if (info?.isFile() && now - info.mtimeMs > staleTemporaryMs) await rm(file, {force: true}).catch(() => undefined)
  }
}
