import {defineRule, type RuleContext} from '../src/engine/rule.js'
import type {Side, Span, Unit} from '../src/engine/types.js'
import {alignUnit, type Bead} from '../src/text/align.js'
import {agreeingWith} from '../src/text/dates/agreement.js'
import {type DateTimeMention, findDateTimes} from '../src/text/dates/index.js'
import {languageName} from '../src/text/languages.js'
import {hasNumberWords, numberWordValues} from '../src/text/number-words.js'
import {findNumbers, type NumberMention} from '../src/text/numbers.js'
import {DECIMAL_DIGIT, ETHIOPIC_NUMERAL, numberSigns, ORDINAL_MARK} from '../src/text/number-signs.js'
import {ParagraphWindow} from '../src/text/paragraph-window.js'
import {firstContaining} from '../src/text/span-search.js'

interface Options {
  /** Let a number from 0 to 12 match the same number written as a word in the other version. */
  numberWords: boolean
}

/** A number with its span in side text. */
interface Placed {
  mention: NumberMention
  span: Span
  /** The date or time the number is part of. */
  date?: DateTimeMention
}

/** A block of one side compared as a whole: a paragraph, or a segment's text. */
interface Block {
  span: Span
  text: string
}

type Report = RuleContext<Options>['report']

/** What every number `findNumbers` reads starts with or contains: a digit, a Han `第` or an Ethiopic numeral. */
const NUMBER_SIGNS = DECIMAL_DIGIT | ORDINAL_MARK | ETHIOPIC_NUMERAL

/** A scale word of the languages that build them from `-illion` and `-illiard` (English, French, German, Spanish, Italian), or `googol`: a word holding the ending is one, so the ending is searched alone (a literal search, linear). */
const SCALE_WORD = /illion|illiard|lliarde|\bgoogol\b/iu

/** Han units of dates and times: year, month, day, hour (Japanese, Chinese), minute, second, week; and 進, a base (`10進` decimal). */
const HAN_TIME_UNIT = /^[年月日時时点點分秒週周進进]$/u

/**
 * The numbers of a block: `checked`, those outside its dates and times, which
 * date-time-agreement compares; and `all`, which a number of the other version
 * may match (`6 a.m.` is a time, `6 ص` in the translation is not read as one).
 */
function numbersOf(side: Side, block: Block): {checked: Placed[]; all: Placed[]} {
  const numbers = findNumbers(block.text, side.lang)
  // Most blocks have no number: then their dates need not be found.
  if (numbers.length === 0) return {checked: [], all: []}
  const dates = findDateTimes(block.text, side.lang)
  const dateAt = firstContaining(dates.map((date) => date.span))
  // The hour of a time is also its 24-hour reading: `6 p.m.` is `18 Uhr`.
  const withHour = (mention: NumberMention, date: DateTimeMention | undefined): NumberMention => {
    const hour = date?.hour
    return hour === undefined || mention.values.includes(String(hour)) ? mention : {span: mention.span, text: mention.text, values: [...mention.values, String(hour)]}
  }
  const all = numbers.map((mention) => {
    const date: DateTimeMention | undefined = dates[dateAt(mention.span[0], mention.span[1])]
    return {mention: withHour(mention, date), span: [block.span[0] + mention.span[0], block.span[0] + mention.span[1]] as Span, date}
  })
  // `1月` is January and `0時` midnight in Chinese and Japanese: a number with a Han unit of time is a date's or a time's.
  const timeUnit = (mention: NumberMention) => HAN_TIME_UNIT.test(block.text.slice(mention.span[1], mention.span[1] + 2).trimStart()[0] ?? '')
  return {checked: all.filter((placed) => !placed.date && !timeUnit(placed.mention)), all}
}

/**
 * The numbers of `own` that no number of `other` matches, each `other`
 * number matching once: the first unused one that shares a reading
 * (`sameNumber`). Indexed by reading, so that a long block with many
 * numbers is not compared number by number.
 */
function unmatched(own: readonly Placed[], other: readonly Placed[]): Placed[] {
  if (own.length === 0 || other.length === 0) return [...own]
  const byValue = new Map<string, number[]>()
  other.forEach((candidate, at) => {
    for (const value of candidate.mention.values) {
      const indices = byValue.get(value)
      if (!indices) byValue.set(value, [at])
      else if (indices.at(-1) !== at) indices.push(at)
    }
  })
  const used = new Uint8Array(other.length)
  /** Per reading, how far its indices are known to be used. */
  const firstFree = new Map<string, number>()
  return own.filter((placed) => {
    let index = -1
    for (const value of placed.mention.values) {
      const indices = byValue.get(value)
      if (!indices) continue
      let at = firstFree.get(value) ?? 0
      while (at < indices.length && used[indices[at]]) at++
      firstFree.set(value, at)
      if (at < indices.length && (index === -1 || indices[at] < index)) index = indices[at]
    }
    if (index === -1) return true
    used[index] = 1
    return false
  })
}

/** Whether `placed` is a small integer that the other text writes as a word (`wordValues` read lazily, once per block). */
function writtenAsWord(placed: Placed, wordValues: () => Set<number>, otherLang: string, options: Options): boolean {
  if (!options.numberWords || !hasNumberWords(otherLang)) return false
  const value = Number(placed.mention.values[0])
  return Number.isInteger(value) && value <= 12 && wordValues().has(value)
}

/** `numberWordValues` of a text, computed on first use. */
function lazyWordValues(text: string, lang: string): () => Set<number> {
  let values: Set<number> | undefined
  return () => (values ??= numberWordValues(text, lang))
}

interface Compared {
  source: {side: Side; block: Block; numbers: Placed[]; near: Placed[]}
  target: {side: Side; block: Block; numbers: Placed[]; near: Placed[]}
}

/**
 * The numbers of `near` another number may match: those of no date, and those
 * of a date or time the other version does not write as one (`6 a.m.` against
 * `6 ص`); a date both write is date-time-agreement's, its numbers spoken for.
 */
function matchable(near: readonly Placed[], other: readonly Placed[]): Placed[] {
  if (!near.some((placed) => placed.date)) return near.slice()
  const writtenInOther = agreeingWith(other.flatMap((candidate) => (candidate.date ? [candidate.date] : [])))
  return near.filter((placed) => !placed.date || !writtenInOther(placed.date))
}

/** Report the numbers of one aligned pair that the other version lacks: on the target, as date-time-agreement does. */
function compare(compared: Compared, options: Options, report: Report): void {
  const source = {...compared.source, near: matchable(compared.source.near, compared.target.near)}
  const target = {...compared.target, near: matchable(compared.target.near, compared.source.near)}
  const [targetWords, sourceWords] = [lazyWordValues(target.block.text, target.side.lang), lazyWordValues(source.block.text, source.side.lang)]
  // A count of zero is said as a negation (`0 of 5 selected`, `لا شيء محدد من 5`).
  const missing = unmatched(source.numbers, target.near).filter((placed) => !writtenAsWord(placed, targetWords, target.side.lang, options) && placed.mention.values[0] !== '0')
  // A source with no number but a scale word (`%(value)s quadrillion`) may be written with numbers: `1000的5次方`,
  // `با ۲۱ صفر` ("with 21 zeros"). `9635 million` has its number, and a number added beside it is extra.
  const extra = source.near.length === 0 && SCALE_WORD.test(source.block.text) ? [] : unmatched(target.numbers, source.near).filter((placed) => !writtenAsWord(placed, sourceWords, source.side.lang, options))
  const langs = {lang: languageName(target.side.lang), otherLang: languageName(source.side.lang)}
  const paired = Math.min(missing.length, extra.length)
  for (let index = 0; index < paired; index++) {
    const [s, t] = [missing[index], extra[index]]
    report({
      side: target.side, span: t.span, messageId: 'differs',
      data: {...langs, text: t.mention.text, value: t.mention.values[0], otherText: s.mention.text, otherValue: s.mention.values[0]},
      related: [{side: source.side, span: s.span}]
    })
  }
  for (const s of missing.slice(paired)) {
    report({
      side: target.side, span: target.block.span, messageId: 'missing',
      data: {...langs, otherText: s.mention.text, otherValue: s.mention.values[0]},
      related: [{side: source.side, span: s.span}]
    })
  }
  for (const t of extra.slice(paired)) {
    report({
      side: target.side, span: t.span, messageId: 'extra',
      data: {...langs, text: t.mention.text, value: t.mention.values[0]},
      related: [{side: source.side, span: source.block.span}]
    })
  }
}

function blockOf(side: Side, indices: readonly number[]): Block {
  const span: Span = [side.paragraphs[indices[0]].span[0], side.paragraphs[indices.at(-1)!].span[1]]
  return {span, text: side.text.slice(span[0], span[1])}
}

/** Paragraph indices of a bead and its neighbours, which absorb small alignment slips. */
function around(beads: readonly Bead[], index: number, role: 'source' | 'target'): number[] {
  return beads.slice(Math.max(0, index - 1), index + 2).flatMap((bead) => bead[role])
}

/** The lists of some paragraphs, joined; one paragraph's list itself, uncopied. */
function gather(indices: readonly number[], listOf: (index: number) => Placed[]): Placed[] {
  return indices.length === 1 ? listOf(indices[0]) : indices.flatMap(listOf)
}

/** Whether a paragraph of a side has a number: read up to the first that has. */
function hasNumbers(found: ParagraphWindow<{all: Placed[]}>, count: number): boolean {
  for (let at = 0; at < count; at++) if (found.at(at).all.length > 0) return true
  return false
}

function checkDocument(unit: Unit, options: Options, report: Report): void {
  const {source, target} = unit
  const found = {
    source: new ParagraphWindow(source.paragraphs.length, (at) => numbersOf(source, source.paragraphs[at])),
    target: new ParagraphWindow(target.paragraphs.length, (at) => numbersOf(target, target.paragraphs[at]))
  }
  // Without a number on either side there is nothing to compare (nor to align).
  if (!hasNumbers(found.source, source.paragraphs.length) && !hasNumbers(found.target, target.paragraphs.length)) return
  const beads = alignUnit(unit)
  beads.forEach((bead, index) => {
    // A paragraph without counterpart is paragraph-count's finding.
    if (bead.source.length === 0 || bead.target.length === 0) return
    const side = (role: 'source' | 'target') => {
      const near = around(beads, index, role)
      // Beads come in text order: the paragraphs before this bead's neighbours are done with.
      found[role].forgetBefore(near[0])
      return {
        side: unit[role],
        block: blockOf(unit[role], bead[role]),
        numbers: gather(bead[role], (at) => found[role].at(at).checked),
        near: gather(near, (at) => found[role].at(at).all)
      }
    }
    compare({source: side('source'), target: side('target')}, options, report)
  })
}

function checkSegment(unit: Unit, options: Options, report: Report): void {
  // A number starts with a digit, a Han `第` or an Ethiopic numeral: most segments have none.
  if ((numberSigns(unit.source.text) & NUMBER_SIGNS) === 0 && (numberSigns(unit.target.text) & NUMBER_SIGNS) === 0) return
  const side = (role: 'source' | 'target') => {
    const block = {span: [0, unit[role].text.length] as Span, text: unit[role].text}
    const {checked, all} = numbersOf(unit[role], block)
    return {side: unit[role], block, numbers: checked, near: all}
  }
  compare({source: side('source'), target: side('target')}, options, report)
}

export default defineRule<Options>({
  meta: {
    id: 'number-agreement',
    description: 'The numbers of aligned paragraphs or segments agree, whatever the digit system and separators',
    docs: {
      what:
        'Finds the numbers of each aligned pair of paragraphs (or of a segment pair) in every Unicode digit system, ' +
        'reads their grouping and decimal separators by the language’s CLDR conventions (`2,000` = `2000` = `٢٬٠٠٠`, ' +
        '`2.5` = `٢٫٥` = `2,5` in French, `50%` = `٥٠٪`, `06` = `6`, a range `5-12` as its two ends), and reports a ' +
        'number of either version that the other lacks: changed, missing from the target, or added to it. Numbers ' +
        'inside dates and times are left to date-time-agreement, as are those with a Han unit of time (`1月` for ' +
        'January); a number the other version writes inside a date still counts as there. A count of zero may be ' +
        'said as a negation (`0 selected`, `لا شيء محدد`), and a scale word (`quadrillion`) written with numbers ' +
        '(`1000的5次方`). A number from 0 to 12 may be written as a word in ' +
        'the other version (option `numberWords`, ordinals too: `Article premier`); Han ordinals (`第十九条`) and ' +
        'Ethiopic numerals (`፳፩`) are read as numbers. On clean real text: the sample document and UDHR English with ' +
        'Arabic, Russian, French, German, Hindi, Chinese and Amharic give 0 messages, Qur’an chapters 2–3 (486 verse ' +
        'pairs) 0; UDHR English–Persian gives 18 (headings of articles 13–30 written as ordinal words, ' +
        '`مادهٔ سیزدهم`) and English–Hebrew 30 (article numbers in Hebrew letters, `סעיף כא`), which the rule does ' +
        'not read.',
      why:
        'A wrong number is the costliest translation error a reader cannot spot: a casualty count, an amount or an ' +
        'article number that changed. Checks that compare ASCII digits only (pofilter, OpusFilter, bicleaner) flag ' +
        'every Arabic-Indic digit and every French decimal comma, and look only from source to target.',
      fix:
        'Correct the number in the translation, or add the one it left out. A number written in words on one side ' +
        'and above 12 is reported: write it in digits or turn the rule off for that file.'
    },
    schema: {
      type: 'object',
      properties: {
        numberWords: {
          type: 'boolean',
          description: 'Let a number from 0 to 12 match the same number written as a word in the other version (en, fr, es, de, ru, ar, fa).'
        }
      },
      additionalProperties: false
    },
    defaultOptions: {numberWords: true},
    messages: {
      differs: 'Unexpected `{{text}}` ({{value}}), expected {{otherValue}} as in the {{otherLang}} `{{otherText}}`',
      missing: 'The {{otherLang}} number `{{otherText}}` ({{otherValue}}) is missing from the {{lang}} paragraph: translate it',
      extra: 'Unexpected number `{{text}}` ({{value}}): the {{otherLang}} paragraph has no such number'
    },
    recommended: 'error',
    gates: ['number']
  },
  examples: {
    valid: [
      {
        name: 'The same numbers in Arabic-Indic digits and Arabic separators',
        source: 'The fund gave 2,000 grants worth 2.5 million dollars, 50% of them to children aged 5-12.',
        target: 'قدم الصندوق ٢٬٠٠٠ منحة بقيمة ٢٫٥ مليون دولار، ٥٠٪ منها لأطفال تتراوح أعمارهم بين ٥ و١٢ عاماً.'
      },
      {
        name: 'A French decimal comma and grouping space',
        languages: {source: 'en', target: 'fr'},
        source: 'The rate rose to 2.5 percent on 12,500 loans.',
        target: 'Le taux est passé à 2,5 % sur 12 500 prêts.'
      },
      {
        name: 'A leading zero, a number in words, and a date left to the date rule',
        source: 'Three ministers met on 8 July 2020 in room 06.',
        target: 'اجتمع ٣ وزراء يوم ٨ تموز ٢٠٢٠ في القاعة 6.'
      }
    ],
    invalid: [
      {
        name: 'A changed number after a matching one',
        source: 'In 2011, 1,500 soldiers crossed the border.',
        target: 'في عام ٢٠١١ عبر ١٦٠٠ جندي الحدود.',
        errors: [
          {
            messageId: 'differs',
            data: {text: '١٦٠٠', value: '1600', otherText: '1,500', otherValue: '1500', otherLang: 'English'},
            side: 'target', line: 1, column: 17
          }
        ]
      },
      {
        name: 'A number added in the translation',
        languages: {source: 'en', target: 'ru'},
        source: 'Everyone has the right to rest.',
        target: 'Каждый человек имеет право на отдых 24 часа.',
        errors: [{messageId: 'extra', data: {text: '24', value: '24', otherLang: 'English'}, side: 'target', line: 1, column: 37}]
      },
      {
        name: 'A number left out of a segment',
        kind: 'segment',
        source: 'Article 25 applies to 3 groups.',
        target: 'تنطبق المادة ٢٥ على الفئات.',
        options: {numberWords: false},
        errors: [
          {messageId: 'missing', data: {lang: 'Arabic', otherLang: 'English', otherText: '3', otherValue: '3'}, side: 'target', line: 1, column: 1}
        ]
      }
    ]
  },
  check(unit, context) {
    if (unit.kind === 'segment') checkSegment(unit, context.options, context.report)
    else checkDocument(unit, context.options, context.report)
  }
})
