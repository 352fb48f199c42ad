// Writing fixed files: atomically (a temporary file in the same folder,
// synced, then renamed over the original), in the file's own encoding, with
// its BOM, mode, owner and group, and only over the bytes that were read.
// Only the fixed spans differ: the text is the file's decoded text with the
// edits applied, and line endings were never touched.
//
// Written by hand rather than with write-file-atomic: version 7 renames a
// partly written temporary file over the original when the disk fills up
// (it does not check the bytes written), which truncates the corpus file.
// `FileHandle.writeFile` loops until every byte is written or throws ENOSPC.

import {rmSync, type Stats} from 'node:fs'
import {open, realpath, rename, rm, stat, type FileHandle} from 'node:fs/promises'
import path from 'node:path'
import {onInterrupt} from '../engine/interrupt.js'
import type {SourceFile} from '../engine/types.js'
import {encodeSingleByte, isUtf16, singleByteTable} from './encoding.js'
import {type FileStamp, readStamped} from './file-stamp.js'
import {InputError, lineStartsOf, positionIn} from './source-file.js'
import {sweepStaleTemporaries, temporaryPathFor} from './temporary-files.js'

/**
 * The bytes of `text` in the file's own encoding, with its BOM if it had one.
 * A legacy single-byte encoding goes through the inverse of its decode table;
 * a fix it cannot represent, or a multi-byte legacy encoding (Node has no
 * encoder for them), raises an `InputError`, and the file is left as it is.
 */
export function encodeText(text: string, {bom, encoding}: Pick<SourceFile, 'bom' | 'encoding'>): Buffer {
  const full = (bom ? '\uFEFF' : '') + text
  if (encoding === 'utf-8') return Buffer.from(full, 'utf8')
  if (!isUtf16(encoding)) return encodeLegacy(full, encoding)
  const bytes = Buffer.from(full, 'utf16le')
  return encoding === 'utf-16be' ? bytes.swap16() : bytes
}

function encodeLegacy(text: string, encoding: string): Buffer {
  const table = singleByteTable(encoding)
  if (!table) {
    throw new InputError(`Fixes not written: bilint reads ${encoding} but cannot write it (a multi-byte legacy encoding); convert the file to UTF-8 to fix it`)
  }
  const encoded = encodeSingleByte(text, table)
  if ('bytes' in encoded) return encoded.bytes
  const at = encoded.unencodable
  const char = String.fromCodePoint(text.codePointAt(at)!)
  const {line, column} = positionIn({firstLine: 1, starts: lineStartsOf(text)}, at)
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
  throw new InputError(`Fixes not written: \`${char}\` (${code}) at ${line}:${column} of the fixed text has no byte in ${encoding}; the file is unchanged`)
}

/** Temporary files being written, removed if the process is interrupted. */
const pending = new Set<string>()

function removePending(): void {
  for (const file of pending) rmSync(file, {force: true})
}

/**
 * Refuse to replace a file that is no longer the one bilint read: the same
 * size, modification time and bytes. An edit made while bilint was linting
 * is kept, and the fixes are not written. (The check comes right before the rename; an edit
 * in between those two steps is still lost.)
 */
async function checkUnchanged(target: string, stamp: FileStamp | undefined): Promise<void> {
  if (!stamp) return
  const changed = new InputError('File changed while bilint was fixing it: fixes not written')
  const info = await stat(target)
  if (info.size !== stamp.size || info.mtimeMs !== stamp.mtimeMs) throw changed
  const now = await readStamped(target)
  if ('irregular' in now || now.stamp.size !== stamp.size || now.stamp.mtimeMs !== stamp.mtimeMs || now.stamp.hash !== stamp.hash) throw changed
}

/**
 * Give the temporary file the owner and group of the file it replaces. Only
 * root may give a file away: without privilege, a file that is ours keeps
 * us as its owner (its group may become ours), and another user's is refused.
 */
async function keepOwner(handle: FileHandle, info: Stats): Promise<void> {
  try {
    await handle.chown(info.uid, info.gid)
  } catch {
    if (info.uid !== process.geteuid?.()) throw new InputError(`File belongs to another user (uid ${info.uid}): fixes not written, as the fixed file would be ours`)
  }
}

async function writeAtomically(target: string, bytes: Buffer, info: Stats, stamp: FileStamp | undefined): Promise<void> {
  onInterrupt(removePending)
  const temporary = temporaryPathFor(target)
  const mode = info.mode & 0o7777
  pending.add(temporary)
  let handle: FileHandle | undefined
  try {
    handle = await open(temporary, 'wx', mode)
    await keepOwner(handle, info)
    await handle.writeFile(bytes)
    // After the chown, which clears set-id bits; the umask may also have narrowed the mode given to `open`.
    await handle.chmod(mode)
    await handle.sync()
    await handle.close()
    handle = undefined
    await checkUnchanged(target, stamp)
    await rename(temporary, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    // The error that stopped the write is the one to report, not a failure to clean up after it.
    await rm(temporary, {force: true}).catch(() => undefined)
    throw error
  } finally {
    pending.delete(temporary)
  }
}

/**
 * Write a fixed file over the file it was read from. A symlink is written
 * through: its target gets the fixed text, the link stays a link. The file
 * keeps its owner, group and mode. It is not written when it or its folder
 * has no write bit (root may write anywhere, but such a file is still not
 * ours to change), when it has several hard links (the rename would split
 * them; a write in place could be cut short and truncate it), or when it
 * changed since it was read. `swept` holds the folders whose stale temporary
 * files this run has removed already.
 */
export async function writeFixedFile(
  filePath: string,
  text: string,
  original: Pick<SourceFile, 'bom' | 'encoding' | 'stamp'>,
  swept: Set<string> = new Set()
): Promise<void> {
  const target = await realpath(filePath)
  const info = await stat(target)
  if ((info.mode & 0o222) === 0) throw new InputError('File is read-only: fixes not written')
  if (info.nlink > 1) {
    throw new InputError(`File has ${info.nlink} hard links: fixes not written, as replacing it would split them; fix a copy, or remove the other links first`)
  }
  const folder = path.dirname(target)
  if (((await stat(folder)).mode & 0o222) === 0) throw new InputError('Folder is read-only: fixes not written')
  const bytes = encodeText(text, original)
  await sweepStaleTemporaries(folder, swept)
  await writeAtomically(target, bytes, info, original.stamp)
}
