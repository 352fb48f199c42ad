// punctuation-spacing on real text: the sample report (one Arabic comma
// glued to the next word), UDHR in several scripts, Qur’an translations,
// with defects injected at known places and their fixes applied.

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/punctuation-spacing.js'
import {runExample} from '../../src/engine/examples.js'
import {udhrPair} from '../fixtures/udhr.js'
import {expectFixesSettle} from '../helpers/rule-on-text.js'

const sample = readFileSync(new URL('../../corpus/alalam-2020-07-08.txt', import.meta.url), 'utf8').split('\n')
const english = sample.slice(0, 9).join('\n')
const arabic = sample.slice(9, 19).join('\n')

function run(source: string, target: string, languages = {source: 'en', target: 'ar'}, options = {}) {
  const {messages, output} = runExample(rule, {name: 'test', source, target, languages, options})
  return {messages: messages.map((message) => ({id: message.messageId, side: message.side, line: message.line, column: message.column})), output}
}

describe('the sample document', () => {
  it('reports والخنوع،وقال on file line 16 at the comma, and its fix inserts a space', () => {
    const {messages, output} = run(english, arabic)
    expect(messages).toEqual([{id: 'spaceAfter', side: 'target', line: 16 - 9, column: sample[15].indexOf('والخنوع،وقال') + 'والخنوع'.length + 1}])
    expect(output.target).toBe(arabic.replace('والخنوع،وقال', 'والخنوع، وقال'))
    expect(run(english, output.target).messages).toEqual([])
  })
})

describe('UDHR', () => {
  for (const [code, lang] of [['arb', 'ar'], ['rus', 'ru'], ['fra', 'fr'], ['pes_1', 'fa'], ['urd', 'ur'], ['cmn_hans', 'zh'], ['deu_1996', 'de']]) {
    it(`English–${code} gives no message`, () => {
      const pair = udhrPair('eng', code)
      expect(run(pair.source.join('\n'), pair.target.join('\n'), {source: 'en', target: lang}).messages).toEqual([])
    })
  }

  it('French UDHR puts plain spaces before 6 semicolons: reported only when no-break spaces are asked for', () => {
    const pair = udhrPair('eng', 'fra')
    const {messages} = run(pair.source.join('\n'), pair.target.join('\n'), {source: 'en', target: 'fr'}, {frenchSpaces: 'either'})
    expect(messages.map((message) => message.id)).toEqual(Array(6).fill('frenchPlain'))
  })

  it('finds injected defects in English–Persian after well-spaced marks, and fixes them', () => {
    const {source, target} = udhrPair('eng', 'pes_1')
    const s = [...source]
    const t = [...target]
    s[3] = s[3].replace(/(\w) (\w)/, '$1 , $2')
    expect(t[7]).toContain('، ')
    t[7] = t[7] + ' آزادی،برابری ؛ عدالت'
    const {messages, output} = run(s.join('\n'), t.join('\n'), {source: 'en', target: 'fa'})
    expect(messages).toEqual([
      {id: 'spaceBefore', side: 'source', line: 4, column: s[3].indexOf(' ,') + 1},
      {id: 'spaceAfter', side: 'target', line: 8, column: t[7].lastIndexOf('،') + 1},
      {id: 'spaceBefore', side: 'target', line: 8, column: t[7].indexOf(' ؛') + 1}
    ])
    expect(output.target.split('\n')[7]).toBe(target[7] + ' آزادی، برابری؛ عدالت')
    expect(output.source.split('\n')[3]).toBe(s[3].replace(' ,', ','))
  })
})

describe('Qur’an translations', () => {
  const chapters = JSON.parse(readFileSync(new URL('../../node_modules/quran-json/dist/quran_en.json', import.meta.url), 'utf8')) as Array<{
    verses: Array<{text: string; translation: string}>
  }>
  const verses = chapters.flatMap((chapter) => chapter.verses)

  it('gives no message on the 6,236 verses in English and Arabic', () => {
    const source = verses.map((verse) => verse.translation).join('\n')
    const target = verses.map((verse) => verse.text).join('\n')
    expect(runExample(rule, {name: 'quran', source, target, kind: 'segment'}).messages).toEqual([])
  })
})

describe('fixes', () => {
  it('never crash and settle in one pass on any mix of marks, spaces and scripts', () => {
    expectFixesSettle(rule, 'ab1 ,.;:!?،؛؟“”«»()\t\u00A0\u202F\n٢٫٬%ا', 150)
  })
})
