import {defineRule, type RuleContext} from '../src/engine/rule.js'
import type {Side, Span, Unit} from '../src/engine/types.js'
import {languageName, primaryLanguage} from '../src/text/languages.js'
import {
  bidiBalance,
  describeCodePoint,
  formatInScript,
  invisibleCharacters,
  isRightToLeft,
  windows1252Character,
  zwjInContext,
  zwnjInContext,
  zwspInContext,
  type InvisibleKind,
  type InvisibleOccurrence
} from '../src/text/scripts/index.js'
import {wordExcerpt} from '../src/text/scripts/mixed-words.js'

interface Options {
  /** Where LRM, RLM and ALM are allowed: in right-to-left versions, everywhere, or nowhere. */
  bidiMarks: 'rtl' | 'always' | 'never'
  /** Languages whose orthography has no ZWNJ, even where RFC 5892 would allow one. */
  noZwnjLanguages: string[]
}

type Report = RuleContext<Options>['report']

/** The message of each kind of invisible character reported as such. */
const messageOf: Partial<Record<InvisibleKind, string>> = {
  'bidi-mark': 'bidiMark',
  'zero-width-space': 'zeroWidthSpace',
  'zero-width-non-joiner': 'zeroWidthNonJoiner',
  'zero-width-joiner': 'zeroWidthJoiner',
  'byte-order-mark': 'byteOrderMark',
  'soft-hyphen': 'softHyphen',
  'word-joiner': 'invisible',
  separator: 'invisible',
  format: 'invisible'
}

const closerOf: Partial<Record<InvisibleKind, number>> = {
  'bidi-embedding': 0x202c,
  'bidi-override': 0x202c,
  'bidi-isolate': 0x2069
}

/** The word an invisible character sits in, or the text around it when it stands between words. */
function contextOf(text: string, offset: number): string {
  const word = wordExcerpt(text, offset)
  if (word.length > 1) return word
  return text.slice(Math.max(0, offset - 8), offset + 9).replace(/\s+/g, ' ').trim()
}


/** Whether a character that may do a job does it here. */
function inContext(side: Side, occurrence: InvisibleOccurrence, options: Options): boolean {
  const {text, lang} = side
  const {offset} = occurrence
  switch (occurrence.character.kind) {
    case 'bidi-mark':
      return options.bidiMarks === 'always' || (options.bidiMarks === 'rtl' && isRightToLeft(lang))
    case 'zero-width-space':
      return zwspInContext(text, offset)
    case 'zero-width-non-joiner':
      return zwnjInContext(text, offset) && !options.noZwnjLanguages.map(primaryLanguage).includes(primaryLanguage(lang))
    case 'zero-width-joiner':
      return zwjInContext(text, offset)
    case 'format':
      return formatInScript(text, offset)
    case 'byte-order-mark':
      // The one place a BOM belongs: the start of the file.
      return offset === 0 && side.toFileOffset(0) === 0
    default:
      return false
  }
}

function checkSide(side: Side, options: Options, report: Report) {
  const {text} = side
  const occurrences = invisibleCharacters(text)
  // Most sides have none: then there are no bidi controls to pair either.
  if (occurrences.length === 0) return
  const balance = bidiBalance(text)
  const unclosed = new Set(balance.unclosed)
  const unopened = new Set(balance.unopened)
  const overrideClosers = new Set<number>()
  const closeOf = new Map(balance.pairs.map((pair) => [pair.open, pair.close]))
  for (const occurrence of occurrences) {
    const {offset, length, character} = occurrence
    const span: Span = [offset, offset + length]
    const data = {character: describeCodePoint(character.codePoint, character.name), context: contextOf(text, offset), lang: languageName(side.lang)}
    const remove = {text: '', safety: 'safe' as const}
    switch (character.kind) {
      case 'bidi-override': {
        // Removing the override removes its PDF with it, keeping the text between.
        const close = closeOf.get(offset)
        if (close !== undefined) overrideClosers.add(close)
        const fix = close === undefined ? remove : {span: [offset, close + 1] as Span, text: text.slice(offset + 1, close), safety: 'safe' as const}
        report({side, span, messageId: 'bidiOverride', data, fix})
        break
      }
      case 'bidi-embedding':
      case 'bidi-isolate':
        if (unclosed.has(offset)) {
          const closer = describeCodePoint(closerOf[character.kind]!)
          report({side, span, messageId: 'unclosedBidi', data: {...data, closer}, fix: remove})
        }
        break
      case 'bidi-pop':
      case 'bidi-pop-isolate':
        if (unopened.has(offset) && !overrideClosers.has(offset)) report({side, span, messageId: 'unopenedBidi', data, fix: remove})
        break
      case 'control': {
        // A C1 control is most often a Windows-1252 character decoded as Latin-1: offer it, unsafely.
        const intended = windows1252Character(character.codePoint)
        if (intended) report({side, span, messageId: 'mojibakeControl', data: {...data, intended}, fix: {text: intended, safety: 'unsafe'}})
        else report({side, span, messageId: 'control', data, fix: remove})
        break
      }
      default:
        if (!inContext(side, occurrence, options)) report({side, span, messageId: messageOf[character.kind]!, data, fix: remove})
    }
  }
}

export default defineRule<Options>({
  meta: {
    id: 'invisible-characters',
    description: 'No invisible characters where they do no job: bidi controls, zero-width characters, BOMs, soft hyphens, controls',
    docs: {
      what:
        'Reports characters nobody can see, each named by its code point and Unicode name: bidi overrides ' +
        '(always), embeddings and isolates left open or closing nothing in their paragraph, direction marks ' +
        '(LRM, RLM, ALM) in left-to-right versions, zero-width spaces outside Thai, Lao, Khmer and Myanmar text, ' +
        'zero-width joiners outside emoji sequences and viramas, zero-width non-joiners where the RFC 5892 context ' +
        'rule or the language does not use them, byte order marks inside the text, soft hyphens, and other format ' +
        'and control characters. Persian, Kurdish or Hindi non-joiners in their place are correct and left alone.',
      why:
        'Invisible characters make equal-looking strings different: a word with a zero-width space inside is not ' +
        'found by search, not matched by a dictionary, split by tokenizers, and an override reorders what a ' +
        'reviewer sees (Trojan Source, CVE-2021-42574). Tools that strip them blindly break Persian, whose ' +
        'non-joiner is part of the spelling.',
      fix:
        'Remove them; the fixes do, and are safe. Removing an override removes its closing PDF too. Keep direction ' +
        'marks in right-to-left text (option `bidiMarks`). A C1 control such as U+0092 is usually a Windows-1252 ' +
        'character (`’`) decoded as Latin-1: its fix puts that character back, unsafely; better re-read the source ' +
        'in its real encoding.'
    },
    fixable: 'safe',
    schema: {
      type: 'object',
      properties: {
        bidiMarks: {
          enum: ['rtl', 'always', 'never'],
          description: 'Where LRM, RLM and ALM are allowed: in right-to-left versions (`rtl`), everywhere, or nowhere.'
        },
        noZwnjLanguages: {
          type: 'array',
          items: {type: 'string'},
          description: 'Languages whose orthography has no zero-width non-joiner even where RFC 5892 would allow one.'
        }
      },
      additionalProperties: false
    },
    defaultOptions: {bidiMarks: 'rtl', noZwnjLanguages: ['ar']},
    messages: {
      bidiOverride: 'Unexpected {{character}}: an override reorders the characters a reader sees (Trojan Source); remove it',
      unclosedBidi: 'Unexpected {{character}} without a closing {{closer}} in its paragraph: its direction runs on to the end of the paragraph',
      unopenedBidi: 'Unexpected {{character}} with nothing to close in its paragraph',
      bidiMark: 'Unexpected {{character}} in `{{context}}`: the {{lang}} version is written left to right and needs no direction mark',
      zeroWidthSpace: 'Unexpected {{character}} in `{{context}}`: it splits the word for search and tokenizers while nothing shows',
      zeroWidthNonJoiner: 'Unexpected {{character}} in `{{context}}`: {{lang}} does not use it here (RFC 5892 context rule)',
      zeroWidthJoiner: 'Unexpected {{character}} in `{{context}}`: outside an emoji sequence or after a virama it joins nothing',
      byteOrderMark: 'Unexpected {{character}} (byte order mark) inside the text: it belongs only at the start of a file',
      softHyphen: 'Unexpected {{character}} in `{{context}}`: a hidden hyphenation point breaks search and matching',
      invisible: 'Unexpected invisible {{character}} in `{{context}}`',
      control: 'Unexpected control character {{character}} in `{{context}}`',
      mojibakeControl:
        'Unexpected control character {{character}} in `{{context}}`, expected `{{intended}}`: Windows-1252 text decoded as Latin-1? Check the encoding of the source'
    },
    recommended: 'error',
    gates: ['invisible']
  },
  examples: {
    valid: [
      {
        name: 'Persian and Hindi non-joiners in their place',
        languages: {source: 'hi', target: 'fa'},
        source: 'क्‌ष',
        target: 'می‌خواهم کتاب‌ها را بخوانم.'
      },
      {
        name: 'A right-to-left mark in Arabic text, an emoji sequence in English',
        source: 'The team 👩‍💻 met.',
        target: 'اجتمع الفريق ‏(2020).'
      }
    ],
    invalid: [
      {
        name: 'A zero-width space inside an English word',
        source: 'The human rights.\nThe dig\u200Bnity of all.',
        target: 'حقوق الإنسان.\nكرامة الجميع.',
        errors: [
          {
            messageId: 'zeroWidthSpace',
            data: {character: 'U+200B ZERO WIDTH SPACE', context: 'dig\u200Bnity'},
            side: 'source',
            line: 2,
            column: 8
          }
        ],
        output: {source: 'The human rights.\nThe dignity of all.', target: 'حقوق الإنسان.\nكرامة الجميع.'}
      },
      {
        name: 'A non-joiner in Arabic, which does not use it',
        source: 'The minister spoke.',
        target: 'قال الوز\u200Cير.',
        errors: [
          {
            messageId: 'zeroWidthNonJoiner',
            data: {character: 'U+200C ZERO WIDTH NON-JOINER', context: 'الوز\u200Cير', lang: 'Arabic'},
            side: 'target',
            line: 1,
            column: 9
          }
        ],
        output: {source: 'The minister spoke.', target: 'قال الوزير.'}
      },
      {
        name: 'A Persian non-joiner after a letter that does not join',
        languages: {source: 'en', target: 'fa'},
        source: 'I want him.',
        target: 'می\u200Cخواهم او\u200Cرا',
        errors: [
          {
            messageId: 'zeroWidthNonJoiner',
            data: {character: 'U+200C ZERO WIDTH NON-JOINER', context: 'او\u200Cرا', lang: 'Persian'},
            side: 'target',
            line: 1,
            column: 12
          }
        ],
        output: {source: 'I want him.', target: 'می\u200Cخواهم اورا'}
      },
      {
        name: 'A joiner outside an emoji sequence',
        source: 'The team 👩\u200D💻 met in dig\u200Dnity.',
        target: 'اجتمع الفريق.',
        errors: [
          {
            messageId: 'zeroWidthJoiner',
            data: {character: 'U+200D ZERO WIDTH JOINER', context: 'dig\u200Dnity'},
            side: 'source',
            line: 1,
            column: 26
          }
        ],
        output: {source: 'The team 👩\u200D💻 met in dignity.', target: 'اجتمع الفريق.'}
      },
      {
        name: 'A right-to-left override',
        source: 'Access \u202Elevel\u202C granted',
        target: 'منح الوصول',
        errors: [
          {messageId: 'bidiOverride', data: {character: 'U+202E RIGHT-TO-LEFT OVERRIDE'}, side: 'source', line: 1, column: 8}
        ],
        output: {source: 'Access level granted', target: 'منح الوصول'}
      },
      {
        name: 'An isolate left open, a direction mark in English',
        source: 'The \u200Eminister: \u2067علي and more',
        target: 'قال الوزير\u200F.',
        errors: [
          {
            messageId: 'bidiMark',
            data: {character: 'U+200E LEFT-TO-RIGHT MARK', context: '\u200Eminister', lang: 'English'},
            side: 'source',
            line: 1,
            column: 5
          },
          {
            messageId: 'unclosedBidi',
            data: {character: 'U+2067 RIGHT-TO-LEFT ISOLATE', closer: 'U+2069 POP DIRECTIONAL ISOLATE'},
            side: 'source',
            line: 1,
            column: 16
          }
        ],
        output: {source: 'The minister: علي and more', target: 'قال الوزير\u200F.'}
      },
      {
        name: 'A soft hyphen, a byte order mark and a control character',
        source: 'Al\u00ADgorithm and \uFEFFdata\u0007.',
        target: 'خوارزمية',
        errors: [
          {messageId: 'softHyphen', data: {character: 'U+00AD SOFT HYPHEN', context: 'Al\u00ADgorithm'}, side: 'source', line: 1, column: 3},
          {messageId: 'byteOrderMark', data: {character: 'U+FEFF ZERO WIDTH NO-BREAK SPACE'}, side: 'source', line: 1, column: 16},
          {messageId: 'control', data: {character: 'U+0007 ALERT', context: '\uFEFFdata\u0007'}, side: 'source', line: 1, column: 21}
        ],
        output: {source: 'Algorithm and data.', target: 'خوارزمية'}
      },
      {
        name: 'A Windows-1252 apostrophe read as Latin-1',
        source: 'Everyone\u0092s right.',
        target: 'حق الجميع.',
        errors: [
          {
            messageId: 'mojibakeControl',
            data: {character: 'U+0092 <control>', context: 'Everyone\u0092s', intended: '’'},
            side: 'source',
            line: 1,
            column: 9
          }
        ],
        output: {source: 'Everyone’s right.', target: 'حق الجميع.'}
      }
    ]
  },
  check(unit: Unit, context) {
    for (const side of [unit.source, unit.target]) checkSide(side, context.options, context.report)
  }
})
