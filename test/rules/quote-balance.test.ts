// quote-balance on real text: the sample report (two quotations left open
// in its Arabic version, ayn marks in its English one), UDHR in six
// languages, and Qur’an verses, whose quotations run over several verses.

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/quote-balance.js'
import {runExample} from '../../src/engine/examples.js'
import {udhrPair} from '../fixtures/udhr.js'

const sample = readFileSync(new URL('../../corpus/alalam-2020-07-08.txt', import.meta.url), 'utf8').split('\n')
const english = sample.slice(0, 9).join('\n')
const arabic = sample.slice(9, 19).join('\n')

function lint(source: string, target: string, languages = {source: 'en', target: 'ar'}, kind: 'document' | 'segment' = 'document') {
  return runExample(rule, {name: 'test', source, target, languages, kind}).messages.map((message) => ({
    id: message.messageId,
    side: message.side,
    line: message.line,
    column: message.column
  }))
}

describe('the sample document', () => {
  const messages = lint(english, arabic)

  it('reports the never-closed “ of file lines 14 and 16 at the mark', () => {
    const column = (line: number) => sample[line - 1].indexOf('“') + 1
    expect(messages).toEqual([
      {id: 'unclosed', side: 'target', line: 14 - 9, column: column(14)},
      {id: 'unclosed', side: 'target', line: 16 - 9, column: column(16)}
    ])
  })

  it('takes the ayn marks of ‘Alī and Al-‘Ālam (lines 2, 3, 6) for no quotes', () => {
    expect(sample[1]).toContain('‘Alī')
    expect(sample[2]).toContain('Al-‘Ālam')
    expect(messages.filter((message) => message.side === 'source')).toEqual([])
  })

  it('reports a closing quote removed from the English line 7', () => {
    const changed = english.replace('“Israel”', '“Israel')
    expect(lint(changed, arabic).filter((message) => message.side === 'source')).toEqual([
      {id: 'unclosed', side: 'source', line: 7, column: sample[6].indexOf('“Israel') + 1}
    ])
  })
})

describe('UDHR', () => {
  for (const [code, lang] of [['arb', 'ar'], ['rus', 'ru'], ['fra', 'fr'], ['deu_1996', 'de'], ['cmn_hans', 'zh'], ['heb', 'he']]) {
    it(`English–${code} gives no message`, () => {
      const pair = udhrPair('eng', code)
      expect(lint(pair.source.join('\n'), pair.target.join('\n'), {source: 'en', target: lang})).toEqual([])
    })
  }

  it('finds injected defects in English–Russian after balanced pairs', () => {
    const {source, target} = udhrPair('eng', 'rus')
    const t = [...target]
    t[4] = '«Все» (люди) ' + t[4] + ' «и'
    t[12] = t[12] + ' статья 5)'
    const messages = lint(source.join('\n'), t.join('\n'), {source: 'en', target: 'ru'})
    expect(messages).toEqual([
      {id: 'unclosed', side: 'target', line: 5, column: t[4].lastIndexOf('«') + 1},
      {id: 'unopened', side: 'target', line: 13, column: t[12].length}
    ])
  })
})

describe('Qur’an verses as segments', () => {
  const chapters = JSON.parse(readFileSync(new URL('../../node_modules/quran-json/dist/quran_en.json', import.meta.url), 'utf8')) as Array<{
    verses: Array<{text: string; translation: string}>
  }>
  const verses = chapters.flatMap((chapter) => chapter.verses)

  it('gives no message on all 6,236 verses: a quotation may run over verses, brackets balance', () => {
    expect(verses).toHaveLength(6236)
    const messages = verses.flatMap((verse) => lint(verse.translation, verse.text, {source: 'en', target: 'ar'}, 'segment'))
    expect(messages).toEqual([])
  })

  it('finds a bracket left open in a verse translation', () => {
    const verse = verses.find((candidate) => candidate.translation.includes('['))!
    const broken = verse.translation.replace(']', '')
    expect(lint(broken, verse.text, {source: 'en', target: 'ar'}, 'segment')).toEqual([
      {id: 'unclosed', side: 'source', line: 1, column: broken.indexOf('[') + 1}
    ])
  })
})
