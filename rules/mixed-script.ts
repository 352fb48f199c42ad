import {defineRule, type RuleContext} from '../src/engine/rule.js'
import type {Side, Unit} from '../src/engine/types.js'
import {languageName, primaryLanguage} from '../src/text/languages.js'
import {unmaskedSlice} from '../src/text/lexical/mask.js'
import {DECIMAL_DIGIT} from '../src/text/lexical/signs.js'
import {
  arabicLettersInPersian,
  digitFindings,
  digitSystemName,
  expectedScripts,
  foreignPunctuation,
  foreignRuns,
  isGreekSymbol,
  isCompositeScript,
  isDigitSystem,
  mixedScriptWords,
  persianLettersInArabic,
  scriptName,
  writesArabic,
  writesPersian,
  type DigitFinding,
  type MixedWord
} from '../src/text/scripts/index.js'
import {wordExcerpt} from '../src/text/scripts/mixed-words.js'

interface Options {
  /** Scripts per language, replacing CLDR's (`{"sr": ["Cyrl", "Latn"]}`). */
  scripts: Record<string, string[]>
  /** Digit policy per language: `consistent` or a numbering system id. */
  digits: Record<string, string>
  /** Longest run of Latin words a version in another script may carry (acronyms, brand names). */
  latinWords: number
  /** Longest run of words in any other foreign script a version may carry. */
  foreignWords: number
  /** Leave foreign runs in brackets or quotation marks alone (original-script names given on purpose). */
  allowEnclosed: boolean
}

type Report = RuleContext<Options>['report']

/** The decimal numbering systems of the running ICU, for the `digits` option's schema: asked only when options are checked, since Intl makes a formatter per numbering system (about 40 ms). */
let digitSystemEnum: {enum: string[]} | undefined

/** The option for a language: its exact tag, else its primary subtag (`ar-EG`, then `ar`). */
function forLanguage<T>(map: Record<string, T>, lang: string): T | undefined {
  return map[lang] ?? map[primaryLanguage(lang)]
}

/** A long foreign run shortened for a message. */
function excerpt(text: string, limit = 40): string {
  return text.length <= limit ? text : text.slice(0, limit).trimEnd() + '…'
}

function reportWord(side: Side, word: MixedWord, report: Report) {
  // Words of two unconfusable scripts (`بالـGPS`, Latin in Chinese) are left to the run check, and Latin
  // glued to Japanese, Chinese or Korean (`docutilsをインストール`) is how those languages write it (UTS #39's
  // highly restrictive level). A lookalike is an odd letter or two in a word, not half of it.
  if (word.level === 'highly' || isGreekSymbol(word)) return
  if (word.level !== 'minimally' && !(word.homoglyph && word.foreign.length * 2 <= [...word.text].length)) return
  for (const foreign of word.foreign) {
    const data = {
      character: foreign.character,
      script: scriptName(foreign.script),
      word: word.text,
      wordScript: scriptName(word.dominant)
    }
    const span = [foreign.offset, foreign.offset + foreign.character.length] as const
    if (foreign.intended) {
      const fix = word.fixed ? {text: foreign.intended, safety: 'safe' as const} : undefined
      report({side, span, messageId: 'homoglyph', data: {...data, intended: foreign.intended}, fix})
    } else report({side, span, messageId: 'mixedWord', data})
  }
}

function reportLetters(side: Side, report: Report) {
  const arabic = writesArabic(side.lang)
  const findings = arabic ? persianLettersInArabic(side.text) : writesPersian(side.lang) ? arabicLettersInPersian(side.text) : []
  for (const finding of findings) {
    const word = wordExcerpt(side.text, finding.span[0])
    const fix = finding.expected && finding.safety ? {text: finding.expected, safety: finding.safety} : undefined
    if (!arabic) {
      report({side, span: finding.span, messageId: 'arabicLetter', data: {found: finding.found, expected: finding.expected!, word}, fix})
    } else if (finding.alternatives) {
      const [expected, alternative] = finding.expected ? [finding.expected, finding.alternatives[0]] : finding.alternatives
      report({side, span: finding.span, messageId: 'persianLetterAmbiguous', data: {found: finding.found, expected, alternative, word}, fix})
    } else {
      report({side, span: finding.span, messageId: 'persianLetter', data: {found: finding.found, expected: finding.expected!, word}, fix})
    }
  }
}

const digitMessages: Record<DigitFinding['kind'], string> = {
  'mixed-number': 'mixedNumber',
  'persian-digits': 'persianDigits',
  'arabic-digits': 'arabicDigits',
  'minority-system': 'minorityDigits',
  'unexpected-system': 'unexpectedDigits'
}

function reportDigits(side: Side, scripts: readonly string[], policy: string, report: Report) {
  // Every number starts with a decimal digit, which the side's scan has seen or not.
  if ((side.lexicon.signs & DECIMAL_DIGIT) === 0) return
  for (const finding of digitFindings(side.text, side.lang, scripts, policy)) {
    report({
      side,
      span: finding.span,
      messageId: digitMessages[finding.kind],
      data: {
        number: finding.text,
        expected: finding.replacement,
        system: digitSystemName(finding.system),
        expectedSystem: digitSystemName(finding.expected),
        lang: languageName(side.lang),
        ...(finding.count === undefined ? {} : {count: finding.count, expectedCount: finding.expectedCount!})
      },
      fix: {text: finding.replacement, safety: 'safe'}
    })
  }
}

function reportForeignText(side: Side, scripts: readonly string[], options: Options, report: Report) {
  // Names for the messages, built when there is one: most versions have none.
  const langName = () => languageName(side.lang)
  const expectedNames = () => scripts.filter((script) => !isCompositeScript(script)).map(scriptName).join(' or ')
  for (const run of foreignRuns(side.text, scripts, side.lexicon)) {
    const limit = run.script === 'Latn' ? options.latinWords : options.foreignWords
    // One letter alone is a symbol or a label (β-blocker, μm, item ب), not text.
    if (run.words <= limit || run.letters < 2 || (options.allowEnclosed && run.enclosed)) continue
    report({side, span: run.span, messageId: 'foreignText', data: {script: scriptName(run.script), text: excerpt(unmaskedSlice(side, run.span[0], run.span[1])), lang: langName(), expected: expectedNames()}})
  }
  for (const mark of foreignPunctuation(side.text, scripts)) {
    const fix = mark.intended ? {text: mark.intended, safety: 'safe' as const} : undefined
    report({side, span: mark.span, messageId: 'foreignPunctuation', data: {script: scriptName(mark.script), character: mark.character, lang: langName()}, fix})
  }
}

function checkSide(side: Side, options: Options, report: Report) {
  const scripts = expectedScripts(side.lang, forLanguage(options.scripts, side.lang))
  for (const word of mixedScriptWords(side.text, scripts, side.lexicon)) reportWord(side, word, report)
  reportLetters(side, report)
  reportDigits(side, scripts, forLanguage(options.digits, side.lang) ?? 'consistent', report)
  reportForeignText(side, scripts, options, report)
}

export default defineRule<Options>({
  meta: {
    id: 'mixed-script',
    description: 'Every version is written in the script of its language, with one digit system',
    docs: {
      what:
        'Checks each version against the scripts of its language (CLDR likely subtags, or the `scripts` option): ' +
        'words whose letters come from two scripts (Script_Extensions, the UTS #39 single-script check), with the ' +
        'letter meant where confusables.txt names it; Persian letters and digits in Arabic text and Arabic ones in ' +
        'Persian text; numbers in two digit systems, or in another system than the rest of the version (UTS #39 ' +
        'mixed numbers); runs of another script left in a version (untranslated or pasted text), and punctuation of ' +
        'another script. Transliteration letters (`ā`, `ḥ`), typographic quotes and dashes belong to every script.',
      why:
        'A Cyrillic `а` in an English word or a Latin `o` in a Russian one looks right and is wrong for every ' +
        'search, tokenizer, spell checker and model trained on the corpus; a Persian `ی` makes an Arabic word a ' +
        'different string; mixed digit systems break number matching between versions; a pasted run of the other ' +
        'language is text that was never translated.',
      fix:
        'Apply the fixes where they are marked safe: they put in the letter of the word’s own script, the ' +
        'letter of the version’s orthography, or the digits of the version’s system. A word-final Persian `ی` in ' +
        'Arabic may be `ي` or `ى`: its fix is unsafe, check the word. Translate foreign runs, or put an ' +
        'original-script name in brackets or quotation marks. Set `scripts` for languages written in several ' +
        'scripts and `digits` to require one system.'
    },
    fixable: 'safe',
    schema: {
      type: 'object',
      properties: {
        scripts: {
          type: 'object',
          description:
            'Scripts per language (ISO 15924 codes), replacing those CLDR gives: `{"sr": ["Cyrl", "Latn"]}`, `{"ja": ["Hani", "Hira", "Kana", "Latn"]}`.',
          additionalProperties: {type: 'array', items: {type: 'string', pattern: '^[A-Z][a-z]{3}$'}, minItems: 1}
        },
        digits: {
          type: 'object',
          description:
            'Digit system per language: `consistent` (report the numbers in the minority system) or a numbering system id such as `latn`, `arab`, `arabext`, `deva`.',
          get additionalProperties() {
            return (digitSystemEnum ??= {enum: ['consistent', ...Intl.supportedValuesOf('numberingSystem').filter(isDigitSystem)]})
          }
        },
        latinWords: {
          type: 'integer',
          minimum: 0,
          description: 'How many Latin words in a row a version in another script may carry (acronyms, brand names) before they are reported.'
        },
        foreignWords: {
          type: 'integer',
          minimum: 0,
          description: 'How many words in a row of another script (not Latin) a version may carry before they are reported.'
        },
        allowEnclosed: {
          type: 'boolean',
          description: 'Leave foreign text in brackets or quotation marks alone, as an original-script name given on purpose.'
        }
      },
      additionalProperties: false
    },
    defaultOptions: {scripts: {}, digits: {}, latinWords: 3, foreignWords: 0, allowEnclosed: true},
    messages: {
      homoglyph:
        'Unexpected {{script}} `{{character}}` in the {{wordScript}} word `{{word}}`, expected {{wordScript}} `{{intended}}`: the two look alike but are different letters to every search and tokenizer',
      mixedWord: 'Unexpected {{script}} `{{character}}` in the {{wordScript}} word `{{word}}`, expected {{wordScript}} letters only',
      persianLetter: 'Unexpected Persian `{{found}}` in `{{word}}`, expected Arabic `{{expected}}`',
      persianLetterAmbiguous: 'Unexpected Persian `{{found}}` in `{{word}}`, expected Arabic `{{expected}}` or `{{alternative}}`',
      arabicLetter: 'Unexpected Arabic `{{found}}` in `{{word}}`, expected Persian `{{expected}}`',
      mixedNumber: 'Unexpected digits of two systems in `{{number}}`, expected {{expectedSystem}} digits only: `{{expected}}`',
      persianDigits: 'Unexpected Persian digits in `{{number}}`, expected {{expectedSystem}} digits: `{{expected}}`',
      arabicDigits: 'Unexpected Arabic-Indic digits in `{{number}}`, expected {{expectedSystem}} digits: `{{expected}}`',
      minorityDigits:
        'Unexpected {{system}} digits in `{{number}}`, expected {{expectedSystem}} digits `{{expected}}`: the {{lang}} version writes {{expectedCount}} numbers in {{expectedSystem}} digits and {{count}} in {{system}} digits',
      unexpectedDigits: 'Unexpected {{system}} digits in `{{number}}`, expected {{expectedSystem}} digits `{{expected}}` (option `digits`)',
      foreignText:
        'Unexpected {{script}} text `{{text}}` in the {{lang}} version, expected {{expected}}: translate it, or enclose an original-script name in brackets or quotes',
      foreignPunctuation: 'Unexpected {{script}} punctuation `{{character}}` in the {{lang}} version'
    },
    recommended: 'error'
  },
  examples: {
    valid: [
      {
        name: 'Transliterated names, typographic quotes and dashes',
        source: 'General ‘Alī Ayyūb said: “The agreement – signed on 8 July 2020 – stands.”',
        target: 'قال العماد علي أيوب، إن “الاتفاق” الموقع في ٨ يوليو ٢٠٢٠ قائم.'
      },
      {
        name: 'Persian with its zero-width non-joiners',
        languages: {source: 'en', target: 'fa'},
        source: 'I want to read the books.',
        target: 'می‌خواهم کتاب‌ها را بخوانم.'
      },
      {
        name: 'Latin codes and their digits in Arabic text',
        source: 'The F-16 jets and the COVID-19 vaccine arrived in 2020.',
        target: 'وصلت طائرات F-16 ولقاح COVID-19 عام ٢٠٢٠.'
      },
      {
        name: 'A language written in two scripts',
        languages: {source: 'en', target: 'sr'},
        options: {scripts: {sr: ['Cyrl', 'Latn']}},
        source: 'Belgrade',
        target: 'Београд (Beograd)'
      }
    ],
    invalid: [
      {
        name: 'A Latin letter in a Russian word',
        languages: {source: 'en', target: 'ru'},
        source: 'Moscow, not Moscow.',
        target: 'Москва, а не Мoсква.',
        errors: [
          {
            messageId: 'homoglyph',
            data: {script: 'Latin', character: 'o', wordScript: 'Cyrillic', word: 'Мoсква', intended: 'о'},
            side: 'target',
            line: 1,
            column: 15
          }
        ],
        output: {source: 'Moscow, not Moscow.', target: 'Москва, а не Москва.'}
      },
      {
        name: 'A Cyrillic letter in an English word',
        source: 'The payment was made in full.\nThe pаyment was late.',
        target: 'تم الدفع بالكامل.\nتأخر الدفع.',
        errors: [
          {
            messageId: 'homoglyph',
            data: {script: 'Cyrillic', character: 'а', wordScript: 'Latin', word: 'pаyment', intended: 'a'},
            side: 'source',
            line: 2,
            column: 6
          }
        ],
        output: {source: 'The payment was made in full.\nThe payment was late.', target: 'تم الدفع بالكامل.\nتأخر الدفع.'}
      },
      {
        name: 'Two digit systems in one version',
        source: 'Wednesday 08 July 2020 – 11:37\nThe army has held since 2011.',
        target: 'الأربعاء ٠٨ يوليو ٢٠٢٠ – ١١:٣٧\nصمد الجيش منذ عام 2011.',
        errors: [
          {
            messageId: 'minorityDigits',
            data: {
              system: 'Latin (`latn`)',
              number: '2011',
              expectedSystem: 'Arabic-Indic (`arab`)',
              expected: '٢٠١١',
              lang: 'Arabic',
              expectedCount: 3,
              count: 1
            },
            side: 'target',
            line: 2,
            column: 19
          }
        ],
        output: {source: 'Wednesday 08 July 2020 – 11:37\nThe army has held since 2011.', target: 'الأربعاء ٠٨ يوليو ٢٠٢٠ – ١١:٣٧\nصمد الجيش منذ عام ٢٠١١.'}
      },
      {
        name: 'A number in two digit systems',
        source: 'Decision 1234 of 2020',
        target: 'القرار رقم ١٢۳٤ لعام ٢٠٢٠',
        errors: [
          {
            messageId: 'mixedNumber',
            data: {number: '١٢۳٤', expectedSystem: 'Arabic-Indic (`arab`)', expected: '١٢٣٤'},
            side: 'target',
            line: 1,
            column: 12
          }
        ],
        output: {source: 'Decision 1234 of 2020', target: 'القرار رقم ١٢٣٤ لعام ٢٠٢٠'}
      },
      {
        name: 'A configured digit system',
        options: {digits: {ar: 'latn'}},
        source: 'In 2020 and 2021.',
        target: 'في 2020 و٢٠٢١.',
        errors: [
          {
            messageId: 'unexpectedDigits',
            data: {system: 'Arabic-Indic (`arab`)', number: '٢٠٢١', expectedSystem: 'Latin (`latn`)', expected: '2021'},
            side: 'target',
            line: 1,
            column: 10
          }
        ],
        output: {source: 'In 2020 and 2021.', target: 'في 2020 و2021.'}
      },
      {
        name: 'Persian letters in Arabic text',
        source: 'The defence minister was in Damascus.',
        target: 'کان وزیر الدفاع فی دمشق.',
        errors: [
          {messageId: 'persianLetter', data: {found: 'ک', word: 'کان', expected: 'ك'}, side: 'target', line: 1, column: 1},
          {messageId: 'persianLetter', data: {found: 'ی', word: 'وزیر', expected: 'ي'}, side: 'target', line: 1, column: 7},
          {
            messageId: 'persianLetterAmbiguous',
            data: {found: 'ی', word: 'فی', expected: 'ي', alternative: 'ى'},
            side: 'target',
            line: 1,
            column: 18
          }
        ],
        output: {source: 'The defence minister was in Damascus.', target: 'كان وزير الدفاع في دمشق.'}
      },
      {
        name: 'Arabic letters and digits in Persian text',
        languages: {source: 'en', target: 'fa'},
        source: 'The defence minister of the country in 2020.',
        target: 'وزير دفاع كشور در سال ٢٠٢٠.',
        errors: [
          {messageId: 'arabicLetter', data: {found: 'ي', word: 'وزير', expected: 'ی'}, side: 'target', line: 1, column: 3},
          {messageId: 'arabicLetter', data: {found: 'ك', word: 'كشور', expected: 'ک'}, side: 'target', line: 1, column: 11},
          {
            messageId: 'arabicDigits',
            data: {number: '٢٠٢٠', expectedSystem: 'Extended Arabic-Indic (`arabext`)', expected: '۲۰۲۰'},
            side: 'target',
            line: 1,
            column: 23
          }
        ],
        output: {source: 'The defence minister of the country in 2020.', target: 'وزیر دفاع کشور در سال ۲۰۲۰.'}
      },
      {
        name: 'Arabic text left in the English version',
        source: 'The council (مجلس الشورى) met. The minister said وزير الدفاع السوري that it holds.',
        target: 'اجتمع مجلس الشورى. وقال الوزير إنه قائم.',
        errors: [
          {
            messageId: 'foreignText',
            data: {script: 'Arabic', text: 'وزير الدفاع السوري', lang: 'English', expected: 'Latin'},
            side: 'source',
            line: 1,
            column: 50
          }
        ]
      },
      {
        name: 'More Latin words in Arabic text than acronyms explain',
        source: 'The COVID-19 vaccine. He said the agreement has been signed today.',
        target: 'لقاح COVID-19. وقال the agreement has been signed today.',
        errors: [
          {
            messageId: 'foreignText',
            data: {script: 'Latin', text: 'the agreement has been signed today', lang: 'Arabic', expected: 'Arabic'},
            side: 'target',
            line: 1,
            column: 21
          }
        ]
      },
      {
        name: 'Arabic punctuation in English text',
        source: 'Tehran، Iran',
        target: 'طهران، إيران',
        errors: [
          {
            messageId: 'foreignPunctuation',
            data: {script: 'Arabic', character: '،', lang: 'English'},
            side: 'source',
            line: 1,
            column: 7
          }
        ]
      }
    ]
  },
  check(unit: Unit, context) {
    for (const side of [unit.source, unit.target]) checkSide(side, context.options, context.report)
  }
})
