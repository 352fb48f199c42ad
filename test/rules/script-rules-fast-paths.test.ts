// The shortcuts of the script and text rules (a side with no digit, no
// quotation mark, one script, a target in another script than its source)
// and their linear paths over long input still find what the full checks
// find, at the same place.

import {describe, expect, it} from 'vitest'
import languageMismatch from '../../rules/language-mismatch.js'
import mixedScript from '../../rules/mixed-script.js'
import mojibake from '../../rules/mojibake.js'
import numberAgreement from '../../rules/number-agreement.js'
import quoteBalance from '../../rules/quote-balance.js'
import untranslated from '../../rules/untranslated.js'
import type {AnyRule, RuleExample} from '../../src/engine/rule.js'
import {runExample} from '../../src/engine/examples.js'
import {udhrArticles} from '../fixtures/udhr.js'

function messages(rule: AnyRule, example: Omit<RuleExample<unknown>, 'name'>): string[] {
  return runExample(rule, {name: 'case', kind: 'segment', ...example}).messages.map(
    (message) => `${message.messageId} ${message.side} ${message.line}:${message.column}`
  )
}

const article1 = (code: string) => udhrArticles(code).get(1)!.at(-1)!

describe('untranslated, where source and target scripts differ or agree', () => {
  it('reports an English copy in the Arabic version, case and punctuation aside', () => {
    const english = article1('eng')
    const copy = english.toUpperCase().replace(/\.$/, '!')
    expect(messages(untranslated, {source: english, target: copy})).toEqual(['identical target 1:1'])
  })

  it('reports a Russian copy in the Ukrainian version, and not the Ukrainian translation', () => {
    const languages = {source: 'ru', target: 'uk'}
    expect(messages(untranslated, {languages, source: article1('rus'), target: article1('rus').toUpperCase()})).toEqual(['identical target 1:1'])
    expect(messages(untranslated, {languages, source: article1('rus'), target: article1('ukr')})).toEqual([])
  })

  it('finds nothing in the Arabic translation; language-mismatch leaves an English target to untranslated', () => {
    expect(messages(untranslated, {source: article1('eng'), target: article1('arb')})).toEqual([])
    const english = article1('eng') + ' ' + article1('eng')
    expect(messages(untranslated, {source: article1('eng'), target: english})).toEqual(['sourceScript target 1:1'])
    expect(messages(languageMismatch, {source: article1('eng'), target: english})).toEqual([])
  })
})

describe('number-agreement without digits on one side', () => {
  it('reads Han ordinals when the other side has digits', () => {
    const languages = {source: 'en', target: 'zh'}
    expect(messages(numberAgreement, {languages, source: 'Article 19 and Article 20', target: '第十九条和第二十条'})).toEqual([])
    expect(messages(numberAgreement, {languages, source: 'Article 19 and Article 20', target: '第十九条和第二十一条'})).toEqual(['differs target 1:7'])
  })

  it('finds the one number missing among 1,500 written in another order', () => {
    const numbers = Array.from({length: 1500}, (_, index) => String(index + 1))
    const target = [...numbers].reverse().filter((number) => number !== '1234').join(' ، ')
    expect(messages(numberAgreement, {source: numbers.join(' '), target})).toEqual(['missing target 1:1'])
  })
})

describe('quote-balance on a long line', () => {
  it('tells an enumerator after 100,000 spaces from a bracket nothing opens', () => {
    const spaces = ' '.repeat(100_000)
    expect(messages(quoteBalance, {source: `Rights:${spaces}a) everyone`, target: `الحقوق${spaces}b) لكل`})).toEqual([
      'unopened target 1:100008'
    ])
  })
})

describe('mixed-script when every letter shares one script', () => {
  it('still reports punctuation of another script', () => {
    expect(messages(mixedScript, {source: article1('eng'), target: article1('arb').replace(/\.$/, '。')})).toEqual([
      `foreignPunctuation target 1:${article1('arb').length}`
    ])
  })
})

describe('mojibake', () => {
  it('finds Windows-1252 and then Windows-1256 mojibake in one text, and leaves a garbled byte order mark', () => {
    const languages = {source: 'en', target: 'fr'}
    expect(messages(mojibake, {languages, source: 'ï»¿The café', target: 'Le cafÃ© et ط§ظ„ط¹ط§ظ„ظ… ï»¿ fin'})).toEqual([
      'mojibake target 1:7',
      'mojibake target 1:13'
    ])
  })
})
