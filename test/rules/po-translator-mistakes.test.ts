// The issue-8 must-show on a PO file: an English→Arabic translator's typical
// mistakes (a wrong number, ٢٠٢١ for 2020, an unclosed quote, a lost sentence,
// a leftover Latin word, May as يونيو) and typical correct variations (٢٠٢٠
// for 2020, «…» for "…", ١٥٠٠ for 1,500, ٥٠٪ for 50%, ٢٫٥ for 2.5, an RLM after
// the final period). bilint:recommended, run by the built binary, finds the
// mistakes and reports none of the variations.

import {describe, expect, it} from 'vitest'
import {makeProject, runCli} from '../helpers/cli.js'

/** The variations come first, then one mistake an entry. */
const po = [
  "msgid \"\"",
  "msgstr \"\"",
  "\"Language: ar\\n\"",
  "\"Content-Type: text/plain; charset=UTF-8\\n\"",
  "",
  "#: report.c:1",
  "msgid \"The census counted 2020 households in the village.\"",
  "msgstr \"أحصى التعداد ٢٠٢٠ أسرة في القرية.\"",
  "",
  "#: report.c:2",
  "msgid \"The press release uses the word \\\"resilience\\\" twice.\"",
  "msgstr \"يستخدم البيان الصحفي كلمة «الصمود» مرتين.\"",
  "",
  "#: report.c:3",
  "msgid \"More than 1,500 volunteers joined the campaign.\"",
  "msgstr \"انضم أكثر من ١٥٠٠ متطوع إلى الحملة.\"",
  "",
  "#: report.c:4",
  "msgid \"About 50% of the budget goes to schools.\"",
  "msgstr \"يذهب نحو ٥٠٪ من الميزانية إلى المدارس.\"",
  "",
  "#: report.c:5",
  "msgid \"Prices rose by 2.5 points.\"",
  "msgstr \"ارتفعت الأسعار بمقدار ٢٫٥ نقطة.\"",
  "",
  "#: report.c:6",
  "msgid \"The committee will meet again next week.\"",
  "msgstr \"ستجتمع اللجنة مرة أخرى الأسبوع المقبل.\u200F\"",
  "",
  "#: report.c:7",
  "msgid \"The ministry hired 350 new teachers.\"",
  "msgstr \"عينت الوزارة ٣٠٥ معلمين جدد.\"",
  "",
  "#: report.c:8",
  "msgid \"The plan runs until the end of 2020.\"",
  "msgstr \"تستمر الخطة حتى نهاية عام ٢٠٢١.\"",
  "",
  "#: report.c:9",
  "msgid \"He called it \\\"a turning point\\\" in the talks.\"",
  "msgstr \"ووصفه بأنه “نقطة تحول في المحادثات.\"",
  "",
  "#: report.c:10",
  "msgid \"The report was published. It has three chapters.\"",
  "msgstr \"نُشر التقرير.\"",
  "",
  "#: report.c:11",
  "msgid \"The budget covers the health sector.\"",
  "msgstr \"تغطي الميزانية قطاع health.\"",
  "",
  "#: report.c:12",
  "msgid \"The elections were held on 5 May 2020.\"",
  "msgstr \"أجريت الانتخابات في ٥ يونيو ٢٠٢٠.\""
].join('\n') + '\n'

/** The msgstr line of each correct variation. */
const variations = {'٢٠٢٠ for 2020': 8, '«…» for "…"': 12, '١٥٠٠ for 1,500': 16, '٥٠٪ for 50%': 20, '٢٫٥ for 2.5': 24, 'an RLM after the final period': 28}

interface Message {
  ruleId: string
  line: number
  column: number
}

describe('a PO file translated from English into Arabic', async () => {
  const folder = makeProject({
    '.lintrc.json': {languages: {source: 'en', target: 'ar'}, files: ['**/*.po'], extends: ['bilint:recommended']},
    'messages.po': po
  })
  const {code, stdout} = await runCli(['--format', 'json'], folder)
  const messages = (JSON.parse(stdout) as Array<{messages: Message[]}>)[0].messages
  const at = (line: number) => messages.filter((message) => message.line === line).map((message) => message.ruleId)
  const of = (ruleId: string) => messages.filter((message) => message.ruleId === ruleId).map(({line, column}) => [line, column])

  it('exits 1 with the mistakes', () => {
    expect(code).toBe(1)
  })

  for (const [name, line] of Object.entries(variations)) {
    it(`reports nothing on ${name} (line ${line})`, () => {
      expect(po.split('\n')[line - 1]).toMatch(/^msgstr /)
      expect(at(line)).toEqual([])
    })
  }

  it('reports the wrong number ٣٠٥ for 350 and ٢٠٢١ for 2020 at the number', () => {
    expect(of('number-agreement')).toEqual([[32, 22], [36, 35]])
  })

  it('reports the unclosed “ at the mark', () => {
    expect(of('quote-balance')).toEqual([[40, 20]])
  })

  it('reports the lost sentence', () => {
    expect(at(44)).toContain('paragraph-count')
  })

  it('reports يونيو for May', () => {
    expect(at(52)).toContain('date-time-agreement')
  })

  it('reports nothing but the mistakes', () => {
    expect(messages.filter((message) => ![32, 36, 40, 44, 48, 52].includes(message.line))).toEqual([])
  })

  it('reports the leftover Latin word `health` at the word', () => {
    expect(of('untranslated')).toEqual([[48, 29]])
  })
})
