// Moses: `name.en` beside `name.ar`, line-aligned. A deleted line is located
// by aligning the two files, and the lines that correspond are still read.

import {describe, expect, it} from 'vitest'
import {udhrPair} from '../fixtures/udhr.js'
import {applyEdit, expectPositionsMatchFile, readFiles, spanOf, writeFiles} from './helpers.js'

const {source, target} = udhrPair('eng', 'arb', 12)

describe('Moses reader', () => {
  it('pairs line N of the source file with line N of the target file', async () => {
    const files = writeFiles({'udhr.en': source.join('\n') + '\n', 'udhr.ar': target.join('\r\n')})
    const {units, problems} = await readFiles([files['udhr.ar'], files['udhr.en']])
    expect(problems).toEqual([])
    expect(units.map((unit) => [unit.source.text, unit.target.text])).toEqual(source.map((text, index) => [text, target[index]]))
    expect(units[5].source.filePath).toBe(files['udhr.en'])
    expect(units[5].target.filePath).toBe(files['udhr.ar'])
    expect(units[5].target.position(3)).toEqual({line: 6, column: 4})
    expectPositionsMatchFile(units[5].target)
    const span = spanOf(units[0].target, target[0].split(' ')[0])
    applyEdit(units[0].target, span, 'إعلان\nعالمي')
    const again = await readFiles([files['udhr.en'], files['udhr.ar']])
    expect(again.units[0].target.text).toBe('إعلان عالمي' + target[0].slice(span[1]))
    expect(again.units).toHaveLength(source.length)
  })

  it('reports the line counts and the deleted line, and reads the lines that correspond', async () => {
    const deleted = 7
    const shortTarget = target.filter((_, index) => index !== deleted)
    const files = writeFiles({'udhr.en': source.join('\n') + '\n', 'udhr.ar': shortTarget.join('\n') + '\n'})
    const {units, problems} = await readFiles([files['udhr.en'], files['udhr.ar']])
    expect(problems).toEqual([
      {
        file: 'udhr.en',
        message: `Line counts differ: \`udhr.en\` has ${source.length} lines, \`udhr.ar\` has ${source.length - 1}; the lines without counterpart are reported where the alignment finds them`,
        line: 1,
        column: 1
      },
      {
        file: 'udhr.en',
        message: 'Line 8 has no counterpart in `udhr.ar`: likely inserted here, or deleted there; fix the files so that the lines correspond',
        line: deleted + 1,
        column: 1
      }
    ])
    expect(units).toHaveLength(source.length - 1)
    for (const unit of units) expect(target.indexOf(unit.target.text)).toBe(source.indexOf(unit.source.text))
  })

  it('reports a missing partner file', async () => {
    const files = writeFiles({'alone.en': 'Hello\n'})
    const {units, problems} = await readFiles([files['alone.en']])
    expect(units).toEqual([])
    expect(problems[0].message).toBe('Missing partner file `alone.ar`: a Moses corpus needs both line-aligned files')
  })
})
