// Writing fixed files: atomically (a temporary file in the same folder, then
// a rename, by write-file-atomic), with the BOM the file had, and its mode.
// Only the fixed spans differ: the text is the file's decoded text with the
// edits applied, and line endings were never normalised.

import {stat} from 'node:fs/promises'
import writeFileAtomic from 'write-file-atomic'
import {InputError} from './source-file.js'

export async function writeFixedFile(path: string, text: string, bom: boolean): Promise<void> {
  const info = await stat(path)
  // Root may write anywhere; a file without write bits is still not ours to change.
  if ((info.mode & 0o222) === 0) throw new InputError('File is read-only: fixes not written')
  await writeFileAtomic(path, (bom ? '\uFEFF' : '') + text, {encoding: 'utf8', mode: info.mode & 0o7777})
}
