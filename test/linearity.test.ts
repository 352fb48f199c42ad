// #27: every rule is linear in the size of its unit. Each case doubles a
// hostile input twice (see helpers/doubling.ts) and checks that the work grows
// at most about 2.5× per doubling; quadratic work grows 4×. The sizes are
// chosen so that the smallest run takes some tens of milliseconds.

import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import type {RuleExample} from '../src/engine/rule.js'
import {ruleGrowth} from './helpers/doubling.js'

type Make = (size: number) => Omit<RuleExample<unknown>, 'name'>

const repeat = (unit: string, size: number) => unit.repeat(size)
const lines = (text: string, size: number) => Array.from({length: size}, () => text).join('\n')
const plural = {flags: ['c-format'], comments: [], plural: {form: 0, forms: 2, nplurals: 2, empty: [], countOptional: false, first: true}}

/** Hostile inputs by rule id: each grows with `size`; a rule may have several. */
const cases: Record<string, Array<[name: string, make: Make, n: number]>> = {
  'date-time-agreement': [
    ['dates in a row', (n) => ({source: repeat('5 March 2020, ', n), target: repeat('٥ مارس ٢٠٢٠، ', n)}), 500],
    ['dates against none', (n) => ({source: repeat('5 March 2020, ', n), target: repeat('نص ', n)}), 500]
  ],
  'duplicate-unit': [['a long segment', (n) => ({kind: 'segment', source: repeat('Hello there. ', n), target: repeat('مرحبا. ', n)}), 200000]],
  'empty-segment': [['spaces', (n) => ({kind: 'segment', source: repeat(' ', n), target: repeat('\u200b', n)}), 800000]],
  'invisible-characters': [
    ['joiners', (n) => ({source: 'a' + repeat('\u200d', n), target: 'مرحبا'}), 10000],
    ['bidi overrides', (n) => ({source: 'a' + repeat('\u202e', n), target: 'مرحبا'}), 10000]
  ],
  'language-mismatch': [['a long line', (n) => ({source: repeat('The council met today. ', n), target: repeat('The council met today. ', n)}), 8000]],
  'length-ratio': [['a long segment', (n) => ({kind: 'segment', source: repeat('word ', n), target: repeat('كلمة ', n)}), 400000]],
  'mixed-script': [['Latin inside Arabic words', (n) => ({source: repeat('Hello world. ', n), target: repeat('مرحباworld ', n)}), 2000]],
  mojibake: [['mojibake pairs', (n) => ({source: repeat('CafÃ© ', n), target: repeat('Ù…Ø±Ø­Ø¨Ø§ ', n)}), 32000]],
  'name-consistency': [['a name repeated', (n) => ({source: repeat('Ahmad Said ', n), target: repeat('أحمد سعيد ', n)}), 1000]],
  'number-agreement': [
    ['dates in a row', (n) => ({source: repeat('5 March 2020, ', n), target: repeat('٥ مارس ٢٠٢٠، ', n)}), 500],
    ['numbers against none', (n) => ({source: repeat('12 ', n), target: repeat('نص ', n)}), 3000]
  ],
  'paragraph-count': [['one-line paragraphs', (n) => ({source: lines('The council met.', n), target: lines('اجتمع المجلس.', n)}), 500]],
  'placeholder-agreement': [
    ['placeholders', (n) => ({kind: 'segment', source: repeat('%s ', n), target: repeat('%d ', n)}), 4000],
    ['placeholders left out', (n) => ({kind: 'segment', source: repeat('%s ', n), target: 'نص'}), 16000],
    ['names renamed', (n) => ({kind: 'segment', source: Array.from({length: n}, (_, i) => `{a${i}}`).join(' '), target: Array.from({length: n}, (_, i) => `{b${i}}`).join(' ')}), 4000]
  ],
  'plural-forms': [['a long entry', (n) => ({kind: 'segment', source: repeat('%d file ', n), target: repeat('%d ملف ', n), entry: plural}), 20000]],
  'punctuation-spacing': [['spaces before commas', (n) => ({source: repeat('a , ', n), target: repeat('ب ، ', n)}), 5000]],
  'quote-balance': [
    ['open brackets', (n) => ({source: 'Open ' + repeat('(', n), target: 'مرحبا'}), 20000],
    ['quotes', (n) => ({source: repeat('"a ', n), target: repeat('«ب ', n)}), 15000]
  ],
  'terminal-punctuation': [['a long segment', (n) => ({kind: 'segment', source: repeat('Hello there', n) + '.', target: repeat('مرحبا', n)}), 250000]],
  'unicode-normalization': [['combining accents', (n) => ({source: repeat('e\u0301', n), target: 'مرحبا'}), 10000]],
  untranslated: [['a copied line', (n) => ({source: repeat('Hello there. ', n), target: repeat('Hello there. ', n)}), 5000]],
  whitespace: [['spaces and tabs', (n) => ({source: repeat('a \t ', n), target: repeat('ب  ', n)}), 2000]]
}

describe('every rule is linear in its unit', () => {
  it('has a case for every rule', () => {
    expect(Object.keys(cases).sort()).toEqual(rules.map((rule) => rule.meta.id).sort())
  })
  for (const rule of rules) {
    for (const [name, make, n] of cases[rule.meta.id] ?? []) {
      // A retry absorbs a garbage collection that lands in one size's tries; quadratic work fails every attempt.
      it(`${rule.meta.id}: ${name}`, {retry: 2, timeout: 300_000}, () => {
        const {times, perDoubling} = ruleGrowth(rule, make, n)
        if (process.env.SHOW_GROWTH) console.log(rule.meta.id, name, times.map((time) => time.toFixed(1)).join(' '), perDoubling.toFixed(2))
        expect(perDoubling, `${times.map((time) => time.toFixed(1)).join(', ')} ms at ${n}, ${2 * n}, ${4 * n}`).toBeLessThan(2.5)
      })
    }
  }
})
