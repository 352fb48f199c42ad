// The `placeholders` setting: a user's own pattern is protected and compared,
// `[]` turns placeholders off, and a pattern that does not compile stops the
// run with its path. And `--stats` counts a catalog's untranslated and fuzzy entries.

import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/engine/types.js'
import {makeProject, runCli} from './helpers/cli.js'

const jsonl = [
  {source: 'Hello [[user]], you have %s messages.', target: 'مرحبا [[usr]]، لديك رسائل.'},
  {source: 'Open [[settings]] now.', target: 'افتح [[settings]] الآن.'}
]
  .map((record) => JSON.stringify(record))
  .join('\n')

async function lint(placeholders: unknown, extra: string[] = []) {
  const folder = makeProject({
    '.lintrc.json': {languages: {source: 'en', target: 'ar'}, files: ['*.jsonl'], rules: {'placeholder-agreement': 'error', 'mixed-script': 'error'}, placeholders},
    'a.jsonl': jsonl
  })
  return runCli(['--format', 'json', ...extra], folder)
}

describe('the placeholders setting', () => {
  it('protects and compares a pattern of the user’s, beside the syntaxes it names', async () => {
    const run = await lint(['printf', {name: 'wiki', pattern: '\\[\\[\\w+\\]\\]'}])
    const messages = (JSON.parse(run.stdout) as LintResult[])[0].messages
    expect(messages.map(({ruleId, line, column, message}) => ({ruleId, line, column, message}))).toEqual([
      {ruleId: 'placeholder-agreement', line: 1, column: 61, message: 'Missing `%s` in the Arabic version: the English version has it; keep every placeholder and tag as written'},
      {ruleId: 'placeholder-agreement', line: 1, column: 67, message: 'Unexpected `[[usr]]`, expected `[[user]]`: a placeholder keeps the name the program fills in'}
    ])
  })

  it('reads placeholders as text with `[]`: nothing to compare, where the default finds `%s` missing', async () => {
    const run = await lint([])
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as LintResult[])[0].messages).toEqual([])
    const byDefault = await lint(undefined)
    expect((JSON.parse(byDefault.stdout) as LintResult[])[0].messages.map((message) => message.message)).toEqual([
      'Missing `%s` in the Arabic version: the English version has it; keep every placeholder and tag as written'
    ])
  })

  it('stops at a pattern that does not compile, naming where it is', async () => {
    const run = await lint([{pattern: '[unclosed'}])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('.lintrc.json: placeholders[0].pattern: not a valid regular expression')
  })
})

describe('--stats on a catalog', () => {
  it('counts the untranslated entries among the units, and the fuzzy ones left out', async () => {
    const po = ['msgid "One"', 'msgstr "واحد"', '', 'msgid "Two"', 'msgstr ""', '', 'msgid "Three"', 'msgstr ""', '', '#, fuzzy', 'msgid "Four"', 'msgstr "أربعة"', ''].join('\n')
    const folder = makeProject({'.lintrc.json': {languages: {source: 'en', target: 'ar'}, files: ['*.po'], extends: ['bilint:recommended']}, 'a.po': po})
    const run = await runCli(['--stats'], folder)
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('PO entries: 2 untranslated (among the units), 1 fuzzy (left out)')
    const metadata = await runCli(['--stats', '--format', 'json-with-metadata'], folder)
    expect(JSON.parse(metadata.stdout).metadata.stats.entries).toEqual({untranslated: 2, fuzzy: 1})
  })
})
