// Writing fixed files: atomically (a temporary file in the same folder, then
// a rename, by write-file-atomic), with the BOM the file had, and its mode.
// Only the fixed spans differ: the text is the file's decoded text with the
// edits applied, and line endings were never normalised.

import {stat} from 'node:fs/promises'
import writeFileAtomic from 'write-file-atomic'
import type {SourceFile} from '../engine/types.js'
import {InputError} from './source-file.js'

/** The bytes of `text` in the file's own encoding, with its BOM if it had one. */
export function encodeText(text: string, {bom, encoding}: Pick<SourceFile, 'bom' | 'encoding'>): Buffer {
  const full = (bom ? '\uFEFF' : '') + text
  if (encoding === 'utf-8') return Buffer.from(full, 'utf8')
  const bytes = Buffer.from(full, 'utf16le')
  return encoding === 'utf-16be' ? bytes.swap16() : bytes
}

export async function writeFixedFile(path: string, text: string, original: Pick<SourceFile, 'bom' | 'encoding'>): Promise<void> {
  const info = await stat(path)
  // Root may write anywhere; a file without write bits is still not ours to change.
  if ((info.mode & 0o222) === 0) throw new InputError('File is read-only: fixes not written')
  await writeFileAtomic(path, encodeText(text, original), {mode: info.mode & 0o7777})
}
