// Gates (`meta.gates`): a rule runs only where a unit holds what it needs,
// read from the sides' lexical scans. A gate must never hide a finding: on
// real text and on random text, each gated rule finds the same without it.

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import type {AnyRule} from '../src/engine/rule.js'
import {defineRule} from '../src/engine/rule.js'
import {runExample} from '../src/engine/examples.js'
import {createStatsCollector} from '../src/engine/stats.js'
import {lintUnit} from '../src/engine/lint-unit.js'
import {createSide} from '../src/text/side.js'
import type {Unit} from '../src/engine/types.js'
import {quranPairs} from './fixtures/quran.js'
import {udhrPair} from './fixtures/udhr.js'

const gated = rules.filter((rule) => rule.meta.gates?.length)

/** The same rule without its gates. */
const ungated = (rule: AnyRule): AnyRule => ({...rule, meta: {...rule.meta, gates: undefined}})

function findings(rule: AnyRule, source: string, target: string, lang: string, kind: 'document' | 'segment') {
  return runExample(rule, {name: 'gate', kind, source, target, languages: {source: 'en', target: lang}}).messages
}

function segmentUnit(source: string, target: string): Unit {
  const side = (role: 'source' | 'target', text: string, lang: string) =>
    createSide({role, lang, filePath: '/x.tsv', text, toFileOffset: (offset) => offset, position: (offset) => ({line: 1, column: offset + 1})})
  return {id: 'x', kind: 'segment', source: side('source', source, 'en'), target: side('target', target, 'ar')} as Unit
}

describe('gates', () => {
  it('are named by the rules that can only report on a number, a quotation mark, an invisible or a mojibake character', () => {
    expect(Object.fromEntries(gated.map((rule) => [rule.meta.id, rule.meta.gates]))).toEqual({
      'date-time-agreement': ['number'],
      'invisible-characters': ['invisible'],
      mojibake: ['mojibake'],
      'number-agreement': ['number'],
      'quote-balance': ['quote']
    })
  })

  it('skip a rule where no gate opens on either side, and --stats counts the units that opened one', () => {
    let checked = 0
    const counting = defineRule({
      meta: {id: 'counting', description: 'Counts.', docs: {what: '', why: '', fix: ''}, schema: {}, defaultOptions: {}, messages: {}, recommended: false, gates: ['number']},
      check() {
        checked++
      }
    }) as AnyRule
    const stats = createStatsCollector()
    const active = [{rule: counting, severity: 2 as const, options: {}}]
    lintUnit(segmentUnit('No number here.', 'لا رقم هنا.'), active, {stats})
    lintUnit(segmentUnit('Seven people.', 'سبعة أشخاص ٧.'), active, {stats})
    lintUnit(segmentUnit('In 2020.', 'في ذلك العام.'), active, {stats})
    expect(checked).toBe(2)
    expect(stats.rules.get('counting')).toMatchObject({units: 3, passed: 2})
  })

  for (const rule of gated) {
    it(`hide no finding of ${rule.meta.id} on UDHR and Qur'an text`, () => {
      for (const [code, lang] of [['arb', 'ar'], ['rus', 'ru'], ['cmn_hans', 'zh']] as const) {
        const {source, target} = udhrPair('eng', code)
        for (let index = 0; index < source.length; index++) {
          expect(findings(rule, source[index], target[index], lang, 'segment')).toEqual(findings(ungated(rule), source[index], target[index], lang, 'segment'))
        }
      }
      for (const {text, translation} of quranPairs(300)) {
        expect(findings(rule, translation, text, 'ar', 'segment')).toEqual(findings(ungated(rule), translation, text, 'ar', 'segment'))
      }
    })

    it(`hide no finding of ${rule.meta.id} on random text`, () => {
      const alphabet = 'aA 1٣.,:"\'«»()“”‘’\u200c\u200d\u202e\u00a0Ã©Ø§€ا' + 'ي'
      const text = fc.array(fc.constantFrom(...alphabet), {maxLength: 24}).map((characters) => characters.join(''))
      fc.assert(
        fc.property(text, text, fc.constantFrom('document' as const, 'segment' as const), (source, target, kind) => {
          expect(findings(rule, source, target, 'ar', kind)).toEqual(findings(ungated(rule), source, target, 'ar', kind))
        }),
        {numRuns: 300}
      )
    })
  }
})
