// The placeholder defects that pofilter's `printf` and `variables` tests find
// and gettext's `msgfmt -c` refuses, and plural forms left empty (WTForms'
// Arabic catalog), each found by the built binary at its place in a PO file;
// the same entries written right give nothing.

import {describe, expect, it} from 'vitest'
import {makeProject, runCli} from '../helpers/cli.js'

const header = [
  'msgid ""',
  'msgstr ""',
  '"Language: ar\\n"',
  '"Content-Type: text/plain; charset=UTF-8\\n"',
  '"Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;\\n"',
  ''
]

/** Entries written right, then one defect an entry. */
const po = [
  ...header,
  '#, python-format',
  'msgid "Delete %(count)s %(name)s?"',
  'msgstr "حذف %(name)s (%(count)s)؟"',
  '',
  '#, python-format',
  'msgid "%(num)d day"',
  'msgid_plural "%(num)d days"',
  'msgstr[0] "لا أيام"',
  'msgstr[1] "يوم واحد"',
  'msgstr[2] "يومان"',
  'msgstr[3] "%(num)d أيام"',
  'msgstr[4] "%(num)d يومًا"',
  'msgstr[5] "%(num)d يوم"',
  '',
  '#, c-format',
  'msgid "Note: You are %s hours ahead of server time."',
  'msgstr "ملاحظة: أنت متقدم بساعات عن وقت الخادم."',
  '',
  '#, python-format',
  'msgid "The %(field)s of %(name)s is required."',
  'msgstr "حقل %(field)s في %(nme)s مطلوب."',
  '',
  '#, python-brace-format',
  'msgid "{count} items in {place}"',
  'msgstr "{place} فيها عناصر"',
  '',
  '#, c-format',
  'msgid "Please submit %d or fewer forms."',
  'msgstr "الرجاء إرسال %s إستمارة أو أقل."',
  '',
  '#, python-format',
  'msgid "%(num)d minute"',
  'msgid_plural "%(num)d minutes"',
  'msgstr[0] "%(num)d دقيقة"',
  'msgstr[1] "دقيقة واحدة"',
  'msgstr[2] ""',
  'msgstr[3] ""',
  'msgstr[4] ""',
  'msgstr[5] ""',
  ''
].join('\n')

interface Message {
  ruleId: string
  messageId: string
  message: string
  line: number
  column: number
}

describe('placeholder defects and empty plural forms in an Arabic PO file', async () => {
  const folder = makeProject({
    '.lintrc.json': {languages: {source: 'en', target: 'ar'}, files: ['**/*.po'], extends: ['bilint:recommended']},
    'messages.po': po
  })
  const {code, stdout} = await runCli(['--format', 'json'], folder)
  const messages = (JSON.parse(stdout) as Array<{messages: Message[]}>)[0].messages
  const of = (ruleId: string) => messages.filter((message) => message.ruleId === ruleId).map(({messageId, line, column, message}) => ({messageId, line, column, message}))

  it('exits 1', () => {
    expect(code).toBe(1)
  })

  it('finds `%s` missing, `%(nme)s` for `%(name)s`, `{count}` missing and `%s` for `%d`, each where it is', () => {
    expect(of('placeholder-agreement')).toEqual([
      {messageId: 'missing', line: 23, column: 9, message: 'Missing `%s` in the Arabic version: the English version has it; keep every placeholder and tag as written'},
      {messageId: 'renamed', line: 27, column: 26, message: 'Unexpected `%(nme)s`, expected `%(name)s`: a placeholder keeps the name the program fills in'},
      {messageId: 'missing', line: 31, column: 9, message: 'Missing `{count}` in the Arabic version: the English version has it; keep every placeholder and tag as written'},
      {messageId: 'conversion', line: 35, column: 22, message: 'Unexpected `%s`, expected `%d`: the program passes the same value as to the source’s'}
    ])
  })

  it('lets the forms for 0, 1 and 2 leave the count out, as msgfmt does', () => {
    expect(messages.filter((message) => message.line >= 11 && message.line <= 19)).toEqual([])
  })

  it('finds msgstr[2] to msgstr[5] left empty, at the first translated form', () => {
    expect(of('plural-forms')).toEqual([
      {messageId: 'empty', line: 40, column: 12, message: 'Unexpected empty `msgstr[2]`, `msgstr[3]`, `msgstr[4]`, `msgstr[5]` beside translated plural forms: translate every form, or msgfmt rejects the catalog'}
    ])
  })

  it('reports nothing else', () => {
    expect(messages.filter((message) => !['placeholder-agreement', 'plural-forms'].includes(message.ruleId))).toEqual([])
  })
})
