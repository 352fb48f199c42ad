// The segment readers, by format.

import type {Languages} from '../../text/languages.js'
import {readJsonl} from './jsonl.js'
import {readMoses} from './moses.js'
import type {SegmentInput} from './plan.js'
import {readPo} from './po.js'
import type {SegmentItem} from './setting.js'
import {readTmx} from './tmx.js'
import {readTsv} from './tsv.js'
import {readXliff} from './xliff.js'

export function readSegments(input: Exclude<SegmentInput, {layout: 'problem'}>, languages: Languages): AsyncGenerator<SegmentItem> {
  if (input.layout === 'moses') return readMoses(input.sourcePath, input.targetPath, languages)
  const {path, format} = input
  switch (format.name) {
    case 'tsv':
      return readTsv(path, languages, format)
    case 'po':
      return readPo(path, languages, format)
    case 'jsonl':
      return readJsonl(path, languages, format)
    case 'tmx':
      return readTmx(path, languages)
    case 'xliff':
      return readXliff(path, languages)
    case 'moses':
      throw new Error('A Moses corpus is a pair of files, planned by `planSegmentInput`')
  }
}
