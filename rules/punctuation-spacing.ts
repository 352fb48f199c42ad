import {defineRule} from '../src/engine/rule.js'
import {spacingFindings, type FrenchSpaces, type SpacingFinding} from '../src/text/spacing.js'

interface Options {
  /** The space French wants before `: ; ! ?`, or `off`. */
  frenchSpaces: FrenchSpaces
}

const NON_SPACE = /\S/u

const SPACE_NAMES: Record<string, string> = {'\u00A0': 'no-break space (U+00A0)', '\u202F': 'narrow no-break space (U+202F)', ' ': 'space'}

/** The words around a finding, as the writer sees them: `والخنوع،وقال`, `rights ,`. */
function contextOf(text: string, finding: SpacingFinding): string {
  const markAt = finding.kind === 'spaceBefore' || finding.kind === 'frenchPlain' ? finding.span[1] : finding.span[0]
  let start = finding.kind === 'spaceBefore' || finding.kind === 'frenchPlain' ? finding.span[0] : markAt
  while (start > 0 && NON_SPACE.test(text[start - 1])) start--
  let end = markAt + 1
  while (end < text.length && NON_SPACE.test(text[end])) end++
  return text.slice(start, end).replace(/\s+/gu, ' ')
}

const ANY_LETTER = /\p{L}/u
const OPENING_QUOTE = /^["'«‹“‘„‚]$/u
const CLOSING_QUOTE = /^["'»›”’“‘]$/u

/** Whether the mark at `offset` is cited, alone between quotes (`« . »`, `“.”`), rather than punctuating. */
function isCited(text: string, offset: number): boolean {
  let before = offset - 1
  while (/\s/u.test(text[before] ?? '')) before--
  let after = offset + 1
  while (/\s/u.test(text[after] ?? '')) after++
  return OPENING_QUOTE.test(text[before] ?? '') && CLOSING_QUOTE.test(text[after] ?? '')
}

/**
 * Whether a French finding is in a literal the translation copies from the
 * other version (`Referrer-Policy: no-referrer`, a header name): its text is
 * not French, so French typography does not apply.
 */
function copiedLiteral(text: string, finding: SpacingFinding, other: string): boolean {
  if (finding.kind !== 'frenchMissing') return false
  const at = finding.edit[0]
  let start = at
  while (start > 0 && !/\s/u.test(text[start - 1])) start--
  return start < at && other.includes(text.slice(start, at + 1))
}

/** A translator comment that forbids spaces (`Please do not add spaces around commas`). */
const NO_SPACES_NOTE = /\b(?:do not|don['’]t|never)\s+(?:add|use|put|insert)\s+(?:any\s+)?spaces?\b/i

export default defineRule<Options>({
  meta: {
    id: 'punctuation-spacing',
    description: 'Punctuation is spaced as its script and language want',
    docs: {
      what:
        'Checks the spaces around punctuation by script and language. The Arabic comma, semicolon and question mark ' +
        '(`،` `؛` `؟`) take a space after them and none before (`والخنوع،وقال` is an error), unless a closing quote, ' +
        'another mark or the line end follows. Latin `.` `,` `;` `:` `!` `?` take no space before them. French puts ' +
        'a space before `:` `;` `!` `?` (option `frenchSpaces`: `space` accepts any, `either` asks for a no-break ' +
        'one, U+00A0 or the narrow U+202F, `nbsp` and `narrow` for one of them, `off` skips the check). Ellipses, decimals (`.5`), times ' +
        '(`10:30`), URLs and `?!` are left alone, and invisible marks such as RLM are looked through. Of a PO entry only ' +
        'the translation is checked (the `msgid` is the program’s key, as an XLIFF `<source>` is), and nothing when its comment forbids spaces ' +
        '(Django’s `yes,no,maybe`, which the program splits at its commas). On clean real ' +
        'text: UDHR English with Arabic, Persian, Urdu, Russian, French, German and Chinese give 0 messages (French ' +
        'with `either`: 6, plain spaces before `;`), the Qur’an in Arabic and English 0; the sample document its 1 real one.',
      why:
        'A missing space after an Arabic comma glues two words into one token for every search, tokenizer and ' +
        'spell checker; a space before a comma or period is the trace of careless editing or of text joined by a ' +
        'tool; a French `?` after a plain space can wrap onto a line of its own. pofilter’s `puncspacing` knows ' +
        'Latin marks only and misfires on right-to-left text (mozilla/pontoon#2699).',
      fix:
        'Run `bilint --fix`: the fixes are safe. They remove the space before the mark, insert one space after an ' +
        'Arabic mark, and put the no-break space French wants.'
    },
    fixable: 'safe',
    schema: {
      type: 'object',
      properties: {
        frenchSpaces: {
          enum: ['off', 'space', 'either', 'nbsp', 'narrow'],
          description:
            'The space before `: ; ! ?` in French: `space` any space, plain or no-break; `either` a no-break space ' +
            '(U+00A0 or the narrow U+202F); `nbsp` U+00A0 only; `narrow` U+202F only; `off` no check. A missing space ' +
            'is fixed with U+00A0 before `:` and U+202F before the others (Imprimerie nationale) unless `nbsp` or `narrow` says otherwise.'
        }
      },
      additionalProperties: false
    },
    defaultOptions: {frenchSpaces: 'space'},
    messages: {
      spaceBefore: 'Unexpected space before `{{mark}}` in `{{context}}`: remove it',
      spaceAfter: 'Expected a space after `{{mark}}` in `{{context}}`',
      frenchPlain: 'Unexpected plain space before `{{mark}}` in `{{context}}`, expected a {{space}}, which keeps the mark on its line',
      frenchMissing: 'Expected a {{space}} before `{{mark}}` in `{{context}}`, as French typography requires'
    },
    recommended: 'error'
  },
  examples: {
    valid: [
      {
        name: 'Arabic and English marks spaced by their conventions',
        source: 'He said: “No.” Then, at 10:30, he left... Why?!',
        target: 'قال: «لا». ثم، في ١٠:٣٠، غادر؟ لماذا؟!'
      },
      {
        name: 'French no-break spaces',
        languages: {source: 'en', target: 'fr'},
        source: 'Why? Everyone has the right: to life, to liberty.',
        target: 'Pourquoi\u202F? Toute personne a droit\u00A0: à la vie, à la liberté.'
      }
    ],
    invalid: [
      {
        name: 'An Arabic comma glued to the next word, after a well-spaced one',
        source: 'The price of resistance is less than that of submission, and he said it.',
        target: 'فاتورة الصمود، كما قال، أقل من فاتورة الاستسلام والخنوع،وقال ذلك',
        errors: [{messageId: 'spaceAfter', data: {mark: '،', context: 'والخنوع،وقال'}, side: 'target', line: 1, column: 56}],
        output: {
          source: 'The price of resistance is less than that of submission, and he said it.',
          target: 'فاتورة الصمود، كما قال، أقل من فاتورة الاستسلام والخنوع، وقال ذلك'
        }
      },
      {
        name: 'Spaces before a comma and an Arabic question mark',
        source: 'Everyone has the right to life , liberty and security.',
        target: 'هل لكل فرد الحق في الحياة ؟',
        errors: [
          {messageId: 'spaceBefore', data: {mark: ',', context: 'life ,'}, side: 'source', line: 1, column: 31},
          {messageId: 'spaceBefore', data: {mark: '؟', context: 'الحياة ؟'}, side: 'target', line: 1, column: 26}
        ],
        output: {
          source: 'Everyone has the right to life, liberty and security.',
          target: 'هل لكل فرد الحق في الحياة؟'
        }
      },
      {
        name: 'French high marks without their no-break space',
        languages: {source: 'en', target: 'fr'},
        options: {frenchSpaces: 'either'},
        source: 'Why? Because: it is the law!',
        target: 'Pourquoi\u202F? Parce que : c’est la loi!',
        errors: [
          {messageId: 'frenchPlain', data: {mark: ':', context: 'que :', space: 'no-break space (U+00A0)'}, side: 'target', line: 1, column: 21},
          {messageId: 'frenchMissing', data: {mark: '!', context: 'loi!', space: 'narrow no-break space (U+202F)'}, side: 'target', line: 1, column: 36}
        ],
        output: {
          source: 'Why? Because: it is the law!',
          target: 'Pourquoi\u202F? Parce que\u00A0: c’est la loi\u202F!'
        }
      }
    ]
  },
  check(unit, context) {
    // A string a program parses (Django's `yes,no,maybe`) comes with its comment: `Please do not add spaces around commas`.
    if (unit.entry?.comments.some((comment) => NO_SPACES_NOTE.test(comment))) return
    // A key (a PO msgid) is spaced as its author chose; only the translation is the translator's.
    for (const side of unit.source.fixable ? [unit.source, unit.target] : [unit.target]) {
      // A list of marks (Django's `:?.!`) is data, not a sentence.
      if (!ANY_LETTER.test(side.text)) continue
      const other = side === unit.source ? unit.target : unit.source
      for (const finding of spacingFindings(side.text, side.lang, context.options.frenchSpaces)) {
        // Where the mark is: after the space a finding points at, or the finding itself.
        const mark = finding.kind === 'spaceBefore' || finding.kind === 'frenchPlain' ? finding.span[1] : finding.span[0]
        if (isCited(side.text, mark) || copiedLiteral(side.text, finding, other.text)) continue
        const space = SPACE_NAMES[finding.text] ?? 'space'
        context.report({
          side,
          span: finding.span,
          messageId: finding.kind,
          data: {mark: finding.mark, context: contextOf(side.text, finding), space},
          fix: {span: finding.edit, text: finding.text}
        })
      }
    }
  }
})
