// Temporary folders of a run (the message spool, fingerprint buckets), in
// the system's temporary folder: removed when their user is done with them,
// and otherwise at exit and on SIGINT or SIGTERM, so a run that fails or is
// cancelled leaves nothing behind (a spool of a large corpus is gigabytes).

import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {onInterrupt} from './interrupt.js'

export interface TempFolder {
  readonly path: string
  /** Remove the folder and what it holds; a second call does nothing. */
  remove(): void
}

const live = new Set<TempFolder>()
let hooksInstalled = false

function removeAll(): void {
  for (const folder of live) folder.remove()
}

/** A new folder `<tmpdir>/<prefix>XXXXXX`, removed at exit if nobody removes it before. */
export function tempFolder(prefix: string): TempFolder {
  // The handlers first: a signal between the folder and them would leave it behind.
  if (!hooksInstalled) {
    hooksInstalled = true
    process.once('exit', removeAll)
    onInterrupt(removeAll)
  }
  const folderPath = mkdtempSync(path.join(tmpdir(), prefix))
  const folder: TempFolder = {
    path: folderPath,
    remove() {
      if (!live.delete(folder)) return
      rmSync(folderPath, {recursive: true, force: true})
    }
  }
  live.add(folder)
  return folder
}
