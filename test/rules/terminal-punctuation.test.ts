// terminal-punctuation on real text: the sample report (its Arabic
// paragraphs end without periods), UDHR pairs across scripts, Qur’an verses,
// with endings changed at known places.

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/terminal-punctuation.js'
import {runExample} from '../../src/engine/examples.js'
import {udhrPair} from '../fixtures/udhr.js'

const sample = readFileSync(new URL('../../corpus/alalam-2020-07-08.txt', import.meta.url), 'utf8').split('\n')
const english = sample.slice(0, 9).join('\n')
const arabic = sample.slice(9, 19).join('\n')

function lint(source: string, target: string, languages = {source: 'en', target: 'ar'}, options = {}, kind: 'document' | 'segment' = 'document') {
  return runExample(rule, {name: 'test', source, target, languages, options, kind}).messages.map((message) => ({
    id: message.messageId,
    side: message.side,
    line: message.line,
    column: message.column
  }))
}

describe('the sample document', () => {
  it('gives 7 messages: the Arabic paragraphs 12 and 14–19 end without the English period', () => {
    const messages = lint(english, arabic)
    expect(messages.map((message) => message.line + 9)).toEqual([12, 14, 15, 16, 17, 18, 19])
    expect(messages.every((message) => message.id === 'missing' && message.column === sample[message.line + 8].length + 1)).toBe(true)
  })

  it('gives none with optionalPeriod', () => {
    expect(lint(english, arabic, undefined, {optionalPeriod: true})).toEqual([])
  })
})

describe('UDHR', () => {
  for (const [code, lang] of [['arb', 'ar'], ['rus', 'ru'], ['fra', 'fr'], ['pes_1', 'fa'], ['deu_1996', 'de']]) {
    it(`English–${code} gives no message`, () => {
      const pair = udhrPair('eng', code)
      expect(lint(pair.source.join('\n'), pair.target.join('\n'), {source: 'en', target: lang})).toEqual([])
    })
  }

  it('English–Chinese gives 1 message: the Chinese preamble ends with `;`', () => {
    const pair = udhrPair('eng', 'cmn_hans')
    const messages = lint(pair.source.join('\n'), pair.target.join('\n'), {source: 'en', target: 'zh'})
    expect(messages).toEqual([{id: 'differs', side: 'target', line: 1, column: pair.target[0].length}])
    expect(pair.target[0].endsWith(';')).toBe(true)
  })

  it('English–Hebrew gives 30 messages, one per article heading (`סעיף ב.` against `Article 2`)', () => {
    const pair = udhrPair('eng', 'heb')
    const messages = lint(pair.source.join('\n'), pair.target.join('\n'), {source: 'en', target: 'he'})
    expect(messages).toHaveLength(30)
    expect(messages.every((message) => message.id === 'extra' && pair.target[message.line - 1].startsWith('סעיף'))).toBe(true)
  })

  it('finds endings changed in English–Arabic at their lines and columns', () => {
    const {source, target} = udhrPair('eng', 'arb')
    const t = [...target]
    expect([t[4], t[9], t[15]].every((paragraph) => paragraph.endsWith('.'))).toBe(true)
    t[4] = t[4].slice(0, -1) + '؟'
    t[9] = t[9].slice(0, -1) + '!»'
    t[15] = t[15].slice(0, -1)
    const messages = lint(source.join('\n'), t.join('\n'))
    expect(messages).toEqual([
      {id: 'differs', side: 'target', line: 5, column: t[4].length},
      {id: 'differs', side: 'target', line: 10, column: t[9].length - 1},
      {id: 'missing', side: 'target', line: 16, column: t[15].length + 1}
    ])
  })
})

describe('Qur’an verses as segments', () => {
  const chapters = JSON.parse(readFileSync(new URL('../../node_modules/quran-json/dist/quran_en.json', import.meta.url), 'utf8')) as Array<{
    verses: Array<{text: string; translation: string}>
  }>
  const verses = chapters.flatMap((chapter) => chapter.verses)

  it('gives no message on the 6,236 verses, which end without punctuation on both sides', () => {
    const messages = verses.flatMap((verse) => lint(verse.translation, verse.text, undefined, {}, 'segment'))
    expect(messages).toEqual([])
  })

  it('finds a question mark added to a verse translation', () => {
    const verse = verses[6]
    expect(lint(verse.translation + '?', verse.text, undefined, {}, 'segment')).toEqual([{id: 'missing', side: 'target', line: 1, column: verse.text.length + 1}])
  })
})
