// The same bilingual content in every segment format gives the same findings,
// each at the line and column of its own file where the flagged text stands.

import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/index.js'
import {loadConfig} from '../../src/config/load.js'
import {encodePo} from '../../src/corpus/formats/po.js'
import type {LintMessage} from '../../src/engine/types.js'
import {lintCorpus} from '../../src/lint.js'
import {udhrPair} from '../fixtures/udhr.js'

const {source, target} = udhrPair('eng', 'arb', 3)

/** UDHR pairs, with defects put in that the document rules find in segments too. */
function segments(): Array<[string, string]> {
  const pairs: Array<[string, string]> = source.map((text, index) => [text, target[index]])
  pairs.push(['Adopted in Paris & signed on 10 December 1948.', 'اعتُمد في باريس & وُقّع في 11 ديسمبر 1948.'])
  // A Persian keheh in an Arabic word, after a quote that PO and JSON escape.
  pairs.push(['He said "everyone" has rights.', 'قال "كل" شخص له حقوق في بلده ومکانه.'])
  // A zero-width space inside an Arabic word.
  pairs.push(['All are equal before the law.', 'الناس سواسية أمام القا\u200bنون.'])
  // A sentence lost: two against one, in half the length (a join of two keeps the length, and is no finding).
  pairs.push(['Everyone has duties. These are to the community.', 'على كل فرد واجبات.'])
  return pairs
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const formats: Record<string, (pairs: Array<[string, string]>) => Record<string, string>> = {
  tsv: (pairs) => ({'c.tsv': pairs.map(([en, ar]) => `${en}\t${ar}`).join('\n') + '\n'}),
  moses: (pairs) => ({'c.en': pairs.map(([en]) => en).join('\n') + '\n', 'c.ar': pairs.map(([, ar]) => ar).join('\r\n') + '\r\n'}),
  tmx: (pairs) => ({
    'c.tmx': `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/><body>\n${pairs
      .map(([en, ar]) => `<tu>\n  <tuv xml:lang="en"><seg>${xml(en)}</seg></tuv>\n  <tuv xml:lang="ar"><seg>${xml(ar)}</seg></tuv>\n</tu>`)
      .join('\n')}\n</body></tmx>\n`
  }),
  'xliff 1.2': (pairs) => ({
    'c.xlf': `<xliff version="1.2"><file source-language="en" target-language="ar"><body>\n${pairs
      .map(([en, ar], index) => `  <trans-unit id="${index}">\n    <source>${xml(en)}</source>\n    <target>${xml(ar)}</target>\n  </trans-unit>`)
      .join('\n')}\n</body></file></xliff>\n`
  }),
  'xliff 2.0': (pairs) => ({
    'c.xliff': `<xliff version="2.0" srcLang="en" trgLang="ar"><file id="f">\n${pairs
      .map(([en, ar], index) => `<unit id="u${index}"><segment>\n<source>${xml(en)}</source>\n<target>${xml(ar)}</target>\n</segment></unit>`)
      .join('\n')}\n</file></xliff>\n`
  }),
  po: (pairs) => ({'c.po': pairs.map(([en, ar]) => `msgid "${encodePo(en)}"\nmsgstr ""\n"${encodePo(ar)}"\n`).join('\n')}),
  jsonl: (pairs) => ({'c.jsonl': pairs.map(([en, ar]) => JSON.stringify({source: en, target: ar})).join('\n') + '\n'})
}

const ruleIds = ['date-time-agreement', 'invisible-characters', 'mixed-script', 'paragraph-count']

/** What a message flags, read from its own file at its line and column. */
function flagged(filePath: string, message: LintMessage): string {
  const lines = readFileSync(filePath, 'utf8').split(/\r\n|\n/)
  if (message.endLine !== message.line) return `${lines[message.line - 1].slice(message.column - 1)}…`
  return lines[message.line - 1].slice(message.column - 1, (message.endColumn ?? message.column) - 1)
}

/** Lint `files` in a fresh folder with the rules above, as the CLI would. */
async function lintFiles(files: Record<string, string>) {
  const folder = mkdtempSync(path.join(tmpdir(), 'bilint-same-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text)
  writeFileSync(
    path.join(folder, '.lintrc.json'),
    JSON.stringify({languages: {source: 'en', target: 'ar'}, files: ['*.*'], rules: Object.fromEntries(ruleIds.map((id) => [id, 'error']))})
  )
  const config = await loadConfig({lookup: true, cwd: folder, coreRules: rules})
  const {results, crashes} = await lintCorpus({cwd: folder, patterns: [], config})
  expect(crashes).toEqual([])
  return results
}

async function findings(format: string) {
  const results = await lintFiles(formats[format](segments()))
  return results
    .flatMap((result) => result.messages.map((message) => `${message.ruleId} ${message.side} \`${flagged(result.filePath, message)}\`: ${message.message}`))
    .sort()
}

describe('the same content in every segment format', () => {
  it('gives the same findings, each at the flagged text in its own file', async () => {
    const tsv = await findings('tsv')
    expect(new Set(tsv.map((finding) => finding.split(' ')[0]))).toEqual(new Set(ruleIds))
    expect(tsv.some((finding) => finding.includes('`ک`') || finding.includes('مکانه'))).toBe(true)
    for (const format of Object.keys(formats).filter((name) => name !== 'tsv')) {
      expect(await findings(format), format).toEqual(tsv)
    }
  })

  it('reports a TSV row of one column and one of three, a deleted Moses line and a broken PO escape at their positions, and lints the rest', async () => {
    const pairs = segments()
    const rows = formats.tsv(pairs)['c.tsv'].split('\n')
    rows[1] = pairs[1][0]
    rows[3] = `${rows[3]}\textra`
    const moses = formats.moses(pairs)
    const po = formats.po(pairs)['c.po'].replace('msgstr ""\n"' + pairs[2][1].slice(0, 4), 'msgstr ""\n"' + pairs[2][1].slice(0, 4) + '\\q')
    const results = await lintFiles({
      'bad.tsv': rows.join('\n'),
      'm.en': moses['c.en'],
      'm.ar': moses['c.ar'].split('\r\n').filter((_, index) => index !== 2).join('\r\n'),
      'bad.po': po
    })
    const fatal = results.flatMap((result) =>
      result.messages.filter((message) => message.fatal).map((message) => `${path.basename(result.filePath)}:${message.line}:${message.column} ${message.message.split(/[;:]/)[0]}`)
    )
    expect(fatal).toEqual([
      `bad.po:${4 * 2 + 3}:6 Unknown escape \`\\q\` in a PO string`,
      `bad.tsv:2:${pairs[1][0].length + 1} Row has 1 column, expected 2 (tab-separated)`,
      `bad.tsv:4:${pairs[3][0].length + pairs[3][1].length + 2} Row has 3 columns, expected 2 (tab-separated)`,
      'm.en:1:1 Line counts differ',
      'm.en:3:1 Line 3 has no counterpart in `m.ar`'
    ])
    // The date defect in the last rows is still found in every file.
    const dates = results.flatMap((result) => result.messages.filter((message) => message.ruleId === 'date-time-agreement').map((message) => `${path.basename(result.filePath)}:${message.line}`))
    const dateRow = pairs.findIndex(([en]) => en.includes('1948')) + 1
    expect(dates).toEqual([`bad.po:${po.split('\n').findIndex((line) => line.includes('ديسمبر')) + 1}`, `bad.tsv:${dateRow}`, `m.ar:${dateRow - 1}`])
  })
})
