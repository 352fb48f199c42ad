// Writing fixed files: atomically (a temporary file in the same folder,
// synced, then renamed over the original), in the file's own encoding, with
// its BOM and its mode. Only the fixed spans differ: the text is the file's
// decoded text with the edits applied, and line endings were never touched.
//
// Written by hand rather than with write-file-atomic: version 7 renames a
// partly written temporary file over the original when the disk fills up
// (it does not check the bytes written), which truncates the corpus file.
// `FileHandle.writeFile` loops until every byte is written or throws ENOSPC.

import {randomBytes} from 'node:crypto'
import {rmSync} from 'node:fs'
import {chmod, open, rename, rm, stat, type FileHandle} from 'node:fs/promises'
import path from 'node:path'
import {onInterrupt} from '../engine/interrupt.js'
import type {SourceFile} from '../engine/types.js'
import {encodeSingleByte, isUtf16, singleByteTable} from './encoding.js'
import {InputError, lineStartsOf, positionIn} from './source-file.js'

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

async function writeAtomically(target: string, bytes: Buffer, mode: number): Promise<void> {
  onInterrupt(removePending)
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.bilint-tmp`)
  pending.add(temporary)
  let handle: FileHandle | undefined
  try {
    handle = await open(temporary, 'wx', mode)
    await handle.writeFile(bytes)
    await handle.sync()
    await handle.close()
    handle = undefined
    // The umask may have narrowed the mode given to `open`.
    await chmod(temporary, mode)
    await rename(temporary, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await rm(temporary, {force: true})
    throw error
  } finally {
    pending.delete(temporary)
  }
}

export async function writeFixedFile(filePath: string, text: string, original: Pick<SourceFile, 'bom' | 'encoding'>): Promise<void> {
  const info = await stat(filePath)
  // Root may write anywhere; a file without write bits is still not ours to change.
  if ((info.mode & 0o222) === 0) throw new InputError('File is read-only: fixes not written')
  await writeAtomically(filePath, encodeText(text, original), info.mode & 0o7777)
}
