// What a corpus file was when bilint read it: its kind (only regular files
// are read), and its size, modification time and a hash of its bytes, which
// `--fix` compares before it replaces the file, so that an edit made while
// bilint was linting is not overwritten.

import {createHash} from 'node:crypto'
import {constants, type Stats} from 'node:fs'
import {open} from 'node:fs/promises'

export interface FileStamp {
  size: number
  mtimeMs: number
  /** SHA-256 of the bytes, in hex. */
  hash: string
}

/** The kind of a file that is not a regular one, in words (`a FIFO`), or `undefined` for a regular file. */
export function irregularKind(info: Stats): string | undefined {
  if (info.isFile()) return undefined
  if (info.isFIFO()) return 'a FIFO'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  if (info.isDirectory()) return 'a folder'
  return 'not a file'
}

/** The fatal message of an input that is not a regular file: reading a FIFO would wait for a writer forever. */
export function irregularFileMessage(kind: string): string {
  return `Not a regular file (${kind}): not read`
}

export function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function stampOf(bytes: Uint8Array, info: Stats): FileStamp {
  return {size: info.size, mtimeMs: info.mtimeMs, hash: hashOf(bytes)}
}

/**
 * A file's bytes and stamp, read through one handle; or, for a file that is
 * not a regular one, its kind. It is opened without blocking, so that a FIFO
 * is refused rather than waited on.
 */
export async function readStamped(filePath: string): Promise<{bytes: Buffer; stamp: FileStamp} | {irregular: string}> {
  const handle = await open(filePath, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await handle.stat()
    const kind = irregularKind(info)
    if (kind) return {irregular: kind}
    const bytes = await handle.readFile()
    return {bytes, stamp: stampOf(bytes, info)}
  } finally {
    await handle.close()
  }
}
