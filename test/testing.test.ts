// `bilint/testing` holds a plugin to what the core harness holds a core rule
// to: a wrong expectation fails, with the difference shown.

import {AssertionError} from 'node:assert'
import {describe, expect, it} from 'vitest'
import {houseQuotes} from '../examples/plugin/house-quotes.js'
import {RuleTester} from '../src/testing.js'

const [wrongQuotes] = houseQuotes.examples.invalid

// Without `describe`/`it` (none given, no globals), `run` checks at once and throws.
describe('RuleTester', () => {
  it('passes a rule whose examples hold', () => {
    expect(() => new RuleTester().run(houseQuotes)).not.toThrow()
  })

  it('fails on a wrong column, a wrong fix output, a message too many and a bad option', () => {
    const tester = new RuleTester()
    const moved = {...wrongQuotes, name: 'moved', errors: wrongQuotes.errors.map((error) => ({...error, column: error.column + 1}))}
    expect(() => tester.run(houseQuotes, {invalid: [moved]})).toThrow(AssertionError)
    const unfixed = {...wrongQuotes, name: 'unfixed', output: {source: wrongQuotes.source, target: wrongQuotes.target.replace('«', '“')}}
    expect(() => tester.run(houseQuotes, {invalid: [unfixed]})).toThrow(/after one pass of fixes/)
    const notValid = {name: 'not valid', source: wrongQuotes.source, target: wrongQuotes.target}
    expect(() => tester.run(houseQuotes, {valid: [notValid]})).toThrow(/valid example "not valid" gives messages/)
    const badOption = {name: 'bad option', source: 'a', target: 'b', options: {marks: {ar: ['«']}}}
    expect(() => tester.run(houseQuotes, {valid: [badOption as never]})).toThrow(/marks\.ar: must NOT have fewer than 2 items/)
  })

  it('gives cases without languages the tester’s languages', () => {
    const russian = {
      name: 'Russian by default',
      options: {marks: {ru: ['«', '»']}},
      source: 'Article 1',
      target: 'Статья 1: "Все люди рождаются свободными."',
      errors: [
        {messageId: 'wrongMark', data: {found: '"', expected: '«', language: 'Russian', open: '«', close: '»'}, side: 'target' as const, line: 1, column: 11},
        {messageId: 'wrongMark', data: {found: '"', expected: '»', language: 'Russian', open: '«', close: '»'}, side: 'target' as const, line: 1, column: 42}
      ],
      output: {source: 'Article 1', target: 'Статья 1: «Все люди рождаются свободными.»'}
    }
    expect(() => new RuleTester({languages: {source: 'en', target: 'ru'}}).run(houseQuotes, {invalid: [russian]})).not.toThrow()
    expect(() => new RuleTester().run(houseQuotes, {invalid: [russian]})).toThrow(AssertionError)
  })
})
