// The segment readers, by format.

import type {Languages} from '../../text/languages.js'
import {readJsonl} from './jsonl.js'
import type {FileRange, TextCache} from './lines.js'
import {readMoses} from './moses.js'
import type {SegmentInput} from './plan.js'
import {readPo} from './po.js'
import type {SegmentItem} from './setting.js'
import {readTmx} from './tmx.js'
import {readTsv} from './tsv.js'
import {readXliff} from './xliff.js'

/**
 * The units of a segment input; `cache` holds texts to read instead of the
 * disk (the fix loop's fixed files); `range` is a chunk of a TSV, PO or JSONL
 * file (see `src/corpus/chunks.ts`).
 */
export function readSegments(input: Exclude<SegmentInput, {layout: 'problem'}>, languages: Languages, cache?: TextCache, range?: FileRange): AsyncGenerator<SegmentItem> {
  if (input.layout === 'moses') return readMoses(input.sourcePath, input.targetPath, languages, cache)
  const {path, format} = input
  switch (format.name) {
    case 'tsv':
      return readTsv(path, languages, format, cache, range)
    case 'po':
      return readPo(path, languages, format, cache, range)
    case 'jsonl':
      return readJsonl(path, languages, format, cache, range)
    case 'tmx':
      return readTmx(path, languages, cache)
    case 'xliff':
      return readXliff(path, languages, format, cache)
    case 'moses':
      throw new Error('A Moses corpus is a pair of files, planned by `planSegmentInput`')
  }
}
