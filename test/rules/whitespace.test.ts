// whitespace on real text: the sample report, UDHR in several scripts (the
// French one binds its guillemets and numbers with no-break spaces), the
// Qur’an, with stray white space injected at known places and fixed.

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/whitespace.js'
import {runExample} from '../../src/engine/examples.js'
import {udhrPair} from '../fixtures/udhr.js'
import {expectFixesSettle} from '../helpers/rule-on-text.js'

const sample = readFileSync(new URL('../../corpus/alalam-2020-07-08.txt', import.meta.url), 'utf8').split('\n')
const english = sample.slice(0, 9).join('\n')
const arabic = sample.slice(9, 19).join('\n')

function run(source: string, target: string, languages = {source: 'en', target: 'ar'}, kind: 'document' | 'segment' = 'document') {
  const {messages, output} = runExample(rule, {name: 'test', source, target, languages, kind})
  return {messages: messages.map((message) => ({id: message.messageId, side: message.side, line: message.line, column: message.column})), output}
}

describe('the sample document', () => {
  it('gives no message', () => {
    expect(run(english, arabic).messages).toEqual([])
  })
})

describe('UDHR', () => {
  for (const [code, lang] of [['arb', 'ar'], ['rus', 'ru'], ['fra', 'fr'], ['cmn_hans', 'zh'], ['pes_1', 'fa'], ['heb', 'he']]) {
    it(`English–${code} gives no message`, () => {
      const pair = udhrPair('eng', code)
      expect(run(pair.source.join('\n'), pair.target.join('\n'), {source: 'en', target: lang}).messages).toEqual([])
    })
  }

  it('finds injected white space in English–Arabic at its lines and columns, and fixes it', () => {
    const {source, target} = udhrPair('eng', 'arb')
    const s = [...source]
    const t = [...target]
    s[2] = s[2].replace(' ', '  ') + ' '
    t[5] = t[5].replace(/ (\S+)$/, '\t$1')
    t[7] = t[7].replace(/ (\S+)$/, '\u00A0$1')
    const {messages, output} = run(s.join('\n'), t.join('\n'))
    expect(messages).toEqual([
      {id: 'doubled', side: 'source', line: 3, column: s[2].indexOf('  ') + 1},
      {id: 'trailing', side: 'source', line: 3, column: s[2].length},
      {id: 'tab', side: 'target', line: 6, column: t[5].indexOf('\t') + 1},
      {id: 'unusualSpace', side: 'target', line: 8, column: t[7].indexOf('\u00A0') + 1}
    ])
    expect(output).toEqual({source: source.join('\n'), target: target.join('\n')})
  })
})

describe('Qur’an verses as segments', () => {
  const chapters = JSON.parse(readFileSync(new URL('../../node_modules/quran-json/dist/quran_en.json', import.meta.url), 'utf8')) as Array<{
    verses: Array<{text: string; translation: string}>
  }>
  const verses = chapters.flatMap((chapter) => chapter.verses)

  it('gives 1 message on the 6,236 verses: a thin space inside a word of 2:72', () => {
    const found = verses.flatMap((verse, index) => run(verse.translation, verse.text, undefined, 'segment').messages.map((message) => ({index, ...message})))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({id: 'unusualSpace', side: 'target'})
    expect(verses[found[0].index].text).toContain('\u2009')
  })

  it('finds a trailing space the English verse lacks', () => {
    const verse = verses[0]
    const {messages, output} = run(verse.translation, verse.text + ' ', undefined, 'segment')
    expect(messages).toEqual([{id: 'segmentEnd', side: 'target', line: 1, column: verse.text.length + 1}])
    expect(output.target).toBe(verse.text)
  })
})

describe('fixes', () => {
  it('never crash and settle in one pass on any mix of marks, spaces and scripts', () => {
    expectFixesSettle(rule, 'ab1 ,.;:!?،؛؟“”«»()\t\u00A0\u202F\n٢٫٬%ا', 150)
  })
})
