// #27: name-consistency is linear in the size of its unit, on inputs beside
// test/linearity.test.ts's name repeated on one line: many distinct names
// with their transliterations, a slip in every tenth (so that spellings are
// compared and reported), on a line and four to a paragraph; and a name one
// per paragraph; and the spellings of a crowded rasm, each compared with the
// 64 most frequent only. The paragraphs are aligned before the clock starts:
// the alignment has its own case.

import {describe, expect, it} from 'vitest'
import rule from '../../rules/name-consistency.js'
import {alignUnit} from '../../src/text/align.js'
import {exampleUnit, runExample} from '../../src/engine/examples.js'
import {lintUnit} from '../../src/engine/lint-unit.js'
import type {RuleExample} from '../../src/engine/rule.js'
import type {Unit} from '../../src/engine/types.js'
import {findInconsistencies} from '../../src/text/names/index.js'
import {growth, ruleGrowth} from '../helpers/doubling.js'

type Pair = Omit<RuleExample<unknown>, 'name'>

const consonants = {latin: 'btdrzsfklmnh', arabic: 'بتدرزسفكلمنه'}
const vowels = {latin: 'aiu', arabic: 'ايو'}

/**
 * The `index`th of a family of names and its Arabic spelling, each base-12
 * digit of the index written twice (`Babatati…`, `بابا…`): two names differ in
 * two letters at least, so that a name has no more look-alikes in a long
 * list than in a short one.
 */
function name(index: number): [latin: string, arabic: string] {
  let latin = ''
  let arabic = ''
  for (let rest = index, digit = 0; digit < 4; rest = Math.floor(rest / 12), digit++) {
    for (const vowel of [0, 1]) {
      latin += consonants.latin[rest % 12] + vowels.latin[(digit + vowel) % 3]
      arabic += consonants.arabic[rest % 12] + vowels.arabic[(digit + vowel) % 3]
    }
  }
  return [latin[0].toUpperCase() + latin.slice(1), arabic]
}

/** A one-key slip at the end of a name: its last vowel for the key beside it. */
const slip = (latin: string): string => latin.slice(0, -1) + {a: 's', i: 'u', u: 'i'}[latin.at(-1)!]

/** `size` distinct names, each twice, `perParagraph` to a paragraph; in the English, every tenth slips the second time. */
function distinctNames(size: number, perParagraph = size): Pair {
  const names = Array.from({length: size}, (_, index) => name(index))
  const text = (mentions: readonly string[]): string =>
    mentions.map((mention, index) => mention + (index === mentions.length - 1 ? '' : (index + 1) % perParagraph === 0 ? '\n' : ' ')).join('')
  return {
    source: text(names.map(([latin], index) => `${latin} ${index % 10 === 9 ? slip(latin) : latin}`)),
    target: text(names.map(([, arabic]) => `${arabic} ${arabic}`))
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

/** Letters of one rasm between two others (ٮ in the middle of a word): 5^5 spellings of س…ل with one rasm. */
const teeth = 'بتثني'

const frequent = 'بتثني'
/** The 20 spellings one letter from `س${frequent}ل`. */
const slips = [...frequent].flatMap((_, at) => [...teeth].filter((letter) => letter !== frequent[at]).map((letter) => `س${frequent.slice(0, at)}${letter}${frequent.slice(at + 1)}ل`))

/** `سبتثنيل` ten times, its 20 slips once each, then other spellings of its rasm to `size` in all. */
function crowdedRasm(size: number): Array<{spelling: string; ref: number}> {
  const spellings = new Set(slips)
  for (let index = 0; spellings.size < size; index++) {
    let middle = ''
    for (let rest = index, letter = 0; letter < 5; rest = Math.floor(rest / 5), letter++) middle += teeth[rest % 5]
    if (middle !== frequent) spellings.add(`س${middle}ل`)
  }
  return [...Array.from({length: 10}, () => `س${frequent}ل`), ...spellings].map((spelling, ref) => ({spelling, ref}))
}

const described = (times: readonly number[], n: number): string => `${times.map((time) => time.toFixed(1)).join(', ')} ms at ${n}, ${2 * n}, ${4 * n}`

describe('name-consistency is linear in its unit', () => {
  it('compares the spellings of many distinct names and reports the slip of every tenth', () => {
    const {messages} = runExample(rule, {name: 'distinct names', ...distinctNames(300)})
    expect(messages).toHaveLength(30)
    expect(messages[0]).toMatchObject({
      line: 1,
      column: 324,
      message: 'Name `Mamibibububababu` differs from `Mamibibububababi` (×1 elsewhere, first at line 1) by one key: likely a typo'
    })
  })

  it('many distinct names on one line', () => {
    const n = 1000
    const {times, perDoubling} = ruleGrowth(rule, (size) => distinctNames(size), n)
    expect(perDoubling, described(times, n)).toBeLessThan(2.5)
  }, 300_000)

  it('many distinct names, four to a paragraph', () => {
    const n = 1000
    const {times, perDoubling} = alignedGrowth((size) => distinctNames(size, 4), n)
    expect(perDoubling, described(times, n)).toBeLessThan(2.5)
  }, 300_000)

  it('reports the misspelled name of every tenth paragraph', () => {
    const {messages} = runExample(rule, {name: 'a name a paragraph', ...namePerParagraph(100)})
    expect(messages.map((message) => [message.line, message.message])).toEqual(
      [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((line) => [line, 'Name `Saud` differs from `Said` (×90 elsewhere, first at line 1) by one key: likely a typo'])
    )
  })

  it('a name one per paragraph, misspelled in every tenth', () => {
    const n = 500
    const {times, perDoubling} = alignedGrowth(namePerParagraph, n)
    expect(perDoubling, described(times, n)).toBeLessThan(2.5)
  }, 300_000)

  it('compares each spelling of a crowded rasm with its 64 most frequent, and finds every slip of the frequent one', () => {
    const findings = findInconsistencies(crowdedRasm(1000), {variants: true})
    const ofFrequent = findings.filter((finding) => finding.expected === `س${frequent}ل`)
    expect(ofFrequent.map((finding) => [finding.kind, finding.spelling, finding.expectedCount])).toEqual(slips.map((slip) => ['typo', slip, 10]))
    const n = 500
    const {times, perDoubling} = growth((size) => void findInconsistencies(crowdedRasm(size), {variants: true}), n)
    expect(perDoubling, described(times, n)).toBeLessThan(2.5)
  }, 300_000)
})
