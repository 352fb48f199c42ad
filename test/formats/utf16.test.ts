// UTF-16 segment files (TMX is often UTF-16 LE with a BOM): read streamed,
// with the findings of the UTF-8 file at the same lines and columns, and
// fixed in UTF-16 with their BOM.

import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fix, lint} from '../../src/api.js'
import type {LintResult} from '../../src/engine/types.js'
import {udhrPair} from '../fixtures/udhr.js'
import {makeProject} from '../helpers/cli.js'

const {source, target} = udhrPair('eng', 'arb', 3)

/** UDHR pairs with defects the rules below find: a doubled space, a zero-width space, a date that disagrees. */
function pairs(): Array<[string, string]> {
  const list: Array<[string, string]> = source.map((text, index) => [text, target[index]])
  list[1] = [list[1][0], list[1][1].replace(' ', '  ')]
  list.push(['All are equal before the law.', 'الناس سواسية أمام القا\u200bنون.'])
  list.push(['Adopted in Paris on 10 December 1948.', 'اعتُمد في باريس في 11 ديسمبر 1948.'])
  return list
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const files: Record<string, (list: Array<[string, string]>) => string> = {
  'c.tmx': (list) =>
    `<?xml version="1.0" encoding="UTF-16"?>\r\n<tmx version="1.4"><header srclang="en"/><body>\r\n${list
      .map(([en, ar]) => `<tu>\r\n  <tuv xml:lang="en"><seg>${xml(en)}</seg></tuv>\r\n  <tuv xml:lang="ar"><seg>${xml(ar)}</seg></tuv>\r\n</tu>`)
      .join('\r\n')}\r\n</body></tmx>\r\n`,
  'c.tsv': (list) => list.map(([en, ar]) => `${en}\t${ar}`).join('\n') + '\n'
}

const config = {
  languages: {source: 'en', target: 'ar'},
  files: ['**/*.*'],
  rules: {whitespace: 'error', 'invisible-characters': 'error', 'date-time-agreement': 'error', 'mixed-script': 'error'}
}

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const bytes = Buffer.from('\uFEFF' + text, 'utf16le')
  return endian === 'be' ? bytes.swap16() : bytes
}

const summary = (result: LintResult) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`)

describe('UTF-16 segment files', () => {
  for (const [name, endian] of [['c.tmx', 'le'], ['c.tsv', 'be']] as const) {
    it(`a UTF-16${endian.toUpperCase()} ${path.extname(name)} gives the UTF-8 file's findings at the same lines and columns, and --fix keeps UTF-16`, async () => {
      const text = files[name](pairs())
      const folder = makeProject({'.lintrc.json': config, [`utf8/${name}`]: text, [`utf16/${name}`]: ''})
      const utf16File = path.join(folder, 'utf16', name)
      writeFileSync(utf16File, utf16(text, endian))
      const [inUtf16, inUtf8] = await lint({cwd: folder})
      expect(summary(inUtf8).length).toBeGreaterThanOrEqual(3)
      expect(summary(inUtf16)).toEqual(summary(inUtf8))

      await fix({cwd: folder})
      const fixed = readFileSync(path.join(folder, 'utf8', name), 'utf8')
      expect(fixed).not.toBe(text)
      expect(readFileSync(utf16File)).toEqual(utf16(fixed, endian))
    })
  }

  it('reads a UTF-16LE Moses pair line by line, as its UTF-8 copy', async () => {
    const list = pairs()
    const english = list.map(([en]) => en).join('\n') + '\n'
    const arabic = list.map(([, ar]) => ar).join('\r\n') + '\r\n'
    const folder = makeProject({'.lintrc.json': config, 'utf8/m.en': english, 'utf8/m.ar': arabic, 'utf16/m.en': '', 'utf16/m.ar': ''})
    writeFileSync(path.join(folder, 'utf16/m.en'), utf16(english, 'le'))
    writeFileSync(path.join(folder, 'utf16/m.ar'), utf16(arabic, 'le'))
    const [ar16, en16, ar8, en8] = (await lint({cwd: folder})).map(summary)
    expect(ar8.length).toBeGreaterThanOrEqual(3)
    expect([ar16, en16]).toEqual([ar8, en8])
  })

  it('reports an unpaired surrogate at its byte offset, after linting the units before it', async () => {
    const text = files['c.tmx'](pairs())
    const bytes = utf16(text, 'le')
    const cut = text.indexOf('الناس')
    // A lone high surrogate in place of the first letter of the segment.
    bytes.writeUInt16LE(0xd800, 2 + cut * 2)
    const folder = makeProject({'.lintrc.json': config, 'c.tmx': ''})
    writeFileSync(path.join(folder, 'c.tmx'), bytes)
    const [result] = await lint({cwd: folder})
    const before = text.slice(0, cut).split('\r\n')
    expect(summary(result).at(-1)).toBe(
      `${before.length}:${before.at(-1)!.length + 1} null Invalid UTF-16LE at byte offset ${2 + cut * 2} (an unpaired surrogate); the rest of the file is not read`
    )
    expect(summary(result).some((line) => line.includes('whitespace'))).toBe(true)
  })
})
