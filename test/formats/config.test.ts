// `format` in an override: files read as the config says whatever their
// extension, with the format's options checked before anything runs; and
// the fix loop's fixed texts read instead of the disk.

import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/index.js'
import {configForFile} from '../../src/config/for-file.js'
import {loadConfig} from '../../src/config/load.js'
import {planInputs} from '../../src/corpus/layout.js'
import {readInput} from '../../src/corpus/read.js'
import {createSourceFile} from '../../src/corpus/source-file.js'
import type {SourceFile} from '../../src/engine/types.js'
import {udhrPair} from '../fixtures/udhr.js'
import {enAr, readFiles, writeFiles} from './helpers.js'

const {source, target} = udhrPair('eng', 'arb', 2)

function project(config: object, files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'bilint-format-'))
  writeFileSync(path.join(folder, '.lintrc.json'), JSON.stringify(config))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text)
  return folder
}

const modules = {
  index: () => import('../../src/corpus/formats/index.js'),
  setting: () => import('../../src/corpus/formats/setting.js'),
  plan: () => import('../../src/corpus/formats/plan.js'),
  'segment-side': () => import('../../src/corpus/formats/segment-side.js'),
  tsv: () => import('../../src/corpus/formats/tsv.js'),
  moses: () => import('../../src/corpus/formats/moses.js'),
  po: () => import('../../src/corpus/formats/po.js'),
  jsonl: () => import('../../src/corpus/formats/jsonl.js'),
  tmx: () => import('../../src/corpus/formats/tmx.js'),
  xliff: () => import('../../src/corpus/formats/xliff.js')
}

describe('the segment readers', () => {
  it('export this API', async () => {
    const api = async (name: keyof typeof modules) => Object.keys(await modules[name]()).sort()
    expect(await api('index')).toEqual(['readSegments'])
    expect(await api('setting')).toEqual(['formatByExtension', 'formatNames', 'formatSchema', 'toFormatSetting', 'untranslatedStates'])
    expect(await api('plan')).toEqual(['planSegmentInput'])
    expect(await api('segment-side')).toEqual(['OffsetMap', 'OffsetMapBuilder', 'segmentSide', 'verbatimMap'])
    expect(await api('tsv')).toEqual(['readTsv', 'splitRow'])
    expect(await api('moses')).toEqual(['alignmentWindow', 'countLines', 'looksLineForLine', 'readMoses'])
    expect(await api('po')).toEqual(['encodePo', 'readPo'])
    expect(await api('jsonl')).toEqual(['encodeJson', 'fieldPath', 'readJsonl'])
    expect(await api('tmx')).toEqual(['readTmx'])
    expect(await api('xliff')).toEqual(['readXliff'])
  })
})

describe('format in the config', () => {
  it('reads the files an override names in its format, with its options', async () => {
    const rows = ['ar\ten', ...source.map((text, index) => `${target[index]}\t${text}`)].join('\n')
    const folder = project(
      {languages: enAr, files: ['*.txt'], overrides: [{files: ['pairs.txt'], format: {name: 'tsv', header: true, source: 'en', target: 'ar'}}]},
      {'pairs.txt': rows}
    )
    const config = await loadConfig({lookup: true, cwd: folder, coreRules: rules})
    const file = path.join(folder, 'pairs.txt')
    const inputs = planInputs([file], enAr, (name) => configForFile(config, name).format)
    expect(inputs).toEqual([{layout: 'segment', path: file, format: {name: 'tsv', header: true, source: 'en', target: 'ar'}}])
    const units = []
    for await (const item of readInput(inputs[0], enAr)) if ('unit' in item) units.push(item.unit)
    expect(units.map((unit) => unit.source.text)).toEqual(source)
  })

  it('refuses an unknown format or option before anything runs, naming the JSON path', async () => {
    const unknown = project({languages: enAr, overrides: [{files: ['*.csv'], format: 'csv'}]}, {})
    await expect(loadConfig({lookup: true, cwd: unknown, coreRules: rules})).rejects.toThrow(/overrides\[0\]\.format/)
    const option = project({languages: enAr, overrides: [{files: ['*.po'], format: {name: 'po', fuzzy: 'maybe'}}]}, {})
    await expect(loadConfig({lookup: true, cwd: option, coreRules: rules})).rejects.toThrow('overrides[0].format.fuzzy: must be one of "skip", "include"')
  })
})

describe('segment readers in the fix loop', () => {
  it('read a fixed text from the cache instead of the disk', async () => {
    const files = writeFiles({'c.tsv': `${source[0]}\t${target[0]}\n`})
    const {units} = await readFiles([files['c.tsv']])
    const side = units[0].target
    const [from, to] = [side.toFileOffset(0), side.toFileOffset(side.text.length)]
    const disk = `${source[0]}\t${target[0]}\n`
    const cache = new Map<string, SourceFile>([[files['c.tsv'], createSourceFile(files['c.tsv'], disk.slice(0, from) + side.encode('نص مصحح') + disk.slice(to))]])
    const again = []
    for await (const item of readInput(planInputs([files['c.tsv']], enAr)[0], enAr, cache)) if ('unit' in item) again.push(item.unit)
    expect(again.map((unit) => unit.target.text)).toEqual(['نص مصحح'])
  })
})
