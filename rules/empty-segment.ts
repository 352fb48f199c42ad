import {defineRule} from '../src/engine/rule.js'
import type {Side} from '../src/engine/types.js'
import {languageName} from '../src/text/languages.js'
import {unmaskedText} from '../src/text/lexical/mask.js'

interface Options {
  /** Which sides may not be empty while the other has text. */
  sides: 'both' | 'target'
  /** Also report PO entries nobody has translated (an empty `msgstr`), which a catalog in progress has by design. */
  untranslated: boolean
}

/** Nothing a reader sees: white space and invisible format characters (an RLM alone is still empty). */
const BLANK = /^[\s\p{Cf}]*$/u
const PREVIEW_LENGTH = 40

function isEmpty(side: Side): boolean {
  return BLANK.test(side.text)
}

/** The start of a text, for the message. */
function preview(text: string): string {
  const flat = text.trim().replace(/\s+/gu, ' ')
  return flat.length <= PREVIEW_LENGTH ? flat : flat.slice(0, PREVIEW_LENGTH - 1) + '…'
}

export default defineRule<Options>({
  meta: {
    id: 'empty-segment',
    description: 'No segment has one side empty while the other has text',
    docs: {
      what:
        'Reports a segment (a TSV row, a Moses line pair, a TMX, XLIFF, PO or JSONL unit) whose source or target is ' +
        'empty, or holds only white space and invisible characters, while the other side has text. Option `sides`: ' +
        '`both` (the default) checks both sides, `target` only the translation. A PO entry with an empty `msgstr` is ' +
        'untranslated, as gettext sees it, not broken: it is reported only with `untranslated: true` (`--stats` counts ' +
        'such entries either way). Documents are paragraph-count’s. ' +
        'On real text (UDHR and Qur’an verse pairs) it reports nothing.',
      why:
        'An empty side is a lost translation or a broken line alignment; in a training corpus it teaches a model to ' +
        'output nothing, and every rule comparing the two sides is silent on it.',
      fix:
        'Translate the segment, or remove the pair. When a whole Moses file has shifted by a line, re-align it ' +
        'instead of filling the gaps.'
    },
    schema: {
      type: 'object',
      properties: {
        sides: {enum: ['both', 'target'], description: 'Check both sides (`both`) or only the target (`target`).'},
        untranslated: {type: 'boolean', description: 'Also report PO entries nobody has translated (an empty `msgstr`).'}
      },
      additionalProperties: false
    },
    defaultOptions: {sides: 'both', untranslated: false},
    messages: {
      empty: 'The {{lang}} segment is empty, expected a counterpart of the {{otherLang}} `{{otherText}}`: translate it or remove the pair',
      untranslated: 'Untranslated entry `{{otherText}}`: translate it; until then the program shows the {{otherLang}} text'
    },
    recommended: 'error',
    units: ['segment'],
    untranslated: true
  },
  examples: {
    valid: [
      {
        name: 'Both sides have text',
        kind: 'segment',
        source: 'Everyone has the right to life.',
        target: 'لكل فرد الحق في الحياة.'
      },
      {
        name: 'Both sides empty',
        kind: 'segment',
        source: ' ',
        target: ''
      },
      {
        name: 'An empty source when only targets are checked',
        kind: 'segment',
        source: '',
        target: 'لكل فرد الحق في الحياة.',
        options: {sides: 'target'}
      }
    ],
    invalid: [
      {
        name: 'An empty Arabic target',
        kind: 'segment',
        source: 'Everyone has the right to life, liberty and security of person.',
        target: '\u200F ',
        errors: [
          {messageId: 'empty', data: {lang: 'Arabic', otherLang: 'English', otherText: 'Everyone has the right to life, liberty…'}, side: 'target', line: 1, column: 1}
        ]
      },
      {
        name: 'An empty English source',
        kind: 'segment',
        languages: {source: 'en', target: 'ru'},
        source: '',
        target: 'Каждый человек имеет право на жизнь.',
        errors: [
          {messageId: 'empty', data: {lang: 'English', otherLang: 'Russian', otherText: 'Каждый человек имеет право на жизнь.'}, side: 'source', line: 1, column: 1}
        ]
      }
    ]
  },
  check(unit, context) {
    const {source, target} = unit
    if (unit.kind !== 'segment') return
    if (unit.untranslated) {
      if (context.options.untranslated) {
        context.report({side: target, span: [0, 0], messageId: 'untranslated', data: {otherLang: languageName(source.lang), otherText: preview(unmaskedText(source))}, related: [{side: source, span: [0, source.text.length]}]})
      }
      return
    }
    const pairs: Array<[Side, Side]> = context.options.sides === 'both' ? [[target, source], [source, target]] : [[target, source]]
    for (const [side, other] of pairs) {
      if (!isEmpty(side) || isEmpty(other)) continue
      context.report({
        side,
        span: [0, side.text.length],
        messageId: 'empty',
        data: {lang: languageName(side.lang), otherLang: languageName(other.lang), otherText: preview(unmaskedText(other))},
        related: [{side: other, span: [0, other.text.length]}]
      })
    }
  }
})
