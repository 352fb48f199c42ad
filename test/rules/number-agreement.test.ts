// number-agreement on real text: the sample report, UDHR pairs in six
// languages (clean, then with numbers injected at known places), and
// Qur’an verse pairs as segments.

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/number-agreement.js'
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

/** Where `needle` is in a list of paragraphs, 1-based. */
function place(paragraphs: readonly string[], index: number, needle: string) {
  const column = paragraphs[index].indexOf(needle)
  expect(column, `${needle} in paragraph ${index + 1}`).toBeGreaterThanOrEqual(0)
  return {line: index + 1, column: column + 1}
}

describe('the sample document', () => {
  it('reports nothing: 2011 is on both sides and the dateline is the date rule’s', () => {
    expect(lint(english, arabic)).toEqual([])
  })

  it('reports the Arabic 2011 changed to ٢٠١٢ at its place (file line 17)', () => {
    const changed = arabic.replace('عام 2011', 'عام ٢٠١٢')
    const column = changed.split('\n')[7].indexOf('٢٠١٢') + 1
    expect(lint(english, changed)).toEqual([{id: 'differs', side: 'target', line: 17 - 9, column}])
  })
})

describe('UDHR', () => {
  for (const [code, lang] of [['arb', 'ar'], ['rus', 'ru'], ['fra', 'fr'], ['deu_1996', 'de'], ['hin', 'hi'], ['cmn_hans', 'zh'], ['amh', 'am']]) {
    it(`English–${code} gives no message (article numbers in digits, words, Han and Ethiopic numerals)`, () => {
      const pair = udhrPair('eng', code)
      expect(pair.source.length).toBeGreaterThan(60)
      expect(lint(pair.source.join('\n'), pair.target.join('\n'), {source: 'en', target: lang})).toEqual([])
    })
  }

  it('English–Persian gives the 18 headings of articles 13–30, written as ordinal words', () => {
    const pair = udhrPair('eng', 'pes_1')
    const messages = lint(pair.source.join('\n'), pair.target.join('\n'), {source: 'en', target: 'fa'})
    expect(messages).toHaveLength(18)
    expect(messages.every((message) => message.id === 'missing' && pair.target[message.line - 1].startsWith('مادهٔ'))).toBe(true)
  })

  it('finds injected defects in English–Arabic at their lines and columns, and accepts equivalent forms', () => {
    const {source, target} = udhrPair('eng', 'arb')
    const s = [...source]
    const t = [...target]
    // Equivalent: separators and digit systems differ, values agree.
    s[5] += ' It concerns 2,000 people, 2.5 percent, 50% of them aged 5-12.'
    t[5] += ' ويخص ٢٬٠٠٠ شخص، ٢٫٥ بالمئة، ٥٠٪ منهم بين ٥ و١٢ عاما.'
    // A changed number after a matching one.
    s[10] += ' Within 30 days, 14 judges decide.'
    t[10] += ' خلال ٣٠ يوما يقرر ١٥ قاضيا.'
    // A number added in the translation, and one left out.
    t[20] += ' في ٣ حالات.'
    s[30] += ' Since 1948.'
    const messages = lint(s.join('\n'), t.join('\n'))
    expect(messages).toEqual([
      {id: 'differs', side: 'target', ...place(t, 10, '١٥')},
      {id: 'extra', side: 'target', ...place(t, 20, '٣ حالات')},
      {id: 'missing', side: 'target', line: 31, column: 1}
    ])
  })
})

describe('Qur’an verses as segments', () => {
  const chapters = JSON.parse(readFileSync(new URL('../../node_modules/quran-json/dist/quran_en.json', import.meta.url), 'utf8')) as Array<{
    verses: Array<{text: string; translation: string}>
  }>
  const verses = chapters.slice(1, 3).flatMap((chapter) => chapter.verses)

  it('gives no message on chapters 2 and 3, 486 verses (numbers in words on both sides)', () => {
    expect(verses).toHaveLength(486)
    const messages = verses.flatMap((verse) => lint(verse.translation, verse.text, {source: 'en', target: 'ar'}, 'segment'))
    expect(messages).toEqual([])
  })

  it('finds a number injected into a verse translation', () => {
    const verse = verses[100]
    const messages = lint(verse.translation + ' (verse 17)', verse.text, {source: 'en', target: 'ar'}, 'segment')
    expect(messages).toEqual([{id: 'missing', side: 'target', line: 1, column: 1}])
  })
})
