// untranslated on real text: UDHR documents in eight languages and the
// sample document give nothing; a paragraph copied from the English
// version, and an English paragraph pasted into the Arabic version, are
// found at their lines.

import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/untranslated.js'
import {readCombined} from '../../src/corpus/formats/combined.js'
import {readSourceFile} from '../../src/corpus/source-file.js'
import {runExample} from '../../src/engine/examples.js'
import {lintUnit} from '../../src/engine/lint-unit.js'
import {udhrPair} from '../fixtures/udhr.js'

const pairs = [['arb', 'ar'], ['pes_1', 'fa'], ['rus', 'ru'], ['heb', 'he'], ['cmn_hans', 'zh'], ['hin', 'hi'], ['fra', 'fr'], ['spa', 'es']] as const

function lint(source: string[], target: string[], lang: string): string[] {
  return runExample(rule, {name: lang, source: source.join('\n'), target: target.join('\n'), languages: {source: 'en', target: lang}}).messages.map(
    (message) => `${message.side} ${message.line}:${message.column} ${message.messageId}`
  )
}

describe('untranslated on UDHR', () => {
  for (const [code, lang] of pairs) {
    it(`reports nothing on the clean en-${lang} declaration`, () => {
      const {source, target} = udhrPair('eng', code)
      expect(lint(source, target, lang)).toEqual([])
    })
  }

  it('finds a paragraph copied from the English version, in French and in Arabic', () => {
    for (const [code, lang] of [['fra', 'fr'], ['arb', 'ar']] as const) {
      const {source, target} = udhrPair('eng', code)
      const copied = [...target]
      const index = source.findIndex((paragraph, at) => at >= 30 && paragraph.length > 100)
      copied[index] = source[index]
      expect(lint(source, copied, lang)).toEqual([`target ${index + 1}:1 identical`])
    }
  })

  it('finds an English paragraph pasted over an Arabic one, after Latin names left in place', () => {
    const {source, target} = udhrPair('eng', 'arb')
    const pasted = [...target]
    pasted[5] = `${pasted[5]} (Universal Declaration of Human Rights)`
    // An English text the source does not have: a verse of the Quran's English translation.
    const chapters = createRequire(import.meta.url)('quran-json/dist/quran_en.json') as Array<{verses: Array<{translation: string}>}>
    const index = target.findIndex((paragraph, at) => at >= 40 && paragraph.length > 100)
    pasted[index] = chapters[1].verses[1].translation
    expect(lint(source, pasted, 'ar')).toEqual([`target ${index + 1}:1 sourceScript`])
  })
})

describe('untranslated on the sample document', () => {
  it('reports nothing', async () => {
    const path = fileURLToPath(new URL('../../corpus/alalam-2020-07-08.txt', import.meta.url))
    const unit = readCombined(await readSourceFile(path), {source: 'en', target: 'ar'})!
    expect(lintUnit(unit, [{rule, severity: 2, options: rule.meta.defaultOptions}])).toEqual([])
  })
})
