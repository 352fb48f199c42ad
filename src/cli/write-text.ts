// Writing a report: to a file or to stdout, a piece at a time.

import {mkdir, open} from 'node:fs/promises'
import path from 'node:path'
import {writeFailure} from './output-path.js'

/** A report on stdout is written in blocks of this many code units, not a call per piece. */
const stdoutBlock = 1 << 16

/**
 * The pieces joined into blocks of at least `blockLength` code units (the
 * last one shorter), never cut between the two halves of a surrogate pair:
 * a formatter's pieces can be one per message, and a write per message is
 * a system call per message.
 */
export function* inBlocks(pieces: Iterable<string>, blockLength: number): Generator<string> {
  let gathered = ''
  for (const piece of pieces) {
    gathered += piece
    if (gathered.length < blockLength) continue
    let start = 0
    while (gathered.length - start >= blockLength) {
      let end = start + blockLength
      const last = gathered.charCodeAt(end - 1)
      if (last >= 0xd800 && last <= 0xdbff && end - 1 > start) end--
      yield gathered.slice(start, end)
      start = end
    }
    gathered = gathered.slice(start)
  }
  if (gathered) yield gathered
}

/**
 * Write a report file from its pieces, a megabyte of text at a time: a large
 * corpus's JSON is hundreds of megabytes, and `writeFile` would encode it
 * all into one buffer beside the string, at the run's peak of memory.
 */
export async function writeInPieces(target: string, pieces: Iterable<string>, pieceLength = 1 << 20): Promise<void> {
  const handle = await open(target, 'w')
  try {
    for (const block of inBlocks(pieces, pieceLength)) {
      const bytes = Buffer.from(block)
      for (let written = 0; written < bytes.length; ) written += (await handle.write(bytes, written)).bytesWritten
    }
  } finally {
    await handle.close()
  }
}

/**
 * Write a report's pieces to `outputFile` (relative to the working folder),
 * or else to stdout, where a report that does not end a line gets a line
 * break and an empty one prints nothing.
 */
export async function writeReport(
  pieces: Iterable<string>,
  outputFile: string | undefined,
  io: {cwd: string; stdout: {write(text: string): unknown}}
): Promise<void> {
  if (outputFile) {
    const target = path.resolve(io.cwd, outputFile)
    try {
      await mkdir(path.dirname(target), {recursive: true})
      await writeInPieces(target, pieces)
    } catch (error) {
      throw writeFailure(error, outputFile, 'the report')
    }
    return
  }
  let last = ''
  for (const block of inBlocks(pieces, stdoutBlock)) {
    io.stdout.write(block)
    last = block
  }
  if (last && !last.endsWith('\n')) io.stdout.write('\n')
}
