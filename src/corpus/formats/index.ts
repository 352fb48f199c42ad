// The segment readers, by format.

import type {Languages} from '../../text/languages.js'
import type {FileRange, TextCache} from './lines.js'
import {readMoses} from './moses.js'
import type {SegmentInput} from './plan.js'
import {type PlaceholderSetting, protectSetting} from '../../text/lexical/syntaxes.js'
import {readPo} from './po.js'
import type {SegmentItem} from './setting.js'
import {readTsv} from './tsv.js'

/**
 * A reader loaded at its first use: TMX and XLIFF need saxes (16–40 ms to
 * load), which a corpus of TSV or documents never does.
 */
async function* loadedReader(load: () => Promise<AsyncGenerator<SegmentItem>>): AsyncGenerator<SegmentItem> {
  yield* await load()
}

/**
 * The units of a segment input; `cache` holds texts to read instead of the
 * disk (the fix loop's fixed files); `range` is a chunk of a TSV, PO or JSONL
 * file (see `src/corpus/chunks.ts`).
 */
export function readSegments(input: Exclude<SegmentInput, {layout: 'problem'}> & {placeholders?: readonly PlaceholderSetting[]}, languages: Languages, cache?: TextCache, range?: FileRange): AsyncGenerator<SegmentItem> {
  const protect = protectSetting('segment', input.placeholders)
  if (input.layout === 'moses') return readMoses(input.sourcePath, input.targetPath, languages, protect, cache)
  const {path, format} = input
  switch (format.name) {
    case 'tsv':
      return readTsv(path, languages, format, protect, cache, range)
    case 'po':
      return readPo(path, languages, format, protect, cache, range)
    case 'jsonl':
      return loadedReader(async () => (await import('./jsonl.js')).readJsonl(path, languages, format, protect, cache, range))
    case 'tmx':
      return loadedReader(async () => (await import('./tmx.js')).readTmx(path, languages, protect, cache))
    case 'xliff':
      return loadedReader(async () => (await import('./xliff.js')).readXliff(path, languages, format, protect, cache))
    case 'moses':
      throw new Error('A Moses corpus is a pair of files, planned by `planSegmentInput`')
  }
}
