import {defineRule, type RuleContext} from '../src/engine/rule.js'
import type {Side, Unit} from '../src/engine/types.js'
import {languageName} from '../src/text/languages.js'
import {describeSpaces, edgeSpaces, whitespaceFindings} from '../src/text/whitespace.js'

interface Options {
  /** Report white space at the start of a line of a document (never for Markdown, where it indents). */
  leading: boolean
}

type Report = RuleContext<Options>['report']

const MARKDOWN = /\.(?:md|markdown)$/i
/** A comment that asks for a no-break space. */
const NO_BREAK_NOTE = /\b(?:non-?breaking|no-?break)\s+spaces?\b|\bnbsp\b|U\+00A0/i

/** `no white space`, or the white space described. */
function spacesOrNone(run: string): string {
  return run === '' ? 'no white space' : describeSpaces(run, true)
}

function checkInside(side: Side, options: Options, segment: boolean, report: Report): void {
  const leading = options.leading && !segment && !MARKDOWN.test(side.filePath)
  // Only a segment's edges matter here; a document's are never skipped.
  const edges = segment ? edgeSpaces(side.text) : undefined
  for (const finding of whitespaceFindings(side.text, side.lang, {leading})) {
    // A segment's own edges are compared with the other side's instead.
    if (edges && (finding.span[1] <= edges.leading.length || finding.span[0] >= side.text.length - edges.trailing.length)) continue
    report({
      side,
      span: finding.span,
      messageId: finding.kind,
      data: {space: describeSpaces(finding.text), expected: describeSpaces(finding.replacement)},
      fix: {text: finding.replacement}
    })
  }
}

/**
 * Whether two edges agree. Edges with a line break agree when both have one,
 * as `msgfmt -c` checks: the indentation and blank lines around a block of
 * markup (`"\n    View function: <code>…"`) are not text.
 */
function sameEdge(have: string, want: string): boolean {
  return have === want || (have.includes('\n') && want.includes('\n'))
}

/** Full-width punctuation of Chinese and Japanese, which carries its own space: `，` for `, `. */
const FULL_WIDTH_END = /[\u3001\u3002\uFF0C\uFF1A\uFF1B\uFF01\uFF1F]$/u
/** Marks French typography binds to the word before with a no-break space: `" :"` for `":"`. */
const FRENCH_BOUND = /^[\u00A0\u202F][:;!?»]/u

/** Whether a target's edge differs from the source's by its own typography rather than by a slip. */
function typographicEdge(target: string, have: {leading: string; trailing: string}, want: {leading: string; trailing: string}, end: 'leading' | 'trailing'): boolean {
  if (end === 'trailing') return have.trailing === '' && want.trailing === ' ' && FULL_WIDTH_END.test(target)
  return want.leading === '' && FRENCH_BOUND.test(target)
}

/** A segment's leading and trailing white space should be the source's (a UI string joined to another). */
function checkEdges(unit: Unit, report: Report): void {
  const {source, target} = unit
  const want = edgeSpaces(source.text)
  const have = edgeSpaces(target.text)
  const langs = {lang: languageName(target.lang), otherLang: languageName(source.lang)}
  if (target.text.trim() === '' || source.text.trim() === '') return
  if (!sameEdge(have.leading, want.leading) && !typographicEdge(target.text, have, want, 'leading')) {
    report({
      side: target, span: [0, have.leading.length], messageId: 'segmentStart',
      data: {...langs, space: spacesOrNone(have.leading), expected: spacesOrNone(want.leading)},
      fix: {text: want.leading}
    })
  }
  if (!sameEdge(have.trailing, want.trailing) && !typographicEdge(target.text, have, want, 'trailing')) {
    const end = target.text.length
    report({
      side: target, span: [end - have.trailing.length, end], messageId: 'segmentEnd',
      data: {...langs, space: spacesOrNone(have.trailing), expected: spacesOrNone(want.trailing)},
      fix: {text: want.trailing}
    })
  }
}

export default defineRule<Options>({
  meta: {
    id: 'whitespace',
    description: 'No stray white space: at line ends, doubled, tabs, or no-break spaces out of place',
    docs: {
      what:
        'Reports white space at the start (option `leading`; never in Markdown) or end of a line of a document, two ' +
        'or more spaces between words, tabs inside a line, and no-break or typographic spaces (U+00A0, U+202F, ' +
        'U+2009, U+3000 outside Chinese, Japanese and Korean) where no convention puts one: next to a digit ' +
        '(`12 500`, `5 km`) or a placeholder (`%(count)s minutes`), before `: ; ! ? » %` and after `«` they are left ' +
        'alone, and anywhere in a PO entry whose comments ask for a no-break space. A key (a PO `msgid`, an XLIFF ' +
        '`<source>`) is the program’s, spaced as its author chose: only the translation is checked. For a segment, its leading and ' +
        'trailing white space must be the source’s, as pofilter’s `startwhitespace` and `endwhitespace` ask. On clean ' +
        'real text: the sample document and UDHR English with Arabic, French, Russian, Chinese, Persian and Hebrew ' +
        'give 0 messages; the 6,236 Qur’an verse pairs 1 (a thin space inside a word of 2:72).',
      why:
        'Stray white space makes equal strings differ, so duplicates go unfound and alignment and dictionary lookups ' +
        'fail; a no-break space where a space belongs stops a line from wrapping; a UI string that lost the space ' +
        'its source ends with is glued to the next one on screen.',
      fix:
        'Run `bilint --fix`: the fixes are safe. They remove white space at line ends, collapse a run to one space ' +
        '(or one no-break space where one belongs), turn a tab or a stray no-break space into a space, and give a ' +
        'segment the source’s leading and trailing white space.'
    },
    fixable: 'safe',
    schema: {
      type: 'object',
      properties: {
        leading: {type: 'boolean', description: 'Report white space at the start of a line of a plain-text document (never in Markdown).'}
      },
      additionalProperties: false
    },
    defaultOptions: {leading: true},
    messages: {
      leading: 'Unexpected {{space}} at the start of the line: remove it',
      trailing: 'Unexpected {{space}} at the end of the line: remove it',
      doubled: 'Unexpected {{space}} between words, expected one {{expected}}',
      tab: 'Unexpected {{space}} inside the line, expected one {{expected}}',
      unusualSpace: 'Unexpected {{space}}, expected a {{expected}}: no typographic convention binds these words',
      segmentStart: 'The {{lang}} segment starts with {{space}}, expected {{expected}} as in the {{otherLang}} one',
      segmentEnd: 'The {{lang}} segment ends with {{space}}, expected {{expected}} as in the {{otherLang}} one'
    },
    recommended: 'error'
  },
  examples: {
    valid: [
      {
        name: 'Single spaces and no-break spaces where French puts them',
        languages: {source: 'en', target: 'fr'},
        source: 'Everyone has the right to 12,500 things: life, liberty.',
        target: 'Toute personne a droit à 12\u202F500 choses\u00A0: « la vie », la liberté.'
      },
      {
        name: 'A segment keeps the trailing space of its source',
        kind: 'segment',
        source: 'File name: ',
        target: 'اسم الملف: '
      }
    ],
    invalid: [
      {
        name: 'Doubled spaces in Arabic after a single one, and a trailing space',
        source: 'The minister arrived on Monday. \nHe met the president.',
        target: 'وصل الوزير يوم الاثنين.\nوالتقى  بالرئيس.',
        errors: [
          {messageId: 'trailing', data: {space: 'space'}, side: 'source', line: 1, column: 32},
          {messageId: 'doubled', data: {space: '2 spaces', expected: 'space'}, side: 'target', line: 2, column: 7}
        ],
        output: {source: 'The minister arrived on Monday.\nHe met the president.', target: 'وصل الوزير يوم الاثنين.\nوالتقى بالرئيس.'}
      },
      {
        name: 'A tab and a stray no-break space',
        source: 'Article 3.\tEveryone has the\u00A0right to life.',
        target: 'المادة ٣. لكل فرد الحق في الحياة.',
        errors: [
          {messageId: 'tab', data: {space: 'tab', expected: 'space'}, side: 'source', line: 1, column: 11},
          {messageId: 'unusualSpace', data: {space: 'no-break space (U+00A0)', expected: 'space'}, side: 'source', line: 1, column: 28}
        ],
        output: {source: 'Article 3. Everyone has the right to life.', target: 'المادة ٣. لكل فرد الحق في الحياة.'}
      },
      {
        name: 'A segment that lost its trailing space',
        kind: 'segment',
        source: 'File name: ',
        target: 'اسم الملف:',
        errors: [
          {messageId: 'segmentEnd', data: {space: 'no white space', expected: 'a space', lang: 'Arabic', otherLang: 'English'}, side: 'target', line: 1, column: 11}
        ],
        output: {source: 'File name: ', target: 'اسم الملف: '}
      }
    ]
  },
  check(unit, context) {
    const segment = unit.kind === 'segment'
    // A key (a PO msgid) is the program's: its spacing is the author's convention, not the translator's to fix.
    if (unit.source.fixable) checkInside(unit.source, context.options, segment, context.report)
    // A translator asked to keep a no-break space (Django's `#. Translators: please keep a non-breaking space`) keeps it.
    const keepsNoBreak = unit.entry?.comments.some((comment) => NO_BREAK_NOTE.test(comment)) ?? false
    const report: Report = keepsNoBreak ? (descriptor) => descriptor.messageId !== 'unusualSpace' && context.report(descriptor) : context.report
    checkInside(unit.target, context.options, segment, report)
    if (segment) checkEdges(unit, context.report)
  }
})
