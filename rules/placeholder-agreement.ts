import {defineRule, type RuleContext} from '../src/engine/rule.js'
import type {Side, Span, Unit} from '../src/engine/types.js'
import {languageName} from '../src/text/languages.js'
import {type Code, codesOf, compareCodes, missingEntities} from '../src/text/lexical/placeholders.js'

type Options = Record<string, never>

/** How a code is shown in a message: as written, and an ICU argument by its name. */
function shown(code: Code): string {
  return code.family === 'icu' ? `{${code.name}}` : code.span.text
}

const codeSpan = (code: Code): Span => [code.span.offset, code.span.offset + 1]

/** Whether the unit is a plural form for one value of n (Arabic's `one`), which may leave the count out, as gettext allows. */
function mayOmit(unit: Unit): boolean {
  return unit.entry?.plural?.countOptional === true
}

function checkUnit(unit: Unit, report: RuleContext<Options>['report']) {
  const {source, target} = unit
  if (source.codes.length === 0 && target.codes.length === 0) return
  const data = (side: Side, other: Side) => ({lang: languageName(side.lang), otherLang: languageName(other.lang)})
  const reported = new Set<string>()
  const once = (key: string) => !reported.has(key) && Boolean(reported.add(key))
  const whole: Span = [0, target.text.length]
  for (const difference of compareCodes(codesOf(source.codes), codesOf(target.codes), mayOmit(unit))) {
    switch (difference.kind) {
      case 'missing':
        if (once(`missing ${shown(difference.source)}`)) {
          report({side: target, span: whole, messageId: 'missing', data: {...data(target, source), code: shown(difference.source)}, related: [{side: source, span: codeSpan(difference.source)}]})
        }
        break
      case 'extra':
        if (once(`extra ${shown(difference.target)}`)) {
          report({side: target, span: codeSpan(difference.target), messageId: 'extra', data: {...data(target, source), code: shown(difference.target)}})
        }
        break
      default:
        report({
          side: target,
          span: codeSpan(difference.target),
          messageId: difference.kind,
          data: {code: shown(difference.target), expected: shown(difference.source)},
          related: [{side: source, span: codeSpan(difference.source)}]
        })
    }
  }
  for (const entity of missingEntities(source.codes, target.codes)) {
    report({side: target, span: whole, messageId: 'missing', data: {...data(target, source), code: entity.text}, related: [{side: source, span: [entity.offset, entity.offset + 1]}]})
  }
}

export default defineRule<Options>({
  meta: {
    id: 'placeholder-agreement',
    description: 'The translation keeps the placeholders and tags of the source',
    docs: {
      what:
        'Compares the placeholders, tags and entities of the two versions of a segment, as `msgfmt -c` and pofilter’s `printf`, ' +
        '`variables` and `xmltags` do. Named placeholders (`%(name)s`, `{name}`, `$name`, `%1$s`, ICU arguments) match by name in ' +
        'any order; unnamed ones (`%s`, `{}`) in order, with the same conversion (`%d` is not `%s`); tags by name and the ' +
        'placeholders in their attributes, except elements that only style text (`<b>`, `<sup>`, `<q>`), which a translation ' +
        'may add, drop or render its own way; of entities, the escapes `&lt;` and `&gt;`, which turn into markup when lost. ' +
        'It reports a placeholder or tag missing, added, renamed (`%(nme)s`) or converted otherwise. A PO plural form for one value of n (Arabic’s `one`) may ' +
        'leave the count out, as gettext allows. Which syntaxes are placeholders follows the format, a PO entry’s flags ' +
        '(`#, python-format`) and the `placeholders` setting. On Django’s catalogs in eight languages every finding was a defect.',
      why:
        'The program fills placeholders in by name or position: one missing loses a value, one renamed or converted otherwise ' +
        'crashes the program or prints garbage, and a tag lost breaks the page’s markup.',
      fix: 'Copy each placeholder and tag from the source as written; translate only the text around them, and move them where the sentence needs them.'
    },
    schema: {type: 'object', properties: {}, additionalProperties: false},
    defaultOptions: {},
    messages: {
      missing: 'Missing `{{code}}` in the {{lang}} version: the {{otherLang}} version has it; keep every placeholder and tag as written',
      extra: 'Unexpected `{{code}}` in the {{lang}} version: the {{otherLang}} version has no such placeholder or tag',
      renamed: 'Unexpected `{{code}}`, expected `{{expected}}`: a placeholder keeps the name the program fills in',
      conversion: 'Unexpected `{{code}}`, expected `{{expected}}`: the program passes the same value as to the source’s'
    },
    recommended: 'error',
    units: ['segment']
  },
  examples: {
    valid: [
      {
        name: 'Named placeholders in another order',
        kind: 'segment',
        source: 'Delete %(count)s %(name)s?',
        target: 'حذف %(name)s (%(count)s)؟'
      },
      {
        name: 'Tags kept, their text translated',
        kind: 'segment',
        source: 'Read the <a href="%(url)s">documentation</a>.',
        target: 'اقرأ <a href="%(url)s">التوثيق</a>.'
      },
      {
        name: 'Formatting a language writes its own way',
        kind: 'segment',
        languages: {source: 'en', target: 'fr'},
        source: 'Topics &amp; the {}st <q>%(name)s</q>',
        target: 'Sujets et le {}<sup>er</sup> « %(name)s »'
      }
    ],
    invalid: [
      {
        name: 'A printf placeholder missing',
        kind: 'segment',
        source: 'Note: You are %s hours ahead of server time.',
        target: 'ملاحظة: أنت متقدم بساعات عن وقت الخادم.',
        errors: [{messageId: 'missing', data: {code: '%s', lang: 'Arabic', otherLang: 'English'}, side: 'target', line: 1, column: 1, endLine: 1, endColumn: 40}]
      },
      {
        name: 'A named placeholder renamed, after one kept',
        kind: 'segment',
        source: 'The %(field)s of %(name)s is required.',
        target: 'حقل %(field)s في %(nme)s مطلوب.',
        errors: [{messageId: 'renamed', data: {code: '%(nme)s', expected: '%(name)s'}, side: 'target', line: 1, column: 18, endLine: 1, endColumn: 25}]
      },
      {
        name: 'A conversion changed',
        kind: 'segment',
        source: 'Please submit %d or fewer forms.',
        target: 'الرجاء إرسال %s إستمارة أو أقل.',
        errors: [{messageId: 'conversion', data: {code: '%s', expected: '%d'}, side: 'target', line: 1, column: 14, endLine: 1, endColumn: 16}]
      },
      {
        name: 'A brace placeholder missing, and a link added',
        kind: 'segment',
        languages: {source: 'en', target: 'ru'},
        source: '{count} items in {place}',
        target: '<a href="/items">{count}</a> элементов',
        errors: [
          {messageId: 'missing', data: {code: '{place}', lang: 'Russian', otherLang: 'English'}, side: 'target', line: 1, column: 1, endLine: 1, endColumn: 39},
          {messageId: 'extra', data: {code: '<a href="/items">', lang: 'Russian', otherLang: 'English'}, side: 'target', line: 1, column: 1, endLine: 1, endColumn: 18},
          {messageId: 'extra', data: {code: '</a>', lang: 'Russian', otherLang: 'English'}, side: 'target', line: 1, column: 25, endLine: 1, endColumn: 29}
        ]
      }
    ]
  },
  check(unit, context) {
    checkUnit(unit, context.report)
  }
})
