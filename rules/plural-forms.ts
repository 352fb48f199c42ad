import {defineRule} from '../src/engine/rule.js'

type Options = Record<string, never>

/** `msgstr[2]`, `msgstr[3]`, …: the forms as a translator finds them in the file. */
function formNames(forms: readonly number[]): string {
  return forms.map((form) => `\`msgstr[${form}]\``).join(', ')
}

export default defineRule<Options>({
  meta: {
    id: 'plural-forms',
    description: 'A PO entry with plural forms has as many as its catalog says, and none left empty',
    docs: {
      what:
        'Reads the plural forms of each PO entry with a `msgid_plural`. It reports an entry whose count of `msgstr[n]` is not ' +
        'the `nplurals` of the catalog’s `Plural-Forms` header, and an entry with some forms translated and others left empty ' +
        '(WTForms’ Arabic catalog leaves `msgstr[2]` to `msgstr[5]` empty). Both make `msgfmt -c` reject the catalog; at run ' +
        'time, gettext shows the English text, or nothing, for the counts those forms are for. The report stands at the ' +
        'entry’s first translated form. An entry with no form translated is untranslated, not broken, and is left to ' +
        '`empty-segment`’s `untranslated` option.',
      why: 'A user who has 3 files sees an empty or English message where the Arabic form for 3 to 10 should be.',
      fix: 'Translate every form; the header’s plural expression says which values of n each form is for.'
    },
    schema: {type: 'object', properties: {}, additionalProperties: false},
    defaultOptions: {},
    messages: {
      empty: 'Unexpected empty {{forms}} beside translated plural forms: translate every form, or msgfmt rejects the catalog',
      count: 'Unexpected {{count}} plural forms, expected {{nplurals}} as the catalog’s `Plural-Forms` header says: give every form its `msgstr[n]`'
    },
    recommended: 'error',
    units: ['segment']
  },
  examples: {
    valid: [
      {
        name: 'Every form translated',
        kind: 'segment',
        source: '%d days',
        target: '%d أيام',
        entry: {flags: ['python-format'], comments: [], plural: {form: 0, forms: 6, nplurals: 6, empty: [], countOptional: true, first: true}}
      }
    ],
    invalid: [
      {
        name: 'Four of six Arabic forms left empty',
        kind: 'segment',
        source: '%(num)d day',
        target: 'يوم واحد',
        entry: {flags: ['python-format'], comments: [], plural: {form: 1, forms: 6, nplurals: 6, empty: [2, 3, 4, 5], countOptional: true, first: true}},
        errors: [{messageId: 'empty', data: {forms: '`msgstr[2]`, `msgstr[3]`, `msgstr[4]`, `msgstr[5]`'}, side: 'target', line: 1, column: 1}]
      },
      {
        name: 'Two Russian forms where the header says three',
        kind: 'segment',
        languages: {source: 'en', target: 'ru'},
        source: '%d file',
        target: '%d файл',
        entry: {flags: ['c-format'], comments: [], plural: {form: 0, forms: 2, nplurals: 3, empty: [], countOptional: false, first: true}},
        errors: [{messageId: 'count', data: {count: 2, nplurals: 3}, side: 'target', line: 1, column: 1}]
      }
    ]
  },
  check(unit, context) {
    const plural = unit.entry?.plural
    if (!plural?.first) return
    const span = [0, unit.target.text.length] as const
    if (plural.nplurals !== undefined && plural.forms !== plural.nplurals) {
      context.report({side: unit.target, span, messageId: 'count', data: {count: plural.forms, nplurals: plural.nplurals}})
    }
    if (plural.empty.length > 0) context.report({side: unit.target, span, messageId: 'empty', data: {forms: formNames(plural.empty)}})
  }
})
