// Paths bilint writes besides the corpus (`-o`, `--cache-location`): checked
// before the run, so that a path that cannot be written is one line on
// stderr and exit 2, not a stack trace after the whole corpus was linted.

import {accessSync, constants, type Stats, statSync} from 'node:fs'
import path from 'node:path'

/** A path the user gave that bilint cannot write to. */
export class OutputPathError extends Error {}

/** The first existing folder or file at `target` or above it, with its stats. */
function nearestExisting(target: string): {at: string; info?: Stats} {
  for (let at = target; ; at = path.dirname(at)) {
    const info = statOrNothing(at)
    if (info || at === path.dirname(at)) return {at, info}
  }
}

/** A path's stats, or nothing when it is missing or a folder above it is a file (ENOTDIR). */
function statOrNothing(at: string): Stats | undefined {
  try {
    return statSync(at)
  } catch {
    return undefined
  }
}

/**
 * Throw an `OutputPathError` when `target` (absolute; `shown` as the user
 * wrote it) cannot be written as a file: it is a folder, a folder above it is
 * a file, or the file or the folder that would hold it has no write bit
 * (refused even as root, as `--fix` refuses read-only files).
 */
export function checkWritableFile(target: string, shown: string, what: string, cwd: string): void {
  const {at, info} = nearestExisting(target)
  const named = (folder: string) => path.relative(cwd, folder) || '.'
  const fail = (reason: string) => {
    throw new OutputPathError(`Cannot write ${what} to \`${shown}\`: ${reason}`)
  }
  if (!info) return
  if (at === target) {
    if (info.isDirectory()) fail('it is a folder; expected a file path')
    if ((info.mode & 0o222) === 0) fail('the file is read-only')
    if ((statSync(path.dirname(target)).mode & 0o222) === 0) fail(`the folder \`${named(path.dirname(target))}\` is read-only`)
    return
  }
  if (!info.isDirectory()) fail(`\`${named(at)}\` is a file, not a folder`)
  if ((info.mode & 0o222) === 0) fail(`the folder \`${named(at)}\` is read-only`)
  if (!canWrite(at)) fail(`no permission to write in the folder \`${named(at)}\``)
}

/** Whether this process may write in `folder` (a root-owned 0755 folder, to another user, is not writable). */
function canWrite(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK)
    return true
  } catch {
    return false
  }
}

/** The one-line message for an error writing `target`, when the check before the run could not foresee it. */
export function writeFailure(error: unknown, shown: string, what: string): Error {
  const code = (error as NodeJS.ErrnoException).code
  if (code === undefined) return error as Error
  const reasons: Record<string, string> = {
    EISDIR: 'it is a folder; expected a file path',
    ENOTDIR: 'a folder on the path is a file',
    EEXIST: 'a folder on the path is a file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full'
  }
  return new OutputPathError(`Cannot write ${what} to \`${shown}\`: ${reasons[code] ?? code}`)
}
