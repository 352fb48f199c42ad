// unicode-normalization on real text: UDHR declarations (clean, and the
// ones written with decomposed letters), the Arabic text of quran-json
// (alef + madda written as two characters), and injected defects.

import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/unicode-normalization.js'
import {runExample} from '../../src/engine/examples.js'
import {udhrPair} from '../fixtures/udhr.js'

function udhr(code: string, lang: string) {
  const {source, target} = udhrPair('eng', code)
  return {name: lang, source: source.join('\n'), target: target.join('\n'), languages: {source: 'en', target: lang}}
}

function places(example: ReturnType<typeof udhr>): string[] {
  return runExample(rule, example).messages.map((message) => `${message.side} ${message.line}:${message.column} ${message.messageId}`)
}

function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n')
  return `${before.length}:${before.at(-1)!.length + 1}`
}

describe('unicode-normalization on UDHR', () => {
  for (const [code, lang] of [['arb', 'ar'], ['rus', 'ru'], ['heb', 'he'], ['cmn_hans', 'zh'], ['fra', 'fr']]) {
    it(`reports nothing on the clean en-${lang} declaration`, () => {
      expect(places(udhr(code, lang))).toEqual([])
    })
  }

  it('reports the Persian declaration’s decomposed hamza letters (12) and the Hindi nukta letters (37), and fixes them to NFC', () => {
    const persian = udhr('pes_1', 'fa')
    const result = runExample(rule, persian)
    expect(result.messages).toHaveLength(12)
    expect(new Set(result.messages.map((message) => message.messageId))).toEqual(new Set(['composition']))
    expect(result.output.target).toBe(persian.target.normalize('NFC'))
    expect(places(udhr('hin', 'hi'))).toHaveLength(37)
  })

  it('finds a decomposed é after precomposed ones, and a lam-alef ligature in Arabic, at their lines and columns', () => {
    const french = udhr('fra', 'fr')
    const nth = [...french.target.matchAll(/é/g)][150].index
    const target = french.target.slice(0, nth) + 'e\u0301' + french.target.slice(nth + 1)
    const arabic = udhr('arb', 'ar')
    const lamAlef = [...arabic.target.matchAll(/لا/g)][40].index
    const arabicTarget = arabic.target.slice(0, lamAlef) + '\uFEFB' + arabic.target.slice(lamAlef + 2)

    const frenchResult = runExample(rule, {...french, target})
    expect(places({...french, target})).toEqual([`target ${position(target, nth)} composition`])
    expect(frenchResult.output.target).toBe(french.target)

    const arabicResult = runExample(rule, {...arabic, target: arabicTarget})
    expect(arabicResult.messages.map((message) => `${message.line}:${message.column} ${message.messageId}`)).toEqual([`${position(arabicTarget, lamAlef)} presentationForm`])
    expect(arabicResult.output.target).toBe(arabic.target)
  })
})

describe('unicode-normalization on quran-json', () => {
  it('reports the alef + madda pairs of Ya-Sin as not NFC, and the fix leaves only mark order (off by default)', () => {
    const require = createRequire(import.meta.url)
    const chapters = require('quran-json/dist/quran_en.json') as Array<{id: number; verses: Array<{text: string; translation: string}>}>
    const chapter = chapters.find((entry) => entry.id === 36)!
    const source = chapter.verses.map((verse) => verse.translation).join('\n')
    const target = chapter.verses.map((verse) => verse.text).join('\n')
    const result = runExample(rule, {name: 'ya-sin', source, target})
    const found = new Set(result.messages.map((message) => message.message.match(/\(([^)]*)\)/)![1]))
    expect(result.messages.length).toBeGreaterThan(20)
    expect([...found].every((codePoints) => codePoints.startsWith('U+0627 U+0653'))).toBe(true)
    expect(result.output.source).toBe(source)
    expect(result.output.target.normalize('NFC')).toBe(target.normalize('NFC'))
    expect(runExample(rule, {name: 'fixed', ...result.output}).messages).toEqual([])
    const withOrder = runExample(rule, {name: 'fixed', ...result.output, options: {markOrder: true}})
    expect(withOrder.messages.length).toBeGreaterThan(0)
    expect(withOrder.output.target).toBe(target.normalize('NFC'))
  })
})
