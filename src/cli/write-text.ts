// Writing a report file.

import {open} from 'node:fs/promises'

/**
 * Write a report file from its pieces, a megabyte of text at a time: a large
 * corpus's JSON is hundreds of megabytes, and \`writeFile\` would encode it
 * all into one buffer beside the string, at the run's peak of memory. Small
 * pieces are gathered, a long one is cut, never between the two halves of a
 * surrogate pair.
 */
export async function writeInPieces(target: string, pieces: Iterable<string>, pieceLength = 1 << 20): Promise<void> {
  const handle = await open(target, 'w')
  const write = async (text: string): Promise<void> => {
    const bytes = Buffer.from(text)
    for (let written = 0; written < bytes.length; ) written += (await handle.write(bytes, written)).bytesWritten
  }
  try {
    let gathered = ''
    for (const piece of pieces) {
      gathered += piece
      if (gathered.length < pieceLength) continue
      let start = 0
      while (gathered.length - start >= pieceLength) {
        let end = start + pieceLength
        const last = gathered.charCodeAt(end - 1)
        if (last >= 0xd800 && last <= 0xdbff && end - 1 > start) end--
        await write(gathered.slice(start, end))
        start = end
      }
      gathered = gathered.slice(start)
    }
    if (gathered) await write(gathered)
  } finally {
    await handle.close()
  }
}
