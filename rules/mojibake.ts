import {defineRule} from '../src/engine/rule.js'
import {mojibakeFindings, type CodePage} from '../src/text/mojibake.js'

interface Options {
  /** The code pages to look for; both by default. */
  codePages: CodePage[]
}

const roles = ['source', 'target'] as const

const codePageNames: Record<CodePage, string> = {
  'windows-1252': 'Windows-1252 (Latin-1)',
  'windows-1256': 'Windows-1256 (Arabic)'
}

export default defineRule<Options>({
  meta: {
    id: 'mojibake',
    description: 'Text is not UTF-8 that was decoded with a single-byte code page',
    docs: {
      what:
        'Finds runs of characters that are the bytes of well-formed UTF-8 read as Windows-1252 / ISO 8859-1 ' +
        '(`Ã©` for `é`, `â€“` for `–`, `Ø§Ù„` for `ال`) or as Windows-1256 (`ط§ظ„` for `ال`), and suggests the ' +
        'text they stand for: the characters encoded back to the code page and decoded as UTF-8. Only sequences ' +
        'that decode to printable characters count, and in Windows-1256 a run of Arabic letters only when it is ' +
        'three sequences long, since a Persian or Urdu word can spell a short valid one. On the UDHR declarations ' +
        '(all scripts), on quran-json and on the sample document it reports nothing.',
      why:
        'Mojibake is text the reader cannot read and a model learns as noise; one wrong import step usually ' +
        'garbles a whole file, so one finding points at many.',
      fix:
        'Re-import the file with the right encoding (UTF-8). The suggested repair (`--unsafe-fixes`) restores the ' +
        'text when the bytes survived the wrong decoding; check it, since characters the code page lacks are lost.'
    },
    fixable: 'unsafe',
    schema: {
      type: 'object',
      properties: {
        codePages: {
          type: 'array',
          items: {enum: ['windows-1252', 'windows-1256']},
          uniqueItems: true,
          description: 'The code pages whose mojibake is reported.'
        }
      },
      additionalProperties: false
    },
    defaultOptions: {codePages: ['windows-1252', 'windows-1256']},
    messages: {
      mojibake: 'Unexpected `{{found}}`, expected `{{expected}}`: UTF-8 text read as {{codePage}}; re-import the file as UTF-8'
    },
    recommended: 'error',
    gates: ['mojibake']
  },
  examples: {
    valid: [
      {
        name: 'Latin-1 letters and symbols in real words',
        languages: {source: 'en', target: 'fr'},
        source: 'The café costs €5 at 20°C — © São Paulo.',
        target: 'Le café coûte 5 € à 20 °C — © São Paulo. NÃO.'
      },
      {
        name: 'Persian words whose letters spell a short UTF-8 sequence',
        languages: {source: 'en', target: 'fa'},
        source: 'If he said so.',
        target: 'اگر گفت.'
      }
    ],
    invalid: [
      {
        name: 'A Portuguese word read as Windows-1252 after a real `Ã`',
        languages: {source: 'en', target: 'pt'},
        source: 'NOT SIGNED. The minister left the meeting.',
        target: 'NÃO ASSINADO. O ministro deixou a reuniÃ£o.',
        errors: [
          {messageId: 'mojibake', data: {found: 'Ã£', expected: 'ã', codePage: 'Windows-1252 (Latin-1)'}, side: 'target', line: 1, column: 40}
        ],
        output: {source: 'NOT SIGNED. The minister left the meeting.', target: 'NÃO ASSINADO. O ministro deixou a reunião.'}
      },
      {
        name: 'An Arabic headline read as Windows-1252',
        source: 'Al-Alam – Iran',
        target: 'Ø§Ù„Ø¹Ø§Ù„Ù… â€“ Ø§ÙŠØ±Ø§Ù†',
        errors: [
          {messageId: 'mojibake', data: {found: 'Ø§Ù„Ø¹Ø§Ù„Ù… â€“ Ø§ÙŠØ±Ø§Ù†', expected: 'العالم – ايران', codePage: 'Windows-1252 (Latin-1)'}, side: 'target', line: 1, column: 1}
        ],
        output: {source: 'Al-Alam – Iran', target: 'العالم – ايران'}
      },
      {
        name: 'A degree sign and a guillemet read as Windows-1252',
        languages: {source: 'en', target: 'fr'},
        source: 'It was 20°C, he said.',
        target: 'Il faisait 20Â°C, a-t-il dit Â».',
        errors: [
          {messageId: 'mojibake', data: {found: 'Â°', expected: '°', codePage: 'Windows-1252 (Latin-1)'}, side: 'target', line: 1, column: 14},
          {messageId: 'mojibake', data: {found: 'Â»', expected: '»', codePage: 'Windows-1252 (Latin-1)'}, side: 'target', line: 1, column: 30}
        ],
        output: {source: 'It was 20°C, he said.', target: 'Il faisait 20°C, a-t-il dit ».'}
      },
      {
        name: 'Arabic read as Windows-1256, on the second line',
        source: 'Iran\nAl-Alam',
        target: 'ايران\nط§ظ„ط¹ط§ظ„ظ…',
        errors: [{messageId: 'mojibake', data: {found: 'ط§ظ„ط¹ط§ظ„ظ…', expected: 'العالم', codePage: 'Windows-1256 (Arabic)'}, side: 'target', line: 2, column: 1}],
        output: {source: 'Iran\nAl-Alam', target: 'ايران\nالعالم'}
      }
    ]
  },
  check(unit, context) {
    const codePages = new Set(context.options.codePages)
    for (const role of roles) {
      const side = unit[role]
      for (const finding of mojibakeFindings(side.text)) {
        if (!codePages.has(finding.codePage)) continue
        context.report({
          side,
          span: finding.span,
          messageId: 'mojibake',
          data: {found: finding.found, expected: finding.repaired, codePage: codePageNames[finding.codePage]},
          fix: {text: finding.repaired, safety: 'unsafe'}
        })
      }
    }
  }
})
