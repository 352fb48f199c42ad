// Chunks of large segment files: read chunk by chunk, a file gives the same
// units, texts, positions, fix offsets and problems as read whole, whatever
// its line endings, BOM and characters.

import {describe, expect, it} from 'vitest'
import {planChunks} from '../src/corpus/chunks.js'
import {planInputs} from '../src/corpus/layout.js'
import type {FileRange} from '../src/corpus/formats/lines.js'
import type {FormatSetting} from '../src/corpus/formats/setting.js'
import {readInput} from '../src/corpus/read.js'
import {quranPairs, quranTsvRows} from './fixtures/quran.js'
import {writeFiles} from './formats/helpers.js'

const verses = quranPairs(400)
const enAr = {source: 'en', target: 'ar'}

/** What a reader gives, in a form to compare: each unit's id, texts, where each side starts and maps to, and problems. */
async function readAll(file: string, format: FormatSetting | undefined, ranges: Array<FileRange | undefined>) {
  const seen: unknown[] = []
  const [input] = planInputs([file], enAr, () => format)
  for (const range of ranges) {
    for await (const item of readInput(input, enAr, new Map(), range)) {
      if ('directive' in item || 'skipped' in item) {
        seen.push(item)
        continue
      }
      if (!('unit' in item)) {
        seen.push({problem: item.problem.message, at: item.problem.position})
        continue
      }
      const {id, source, target, untranslated} = item.unit
      const end = (side: typeof source) => side.text.length
      seen.push({id, untranslated, texts: [source.text, target.text], at: [source.position(0), target.position(end(target))], offsets: [source.toFileOffset(0), target.toFileOffset(end(target))]})
    }
  }
  return seen
}

async function expectChunkedReadIsWhole(name: string, text: string | Buffer, format?: FormatSetting, chunkBytes = 4096) {
  const file = writeFiles({[name]: text as string})[name]
  const [input] = planInputs([file], enAr, () => format)
  const chunks = await planChunks(input, chunkBytes)
  expect(chunks?.length).toBeGreaterThan(3)
  // Contiguous, complete, numbered.
  expect(chunks![0].start).toBe(0)
  for (const [index, chunk] of chunks!.entries()) {
    expect(chunk).toMatchObject({index, count: chunks!.length})
    if (index > 0) expect(chunk.start).toBe(chunks![index - 1].end)
  }
  const whole = await readAll(file, format, [undefined])
  expect(whole.length).toBeGreaterThan(100)
  expect(await readAll(file, format, chunks!)).toEqual(whole)
  return {chunks: chunks!, whole}
}

const tsvRows = quranTsvRows(400)

describe('chunks of a TSV file', () => {
  it('reads the same rows, positions and offsets as the whole file, across LF, CRLF, lone CR, a BOM and astral characters', async () => {
    const endings = ['\n', '\r\n', '\r']
    // An astral character (U+1D400) makes code units and characters differ; a bad row makes a problem.
    const rows = tsvRows.map((row, index) => (index % 50 === 7 ? `${row}\textra` : index % 30 === 3 ? row.replace(' ', ' 𝐀 ') : row))
    const text = '\uFEFF' + rows.map((row, index) => row + endings[index % 3]).join('')
    const {chunks, whole} = await expectChunkedReadIsWhole('quran.tsv', text)
    expect(chunks.every((chunk) => chunk.line > 0)).toBe(true)
    expect(whole).toContainEqual(expect.objectContaining({problem: 'Row has 3 columns, expected 2 (tab-separated); row skipped'}))
  })

  it('counts characters that the 1 MiB read blocks cut in two: an astral one at the first block’s end, Arabic ones after', async () => {
    const block = 1 << 20
    const rows: string[] = []
    let bytes = 0
    for (let index = 0; bytes < block - 4096; index++) {
      rows.push(tsvRows[index % tsvRows.length])
      bytes += Buffer.byteLength(rows.at(-1)!) + 1
    }
    // A row whose 𝐀 (four bytes) starts two bytes before the block ends: after `bytes`, x… and a tab.
    rows.push('x'.repeat(block - 2 - bytes - 1) + '\t𝐀 ' + tsvRows[0].split('\t')[1])
    for (let index = 0; bytes < 2.5 * block; index++) {
      rows.push(tsvRows[index % tsvRows.length])
      bytes += Buffer.byteLength(rows.at(-1)!) + 1
    }
    const text = rows.join('\n') + '\n'
    expect(Buffer.from(text).subarray(block - 2, block + 2).toString()).toBe('𝐀')
    await expectChunkedReadIsWhole('blocks.tsv', text, undefined, 256 * 1024)
    // An invalid byte in the second block: read whole, as a decoder would stop there.
    const file = writeFiles({'late.tsv': ''})['late.tsv']
    const {writeFileSync} = await import('node:fs')
    const broken = Buffer.from(text)
    broken[block + 100] = 0xff
    writeFileSync(file, broken)
    expect(await planChunks(planInputs([file], enAr)[0], 256 * 1024)).toBeUndefined()
  })

  it('keeps the header’s columns in every chunk', async () => {
    const text = 'id\tar\ten\n' + verses.map((verse, index) => `${index}\t${verse.text}\t${verse.translation}`).join('\n') + '\n'
    const {whole} = await expectChunkedReadIsWhole('header.tsv', text, {name: 'tsv', header: true, source: 'en', target: 'ar'})
    expect(whole[0]).toMatchObject({texts: [verses[0].translation, verses[0].text]})
  })

  it('gives a header error once, from the first chunk', async () => {
    const text = 'id\tar\ten\n' + verses.map((verse, index) => `${index}\t${verse.text}\t${verse.translation}`).join('\n') + '\n'
    const file = writeFiles({'bad.tsv': text})['bad.tsv']
    const format: FormatSetting = {name: 'tsv', header: true, source: 'english', target: 'ar'}
    const chunks = await planChunks(planInputs([file], enAr, () => format)[0], 4096)
    const chunked = await readAll(file, format, chunks!)
    expect(chunked).toEqual(await readAll(file, format, [undefined]))
    expect(chunked).toHaveLength(1)
  })
})

describe('chunks of PO and JSONL files', () => {
  it('cuts a PO file only between entries', async () => {
    const po = (text: string) => '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"'
    const entries = verses.map((verse, index) => `#: quran:${index}\n${index % 9 === 4 ? '#, fuzzy\n' : ''}msgid ${po(verse.translation)}\nmsgstr ""\n${po(verse.text)}\n`)
    const text = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n' + entries.join('\n')
    const {chunks} = await expectChunkedReadIsWhole('quran.po', text)
    const bytes = Buffer.from(text)
    for (const chunk of chunks.slice(1)) expect(bytes.subarray(chunk.start - 2, chunk.start).toString()).toBe('\n\n')
  })

  it('reads JSONL records chunk by chunk', async () => {
    const text = verses.map((verse) => JSON.stringify({source: verse.translation, target: verse.text})).join('\r\n') + '\r\n{"source": 1}\r\n'
    await expectChunkedReadIsWhole('quran.jsonl', text)
  })
})

describe('files read whole', () => {
  it('does not cut small files, XML, UTF-16 or files with invalid bytes', async () => {
    const text = tsvRows.join('\n') + '\n'
    const files = writeFiles({'small.tsv': tsvRows.slice(0, 3).join('\n'), 'a.tmx': text, 'bad.tsv': text})
    const plan = (file: string) => planChunks(planInputs([file], enAr)[0], 4096)
    expect(await plan(files['small.tsv'])).toBeUndefined()
    expect(await plan(files['a.tmx'])).toBeUndefined()
    const utf16 = writeFiles({'u.tsv': ''})['u.tsv']
    const {writeFileSync} = await import('node:fs')
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    expect(await plan(utf16)).toBeUndefined()
    writeFileSync(files['bad.tsv'], Buffer.concat([Buffer.from(text), Buffer.from([0xc3, 0x28, 0x0a]), Buffer.from(text)]))
    expect(await plan(files['bad.tsv'])).toBeUndefined()
  })
})
