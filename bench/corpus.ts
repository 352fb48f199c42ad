// The benchmark's TSV: the news entries of bench/news-po.ts as segment pairs
// (source in column 1, target in column 2, no header), where every fifth row
// repeats an earlier pair: 20 % of the rows are duplicates, as in a scraped
// parallel corpus. The news text repeats itself as well (a dateline or a
// quote has 12 variants), so `duplicate-unit` reports more than the planted
// 20 %: about half the rows of a large file are findings, which is what the
// memory target asks of a run (issue #22: about a million on 400 MB).
//
// The repeated pair is drawn from a reservoir of earlier pairs (Vitter's
// algorithm R), so a repeat may come from anywhere before it and the writer
// holds 4,096 pairs, not the corpus. The draws come from Python's generator
// seeded with 22 (bench/python-random.ts): the file is the same every run.

import {newsEntries, writePieces, type NewsEntry, type Written} from './news-po.js'
import {PythonRandom} from './python-random.js'

const reservoirSize = 4096
/** One row in `repeatEvery` repeats an earlier pair. */
const repeatEvery = 5

export interface TsvWritten extends Written {
  /** Rows that repeat an earlier row. */
  repeats: number
}

const tabOrBreak = /[\t\r\n]/g
/** News texts hold no tab or line break; the replace keeps the TSV valid if a template gains one. */
const field = (text: string) => text.replace(tabOrBreak, ' ')

/** The TSV's rows, until `megabytes` MB (10⁶ bytes) are reached; `written` counts them as they go. */
function* rows(megabytes: number, written: TsvWritten): Generator<string> {
  const random = new PythonRandom(22)
  const reservoir: NewsEntry[] = []
  const entries = newsEntries()
  let distinct = 0
  let bytes = 0
  for (let row = 0; bytes < megabytes * 1e6; row++) {
    let pair: NewsEntry
    if (row % repeatEvery === repeatEvery - 1) {
      pair = reservoir[Math.floor(random.random() * reservoir.length)]
      written.repeats++
    } else {
      pair = entries.next().value as NewsEntry
      if (distinct < reservoirSize) reservoir.push(pair)
      else {
        const slot = Math.floor(random.random() * (distinct + 1))
        if (slot < reservoirSize) reservoir[slot] = pair
      }
      distinct++
    }
    const line = `${field(pair.source)}\t${field(pair.target)}\n`
    bytes += Buffer.byteLength(line)
    written.pairs++
    yield line
  }
}

/** A TSV of about `megabytes` MB, 20 % of its rows repeats of earlier ones. */
export function writeTsv(file: string, megabytes: number): TsvWritten {
  const written: TsvWritten = {bytes: 0, pairs: 0, files: 1, repeats: 0}
  written.bytes = writePieces(file, rows(megabytes, written))
  return written
}
