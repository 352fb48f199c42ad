// An example plugin rule: a newsroom's house style for quotation marks.
// Each language the house writes in has its pair of marks (options), and a
// mark that is not the house's is replaced by the house's mark for the same
// direction (a safe fix: the house has said which character it wants).
//
// Written in plain JavaScript so that a `.lintrc.json` can load it as it is;
// `defineRule` gives editors the full types (units, sides, spans, context).

import {defineRule} from 'bilint'

// The double quotation marks a text may carry, by direction (CLDR's
// `quotationStart`/`quotationEnd` across locales; `»` opens in Danish and
// German, but a house that writes those languages names its own pair, and a
// mark that is one of the house's marks is never reported).
const doubleQuote = /["“”„«»]/g
const opening = new Set(['“', '„', '«'])
const closing = new Set(['”', '»'])
// A straight quote opens after the start of the text, a space or an opening bracket.
const beforeOpening = /[\s([{]/u

const names = new Intl.DisplayNames('en', {type: 'language'})

/** The house's pair for a language tag: `ar-EG` uses the pair given for `ar`. */
function houseMarks(marks, lang) {
  const wanted = lang.toLowerCase()
  const entry = Object.entries(marks).find(([tag]) => tag.toLowerCase() === wanted) ?? Object.entries(marks).find(([tag]) => tag.toLowerCase() === wanted.split('-')[0])
  return entry?.[1]
}

/** Whether the mark at `index` opens a quotation. */
function opens(text, index) {
  const mark = text[index]
  if (opening.has(mark)) return true
  if (closing.has(mark)) return false
  return index === 0 || beforeOpening.test(text[index - 1])
}

export const houseQuotes = defineRule({
  meta: {
    id: 'house-quotes',
    description: 'Quotations use the house quotation marks of their language',
    docs: {
      what: 'Reports every double quotation mark that is not one of the marks the house style gives for the language of its version (`«…»` for Arabic and `“…”` for English by default), and straight `"` quotes alike.',
      why: 'A corpus edited by several hands mixes the conventions of the languages it holds: English curly quotes in Arabic text, straight quotes from a keyboard. Readers see the inconsistency, and models trained on the corpus learn it.',
      fix: 'Replace the mark with the house mark of the same direction; `--fix` does it. Add a language to the `marks` option to hold it to a pair too.'
    },
    fixable: 'safe',
    schema: {
      type: 'object',
      properties: {
        marks: {
          type: 'object',
          description: 'The opening and closing mark, by language tag; languages not named are not checked',
          additionalProperties: {type: 'array', items: {type: 'string', minLength: 1, maxLength: 1}, minItems: 2, maxItems: 2}
        }
      },
      additionalProperties: false
    },
    defaultOptions: {marks: {ar: ['«', '»'], en: ['“', '”']}},
    messages: {
      wrongMark: 'Unexpected `{{found}}` in the {{language}} version, expected `{{expected}}`: the house quotes {{language}} with `{{open}}…{{close}}`'
    },
    recommended: false
  },
  examples: {
    valid: [
      {
        name: 'Each version quoted with its own house marks',
        source: 'Bāqerī reached the conclusion that “Turkey is a little late in fulfilling its duties.”',
        target: 'اعتبر باقري أن «تركيا متأخرة قليلاً في تنفيذ التزامها»'
      },
      {
        name: 'A language without house marks is not checked',
        languages: {source: 'en', target: 'ru'},
        source: 'Article 1: “All human beings are born free and equal in dignity and rights.”',
        target: 'Статья 1: "Все люди рождаются свободными и равными в своем достоинстве и правах."'
      }
    ],
    invalid: [
      {
        name: 'English quotation marks in the Arabic version',
        source: 'Israel is a strong partner in the war on Syria.',
        target: 'مشيراً إلى أن “إسرائيل” شريك قوي في الحرب على سوريا',
        errors: [
          {messageId: 'wrongMark', data: {found: '“', expected: '«', language: 'Arabic', open: '«', close: '»'}, side: 'target', line: 1, column: 15},
          {messageId: 'wrongMark', data: {found: '”', expected: '»', language: 'Arabic', open: '«', close: '»'}, side: 'target', line: 1, column: 23}
        ],
        output: {
          source: 'Israel is a strong partner in the war on Syria.',
          target: 'مشيراً إلى أن «إسرائيل» شريك قوي في الحرب على سوريا'
        }
      },
      {
        name: 'A house-style quotation before a wrong one, and straight quotes in English',
        source: 'He said: "If the American administrations were able to subjugate Syria, they would not hold off for a second."',
        target: 'وقال «لو استطاعت الإدارات الأميركية إخضاع سوريا»، مشيراً إلى أن “إسرائيل” شريك قوي',
        errors: [
          {messageId: 'wrongMark', data: {found: '"', expected: '“', language: 'English', open: '“', close: '”'}, side: 'source', line: 1, column: 10},
          {messageId: 'wrongMark', data: {found: '"', expected: '”', language: 'English', open: '“', close: '”'}, side: 'source', line: 1, column: 110},
          {messageId: 'wrongMark', data: {found: '“', expected: '«', language: 'Arabic', open: '«', close: '»'}, side: 'target', line: 1, column: 65},
          {messageId: 'wrongMark', data: {found: '”', expected: '»', language: 'Arabic', open: '«', close: '»'}, side: 'target', line: 1, column: 73}
        ],
        output: {
          source: 'He said: “If the American administrations were able to subjugate Syria, they would not hold off for a second.”',
          target: 'وقال «لو استطاعت الإدارات الأميركية إخضاع سوريا»، مشيراً إلى أن «إسرائيل» شريك قوي'
        }
      },
      {
        name: 'A house pair given for Russian',
        languages: {source: 'en', target: 'ru'},
        options: {marks: {ru: ['«', '»']}},
        source: 'Article 1: “All human beings are born free and equal in dignity and rights.”',
        target: 'Статья 1: "Все люди рождаются свободными и равными в своем достоинстве и правах."',
        errors: [
          {messageId: 'wrongMark', data: {found: '"', expected: '«', language: 'Russian', open: '«', close: '»'}, side: 'target', line: 1, column: 11},
          {messageId: 'wrongMark', data: {found: '"', expected: '»', language: 'Russian', open: '«', close: '»'}, side: 'target', line: 1, column: 81}
        ],
        output: {
          source: 'Article 1: “All human beings are born free and equal in dignity and rights.”',
          target: 'Статья 1: «Все люди рождаются свободными и равными в своем достоинстве и правах.»'
        }
      }
    ]
  },
  check(unit, context) {
    for (const side of [unit.source, unit.target]) {
      const marks = houseMarks(context.options.marks, side.lang)
      if (!marks) continue
      const [open, close] = marks
      for (const match of side.text.matchAll(doubleQuote)) {
        const found = match[0]
        if (found === open || found === close) continue
        const expected = opens(side.text, match.index) ? open : close
        const language = names.of(side.lang) ?? side.lang
        context.report({
          side,
          span: [match.index, match.index + 1],
          messageId: 'wrongMark',
          data: {found, expected, language, open, close},
          fix: {text: expected}
        })
      }
    }
  }
})
