// Writing a report file.

import {open} from 'node:fs/promises'

/**
 * Write a report file a megabyte of text at a time: a large corpus's JSON is
 * tens of megabytes, and \`writeFile\` would encode it all into one buffer
 * beside the string, at the run's peak of memory. A piece never ends
 * between the two halves of a surrogate pair.
 */
export async function writeInPieces(target: string, text: string, pieceLength = 1 << 20): Promise<void> {
  const handle = await open(target, 'w')
  try {
    for (let start = 0; start < text.length; ) {
      let end = Math.min(text.length, start + pieceLength)
      const last = text.charCodeAt(end - 1)
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--
      const bytes = Buffer.from(text.slice(start, end))
      for (let written = 0; written < bytes.length; ) written += (await handle.write(bytes, written)).bytesWritten
      start = end
    }
  } finally {
    await handle.close()
  }
}
