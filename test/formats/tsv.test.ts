// TSV: UDHR articles in English and Arabic, one pair per row, read with exact
// positions, quoted fields decoded, bad rows reported where they are.

import {describe, expect, it} from 'vitest'
import {udhrPair} from '../fixtures/udhr.js'
import {applyEdit, expectPositionsMatchFile, readFiles, spanOf, writeFiles} from './helpers.js'

const {source, target} = udhrPair('eng', 'arb', 6)

describe('TSV reader', () => {
  it('yields one segment unit per row, each side at its column of its line', async () => {
    const rows = source.map((text, index) => `${text}\t${target[index]}`)
    const files = writeFiles({'udhr.tsv': '\uFEFF' + rows.join('\r\n') + '\r\n'})
    const {units, problems} = await readFiles([files['udhr.tsv']])
    expect(problems).toEqual([])
    expect(units.map((unit) => unit.source.text)).toEqual(source)
    expect(units.map((unit) => unit.target.text)).toEqual(target)
    expect(units.every((unit) => unit.kind === 'segment')).toBe(true)
    expect(new Set(units.map((unit) => unit.id)).size).toBe(units.length)
    // Row 3, target column: after the source text and the tab.
    const third = units[2]
    expect(third.target.position(0)).toEqual({line: 3, column: source[2].length + 2})
    for (const unit of units.slice(0, 4)) {
      expectPositionsMatchFile(unit.source)
      expectPositionsMatchFile(unit.target)
    }
  })

  it('decodes quoted fields and re-encodes a fix inside them', async () => {
    const files = writeFiles({'q.tsv': `"He said ""all"" are\tequal"\t"قال ""الجميع"" متساوون"\nplain\tعادي\n`})
    const {units, problems} = await readFiles([files['q.tsv']])
    expect(problems).toEqual([])
    expect(units[0].source.text).toBe('He said "all" are\tequal')
    expect(units[0].target.text).toBe('قال "الجميع" متساوون')
    expectPositionsMatchFile(units[0].target)
    const before = units[0].target.text
    const span = spanOf(units[0].target, '"الجميع"')
    const edited = applyEdit(units[0].target, span, '«الجميع» "كلهم"')
    expect(edited).toBe(`"He said ""all"" are\tequal"\t"قال «الجميع» ""كلهم"" متساوون"\nplain\tعادي\n`)
    const again = await readFiles([files['q.tsv']])
    expect(again.units[0].target.text).toBe(before.slice(0, span[0]) + '«الجميع» "كلهم"' + before.slice(span[1]))
    expect(again.units[1].target.text).toBe('عادي')
  })

  it('keeps a field that only starts with a quote as text (raw OPUS corpora do not quote)', async () => {
    const files = writeFiles({'raw.tsv': `"Yes," he said.\t"نعم" قال.\n`})
    const {units} = await readFiles([files['raw.tsv']])
    expect(units[0].source.text).toBe('"Yes," he said.')
    expect(units[0].target.text).toBe('"نعم" قال.')
  })

  it('reads the columns a header names, as the config says', async () => {
    const rows = ['id\tar\ten', ...source.slice(0, 3).map((text, index) => `${index}\t${target[index]}\t${text}`)]
    const files = writeFiles({'named.tsv': rows.join('\n')})
    const {units, problems} = await readFiles([files['named.tsv']], {name: 'tsv', header: true, source: 'en', target: 'ar'})
    expect(problems).toEqual([])
    expect(units.map((unit) => unit.source.text)).toEqual(source.slice(0, 3))
    expect(units[0].source.position(0)).toEqual({line: 2, column: 2 + target[0].length + 2})
    const missing = await readFiles([files['named.tsv']], {name: 'tsv', header: true, source: 'english', target: 'ar'})
    expect(missing.units).toEqual([])
    expect(missing.problems[0].message).toMatch(/No source column `english`/)
  })

  it('reports a row of one column and a row of three at their lines, and reads the rest', async () => {
    const rows = source.slice(0, 5).map((text, index) => `${text}\t${target[index]}`)
    rows[1] = source[1]
    rows[3] = `${source[3]}\t${target[3]}\textra`
    const files = writeFiles({'bad.tsv': rows.join('\n') + '\n'})
    const {units, problems} = await readFiles([files['bad.tsv']])
    expect(problems).toEqual([
      {file: 'bad.tsv', message: 'Row has 1 column, expected 2 (tab-separated); row skipped', line: 2, column: source[1].length + 1},
      {file: 'bad.tsv', message: 'Row has 3 columns, expected 2 (tab-separated); row skipped', line: 4, column: source[3].length + target[3].length + 2}
    ])
    expect(units.map((unit) => unit.source.position(0).line)).toEqual([1, 3, 5])
  })

  it('turns a tab in a fix of an unquoted field into a space, so the row keeps its columns', async () => {
    const files = writeFiles({'t.tsv': 'one two\tواحد اثنان\n'})
    const {units} = await readFiles([files['t.tsv']])
    expect(applyEdit(units[0].source, spanOf(units[0].source, ' '), '\t')).toBe('one two\tواحد اثنان\n')
  })
})
