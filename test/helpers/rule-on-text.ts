// Helpers for rule tests on real text: UDHR pairs as bitexts, a rule's
// findings as `side line:column messageId` rows, and the property that a
// rule's fixes settle in one pass.

import fc from 'fast-check'
import {expect} from 'vitest'
import type {AnyRule} from '../../src/engine/rule.js'
import {runExample} from '../../src/engine/examples.js'
import {udhrPair} from '../fixtures/udhr.js'

/** UDHR codes and BCP 47 tags: English against six scripts. */
export const udhrScripts = [
  ['rus', 'ru'],
  ['pes_1', 'fa'],
  ['arb', 'ar'],
  ['heb', 'he'],
  ['cmn_hans', 'zh'],
  ['hin', 'hi']
] as const

export interface TextPair {
  source: string
  target: string
  lang: string
}

/** The English UDHR and its translation, one paragraph a line. */
export function udhr(code: string, lang: string): TextPair {
  const {source, target} = udhrPair('eng', code)
  return {source: source.join('\n'), target: target.join('\n'), lang}
}

export function lintPair(rule: AnyRule, {source, target, lang}: TextPair) {
  return runExample(rule, {name: lang, source, target, languages: {source: 'en', target: lang}})
}

/** The findings of `rule` as sorted `side line:column messageId` rows. */
export function summary(rule: AnyRule, pair: TextPair): string[] {
  return lintPair(rule, pair)
    .messages.map((message) => `${message.side} ${message.line}:${message.column} ${message.messageId}`)
    .sort()
}

/** The 1-based `line:column` of an offset. */
export function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n')
  return `${before.length}:${before.at(-1)!.length + 1}`
}

/** On random texts over `alphabet`, the rule never crashes and its fixes settle in one pass. */
export function expectFixesSettle(rule: AnyRule, alphabet: string, numRuns: number): void {
  const text = fc.array(fc.constantFrom(...alphabet.split('')), {maxLength: 30}).map((characters) => characters.join(''))
  const language = fc.constantFrom('ar', 'fr', 'de', 'zh')
  const kind = fc.constantFrom('document' as const, 'segment' as const)
  fc.assert(
    fc.property(text, text, language, kind, (source, target, lang, unitKind) => {
      const example = {name: 'property', kind: unitKind, languages: {source: 'en', target: lang}}
      const {output} = runExample(rule, {...example, source, target})
      expect(runExample(rule, {...example, ...output}).output).toEqual(output)
    }),
    {numRuns}
  )
}
