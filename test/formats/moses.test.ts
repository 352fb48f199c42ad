// Moses: `name.en` beside `name.ar`, line-aligned. A deleted line is located
// by aligning the two files, and the lines that correspond are still read.

import {writeFileSync} from 'node:fs'
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

  it('locates an inserted line deep in a long pair, window by window', async () => {
    const all = udhrPair('eng', 'arb')
    const cycles = Array.from({length: 5}, () => all)
    const long = {source: cycles.flatMap((pair) => pair.source), target: cycles.flatMap((pair) => pair.target)}
    const inserted = 250
    const longTarget = [...long.target.slice(0, inserted), 'سطر زائد لا يقابله شيء', ...long.target.slice(inserted)]
    const files = writeFiles({'long.en': long.source.join('\n'), 'long.ar': longTarget.join('\n')})
    const {units, problems} = await readFiles([files['long.en'], files['long.ar']])
    expect(problems.slice(1)).toEqual([
      {file: 'long.ar', message: `Line ${inserted + 1} has no counterpart in \`long.en\`: likely inserted here, or deleted there; fix the files so that the lines correspond`, line: inserted + 1, column: 1}
    ])
    expect(units).toHaveLength(long.source.length)
    expect(units.every((unit) => unit.target.position(0).line === unit.source.position(0).line + (unit.source.position(0).line > inserted ? 1 : 0))).toBe(true)
  })

  it('reports invalid UTF-8 in the file that has it, after the lines read before it', async () => {
    const files = writeFiles({'bad.en': source.slice(0, 3).join('\n') + '\n', 'bad.ar': ''})
    writeFileSync(files['bad.ar'], Buffer.concat([Buffer.from(target.slice(0, 2).join('\n') + '\n'), Buffer.from([0xd8, 0x20]), Buffer.from('\n')]))
    const {units, problems} = await readFiles([files['bad.en'], files['bad.ar']])
    expect(units).toHaveLength(2)
    expect(problems).toEqual([{file: 'bad.ar', line: 3, column: 1, message: `Invalid UTF-8 at byte offset ${Buffer.byteLength(target.slice(0, 2).join('\n') + '\n')}; the rest of the file is not read`}])
  })

  it('reports a missing partner file', async () => {
    const files = writeFiles({'alone.en': 'Hello\n'})
    const {units, problems} = await readFiles([files['alone.en']])
    expect(units).toEqual([])
    expect(problems[0].message).toBe('Missing partner file `alone.ar`: a Moses corpus needs both line-aligned files')
  })
})
