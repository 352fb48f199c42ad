// Inline directives, as ESLint's: `bilint-disable-next-line rule` and
// `bilint-disable rule` … `bilint-enable rule` in PO comments, XLIFF and TMX
// notes and Markdown's HTML comments. What they turn off moves to
// `suppressedMessages`, corpus-wide findings too, and is not fixed.

import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/engine/types.js'
import {makeProject, runCli} from './helpers/cli.js'

const config = (files: string[]) => ({languages: {source: 'en', target: 'ar'}, files, extends: ['bilint:recommended']})

/** The rule and line of each message and suppressed message of the first result. */
async function lint(files: Record<string, string | object>, args: string[] = []) {
  const folder = makeProject(files)
  const run = await runCli(['--format', 'json', ...args], folder)
  const results = JSON.parse(run.stdout) as LintResult[]
  const brief = (key: 'messages' | 'suppressedMessages') =>
    results.flatMap((result) => result[key].map((message) => `${path.basename(result.filePath)}:${message.line} ${message.ruleId}`))
  return {run, folder, results, messages: brief('messages'), suppressed: brief('suppressedMessages')}
}

const po = [
  'msgid ""',
  'msgstr ""',
  '"Language: ar\\n"',
  '',
  '# bilint-disable-next-line whitespace -- the two spaces are the layout of a table',
  'msgid "Name and age"',
  'msgstr "الاسم  والعمر"',
  '',
  'msgid "City and country"',
  'msgstr "المدينة  والبلد"',
  '',
  '# bilint-disable untranslated',
  'msgid "The budget covers the health sector."',
  'msgstr "تغطي الميزانية قطاع health."',
  '',
  'msgid "The plan covers the education sector."',
  'msgstr "تغطي الخطة قطاع education."',
  '',
  '# bilint-enable untranslated',
  'msgid "The report covers the water sector."',
  'msgstr "يغطي التقرير قطاع water."',
  ''
].join('\n')

describe('directives in a PO file', async () => {
  const {run, results, messages, suppressed} = await lint({'.lintrc.json': config(['*.po']), 'messages.po': po})

  it('turns off the rule it names for the entry after it, with its justification', () => {
    expect(messages).toContain('messages.po:10 whitespace')
    expect(suppressed).toContain('messages.po:7 whitespace')
    const message = results[0].suppressedMessages.find((entry) => entry.line === 7)
    expect(message?.suppressions).toEqual([{kind: 'directive', justification: 'the two spaces are the layout of a table'}])
  })

  it('turns a rule off from `bilint-disable` to `bilint-enable`', () => {
    expect(suppressed).toEqual(expect.arrayContaining(['messages.po:14 untranslated', 'messages.po:17 untranslated']))
    expect(messages).toContain('messages.po:21 untranslated')
  })

  it('counts only what is left: one error per finding reported', () => {
    expect(results[0].errorCount).toBe(messages.length)
    expect(run.code).toBe(1)
  })
})

describe('directives in notes and comments', () => {
  it('reads an XLIFF 1.2 note of a trans-unit', async () => {
    const xliff = [
      '<xliff version="1.2"><file source-language="en" target-language="ar"><body>',
      '<trans-unit id="1"><source>Name and age</source><target>الاسم  والعمر</target>',
      '<note>bilint-disable-next-line whitespace</note></trans-unit>',
      '<trans-unit id="2"><source>City and country</source><target>المدينة  والبلد</target></trans-unit>',
      '</body></file></xliff>'
    ].join('\n')
    const {messages, suppressed} = await lint({'.lintrc.json': config(['*.xlf']), 'a.xlf': xliff})
    expect(suppressed).toEqual(['a.xlf:2 whitespace'])
    expect(messages).toEqual(['a.xlf:4 whitespace'])
  })

  it('reads an XLIFF 2.0 note of a unit, for its segments', async () => {
    const xliff = [
      '<xliff version="2.0" srcLang="en" trgLang="ar"><file id="f">',
      '<unit id="1"><notes><note>bilint-disable-next-line whitespace</note></notes>',
      '<segment><source>Name and age</source><target>الاسم  والعمر</target></segment></unit>',
      '<unit id="2"><segment><source>City and country</source><target>المدينة  والبلد</target></segment></unit>',
      '</file></xliff>'
    ].join('\n')
    const {messages, suppressed} = await lint({'.lintrc.json': config(['*.xliff']), 'a.xliff': xliff})
    expect(suppressed).toEqual(['a.xliff:3 whitespace'])
    expect(messages).toEqual(['a.xliff:4 whitespace'])
  })

  it('reads a TMX note of a tu', async () => {
    const tmx = [
      '<tmx version="1.4"><header srclang="en"/><body>',
      '<tu><note>bilint-disable-next-line whitespace</note><tuv xml:lang="en"><seg>Name and age</seg></tuv><tuv xml:lang="ar"><seg>الاسم  والعمر</seg></tuv></tu>',
      '<tu><tuv xml:lang="en"><seg>City and country</seg></tuv><tuv xml:lang="ar"><seg>المدينة  والبلد</seg></tuv></tu>',
      '</body></tmx>'
    ].join('\n')
    const {messages, suppressed} = await lint({'.lintrc.json': config(['*.tmx']), 'a.tmx': tmx})
    expect(suppressed).toEqual(['a.tmx:2 whitespace'])
    expect(messages).toEqual(['a.tmx:3 whitespace'])
  })

  it('reads HTML comments of a Markdown document, a line or a block, which are no paragraph of either version', async () => {
    const markdown = [
      'The Caesar Act covers the health sector.',
      'The law takes effect in June.',
      'The ministry will publish the rules.',
      '',
      '<!-- bilint-disable-next-line whitespace -->',
      'يشمل قانون  قيصر قطاع الصحة.',
      'يدخل القانون  حيز التنفيذ في يونيو.',
      '<!-- bilint-disable whitespace -->',
      'وستنشر الوزارة  القواعد.',
      '<!-- bilint-enable whitespace -->'
    ].join('\n')
    const {messages, suppressed} = await lint({'.lintrc.json': config(['*.md']), 'report.md': markdown})
    expect(suppressed).toEqual(['report.md:6 whitespace', 'report.md:9 whitespace'])
    expect(messages).toEqual(['report.md:7 whitespace'])
  })

  it('reports a rule a directive names that does not exist', async () => {
    const po = ['# bilint-disable-next-line whitespce', 'msgid "Name and age"', 'msgstr "الاسم  والعمر"', ''].join('\n')
    const {run, results} = await lint({'.lintrc.json': config(['*.po']), 'a.po': po})
    expect(results[0].messages.map(({ruleId, line, message}) => ({ruleId, line, message}))).toEqual([
      {ruleId: null, line: 1, message: 'Unknown rule `whitespce` in a bilint directive; `bilint --list-rules` lists the rules'},
      {ruleId: 'whitespace', line: 3, message: 'Unexpected 2 spaces between words, expected one space'}
    ])
    expect(run.code).toBe(1)
  })

  it('turns off a corpus-wide finding too', async () => {
    const tsv = 'The plan was approved.\tتمت الموافقة على الخطة.\nThe plan was approved.\tتمت الموافقة على الخطة.\n'
    const po = ['msgid "The plan was approved."', 'msgstr "تمت الموافقة على الخطة."', '', '# bilint-disable-next-line duplicate-unit', 'msgid "The plan was approved."', 'msgstr "أُقرّت الخطة."', ''].join('\n')
    const {messages, suppressed} = await lint({'.lintrc.json': config(['*.tsv', '*.po']), 'a.tsv': tsv, 'b.po': po})
    // The PO's first entry repeats the TSV's pair; its second, another translation, is turned off.
    expect(messages).toEqual(['a.tsv:2 duplicate-unit', 'b.po:1 duplicate-unit'])
    expect(suppressed).toEqual(['b.po:5 duplicate-unit'])
  })

  it('keeps --fix off what it turns off', async () => {
    const {folder} = await lint({'.lintrc.json': config(['*.po']), 'messages.po': po}, ['--fix'])
    const fixed = readFileSync(path.join(folder, 'messages.po'), 'utf8')
    expect(fixed).toContain('msgstr "الاسم  والعمر"')
    expect(fixed).toContain('msgstr "المدينة والبلد"')
  })
})
