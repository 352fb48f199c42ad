import {defineRule} from '../src/engine/rule.js'
import {codePoints, normalizationFindings, type NormalizationKind} from '../src/text/normalization.js'

interface Options {
  /** Also report combining marks in another order than NFC's (invisible, and common in pointed Arabic and Hebrew). */
  markOrder: boolean
  /** Also report the word ligatures U+FDF0–U+FDFD (ﷲ, ﷺ, ﷽), written on purpose in religious text. */
  ligatures: boolean
}

const roles = ['source', 'target'] as const

export default defineRule<Options>({
  meta: {
    id: 'unicode-normalization',
    description: 'Text is in Unicode Normalization Form C, without Arabic presentation forms',
    docs: {
      what:
        'Reports characters that NFC (UAX #15) would change — a letter written as a base and a combining mark ' +
        '(`e` + U+0301 for `é`, `ا` + U+0653 for `آ`), Hangul jamo for a syllable — and Arabic presentation forms ' +
        '(U+FB50–U+FDFF, U+FE70–U+FEFE), the positional glyphs that PDF extraction and legacy encodings leave in ' +
        'place of letters. Combining marks that are merely in another order, and the word ligatures ﷲ ﷺ ﷽, are ' +
        'reported only when their options are on. It reports nothing on the sample document and on most UDHR ' +
        'declarations, but real text is often typed decomposed: 12 findings in the Persian declaration (hamza ' +
        'above as a mark), 37 in the Hindi one (nukta letters, which NFC decomposes), 33 of the 532 declarations ' +
        'in all (Vietnamese tones, polytonic Greek …), and 2,945 in the Arabic text of quran-json, which writes ' +
        '`آ` as `ا` + U+0653 (22,094 more with `markOrder`). So it is not in `bilint:recommended`: turn it on ' +
        'where the corpus is meant to be NFC.',
      why:
        'Two encodings of the same letter compare unequal: search, deduplication, glossaries and every ' +
        'cross-version check miss them, and a model trained on mixed forms learns two tokens for one letter. ' +
        'Presentation forms are not letters at all for tokenisers and search.',
      fix:
        'Apply the fix (`--fix`): NFC for the first kind, the base letters (NFKC of the presentation form) for ' +
        'the second. Both keep what the reader sees. Normalise the whole corpus to NFC at import.'
    },
    fixable: 'safe',
    schema: {
      type: 'object',
      properties: {
        markOrder: {type: 'boolean', description: 'Also report combining marks in another order than NFC’s.'},
        ligatures: {type: 'boolean', description: 'Also report the Arabic word ligatures U+FDF0–U+FDFD (fixed only with --unsafe-fixes).'}
      },
      additionalProperties: false
    },
    defaultOptions: {markOrder: false, ligatures: false},
    messages: {
      composition:
        'Unexpected `{{found}}` ({{codePoints}}), expected `{{expected}}` ({{expectedCodePoints}}): the text is not in NFC, ' +
        'so it does not match the same letters typed the usual way',
      markOrder:
        'Unexpected mark order in `{{found}}` ({{codePoints}}), expected {{expectedCodePoints}} (NFC): the same marks in ' +
        'another order compare unequal',
      presentationForm:
        'Unexpected Arabic presentation form `{{found}}` ({{codePoints}}), expected the letters `{{expected}}`: presentation ' +
        'forms are glyphs, which search and tokenisers do not read as letters',
      ligature: 'Unexpected ligature `{{found}}` ({{codePoints}}), expected `{{expected}}`'
    },
    // Not recommended: real, clean text is often not in NFC (33 of the 532 UDHR declarations; quran-json).
    recommended: false
  },
  examples: {
    valid: [
      {
        name: 'Precomposed letters in both versions',
        languages: {source: 'en', target: 'fr'},
        source: 'The café in Orléans.',
        target: 'Le café d’Orléans.'
      },
      {
        name: 'Arabic letters with harakat in NFC, and a word ligature',
        source: 'In the name of God ﷽',
        target: 'آمنوا بِٱللَّهِ'
      }
    ],
    invalid: [
      {
        name: 'A decomposed letter after a precomposed one',
        languages: {source: 'en', target: 'fr'},
        source: 'The café in Orléans.',
        target: 'Le café d’Orle\u0301ans.',
        errors: [
          {
            messageId: 'composition',
            data: {found: 'e\u0301', codePoints: 'U+0065 U+0301', expected: 'é', expectedCodePoints: 'U+00E9'},
            side: 'target',
            line: 1,
            column: 14
          }
        ],
        output: {source: 'The café in Orléans.', target: 'Le café d’Orléans.'}
      },
      {
        name: 'Alef with a combining madda',
        source: 'They believed.',
        target: 'قال إنهم ا\u0653منوا',
        errors: [
          {
            messageId: 'composition',
            data: {found: 'ا\u0653', codePoints: 'U+0627 U+0653', expected: 'آ', expectedCodePoints: 'U+0622'},
            side: 'target',
            line: 1,
            column: 10
          }
        ],
        output: {source: 'They believed.', target: 'قال إنهم آمنوا'}
      },
      {
        name: 'Presentation forms from a PDF, on the second line',
        source: 'Al-Alam\nIran',
        target: 'العالم\nﺍﻳﺮﺍﻥ',
        errors: [
          {
            messageId: 'presentationForm',
            data: {found: 'ﺍﻳﺮﺍﻥ', codePoints: 'U+FE8D U+FEF3 U+FEAE U+FE8D U+FEE5', expected: 'ايران'},
            side: 'target',
            line: 2,
            column: 1
          }
        ],
        output: {source: 'Al-Alam\nIran', target: 'العالم\nايران'}
      },
      {
        name: 'Marks out of canonical order, by option',
        options: {markOrder: true},
        source: 'Lord',
        target: 'رب\u0651\u0650',
        errors: [
          {
            messageId: 'markOrder',
            data: {found: 'ب\u0651\u0650', codePoints: 'U+0628 U+0651 U+0650', expected: 'ب\u0650\u0651', expectedCodePoints: 'U+0628 U+0650 U+0651'},
            side: 'target',
            line: 1,
            column: 2
          }
        ],
        output: {source: 'Lord', target: 'رب\u0650\u0651'}
      }
    ]
  },
  check(unit, context) {
    const {options} = context
    const enabled: Record<NormalizationKind, boolean> = {composition: true, presentationForm: true, markOrder: options.markOrder, ligature: options.ligatures}
    for (const role of roles) {
      const side = unit[role]
      for (const finding of normalizationFindings(side.text)) {
        if (!enabled[finding.kind]) continue
        context.report({
          side,
          span: finding.span,
          messageId: finding.kind,
          data: {found: finding.found, codePoints: codePoints(finding.found), expected: finding.expected, expectedCodePoints: codePoints(finding.expected)},
          fix: {text: finding.expected, safety: finding.kind === 'ligature' ? 'unsafe' : 'safe'}
        })
      }
    }
  }
})
