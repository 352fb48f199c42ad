// Helpers for the segment-format tests: read a file through the reader the
// CLI uses, and check positions and edits against the file's own text.

import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect} from 'vitest'
import {planInputs} from '../../src/corpus/layout.js'
import {readInput} from '../../src/corpus/read.js'
import {createSourceFile, positionAt} from '../../src/corpus/source-file.js'
import type {FormatSetting} from '../../src/corpus/formats/setting.js'
import type {Directive} from '../../src/engine/directives.js'
import type {Side, Unit} from '../../src/engine/types.js'

export const enAr = {source: 'en', target: 'ar'}

export interface Read {
  /** Translated units. */
  units: Unit[]
  /** Units of entries nobody has translated (PO). */
  untranslated: Unit[]
  problems: Array<{file: string; message: string; line: number; column: number}>
  directives: Array<{file: string; directive: Directive}>
  /** Entries left out: fuzzy PO entries. */
  skipped: number
}

/** Write `files` (name → text) to a fresh temporary folder; returns absolute paths by name. */
export function writeFiles(files: Record<string, string>): Record<string, string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bilint-formats-'))
  const paths: Record<string, string> = {}
  for (const [name, text] of Object.entries(files)) {
    paths[name] = path.join(folder, name)
    writeFileSync(paths[name], text)
  }
  return paths
}

/** Plan and read files as `lintCorpus` does. */
export async function readFiles(files: string[], format?: FormatSetting, languages = enAr): Promise<Read> {
  const read: Read = {units: [], untranslated: [], problems: [], directives: [], skipped: 0}
  for (const input of planInputs(files, languages, () => format)) {
    for await (const item of readInput(input, languages)) {
      if ('unit' in item) (item.unit.untranslated ? read.untranslated : read.units).push(item.unit)
      else if ('directive' in item) read.directives.push({file: path.basename(item.filePath), directive: item.directive})
      else if ('skipped' in item) read.skipped++
      else read.problems.push({file: path.basename(item.filePath), message: item.problem.message, line: item.problem.position?.line ?? 1, column: item.problem.position?.column ?? 1})
    }
  }
  return read
}

/** The file's decoded text, as fix ranges count it (BOM excluded). */
export function fileText(filePath: string): string {
  return readFileSync(filePath, 'utf8').replace(/^\uFEFF/, '')
}

/** Check that `position` agrees with the file's own lines at every offset of the side. */
export function expectPositionsMatchFile(side: Side) {
  // The whole-file positions of the document readers, computed independently of the segment reader's.
  const file = createSourceFile(side.filePath, fileText(side.filePath))
  const offsets = Array.from({length: side.text.length + 1}, (_, offset) => offset)
  expect(offsets.map((offset) => side.position(offset))).toEqual(offsets.map((offset) => positionAt(file, side.toFileOffset(offset))))
}

/** Apply one edit of a side's text to its file, as the fix engine does, and return the new file text. */
export function applyEdit(side: Side, [start, end]: readonly [number, number], replacement: string): string {
  const text = fileText(side.filePath)
  const from = side.toFileOffset(start)
  const to = side.toFileOffset(end)
  const edited = text.slice(0, from) + side.encode(replacement) + text.slice(to)
  writeFileSync(side.filePath, edited)
  return edited
}

/** `[start, end)` of the first occurrence of `needle` in a side's text. */
export function spanOf(side: Side, needle: string): [number, number] {
  const start = side.text.indexOf(needle)
  expect(start, `\`${needle}\` in \`${side.text}\``).toBeGreaterThanOrEqual(0)
  return [start, start + needle.length]
}
