import {defineRule, type RuleContext} from '../src/engine/rule.js'
import type {Side, Span, Unit} from '../src/engine/types.js'
import {alignUnit} from '../src/text/align.js'
import {languageName} from '../src/text/languages.js'
import {terminalOf, type TerminalClass} from '../src/text/terminal.js'

interface Options {
  /** A period on one side and no mark on the other is no error. */
  optionalPeriod: boolean
}

type Report = RuleContext<Options>['report']

const CLASS_NAMES: Record<TerminalClass, string> = {
  period: 'a period',
  question: 'a question mark',
  exclamation: 'an exclamation mark',
  ellipsis: 'an ellipsis',
  colon: 'a colon',
  semicolon: 'a semicolon',
  none: 'no punctuation'
}

/** Compare how two aligned blocks end; report on the target. */
function compareEnds(source: {side: Side; span: Span}, target: {side: Side; span: Span}, block: string, options: Options, report: Report): void {
  const sourceText = source.side.text.slice(source.span[0], source.span[1])
  const targetText = target.side.text.slice(target.span[0], target.span[1])
  const s = terminalOf(sourceText, source.side.lang)
  const t = terminalOf(targetText, target.side.lang)
  if (s.kind === t.kind) return
  if (options.optionalPeriod && (s.kind === 'none' || t.kind === 'none') && (s.kind === 'period' || t.kind === 'period')) return
  const data = {
    lang: languageName(target.side.lang), otherLang: languageName(source.side.lang), block,
    text: t.text, kind: CLASS_NAMES[t.kind], otherText: s.text, otherKind: CLASS_NAMES[s.kind]
  }
  const messageId = t.kind === 'none' ? 'missing' : s.kind === 'none' ? 'extra' : 'differs'
  const at = (span: Span, own: Span): Span => [own[0] + span[0], own[0] + span[1]]
  report({side: target.side, span: at(t.span, target.span), messageId, data, related: [{side: source.side, span: at(s.span, source.span)}]})
}

function checkDocument(unit: Unit, options: Options, report: Report): void {
  for (const bead of alignUnit(unit)) {
    // A paragraph without counterpart is paragraph-count's; a merged pair ends where its last paragraph does.
    if (bead.source.length === 0 || bead.target.length === 0) continue
    const last = (role: 'source' | 'target') => ({side: unit[role], span: unit[role].paragraphs[bead[role].at(-1)!].span})
    compareEnds(last('source'), last('target'), 'paragraph', options, report)
  }
}

export default defineRule<Options>({
  meta: {
    id: 'terminal-punctuation',
    description: 'The two versions of a paragraph or segment end with equivalent punctuation',
    docs: {
      what:
        'Compares how aligned paragraphs (or the two sides of a segment) end, by equivalence class across scripts: ' +
        'a period (`.` ≡ `۔` ≡ `。` ≡ `।` ≡ `។`), a question mark (`?` ≡ `؟` ≡ `？`, Greek `;`), an exclamation mark ' +
        '(`!` ≡ `！`), an ellipsis, a colon, a semicolon, or none. Closing quotes and brackets, white space and ' +
        'invisible marks after the last mark (an RLM after an Arabic period) are looked through. It reports on the ' +
        'target a mark of another class, a mark the source lacks, or a missing one. The option `optionalPeriod` ' +
        'accepts a period on one side and none on the other, for corpora whose target never ends with a period. ' +
        'On real text it is not quiet, so it is not recommended: the sample document gives 7 messages (its Arabic ' +
        'paragraphs end without periods; 0 with `optionalPeriod`), UDHR English–Hebrew and English–Hindi 30 each ' +
        '(headings such as `סעיף ב.` end with a period), English–Chinese 1; English with Arabic, Russian, French, ' +
        'Persian and German 0, and the Qur’an verse pairs 0. Thai, which ends sentences without a mark, needs ' +
        '`optionalPeriod`.',
      why:
        'A question translated as a statement, or an exclamation lost, changes what the text says; a missing final ' +
        'mark often means a truncated translation. OpusFilter’s TerminalPunctuation knows four Latin marks only and ' +
        'pofilter’s `endpunc` takes `؟` for an error against `?`.',
      fix:
        'Give the translation the ending the source has, in the target script’s form (`؟` for `?` in Arabic). Where ' +
        'a corpus’s style drops final periods, set `optionalPeriod`.'
    },
    schema: {
      type: 'object',
      properties: {
        optionalPeriod: {
          type: 'boolean',
          description: 'Accept a period on one side and no final punctuation on the other (headlines, corpora whose target never ends with a period).'
        }
      },
      additionalProperties: false
    },
    defaultOptions: {optionalPeriod: false},
    messages: {
      differs: 'Unexpected `{{text}}` ({{kind}}) at the end of the {{lang}} {{block}}, expected {{otherKind}} as the {{otherLang}} one ends with `{{otherText}}`',
      missing: 'Expected the {{lang}} {{block}} to end with {{otherKind}}, as the {{otherLang}} one does with `{{otherText}}`',
      extra: 'Unexpected `{{text}}` ({{kind}}) at the end of the {{lang}} {{block}}: the {{otherLang}} one ends with no punctuation'
    },
    recommended: false
  },
  examples: {
    valid: [
      {
        name: 'Equivalent marks in Arabic, behind quotes and an RLM',
        source: 'Is it true?\nHe said: “We will win.”\nNo!',
        target: 'هل هذا صحيح؟\nقال: «سننتصر».\u200F\nلا!'
      },
      {
        name: 'A Chinese full stop and question mark',
        languages: {source: 'en', target: 'zh'},
        source: 'Everyone has the right to life. Why?',
        target: '人人有权享有生命。为什么？'
      },
      {
        name: 'A headline without period where periods are optional',
        source: 'Iran will upgrade Syrian air defences.',
        target: 'ايران ستطور منظومات الدفاع الجوي السورية',
        options: {optionalPeriod: true}
      }
    ],
    invalid: [
      {
        name: 'A question turned into a statement, after a matching paragraph',
        source: 'The talks ended.\nWill the army withdraw?',
        target: 'انتهت المحادثات.\nسينسحب الجيش.',
        errors: [
          {
            messageId: 'differs',
            data: {text: '.', kind: 'a period', lang: 'Arabic', block: 'paragraph', otherKind: 'a question mark', otherLang: 'English', otherText: '?'},
            side: 'target', line: 2, column: 13
          }
        ]
      },
      {
        name: 'A segment that lost its final period',
        kind: 'segment',
        languages: {source: 'en', target: 'ru'},
        source: 'Everyone has the right to life.',
        target: 'Каждый человек имеет право на жизнь',
        errors: [
          {
            messageId: 'missing',
            data: {lang: 'Russian', block: 'segment', otherKind: 'a period', otherLang: 'English', otherText: '.'},
            side: 'target', line: 1, column: 36
          }
        ]
      }
    ]
  },
  check(unit, context) {
    const {options, report} = context
    if (unit.kind === 'document') {
      checkDocument(unit, options, report)
      return
    }
    const whole = (side: Side) => ({side, span: [0, side.text.length] as Span})
    compareEnds(whole(unit.source), whole(unit.target), 'segment', options, report)
  }
})
