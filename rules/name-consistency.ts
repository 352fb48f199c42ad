import {defineRule, type RuleContext} from '../src/engine/rule.js'
import type {Role, Side, Span, Unit} from '../src/engine/types.js'
import {languageName} from '../src/text/languages.js'
import {
  findInconsistencies,
  foldLatin,
  knownDistinct,
  nameLength,
  nameCandidates,
  nameSimilarity,
  relateSpellings,
  unitNames,
  type UnitNameOptions,
  type UnitNames
} from '../src/text/names/index.js'
import {majoritySpelling, presence, sourceNames, sureCounterparts} from '../src/text/names/counterparts.js'
import {corpusFindings, packNames, type CollectedName, type CorpusNameState} from '../src/text/names/corpus.js'
import {glossaryAllows, glossarySpelling, nameKey, spellingsOf} from '../src/text/names/glossary.js'
import {overlaps, overlapTest} from '../src/text/names/pairing.js'
import {mayBeInconsistent} from '../src/text/names/spellings.js'

interface Options {
  /** Source term → the target spellings a project accepts (the first is the fix). */
  glossary: Record<string, string | string[]>
  variants: 'warn' | 'off'
  /** Groups of names known to be different people (حسن and حسين are seeded). */
  allow: string[][]
  minLength: number
}

/** Similarity from which a counterpart is the name itself, and from which it may be a misspelling of it. */
const pairThreshold = 0.8
const weakThreshold = 0.6
const roles: readonly Role[] = ['source', 'target']
const arabicLetter = /\p{sc=Arabic}/u

const other = (role: Role): Role => (role === 'source' ? 'target' : 'source')
/** A spelling as written, without harakat and tatweel (NFC keeps أ and é whole). */
const written = (name: string): string => name.normalize('NFC').replace(/[\p{Mn}\u0640]/gu, '').toLowerCase()

function lineOf(side: Side, offset: number): number {
  return side.position(offset).line
}

const analyses = new WeakMap<Unit, Map<string, UnitNames>>()
/** The analysis key of an options object, serialised once, not once per unit. */
const optionKeys = new WeakMap<Options, string>()

/** The names of a unit, once per unit and options for `check` and `collect`. */
function namesOf(unit: Unit, options: Options): UnitNames {
  let key = optionKeys.get(options)
  if (key === undefined) optionKeys.set(options, (key = JSON.stringify([options.minLength, options.glossary])))
  let byOptions = analyses.get(unit)
  if (!byOptions) analyses.set(unit, (byOptions = new Map()))
  let names = byOptions.get(key)
  if (!names) {
    names = unitNames(unit, nameOptionsOf(options))
    byOptions.set(key, names)
  }
  return names
}

/** The options of `unitNames` for the rule's options, once per options object, not once per unit. */
const nameOptions = new WeakMap<Options, UnitNameOptions>()

function nameOptionsOf(options: Options): UnitNameOptions {
  let found = nameOptions.get(options)
  if (!found) {
    const glossary = Object.entries(options.glossary)
    const known = {source: glossary.map(([term]) => term), target: glossary.flatMap(([, spellings]) => spellingsOf(spellings))}
    nameOptions.set(options, (found = {minLength: options.minLength, pairThreshold, weakThreshold, known}))
  }
  return found
}

function reportSpellings(unit: Unit, role: Role, names: UnitNames, options: Options, context: RuleContext<Options>): void {
  // One name, or names no two of which look alike (Allah, Moses), differ from no other.
  if (names.names[role].length < 2 || !mayBeInconsistent(names.names[role].map((name) => name.spelling))) return
  const side = unit[role]
  let sourceName: ReturnType<typeof sourceNames> | undefined
  const findings = findInconsistencies(
    names.names[role].map((name) => ({spelling: name.spelling, ref: name.span, weak: name.weak, place: name.place})),
    {variants: options.variants === 'warn', distinct: (a, b) => knownDistinct(a, b, options.allow)}
  )
  for (const finding of findings) {
    if (finding.kind === 'variant' && glossaryAllows(options.glossary, finding.spelling, finding.expected)) continue
    const expected = glossarySpelling(options.glossary, finding.expected) ?? finding.expected
    const first = finding.expectedOccurrences[0]
    const messageId = finding.kind === 'variant' ? 'variant' : arabicLetter.test(finding.spelling) ? 'dots' : 'typo'
    for (const span of finding.occurrences) {
      context.report({
        side,
        span,
        messageId,
        data: {name: finding.spelling, expected, line: lineOf(side, first[0]), ...(finding.kind === 'variant' ? {} : {count: finding.expectedCount})},
        fix: {text: expected, safety: 'unsafe'},
        related: [{side, span: first}, ...(finding.kind === 'typo' ? [(sourceName ??= sourceNames(unit, names.crossPairs, names.pairs, role, pairThreshold))(span)].filter((found) => found !== undefined) : [])],
        severity: finding.kind === 'variant' ? 1 : undefined
      })
    }
  }
}

/**
 * A full or titled name whose counterpart is known from another paragraph
 * and absent, in any spelling of the same rasm, from the aligned one.
 */
function reportMissing(unit: Unit, names: UnitNames, options: Options, context: RuleContext<Options>): void {
  const counterparts = sureCounterparts(names.crossPairs, pairThreshold)
  // Without a sure counterpart no mention has all its words known: most units.
  if (counterparts.size === 0) return
  const reported = new Set<string>()
  let present: ReturnType<typeof presence> | undefined
  for (const pair of names.crossPairs) {
    const {mention, from, bead} = pair
    const id = `${from}:${mention.span[0]}`
    if (reported.has(id)) continue
    reported.add(id)
    // Only names known to be names: titled or full, each word paired with certainty somewhere in the unit.
    const words = mention.words.filter((word) => nameLength(word.text) >= options.minLength)
    if (words.length === 0 || (!mention.titled && words.length < 2)) continue
    if (!words.every((word) => counterparts.has(foldLatin(word.text)))) continue
    const known = words.map((word) => counterparts.get(foldLatin(word.text))!)
    const to = other(from)
    if ((present ??= presence(unit, names.pairs, pairThreshold))(to, bead, known, mention.words)) continue
    const spans = names.pairs[bead][to]
    context.report({
      side: unit[to],
      span: [spans[0][0], spans.at(-1)![1]],
      messageId: 'missing',
      data: {name: mention.text, lang: languageName(unit[from].lang), line: lineOf(unit[from], mention.span[0]), expected: known.map(majoritySpelling).join(' ')},
      related: [{side: unit[from], span: mention.span}]
    })
  }
}

/** Where the source has a glossary term, the aligned target uses one of its spellings. */
function reportGlossary(unit: Unit, names: UnitNames, options: Options, context: RuleContext<Options>): void {
  for (const [term, entry] of Object.entries(options.glossary)) {
    const spellings = spellingsOf(entry)
    const accepted = new Set(spellings.map(written))
    for (const pair of names.pairs) {
      const sources = pair.source.flatMap((span) => nameCandidates(unit.source.text, span)).filter((candidate) => nameKey(candidate.text) === nameKey(term))
      if (sources.length === 0) continue
      const targets = pair.target.flatMap((span) => nameCandidates(unit.target.text, span))
      if (targets.some((candidate) => accepted.has(written(candidate.text)))) continue
      const near = targets.find((candidate) => spellings.some((spelling) => relateSpellings(spelling, candidate.text) !== 'different' || nameSimilarity(spelling, candidate.text) >= pairThreshold))
      const related = [{side: unit.source, span: sources[0].span}]
      if (near) {
        context.report({side: unit.target, span: near.span, messageId: 'glossary', data: {name: near.text, term, expected: spellings[0]}, fix: {text: spellings[0], safety: 'unsafe'}, related})
      } else {
        const span: Span = [pair.target[0][0], pair.target.at(-1)![1]]
        context.report({side: unit.target, span, messageId: 'glossaryMissing', data: {term, expected: spellings[0]}, related})
      }
    }
  }
}

const rule = defineRule<Options>({
  meta: {
    id: 'name-consistency',
    description: 'A name is spelled one way within a version, across versions and across the corpus',
    docs: {
      what:
        'Finds names without a trained model (capitalised words with their particles, the words after a title such as ' +
        'اللواء or General, glossary terms, and their counterparts in the aligned paragraph of the other version) and ' +
        'compares their spellings. In Arabic script two spellings with the same rasm (letters without dots) and a ' +
        'different orthographic key differ in one letter’s dots: a likely typo (`ابوب` for `ايوب`). The same ' +
        'orthographic key written differently (`ايوب`/`أيوب`) is a variant, reported as a warning. In Latin script, ' +
        'a one-key slip is a typo and another romanization (`Ayyub`/`Ayoub`) a variant. A full or titled name whose ' +
        'counterpart is known from another paragraph must appear in the aligned one, glossary terms must use their ' +
        'glossary spelling, and one name spelled differently in different files is reported at the minority spelling. ' +
        'Look-alike names of different people (حسن/حسين, Hassan/Hussein, Ali/Alia) are never merged; country names ' +
        '(CLDR) have no variant warnings. The strings of a PO catalog are labels of a program, not text about people: ' +
        'they are not read.',
      why:
        'A misspelled name is the error readers notice first and search engines miss: one dot turns أيوب into ' +
        'ابوب, a different word, and a person spelled three ways in a corpus becomes three people for every tool ' +
        'that counts or links names.',
      fix:
        'Use the spelling the message names (the glossary spelling, or the one the other mentions use); the ' +
        'unsafe fix does it under `--unsafe-fixes`. Add names that are distinct people to `allow`, pin house ' +
        'spellings in `glossary`, or set `variants` to "off" to keep only likely typos.'
    },
    fixable: 'unsafe',
    schema: {
      type: 'object',
      properties: {
        glossary: {
          type: 'object',
          description: 'Source term → accepted target spelling(s); the first is the one fixes write.',
          additionalProperties: {anyOf: [{type: 'string', minLength: 1}, {type: 'array', items: {type: 'string', minLength: 1}, minItems: 1}]}
        },
        variants: {enum: ['warn', 'off'], description: 'Report variant spellings (hamza, ة/ه, diacritics, romanization) as warnings.'},
        allow: {
          type: 'array',
          description: 'Groups of look-alike names that belong to different people.',
          items: {type: 'array', items: {type: 'string', minLength: 1}, minItems: 2}
        },
        minLength: {type: 'integer', minimum: 1, description: 'Shortest name compared, in letters.'}
      },
      additionalProperties: false
    },
    defaultOptions: {glossary: {}, variants: 'warn', allow: [], minLength: 3},
    messages: {
      dots: 'Name `{{name}}` differs from `{{expected}}` (×{{count}} elsewhere, first at line {{line}}) only in its dots: likely a typo',
      typo: 'Name `{{name}}` differs from `{{expected}}` (×{{count}} elsewhere, first at line {{line}}) by one key: likely a typo',
      variant: 'Name `{{name}}` is spelled `{{expected}}` elsewhere (first at line {{line}}): use one spelling',
      missing: 'Name `{{name}}` ({{lang}}, line {{line}}) has no counterpart in this paragraph: expected `{{expected}}`',
      glossary: 'Unexpected `{{name}}` for `{{term}}`, expected `{{expected}}` (glossary)',
      glossaryMissing: 'Term `{{term}}` has no counterpart in this paragraph: expected `{{expected}}` (glossary)',
      corpusTypo: 'Name `{{name}}` is spelled `{{expected}}` in {{file}} ({{count}} mentions): likely a typo',
      corpusVariant: 'Name `{{name}}` is spelled `{{expected}}` in {{file}} ({{count}} mentions): use one spelling'
    },
    recommended: 'error'
  },
  examples: {
    valid: [
      {
        name: 'One spelling in both versions',
        source: 'General ‘Alī Ayyūb met the press. Ayyūb said the talks went well.',
        target: 'التقى العماد علي أيوب الصحفيين. وقال أيوب إن المحادثات كانت جيدة.'
      },
      {
        name: 'Two different people with look-alike names',
        source: 'Hassan Diab met Hussein Arnous. Diab and Arnous spoke.',
        target: 'التقى حسن دياب حسين عرنوس. وتحدث حسن وحسين.'
      }
    ],
    invalid: [
      {
        name: 'A dot slip in an Arabic name, after a correct mention',
        source: 'Minister ‘Alī Ayyūb arrived.\n‘Alī Ayyūb spoke.\nAyyūb left.',
        target: 'وصل الوزير علي أيوب.\nوتحدث علي ابوب.\nوغادر أيوب.',
        errors: [{messageId: 'dots', data: {name: 'ابوب', expected: 'أيوب', count: 2, line: 1}, side: 'target', line: 2, column: 11}],
        output: {source: 'Minister ‘Alī Ayyūb arrived.\n‘Alī Ayyūb spoke.\nAyyūb left.', target: 'وصل الوزير علي أيوب.\nوتحدث علي أيوب.\nوغادر أيوب.'}
      },
      {
        name: 'A hamza variant is a warning',
        source: 'General ‘Alī Ayyūb arrived.\nAyyūb spoke.',
        target: 'وصل العماد علي ايوب.\nوتحدث أيوب.',
        errors: [{messageId: 'variant', data: {name: 'ايوب', expected: 'أيوب', line: 2}, side: 'target', line: 1, column: 16}],
        output: {source: 'General ‘Alī Ayyūb arrived.\nAyyūb spoke.', target: 'وصل العماد علي أيوب.\nوتحدث أيوب.'}
      },
      {
        name: 'A one-key slip and another romanization in English',
        source: 'Mohammad Bagheri met Ali Ayyub in Damascus. Later Bagheri and Ayoub signed. Bagherj left.',
        target: 'التقى محمد باقري علي أيوب في دمشق. ثم وقع باقري وأيوب. وغادر باقري.',
        errors: [
          {messageId: 'variant', data: {name: 'Ayoub', expected: 'Ayyub', line: 1}, side: 'source', line: 1, column: 63},
          {messageId: 'typo', data: {name: 'Bagherj', expected: 'Bagheri', count: 2, line: 1}, side: 'source', line: 1, column: 77}
        ],
        output: {
          source: 'Mohammad Bagheri met Ali Ayyub in Damascus. Later Bagheri and Ayyub signed. Bagheri left.',
          target: 'التقى محمد باقري علي أيوب في دمشق. ثم وقع باقري وأيوب. وغادر باقري.'
        }
      },
      {
        name: 'A full name left out of its paragraph',
        source: 'Mohammad Bagheri arrived in Damascus.\nMohammad Bagheri spoke about the agreement.\nBagheri left.',
        target: 'وصل محمد باقري إلى دمشق.\nوتحدث رئيس الأركان عن الاتفاق.\nوغادر باقري.',
        errors: [{messageId: 'missing', data: {name: 'Mohammad Bagheri', lang: 'English', line: 2, expected: 'محمد باقري'}, side: 'target', line: 2, column: 1}]
      },
      {
        name: 'Two spellings in a French version',
        languages: {source: 'en', target: 'fr'},
        source: 'President Erdoğan spoke. Erdoğan left.',
        target: 'Le président Erdoğan a parlé. Recep Tayyip Erdogan est parti.',
        errors: [{messageId: 'variant', data: {name: 'Erdogan', expected: 'Erdoğan', line: 1}, side: 'target', line: 1, column: 44}],
        output: {source: 'President Erdoğan spoke. Erdoğan left.', target: 'Le président Erdoğan a parlé. Recep Tayyip Erdoğan est parti.'}
      },
      {
        name: 'A spelling the glossary does not accept',
        source: 'General ‘Alī Ayyūb arrived.',
        target: 'وصل العماد علي ايوب.',
        options: {glossary: {Ayyūb: ['أيوب']}},
        errors: [{messageId: 'glossary', data: {name: 'ايوب', term: 'Ayyūb', expected: 'أيوب'}, side: 'target', line: 1, column: 16}],
        output: {source: 'General ‘Alī Ayyūb arrived.', target: 'وصل العماد علي أيوب.'}
      }
    ]
  },
  check(unit, context) {
    // A catalog's strings (PO) are a program's labels: their capitalised words are UI terms (`Add`, `Filter`), and German
    // capitalises every noun. Names are read in documents and corpora.
    if (unit.entry) return
    const {options} = context
    const names = namesOf(unit, options)
    for (const role of roles) reportSpellings(unit, role, names, options, context)
    reportMissing(unit, names, options, context)
    reportGlossary(unit, names, options, context)
  },
  collect(unit, context): CorpusNameState {
    if (unit.entry) return packNames(unit.source.lang, unit.target.lang, [])
    const names = namesOf(unit, context.options)
    // Across the corpus only names the other version confirms: a word paired
    // with its transliteration (or a possible misspelling of it). In a segment
    // corpus every segment starts a sentence, and capitalised `The`, `This`,
    // `Did` would otherwise be compared as names.
    const confirmed = names.crossPairs.filter((pair) => pair.similarity >= weakThreshold)
    // One name at a time: a document's names as a list of objects would outweigh its text.
    function* collected(role: Role): Generator<CollectedName> {
      const spans = confirmed.map((pair) => (pair.from === role ? pair.word.span : pair.counterpart.span))
      // A few pairs are checked one by one; many by a binary search.
      const isConfirmed = spans.length <= 8 ? (span: Span) => spans.some((confirmedSpan) => overlaps(confirmedSpan, span)) : overlapTest(spans)
      for (const name of names.names[role]) {
        if (isConfirmed(name.span)) yield {role, spelling: name.spelling, place: name.place, weak: name.weak, location: () => context.locate(unit[role], name.span)}
      }
    }
    function* both(): Generator<CollectedName> {
      yield* collected('source')
      yield* collected('target')
    }
    return packNames(unit.source.lang, unit.target.lang, confirmed.length === 0 ? [] : both())
  },
  finalize(states, context) {
    const {options} = context
    const findings = corpusFindings(states, {variants: options.variants === 'warn', distinct: (a, b) => knownDistinct(a, b, options.allow)})
    for (const finding of findings) {
      if (finding.kind === 'variant' && glossaryAllows(options.glossary, finding.spelling, finding.expected)) continue
      const expected = glossarySpelling(options.glossary, finding.expected) ?? finding.expected
      for (const location of finding.locations) {
        context.report({
          location,
          messageId: finding.kind === 'variant' ? 'corpusVariant' : 'corpusTypo',
          data: {name: finding.spelling, expected, file: context.displayPath(finding.first.filePath), count: finding.expectedCount},
          severity: finding.kind === 'variant' ? 1 : undefined,
          related: [finding.first]
        })
      }
    }
  }
})

export default rule
