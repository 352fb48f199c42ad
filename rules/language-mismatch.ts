import {defineRule, type RuleContext} from '../src/engine/rule.js'
import type {Side, Span, Unit} from '../src/engine/types.js'
import {arabicOrPersian, francPair, undetermined, type PairVerdict} from '../src/text/language-id.js'
import {countLetters, countScriptLetters, languageScripts} from '../src/text/language-script.js'
import {languageName, sameLanguage, primaryLanguage} from '../src/text/languages.js'
import {dominantScript, scriptName} from '../src/text/scripts/index.js'

interface Options {
  /** Fewest letters a paragraph needs before its script is judged. */
  minLetters: number
  /** Fewest characters before franc judges between two languages of one script (domain-text §5: about 50). */
  minLength: number
  /** Smallest franc margin between the two languages that counts (franc's scores run 0–1). */
  minMargin: number
  /** Other languages of the same script to tell each language from (`{"ar": ["fa"]}`), besides the other version's. */
  alternatives: Record<string, string[]>
}

type Report = RuleContext<Options>['report']

const roles = ['source', 'target'] as const
const arabicOrthographies = new Set(['ar', 'fa', 'prs'])

/** The paragraphs of a document side, or the whole text of a segment. */
function piecesOf(unit: Unit, side: Side): Array<{span: Span; text: string}> {
  if (unit.kind === 'segment') return [{span: [0, side.text.length], text: side.text}]
  return side.paragraphs.map((paragraph) => ({span: paragraph.span, text: paragraph.text}))
}

const rivalsByLanguages = new WeakMap<Options['alternatives'], Map<string, string[]>>()

/** The languages of the same script a side must be told from; once per language pair and options, as every unit asks. */
function rivalsOf(unit: Unit, side: Side, options: Options): string[] {
  const other = side === unit.source ? unit.target : unit.source
  let known = rivalsByLanguages.get(options.alternatives)
  if (!known) {
    known = new Map()
    rivalsByLanguages.set(options.alternatives, known)
  }
  const key = side.lang + '\u0000' + other.lang
  let rivals = known.get(key)
  if (!rivals) {
    rivals = findRivals(side, other, options)
    known.set(key, rivals)
  }
  return rivals
}

function findRivals(side: Side, other: Side, options: Options): string[] {
  const scripts = new Set(languageScripts(side.lang))
  const rivals = [...(options.alternatives[primaryLanguage(side.lang)] ?? [])]
  if (!sameLanguage(other.lang, side.lang) && languageScripts(other.lang).some((script) => scripts.has(script))) rivals.push(other.lang)
  return [...new Set(rivals)].filter((rival) => !sameLanguage(rival, side.lang))
}

function judge(text: string, lang: string, rivals: readonly string[], options: Options): PairVerdict {
  const langs = [lang, ...rivals]
  if (langs.every((candidate) => arabicOrthographies.has(primaryLanguage(candidate)))) {
    const verdict = arabicOrPersian(text)
    return verdict.lang === undetermined || langs.some((candidate) => sameLanguage(candidate, verdict.lang)) ? verdict : {lang: undetermined, margin: 0}
  }
  return francPair(text, langs, options.minLength, options.minMargin)
}

/** A paragraph mostly in a script its language does not use; true when reported. */
function checkScript(unit: Unit, side: Side, piece: {span: Span; text: string}, options: Options, report: Report): boolean {
  const scripts = languageScripts(side.lang)
  const {letters: total, inScripts} = countLetters(piece.text, scripts)
  if (total < options.minLetters) return false
  const own = inScripts ?? countScriptLetters(piece.text, scripts)
  if (own / total >= 0.5) return false
  const found = dominantScript(piece.text, scripts)
  if (!found) return false
  // A target in the source's script is untranslated: the `untranslated` rule's finding.
  if (side === unit.target && languageScripts(unit.source.lang).includes(found)) return true
  report({
    side,
    span: piece.span,
    messageId: 'script',
    data: {
      lang: languageName(side.lang),
      expected: scripts.map(scriptName).join(', '),
      script: scriptName(found),
      percent: Math.round((100 * (total - own)) / total)
    }
  })
  return true
}

export default defineRule<Options>({
  meta: {
    id: 'language-mismatch',
    description: 'Each version is in its configured language',
    docs: {
      what:
        'Checks each paragraph (each segment side) against the language configured for its version: first by ' +
        'script — most letters in a script the language does not use — and then, between languages of one ' +
        'script, with franc restricted to the two candidates (the other version’s language when it shares the ' +
        'script, and the `alternatives`) on paragraphs of at least `minLength` characters, or for Arabic against ' +
        'Persian with a count of the letters and function words only one of them writes, which works on short ' +
        'text where franc does not. A target in the source’s script is left to `untranslated`. An undecided ' +
        'verdict (too short, too close) is no finding. On the UDHR in English against Arabic, Persian, Russian, ' +
        'Hebrew, Chinese, Hindi and French, and on the sample document, it reports nothing.',
      why:
        'A version in the wrong language — a Persian paragraph in an Arabic corpus, an English sentence left in ' +
        'the French version, swapped columns — trains a model on the wrong pair and escapes every check that ' +
        'compares the two versions.',
      fix:
        'Translate the paragraph, move it to the right version, or swap the columns. If the corpus mixes ' +
        'languages on purpose, configure the language per folder with an override.'
    },
    schema: {
      type: 'object',
      properties: {
        minLetters: {type: 'integer', minimum: 1, description: 'Fewest letters a paragraph needs before its script is judged.'},
        minLength: {type: 'integer', minimum: 10, description: 'Fewest characters before franc judges between two languages of one script.'},
        minMargin: {type: 'number', minimum: 0, maximum: 1, description: 'Smallest lead of franc’s best language over the other that counts.'},
        alternatives: {
          type: 'object',
          additionalProperties: {type: 'array', items: {type: 'string'}},
          description: 'Languages of the same script to tell a language from, by primary subtag: `{"ar": ["fa"]}`.'
        }
      },
      additionalProperties: false
    },
    defaultOptions: {minLetters: 10, minLength: 50, minMargin: 0.05, alternatives: {ar: ['fa'], fa: ['ar']}},
    messages: {
      script:
        'Expected {{lang}} in {{expected}} script, found {{script}} ({{percent}}% of the letters): this paragraph is in ' +
        'another language, or the versions are swapped',
      language: 'Expected {{lang}}, found {{found}}: translate this paragraph or move it to the {{found}} version'
    },
    recommended: 'error'
  },
  examples: {
    valid: [
      {
        name: 'Each version in its language',
        source: 'The minister met the delegation on Wednesday morning in Damascus.',
        target: 'التقى الوزير بالوفد صباح يوم الأربعاء في دمشق.'
      },
      {
        name: 'A short English line is not judged',
        languages: {source: 'en', target: 'fr'},
        source: 'Article 1',
        target: 'Article premier'
      }
    ],
    invalid: [
      {
        name: 'A Persian paragraph in the Arabic version, after an Arabic one',
        source: 'The minister met the delegation.\nHe said that the agreement covers air defence.',
        target: 'التقى الوزير بالوفد.\nوی گفت که این توافق دفاع هوایی را پوشش می‌دهد.',
        errors: [{messageId: 'language', data: {lang: 'Arabic', found: 'Persian'}, side: 'target', line: 2, column: 1}]
      },
      {
        name: 'An English sentence left in the French version',
        languages: {source: 'en', target: 'fr'},
        source: 'Everyone has the right to life, liberty and security of person.\nNo one shall be held in slavery or servitude; slavery and the slave trade shall be prohibited in all their forms.',
        target: 'Tout individu a droit à la vie, à la liberté et à la sûreté de sa personne.\nNo one shall be held in slavery or servitude; slavery and the slave trade shall be prohibited in all their forms.',
        errors: [{messageId: 'language', data: {lang: 'French', found: 'English'}, side: 'target', line: 2, column: 1}]
      },
      {
        name: 'Russian text in the English version',
        languages: {source: 'en', target: 'ru'},
        source: 'Все люди рождаются свободными и равными.',
        target: 'Все люди рождаются свободными и равными.',
        errors: [{messageId: 'script', data: {lang: 'English', expected: 'Latin', script: 'Cyrillic', percent: 100}, side: 'source', line: 1, column: 1}]
      }
    ]
  },
  check(unit, context) {
    const {options, report} = context
    for (const role of roles) {
      const side = unit[role]
      const rivals = rivalsOf(unit, side, options)
      for (const piece of piecesOf(unit, side)) {
        if (checkScript(unit, side, piece, options, report)) continue
        if (rivals.length === 0) continue
        const verdict = judge(piece.text, side.lang, rivals, options)
        if (verdict.lang === undetermined || sameLanguage(verdict.lang, side.lang)) continue
        report({side, span: piece.span, messageId: 'language', data: {lang: languageName(side.lang), found: languageName(verdict.lang)}})
      }
    }
  }
})
