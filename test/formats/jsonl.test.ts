// JSON Lines: records with the two versions at configurable field paths,
// JSON escapes decoded, positions inside the string of each record's line.

import fc from 'fast-check'
import {findNodeAtLocation, parseTree} from 'jsonc-parser'
import {describe, expect, it} from 'vitest'
import {jsonValueAt} from '../../src/corpus/formats/json-fields.js'
import {udhrPair} from '../fixtures/udhr.js'
import {applyEdit, expectPositionsMatchFile, readFiles, spanOf, writeFiles} from './helpers.js'

const {source, target} = udhrPair('eng', 'arb', 4)

describe('JSONL reader', () => {
  it('reads `source` and `target` fields by default, escapes decoded', async () => {
    const lines = source.map((text, index) => JSON.stringify({id: index, source: text, target: target[index]}))
    lines.push('', JSON.stringify({source: 'Tab\there "quoted" \u00e9', target: 'جدول\t"مقتبس"'}).replace('\\"quoted', '\\u0022quoted'))
    const files = writeFiles({'udhr.jsonl': lines.join('\n') + '\n'})
    const {units, problems} = await readFiles([files['udhr.jsonl']])
    expect(problems).toEqual([])
    expect(units.map((unit) => unit.source.text)).toEqual([...source, 'Tab\there "quoted" \u00e9'])
    expect(units.at(-1)!.target.text).toBe('جدول\t"مقتبس"')
    expect(units[2].target.position(0)).toEqual({line: 3, column: JSON.stringify({id: 2, source: source[2], target: ''}).length - 1})
    for (const unit of units) expectPositionsMatchFile(unit.target)
    expectPositionsMatchFile(units.at(-1)!.source)
  })

  it('reads nested field paths from the config, and re-encodes a fix as JSON', async () => {
    const lines = source.map((text, index) => JSON.stringify({translation: {ar: target[index], en: text}}))
    const files = writeFiles({'hf.jsonl': lines.join('\n')})
    const {units} = await readFiles([files['hf.jsonl']], {name: 'jsonl', source: 'translation.en', target: 'translation.ar'})
    expect(units.map((unit) => unit.target.text)).toEqual(target)
    const side = units[1].target
    const span = spanOf(side, side.text.split(' ')[0])
    applyEdit(side, span, '"كل\\')
    const again = await readFiles([files['hf.jsonl']], {name: 'jsonl', source: 'translation.en', target: 'translation.ar'})
    expect(again.units[1].target.text).toBe('"كل\\' + side.text.slice(span[1]))
  })

  it('reports a broken record or a missing field at its line, and reads the rest', async () => {
    const lines = source.map((text, index) => JSON.stringify({source: text, target: target[index]}))
    lines[1] = lines[1].slice(0, -2)
    lines[2] = JSON.stringify({source: source[2], tgt: target[2]})
    const files = writeFiles({'bad.jsonl': lines.join('\n')})
    const {units, problems} = await readFiles([files['bad.jsonl']])
    expect(problems.map(({line, message}) => [line, message.split(':')[0]])).toEqual([
      [2, 'Invalid JSON'],
      [3, 'Field `target` is missing, expected a string; record skipped']
    ])
    expect(units.map((unit) => unit.source.position(0).line)).toEqual(lines.map((_, index) => index + 1).filter((line) => line !== 2 && line !== 3))
  })

  it('reads a record nested 5,000 and 1,000,000 deep like any other, without overflowing the stack (#27)', async () => {
    const deep = (depth: number) => `{"source":"Hi there.","target":"مرحبا.","x":${'['.repeat(depth)}${']'.repeat(depth)}}`
    const objects = (depth: number) => `{"x":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)},"source":"Good morning.","target":"صباح الخير."}`
    const files = writeFiles({'deep.jsonl': [deep(5000), deep(1_000_000), objects(100_000), deep(5000).slice(0, -2)].join('\n') + '\n'})
    const {units, problems} = await readFiles([files['deep.jsonl']])
    expect(units.map((unit) => [unit.source.text, unit.target.text, unit.source.position(0)])).toEqual([
      ['Hi there.', 'مرحبا.', {line: 1, column: 12}],
      ['Hi there.', 'مرحبا.', {line: 2, column: 12}],
      ['Good morning.', 'صباح الخير.', {line: 3, column: 600_018}]
    ])
    expect(problems.map(({line, message}) => [line, message.split(':')[0]])).toEqual([[4, 'Invalid JSON']])
  })

  it('finds a field where jsonc-parser finds it, in any JSON value', () => {
    const path = fc.array(fc.oneof(fc.constantFrom('source', 'a', 'é "q"'), fc.nat(3)), {maxLength: 3})
    const value = fc.letrec((tie) => ({
      any: fc.oneof({depthSize: 'small'}, fc.jsonValue({maxDepth: 0}), tie('object'), tie('array')),
      object: fc.dictionary(fc.constantFrom('source', 'a', 'é "q"', 'b\\'), tie('any'), {maxKeys: 4}),
      array: fc.array(tie('any'), {maxLength: 4})
    })).any
    fc.assert(
      fc.property(value, path, fc.constantFrom('', ' ', '\t'), (json, steps, space) => {
        const text = JSON.stringify(json, null, space)?.replace(/\n/g, ' ') ?? 'null'
        const expected = findNodeAtLocation(parseTree(text)!, steps)
        const found = jsonValueAt(text, steps)
        expect(found && {...found}).toEqual(expected && {type: expected.type, offset: expected.offset, length: expected.length})
      }),
      {numRuns: 500}
    )
  })
})
