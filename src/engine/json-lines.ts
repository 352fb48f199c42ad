// A file of JSON values, one a line, appended in order and read back by byte
// range as often as needed: what the message spool keeps its runs and its
// sorted messages in. Writes are gathered into blocks; reads take whole
// lines of a block and parse them as one array (a parse per line costs
// several times as much), which is why each line ends with a comma. JSON
// text never holds a raw line break, so a line break always ends a value.

import {closeSync, openSync, readSync, rmSync, writeSync} from 'node:fs'

const LF = 0x0a
/** Bytes gathered before a write, and read at a time by default. */
const blockBytes = 1 << 20

export class JsonLines {
  #fd: number | undefined
  #pending: string[] = []
  /** UTF-16 code units pending (counting bytes would cost a pass over each line). */
  #pendingLength = 0
  #written = 0

  constructor(readonly filePath: string) {
    this.#fd = openSync(filePath, 'w+')
  }

  /** Bytes appended so far: the end of the last value, for a range (what is pending is written first). */
  get size(): number {
    this.#flush()
    return this.#written
  }

  append(value: unknown): void {
    const line = `${JSON.stringify(value)},\n`
    this.#pending.push(line)
    this.#pendingLength += line.length
    if (this.#pendingLength >= blockBytes / 2) this.#flush()
  }

  /** The values of the lines in `[start, end)`, in order, read `readBytes` at a time. */
  *read(start = 0, end = this.size, readBytes = blockBytes): Generator<unknown> {
    this.#flush()
    const fd = this.#open()
    let block = Buffer.allocUnsafe(Math.min(readBytes, Math.max(1, end - start)))
    let filled = 0
    for (let position = start; position < end; ) {
      // A line longer than the block: grow it.
      if (filled === block.length) block = Buffer.concat([block, Buffer.allocUnsafe(block.length)])
      const read = readSync(fd, block, filled, Math.min(block.length - filled, end - position), position)
      if (read === 0) throw new Error(`Internal error: the spool file ends before byte ${end}`)
      position += read
      filled += read
      const lineEnd = block.lastIndexOf(LF, filled - 1) + 1
      if (lineEnd === 0) continue
      // The lines without the last one's `,\n`: values separated by commas and line breaks, which JSON reads as white space.
      const values = JSON.parse(`[${block.toString('utf8', 0, lineEnd - 2)}]`) as unknown[]
      block.copy(block, 0, lineEnd, filled)
      filled -= lineEnd
      yield* values
    }
    if (filled > 0) throw new Error('Internal error: a spool range does not end a line')
  }

  close(): void {
    if (this.#fd === undefined) return
    closeSync(this.#fd)
    this.#fd = undefined
    this.#pending = []
  }

  /** Close the file and delete it. */
  remove(): void {
    this.close()
    rmSync(this.filePath, {force: true})
  }

  #open(): number {
    if (this.#fd === undefined) throw new Error('Internal error: the spool file was closed')
    return this.#fd
  }

  #flush(): void {
    if (this.#pending.length === 0) return
    const bytes = Buffer.from(this.#pending.join(''))
    this.#pending = []
    this.#pendingLength = 0
    const fd = this.#open()
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done)
    this.#written += bytes.length
  }
}
