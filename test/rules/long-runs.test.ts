// #27: units that repeat one odd thing thousands of times. Each rule reports
// every occurrence with a message of bounded size (the first 1,000 a version,
// then one summary: src/engine/limits.ts), and its work grows with the
// unit (helpers/doubling.ts), where it grew with the square of it before:
// contexts quoted whole, closers searched for, every date compared with every other.

import {describe, expect, it} from 'vitest'
import dateTimeAgreement from '../../rules/date-time-agreement.js'
import invisibleCharacters from '../../rules/invisible-characters.js'
import mixedScript from '../../rules/mixed-script.js'
import numberAgreement from '../../rules/number-agreement.js'
import unicodeNormalization from '../../rules/unicode-normalization.js'
import {runExample} from '../../src/engine/examples.js'
import {ruleGrowth} from '../helpers/doubling.js'

const repeat = (unit: string, size: number) => unit.repeat(size)

describe('invisible-characters on long runs', () => {
  it('quotes at most 32 characters either side of each of 5,000 joiners', () => {
    const {messages} = runExample(invisibleCharacters, {name: 'joiners', source: 'dig' + repeat('\u200d', 5000), target: 'مرحبا'})
    expect(messages).toHaveLength(1001)
    expect(messages[0].message).toBe(`Unexpected U+200D ZERO WIDTH JOINER in \`dig${repeat('\u200d', 33)}…\`: outside an emoji sequence or after a virama it joins nothing`)
    expect(messages[500].message).toContain(`\`…${repeat('\u200d', 65)}…\``)
    expect(messages[1000].message).toBe('… and 4,000 more findings of `invisible-characters` in the English version of this unit (only the first 1,000 are listed)')
    expect(Math.max(...messages.map((message) => message.message.length))).toBeLessThan(200)
    const short = runExample(invisibleCharacters, {name: 'joiners', source: 'dig' + repeat('\u200d', 500), target: 'مرحبا'}).messages
    expect(short).toHaveLength(500)
    expect(short.at(-1)!.message).toContain(`\`…${repeat('\u200d', 33)}\``)
  })

  it('still quotes a word of 65 characters whole', () => {
    const word = repeat('a', 32) + '\u200b' + repeat('b', 32)
    const {messages} = runExample(invisibleCharacters, {name: 'a long word', source: `The ${word} ends.`, target: 'مرحبا'})
    expect(messages.map((message) => message.message)).toEqual([`Unexpected U+200B ZERO WIDTH SPACE in \`${word}\`: it splits the word for search and tokenizers while nothing shows`])
  })

  it('grows linearly with nested isolates, and with embeddings that a PDI does not close', () => {
    const nested = ruleGrowth(invisibleCharacters, (n) => ({source: repeat('\u2067', n) + repeat('\u2069', n), target: 'مرحبا'}), 4000, 5)
    expect(nested.perDoubling).toBeLessThan(2.5)
    const unclosed = ruleGrowth(invisibleCharacters, (n) => ({source: repeat('\u202a', n) + repeat('\u2069', n), target: 'مرحبا'}), 2000, 5)
    expect(unclosed.perDoubling).toBeLessThan(2.5)
    const {messages} = runExample(invisibleCharacters, {name: 'unclosed', source: repeat('\u202a', 3) + repeat('\u2069', 3), target: 'مرحبا'})
    expect(messages.map((message) => `${message.messageId} ${message.column}`)).toEqual([
      'unclosedBidi 1', 'unclosedBidi 2', 'unclosedBidi 3', 'unopenedBidi 4', 'unopenedBidi 5', 'unopenedBidi 6'
    ])
  }, 60_000)
})

describe('unicode-normalization on long words', () => {
  it('finds the clusters of a word far longer than the segmenter’s window as the segmenter does on the whole word', () => {
    // Flags (regional indicator pairs), emoji ZWJ sequences, Hangul jamo and decomposed letters, cut by windows anywhere.
    const pieces = ['e\u0301', '🇫🇷', '👩\u200d💻', '\u1100\u1161\u11a8', 'a', '\u0627\u0653', 'o\u0308\u0301']
    const word = Array.from({length: 1500}, (_, index) => pieces[(index * 7) % pieces.length] + (index % 11 === 0 ? '\u0301' : '')).join('')
    const expected: string[] = []
    let offset = 0
    for (const {segment} of new Intl.Segmenter('und', {granularity: 'grapheme'}).segment(word)) {
      if (segment.normalize('NFC') !== segment) expected.push(`${offset}:${segment.length}`)
      offset += segment.length
    }
    const {messages} = runExample(unicodeNormalization, {name: 'long word', source: word, target: 'مرحبا'})
    // Adjacent changed clusters make one finding: its span covers theirs.
    const found = messages.map((message) => [message.column - 1, message.endColumn - message.column])
    const covered = expected.filter((cluster) => {
      const [start, length] = cluster.split(':').map(Number)
      return found.some(([from, size]) => from <= start && start + length <= from + size)
    })
    expect(covered).toEqual(expected)
    expect(runExample(unicodeNormalization, {name: 'long word', source: word, target: 'مرحبا'}).output.source).toBe(word.normalize('NFC'))
  })

  it('reports a letter with 100,000 combining accents once', () => {
    const {messages} = runExample(unicodeNormalization, {name: 'accents', source: 'a' + repeat('\u0301', 100_000), target: 'مرحبا'})
    expect(messages.map((message) => [message.messageId, message.column, message.endColumn])).toEqual([['composition', 1, 100_002]])
  })
})

describe('mixed-script on long runs', () => {
  it('quotes an excerpt of a word of 8,000 Persian yehs in Arabic text, and grows linearly', () => {
    const {messages} = runExample(mixedScript, {name: 'yehs', source: 'Hello', target: repeat('ی', 8000)})
    expect(messages).toHaveLength(1001)
    expect(messages[500].message).toContain(`\`…${repeat('ی', 65)}…\``)
    expect(messages[0].message).toContain(`\`${repeat('ی', 33)}…\``)
    expect(messages[1000].message).toBe('… and 7,000 more findings of `mixed-script` in the Arabic version of this unit (only the first 1,000 are listed)')
    expect(ruleGrowth(mixedScript, (n) => ({source: 'Hello', target: repeat('ی', n)}), 2000, 5).perDoubling).toBeLessThan(2.5)
  }, 60_000)
})

describe('date and number agreement on many dates', () => {
  it('reports each of 900 dates that differ, and grows linearly', () => {
    const {messages} = runExample(dateTimeAgreement, {name: 'dates', source: repeat('5 March 2020, ', 900), target: repeat('٦ مارس ٢٠٢٠، ', 900)})
    expect(messages).toHaveLength(900)
    expect(messages[899].message).toBe('Unexpected date `٦ مارس ٢٠٢٠` (6 March 2020), expected 5 March 2020 as the English version writes `5 March 2020`')
    const differing = ruleGrowth(dateTimeAgreement, (n) => ({source: repeat('5 March 2020, ', n), target: repeat('٦ مارس ٢٠٢٠، ', n)}), 500, 5)
    expect(differing.perDoubling).toBeLessThan(2.5)
    const distinct = (n: number, day: number) => Array.from({length: n}, (_, index) => `${1 + ((index + day) % 28)} March ${1900 + (index % 200)}`).join(', ')
    expect(ruleGrowth(dateTimeAgreement, (n) => ({source: distinct(n, 0), target: distinct(n, 1)}), 500, 5).perDoubling).toBeLessThan(2.5)
  }, 60_000)

  it('grows linearly with times the other version lacks, whose hours it looks for in one read of the numbers', () => {
    expect(ruleGrowth(dateTimeAgreement, (n) => ({source: repeat('12:30, ', n), target: repeat('نص ', n)}), 2000, 5).perDoubling).toBeLessThan(2.5)
  }, 60_000)

  it('grows linearly with dates that differ between the versions', () => {
    const growth = ruleGrowth(numberAgreement, (n) => ({source: repeat('5 March 2020, ', n), target: repeat('٦ مارس ٢٠٢٠، ', n)}), 500, 5)
    expect(growth.perDoubling).toBeLessThan(2.5)
  }, 60_000)
})
