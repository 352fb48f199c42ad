// language-mismatch on real text: UDHR documents in eight languages and the
// sample document give nothing; a Persian paragraph in the Arabic version,
// an English one in the French version and a Russian one in the Hebrew
// version are found at their lines.

import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/language-mismatch.js'
import {readCombined} from '../../src/corpus/formats/combined.js'
import {readSourceFile} from '../../src/corpus/source-file.js'
import {runExample} from '../../src/engine/examples.js'
import {lintUnit} from '../../src/engine/lint-unit.js'
import {arabicOrPersian} from '../../src/text/language-id.js'
import {udhrArticles, udhrPair} from '../fixtures/udhr.js'

const pairs = [['arb', 'ar'], ['pes_1', 'fa'], ['rus', 'ru'], ['heb', 'he'], ['cmn_hans', 'zh'], ['hin', 'hi'], ['fra', 'fr'], ['spa', 'es']] as const

/** The first paragraph from `from` on that is long enough for every test (franc needs about 50 characters). */
function longIndex(paragraphs: readonly string[], from: number): number {
  return paragraphs.findIndex((paragraph, index) => index >= from && paragraph.length > 120)
}

function lint(source: string[], target: string[], lang: string): string[] {
  return runExample(rule, {name: lang, source: source.join('\n'), target: target.join('\n'), languages: {source: 'en', target: lang}}).messages.map(
    (message) => `${message.side} ${message.line}:${message.column} ${message.message}`
  )
}

describe('language-mismatch on UDHR', () => {
  for (const [code, lang] of pairs) {
    it(`reports nothing on the clean en-${lang} declaration`, () => {
      const {source, target} = udhrPair('eng', code)
      expect(lint(source, target, lang)).toEqual([])
    })
  }

  it('tells every Arabic and Persian paragraph of 40 letters or more apart by letters and function words', () => {
    const long = (code: string) => [...udhrArticles(code).values()].flat().filter((paragraph) => (paragraph.match(/\p{L}/gu)?.length ?? 0) >= 40)
    const arabic = long('arb').map((paragraph) => arabicOrPersian(paragraph).lang)
    const persian = long('pes_1').map((paragraph) => arabicOrPersian(paragraph).lang)
    expect(arabic.length).toBeGreaterThan(40)
    expect(persian.length).toBeGreaterThan(5)
    expect(arabic.filter((lang) => lang !== 'ar')).toEqual([])
    expect(persian.filter((lang) => lang !== 'fa')).toEqual([])
  })

  it('finds a Persian paragraph in the Arabic version', () => {
    const {source, target} = udhrPair('eng', 'arb')
    const persian = udhrPair('eng', 'pes_1').target
    const mixed = [...target]
    const index = longIndex(target, 20)
    mixed[index] = persian[longIndex(persian, 20)]
    expect(lint(source, mixed, 'ar')).toEqual([`target ${index + 1}:1 Expected Arabic, found Persian: translate this paragraph or move it to the Persian version`])
  })

  it('finds an English paragraph left in the French version (franc restricted to the pair)', () => {
    const {source, target} = udhrPair('eng', 'fra')
    const mixed = [...target]
    const index = longIndex(source, 33)
    mixed[index] = source[index]
    expect(lint(source, mixed, 'fr')).toEqual([`target ${index + 1}:1 Expected French, found English: translate this paragraph or move it to the English version`])
  })

  it('finds a Russian paragraph in the Hebrew version by its script', () => {
    const {source, target} = udhrPair('eng', 'heb')
    const mixed = [...target]
    const russian = udhrPair('eng', 'rus').target
    const index = longIndex(target, 12)
    mixed[index] = russian[longIndex(russian, 12)]
    expect(lint(source, mixed, 'he')).toEqual([`target ${index + 1}:1 Expected Hebrew in Hebrew script, found Cyrillic (100% of the letters): this paragraph is in another language, or the versions are swapped`])
  })
})

describe('language-mismatch on the sample document', () => {
  it('reports nothing', async () => {
    const path = fileURLToPath(new URL('../../corpus/alalam-2020-07-08.txt', import.meta.url))
    const unit = readCombined(await readSourceFile(path), {source: 'en', target: 'ar'})!
    expect(lintUnit(unit, [{rule, severity: 2, options: rule.meta.defaultOptions}])).toEqual([])
  })
})
