// The benchmark's corpora, generated from real text nobody here wrote: the
// Quran in Arabic with an English translation (quran-json, 6,236 verse pairs
// en→ar, in 114 chapters).
//
// Repeating the same pairs would make every repeat an exact duplicate, which
// floods `duplicate-unit` with findings no real corpus has. So copy k of the
// corpus pairs verse i with verse (i + k + 1) mod N, joined by a space on both
// sides: every pair is distinct (for k < N − 1) and both sides stay real,
// aligned text. Verses that the Quran itself repeats stay repeated, as in a
// real corpus.
//
// Files are written in pieces of about 1 MB with synchronous writes, so no
// corpus is ever held in memory whole.

import {closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync, writeSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

/** One aligned pair: English source, Arabic target, and the chapter it opens in. */
export interface Pair {
  source: string
  target: string
  chapter: number
}

interface Chapter {
  id: number
  verses: Array<{text: string; translation: string}>
}

/** What a generator wrote: bytes on disk and segment pairs. */
export interface Written {
  bytes: number
  pairs: number
  files: number
}

const pieceBytes = 1 << 20

/** The verses of quran-json, in order, with their chapter. */
export function loadVerses(): Pair[] {
  const require = createRequire(import.meta.url)
  const chapters = JSON.parse(readFileSync(require.resolve('quran-json/dist/quran_en.json'), 'utf8')) as Chapter[]
  return chapters.flatMap((chapter) => chapter.verses.map((verse) => ({source: verse.translation, target: verse.text, chapter: chapter.id})))
}

/** Pair `index` of copy `copy`: verse i joined with verse (i + copy + 1) mod N, both sides. */
export function distinctPair(verses: Pair[], copy: number, index: number): Pair {
  const first = verses[index]
  const second = verses[(index + copy + 1) % verses.length]
  return {source: `${first.source} ${second.source}`, target: `${first.target} ${second.target}`, chapter: first.chapter}
}

/** Every pair of the corpus, copy after copy, until the caller stops. */
export function* pairs(verses: Pair[]): Generator<Pair> {
  for (let copy = 0; copy < verses.length - 1; copy++) {
    for (let index = 0; index < verses.length; index++) yield distinctPair(verses, copy, index)
  }
  throw new Error('The benchmark corpus ran out of distinct pairs')
}

/** A file written in pieces of about 1 MB. */
class PieceWriter {
  private readonly fd: number
  private pending: string[] = []
  private pendingBytes = 0
  bytes = 0

  constructor(file: string) {
    this.fd = openSync(file, 'w')
  }

  write(text: string): void {
    const size = Buffer.byteLength(text)
    this.pending.push(text)
    this.pendingBytes += size
    this.bytes += size
    if (this.pendingBytes >= pieceBytes) this.flush()
  }

  close(): void {
    this.flush()
    closeSync(this.fd)
  }

  private flush(): void {
    if (this.pending.length > 0) writeSync(this.fd, this.pending.join(''))
    this.pending = []
    this.pendingBytes = 0
  }
}

/** Write `rows(pair)` for the first `count` pairs, or until `megabytes` is reached when count is undefined. */
function writeSegments(file: string, verses: Pair[], header: string, row: (pair: Pair, index: number) => string, limit: {megabytes?: number; count?: number}): Written {
  const out = new PieceWriter(file)
  out.write(header)
  let count = 0
  for (const pair of pairs(verses)) {
    if (limit.count !== undefined ? count >= limit.count : out.bytes >= (limit.megabytes ?? 0) * 1e6) break
    out.write(row(pair, count))
    count++
  }
  out.close()
  return {bytes: out.bytes, pairs: count, files: 1}
}

const tabOrBreak = /[\t\r\n]/g

/** A TSV of about `megabytes` MB: source in column 1, target in column 2, no header. */
export function writeTsv(file: string, verses: Pair[], megabytes: number): Written {
  // Verse texts hold no tab or line break; the replace keeps the file valid if a release adds one.
  const field = (text: string) => text.replace(tabOrBreak, ' ')
  return writeSegments(file, verses, '', (pair) => `${field(pair.source)}\t${field(pair.target)}\n`, {megabytes})
}

/** A PO string: GNU gettext's C escapes for backslash, quote and line break. */
function poString(text: string): string {
  return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"'
}

const poHeader = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ar\\n"\n'

/** The first `limit.count` pairs (the content of the TSV of that many rows), or about `limit.megabytes` MB, as a PO file. */
export function writePo(file: string, verses: Pair[], limit: {megabytes?: number; count?: number}): Written {
  const entry = (pair: Pair, index: number) => `\n#: quran:${pair.chapter}:${index + 1}\nmsgid ${poString(pair.source)}\nmsgstr ${poString(pair.target)}\n`
  return writeSegments(file, verses, poHeader, entry, limit)
}

/**
 * Combined documents of about `megabytes` MB in `folder`: one chapter per
 * file, its English paragraphs (one pair per line), then its Arabic ones;
 * copy k in sub-folder `copy-k`. Whole chapters, so the size is reached or
 * just passed.
 */
export function writeDocuments(folder: string, verses: Pair[], megabytes: number): Written {
  const written: Written = {bytes: 0, pairs: 0, files: 0}
  for (let copy = 0; written.bytes < megabytes * 1e6; copy++) {
    const copyFolder = path.join(folder, `copy-${copy}`)
    mkdirSync(copyFolder, {recursive: true})
    let start = 0
    while (start < verses.length && written.bytes < megabytes * 1e6) {
      let end = start
      while (end < verses.length && verses[end].chapter === verses[start].chapter) end++
      const chapter: Pair[] = []
      for (let index = start; index < end; index++) chapter.push(distinctPair(verses, copy, index))
      const text = chapter.map((pair) => pair.source).join('\n') + '\n' + chapter.map((pair) => pair.target).join('\n') + '\n'
      writeFileSync(path.join(copyFolder, `chapter-${verses[start].chapter}.txt`), text)
      written.bytes += Buffer.byteLength(text)
      written.pairs += chapter.length
      written.files++
      start = end
    }
  }
  return written
}

/** Copy bytes `start` to `end` of the open file `fd` to a new file. */
function copyRange(fd: number, start: number, end: number, file: string): void {
  const out = openSync(file, 'w')
  const block = Buffer.allocUnsafe(pieceBytes)
  for (let at = start; at < end; ) {
    const read = readSync(fd, block, 0, Math.min(block.length, end - at), at)
    if (read === 0) break
    writeSync(out, block, 0, read)
    at += read
  }
  closeSync(out)
}

/**
 * Cut a file of lines in two at the first line break after its middle byte:
 * `name.half-1.tsv` and `name.half-2.tsv` beside it, every line in one of
 * them. For the machine's ceiling on two cores: a single-threaded run on each
 * half at the same time.
 */
export function writeHalves(file: string): [string, string] {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    const probe = Buffer.allocUnsafe(1 << 16)
    let cut = size
    for (let at = Math.floor(size / 2); at < size; at += probe.length) {
      const read = readSync(fd, probe, 0, probe.length, at)
      const lineBreak = probe.subarray(0, read).indexOf('\n')
      if (lineBreak >= 0) {
        cut = at + lineBreak + 1
        break
      }
    }
    const extension = path.extname(file)
    const halves = [1, 2].map((half) => `${file.slice(0, file.length - extension.length)}.half-${half}${extension}`) as [string, string]
    copyRange(fd, 0, cut, halves[0])
    copyRange(fd, cut, size, halves[1])
    return halves
  } finally {
    closeSync(fd)
  }
}
