// The shortcuts of the rules comparable to pofilter's checks (issue #10):
// white space found by its unusual runs only, ends of texts read backwards by
// code point, a target told from its source by its first letter, quote
// balances computed once per segment, PO strings decoded from escape to
// escape. Each still finds what the full checks find, at the same place.

import {describe, expect, it} from 'vitest'
import invisibleCharacters from '../../rules/invisible-characters.js'
import punctuationSpacing from '../../rules/punctuation-spacing.js'
import quoteBalance from '../../rules/quote-balance.js'
import terminalPunctuation from '../../rules/terminal-punctuation.js'
import untranslated from '../../rules/untranslated.js'
import whitespace from '../../rules/whitespace.js'
import type {AnyRule, RuleExample} from '../../src/engine/rule.js'
import {runExample} from '../../src/engine/examples.js'
import {udhrArticles} from '../fixtures/udhr.js'
import {makeProject, runCli} from '../helpers/cli.js'

function messages(rule: AnyRule, example: Omit<RuleExample<unknown>, 'name'>): string[] {
  return runExample(rule, {name: 'case', kind: 'segment', ...example}).messages.map(
    (message) => `${message.messageId} ${message.side} ${message.line}:${message.column}`
  )
}

const article1 = (code: string) => udhrArticles(code).get(1)!.at(-1)!
const english = article1('eng')
const arabic = article1('arb')

/** `text` with its `nth` space (0-based) replaced by `replacement`. */
function atSpace(text: string, nth: number, replacement: string): string {
  let at = -1
  for (let count = 0; count <= nth; count++) at = text.indexOf(' ', at + 1)
  return text.slice(0, at) + replacement + text.slice(at + 1)
}

/** 1-based column of the `nth` space of `text`. */
const spaceColumn = (text: string, nth: number) => atSpace(text, nth, '\u0000').indexOf('\u0000') + 1

describe('whitespace, from unusual runs only', () => {
  it('reports a space followed by a no-break space as one doubled run, from the space on', () => {
    const target = atSpace(arabic, 3, ' \u00A0')
    const report = runExample(whitespace, {name: 'case', kind: 'segment', source: english, target}).messages
    expect(report.map((message) => `${message.messageId} ${message.column}:${message.endColumn}`)).toEqual([`doubled ${spaceColumn(arabic, 3)}:${spaceColumn(arabic, 3) + 2}`])
    expect(report[0].message).toBe('Unexpected space and no-break space (U+00A0) between words, expected one space')
  })

  it('reports a thin space and a tab among many single spaces, and keeps a no-break space after a digit', () => {
    const source = atSpace(atSpace(english, 20, '\t'), 5, '\u2009').replace('All', 'Article 1\u00A0All')
    const shift = 'Article 1\u00A0'.length
    expect(messages(whitespace, {source, target: arabic})).toEqual([`unusualSpace source 1:${spaceColumn(english, 5) + shift}`, `tab source 1:${spaceColumn(english, 20) + shift}`])
  })
})

describe('terminal-punctuation, read backwards by code point', () => {
  it('looks through an RLM, a guillemet and a tag character (two UTF-16 units) after the Arabic question mark', () => {
    expect(messages(terminalPunctuation, {source: 'Is it true?', target: 'هل هذا صحيح؟\u200F»\u{E0001}'})).toEqual([])
    expect(messages(terminalPunctuation, {source: 'Is it true?', target: 'هل هذا صحيح.\u200F»\u{E0001}'})).toEqual(['differs target 1:12'])
  })

  it('stops at an astral letter after the mark', () => {
    expect(messages(terminalPunctuation, {source: english, target: arabic + '\u{1D400}'})).toEqual([`missing target 1:${arabic.length + 3}`])
  })
})

describe('untranslated, told by the first letter of the target', () => {
  it('reports an Arabic copy of a source that quotes Arabic, and not the Arabic translation', () => {
    const source = `${english} (${arabic})`
    expect(messages(untranslated, {source, target: source.toUpperCase()})).toEqual(['identical target 1:1'])
    expect(messages(untranslated, {source, target: arabic})).toEqual([])
  })
})

describe('quote-balance on segments, each side balanced once', () => {
  it('reports the source before the target, and a quotation continued in the next segment only where the other side does not close it', () => {
    const source = `He said “${english}`
    const target = `قال «${arabic}»`
    expect(messages(quoteBalance, {source, target})).toEqual(['unclosed source 1:9'])
    expect(messages(quoteBalance, {source, target: `قال ${arabic}`})).toEqual([])
    // The target quotes nothing: the open quotation may close in a later segment; the brackets count.
    expect(messages(quoteBalance, {source: `${source})`, target: `قال (${arabic}`})).toEqual([`unopened source 1:${source.length + 1}`, 'unclosed target 1:5'])
  })
})

describe('punctuation-spacing and invisible-characters on real text', () => {
  it('finds a space before a period, and leaves an ellipsis, a decimal and `.NET` alone', () => {
    const source = english.replace('.', ' .') + ' Rights ... 2.5 .NET'
    expect(messages(punctuationSpacing, {source, target: arabic})).toEqual([`spaceBefore source 1:${english.indexOf('.') + 1}`])
  })

  it('reports nothing for a side without invisible characters and an unclosed isolate in one with them', () => {
    expect(messages(invisibleCharacters, {source: english, target: arabic})).toEqual([])
    expect(messages(invisibleCharacters, {source: english, target: `\u2067${arabic}`})).toEqual(['unclosedBidi target 1:1'])
  })
})

describe('PO strings decoded from escape to escape', () => {
  it('places a finding after escaped quotes and a tab escape at its column in the file', async () => {
    const msgstr = `قال \\"نعم\\"\\t${arabic}  .`
    const folder = makeProject({
      'udhr.po': ['msgid ""', 'msgstr ""', '"Language: ar\\n"', '', `msgid "He said \\"yes\\" ${english}"`, `msgstr "${msgstr}"`, ''].join('\n'),
      '.lintrc.json': {languages: {source: 'en', target: 'ar'}, rules: {whitespace: 'error'}}
    })
    const run = await runCli(['-f', 'json', 'udhr.po'], folder)
    const found = JSON.parse(run.stdout)[0].messages.map((message: {messageId: string; line: number; column: number}) => `${message.messageId} ${message.line}:${message.column}`)
    // The tab is reported at its escape `\t`; the doubled space at the file column of its first space.
    expect(found).toEqual([`tab 6:${'msgstr "'.length + msgstr.indexOf('\\t') + 1}`, `doubled 6:${'msgstr "'.length + msgstr.indexOf('  ') + 1}`])
    expect(run.code).toBe(1)
  })
})
