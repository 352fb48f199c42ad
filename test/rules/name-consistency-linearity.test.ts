// #27: name-consistency is linear in the size of its unit, on inputs beside
// test/linearity.test.ts's name repeated on one line: many distinct names
// (each a transliteration, many one letter from another, so that spellings
// are compared and reported), and names one per paragraph. The paragraphs
// are aligned before the clock starts: the alignment has its own case.

import {describe, expect, it} from 'vitest'
import rule from '../../rules/name-consistency.js'
import {alignUnit} from '../../src/text/align.js'
import {exampleUnit, runExample} from '../../src/engine/examples.js'
import {lintUnit} from '../../src/engine/lint-unit.js'
import type {RuleExample} from '../../src/engine/rule.js'
import type {LintMessage, Unit} from '../../src/engine/types.js'
import {growth, ruleGrowth} from '../helpers/doubling.js'

type Pair = Omit<RuleExample<unknown>, 'name'>

const consonants = {latin: 'btdrzsfklmnh', arabic: 'بتدرزسفكلمنه'}
const vowels = {latin: 'aiu', arabic: 'ايو'}

/** The `index`th of a family of names and its Arabic spelling: `Babitu` بابيتو, `Tabitu` تابيتو, … */
function name(index: number): [latin: string, arabic: string] {
  let latin = ''
  let arabic = ''
  for (let rest = index + 144, syllable = 0; rest > 0 || syllable < 3; rest = Math.floor(rest / 12), syllable++) {
    latin += consonants.latin[rest % 12] + vowels.latin[syllable % 3]
    arabic += consonants.arabic[rest % 12] + vowels.arabic[syllable % 3]
  }
  return [latin[0].toUpperCase() + latin.slice(1), arabic]
}

/** `size` distinct names, each twice, joined by `separator`. */
function distinctNames(size: number, separator: string): Pair {
  const names = Array.from({length: size}, (_, index) => name(index))
  return {
    source: names.map(([latin]) => `${latin} ${latin}`).join(separator),
    target: names.map(([, arabic]) => `${arabic} ${arabic}`).join(separator)
  }
}

/** A full name a paragraph, with a one-key slip in the English of every tenth. */
function namePerParagraph(size: number): Pair {
  const lines = Array.from({length: size}, (_, index) => index % 10 === 9)
  return {source: lines.map((typo) => (typo ? 'Ahmad Saud' : 'Ahmad Said')).join('\n'), target: lines.map(() => 'أحمد سعيد').join('\n')}
}

/**
 * `growth` of the rule on `make(size)` with its paragraphs aligned before
 * the runs are timed. The rule keeps its analysis of a unit for each
 * options: each run has a glossary term of its own, absent from the text,
 * so that it analyses the unit afresh.
 */
function alignedGrowth(make: (size: number) => Pair, n: number): ReturnType<typeof growth> {
  const units = new Map<number, Unit>()
  for (const size of [n, 2 * n, 4 * n]) {
    const unit = exampleUnit({name: 'doubling', ...make(size)})
    alignUnit(unit)
    units.set(size, unit)
  }
  let run = 0
  return growth((size) => {
    const options = {...rule.meta.defaultOptions, glossary: {[`Zuqar${run++}`]: 'زقر'}}
    lintUnit(units.get(size)!, [{rule, severity: 2, options}])
  }, n)
}

const described = (times: readonly number[], n: number): string => `${times.map((time) => time.toFixed(1)).join(', ')} ms at ${n}, ${2 * n}, ${4 * n}`

function messageIds(messages: readonly LintMessage[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const message of messages) counts[message.messageId!] = (counts[message.messageId!] ?? 0) + 1
  return counts
}

describe('name-consistency is linear in its unit', () => {
  it('compares the spellings of many distinct names, one letter apart, and reports them', () => {
    const {messages} = runExample(rule, {name: 'distinct names', ...distinctNames(300, ' ')})
    // Babitu and Batitu are one key apart in Latin, بابيتو and باتيتو in dots: likely typos, in both versions.
    expect(messageIds(messages)).toEqual({typo: expect.any(Number), dots: expect.any(Number)})
    expect(messages.find((message) => message.messageId === 'typo')?.message).toMatch(/^Name `\w+` differs from `\w+` \(×2 elsewhere, first at line 1\) by one key: likely a typo$/)
  })

  it('many distinct names on one line', () => {
    const n = 1000
    const {times, perDoubling} = ruleGrowth(rule, (size) => distinctNames(size, ' '), n)
    expect(perDoubling, described(times, n)).toBeLessThan(2.5)
  }, 300_000)

  it('many distinct names, one per paragraph', () => {
    const n = 500
    const {times, perDoubling} = alignedGrowth((size) => distinctNames(size, '\n'), n)
    expect(perDoubling, described(times, n)).toBeLessThan(2.5)
  }, 300_000)

  it('reports the misspelled name of every tenth paragraph', () => {
    const {messages} = runExample(rule, {name: 'a name a paragraph', ...namePerParagraph(100)})
    expect(messages.map((message) => [message.line, message.message])).toEqual(
      [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((line) => [line, 'Name `Saud` differs from `Said` (×90 elsewhere, first at line 1) by one key: likely a typo'])
    )
  })

  it('a name one per paragraph, misspelled in every tenth', () => {
    const n = 1000
    const {times, perDoubling} = alignedGrowth(namePerParagraph, n)
    expect(perDoubling, described(times, n)).toBeLessThan(2.5)
  }, 300_000)
})
