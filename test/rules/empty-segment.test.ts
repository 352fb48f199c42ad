// empty-segment on real text: UDHR paragraphs and Qur’an verses as segment
// pairs, then with sides emptied at known places.

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/empty-segment.js'
import {runExample} from '../../src/engine/examples.js'
import {udhrPair} from '../fixtures/udhr.js'

function lint(source: string, target: string, languages = {source: 'en', target: 'ar'}, options = {}) {
  return runExample(rule, {name: 'test', source, target, languages, options, kind: 'segment'}).messages.map((message) => message.side)
}

const chapters = JSON.parse(readFileSync(new URL('../../node_modules/quran-json/dist/quran_en.json', import.meta.url), 'utf8')) as Array<{
  verses: Array<{text: string; translation: string}>
}>
const verses = chapters.flatMap((chapter) => chapter.verses)

describe('real segment pairs', () => {
  it('gives no message on the 6,236 Qur’an verses', () => {
    expect(verses.flatMap((verse) => lint(verse.translation, verse.text))).toEqual([])
  })

  it('gives no message on UDHR English–Russian paragraphs', () => {
    const {source, target} = udhrPair('eng', 'rus')
    expect(source.flatMap((paragraph, index) => lint(paragraph, target[index], {source: 'en', target: 'ru'}))).toEqual([])
  })

  it('finds the emptied sides of verses 10 and 20, and only the target with sides: target', () => {
    const pairs = verses.slice(0, 30).map((verse, index) => ({
      source: index === 20 ? '' : verse.translation,
      target: index === 10 ? ' \u200F' : verse.text
    }))
    const found = pairs.flatMap((pair, index) => lint(pair.source, pair.target).map((side) => `${index} ${side}`))
    expect(found).toEqual(['10 target', '20 source'])
    const targetOnly = pairs.flatMap((pair, index) => lint(pair.source, pair.target, undefined, {sides: 'target'}).map((side) => `${index} ${side}`))
    expect(targetOnly).toEqual(['10 target'])
  })
})
