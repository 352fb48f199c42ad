// Numbers written in text, in any digit system and with any grouping or
// decimal separator, reduced to values that compare across languages:
// `2,000` = `2000` = `٢٬٠٠٠`, `2.5` = `٢٫٥` = `2,5` (French), `06` = `6`.
//
// Han ordinals (`第十九条`) and Ethiopic numerals (`፲፱`), which are not decimal
// digits, are read too.
//
// A separator is often ambiguous (`2,500` is 2500 in English and 2.5 in
// French; Arabic text with Latin digits uses either convention), so a
// number keeps every reading its separators allow, the language's own
// first. Two numbers agree when they share a reading.

import type {Span} from '../engine/types.js'
import {foldDigits} from './digits.js'

/** Digits joined by separators that may group or mark decimals; a hyphen or dash is a range, not part of a number. */
const NUMBER = /\p{Nd}+(?:[.,\u066B\u066C'\u2019\u00A0\u202F\u2009](?=\p{Nd})\p{Nd}+)*/gu
/** The same, with a plain space before a group of three digits, as French and Russian text types it (`12 500`). */
const SPACED_NUMBER = /\p{Nd}+(?:(?:[.,\u066B\u066C'\u2019\u00A0\u202F\u2009](?=\p{Nd})\p{Nd}+)|(?: (?=\p{Nd}{3}(?!\p{Nd}))\p{Nd}{3}))*/gu
/** Separators that only ever group digits. */
const GROUP_ONLY = /^['\u2019\u066C\u00A0\u202F\u2009 ]$/u
/** The Arabic decimal separator only marks decimals. */
const DECIMAL_ONLY = '\u066B'
const SEPARATOR = /[^\p{Nd}]/u
const HAN_TEXT = /第/u
const ETHIOPIC_TEXT = /[\u1369-\u137C]/u

export interface NumberMention {
  span: Span
  /** As written. */
  text: string
  /** Canonical readings (`2000`, `2.5`), the most likely first; an identifier such as `1.2.3` keeps its folded text. */
  values: string[]
}

interface Separators {
  group: string
  decimal: string
}

const separatorCache = new Map<string, Separators>()

/** The language's grouping and decimal separators, from CLDR via `Intl.NumberFormat`. */
export function numberSeparators(lang: string): Separators {
  let found = separatorCache.get(lang)
  if (!found) {
    let parts: Intl.NumberFormatPart[] = []
    try {
      parts = new Intl.NumberFormat(lang).formatToParts(1234567.5)
    } catch {
      // An invalid tag is the config's to report; English conventions here.
    }
    found = {
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.'
    }
    separatorCache.set(lang, found)
  }
  return found
}

/** `0600` -> `600`, `2.50` -> `2.5`, `2.0` -> `2`. */
function canonical(integer: string, fraction = ''): string {
  const whole = integer.replace(/^0+(?=\d)/, '')
  const decimals = fraction.replace(/0+$/, '')
  return decimals ? `${whole}.${decimals}` : whole
}

/** Groups after the first: all of three digits (Western), or of two then three (Indian lakh grouping). */
function validGrouping(groups: readonly string[]): boolean {
  if (groups.length === 1) return true
  if (groups[0].length > 3 || groups[0].length === 0) return false
  const rest = groups.slice(1)
  if (rest.every((group) => group.length === 3)) return true
  return rest.at(-1)!.length === 3 && rest.slice(0, -1).every((group) => group.length === 2) && groups[0].length <= 2
}

/** Every separator groups: `2,000,000`. */
function asGrouped(runs: readonly string[], separators: readonly string[]): string | undefined {
  if (separators.includes(DECIMAL_ONLY) || new Set(separators).size > 1 || !validGrouping(runs)) return undefined
  return canonical(runs.join(''))
}

/** The last separator marks decimals, the others group: `2,000.5`, `2.5`. */
function asDecimal(runs: readonly string[], separators: readonly string[]): string | undefined {
  const decimal = separators.at(-1)!
  if (GROUP_ONLY.test(decimal)) return undefined
  const groups = separators.slice(0, -1)
  if (groups.includes(decimal) || groups.includes(DECIMAL_ONLY) || new Set(groups).size > 1) return undefined
  const integer = runs.slice(0, -1)
  if (!validGrouping(integer)) return undefined
  return canonical(integer.join(''), runs.at(-1))
}

const plainNumber = /^(?:[1-9]\d*|0)$/

/** The readings of one number (digits already folded to ASCII), the language's convention first. */
export function readNumber(folded: string, lang: string): string[] {
  // Most numbers are digits alone, without a leading zero: their own reading.
  if (plainNumber.test(folded)) return [folded]
  const runs = folded.split(SEPARATOR)
  const separators = [...folded].filter((character) => SEPARATOR.test(character))
  if (separators.length === 0) return [canonical(folded)]
  const grouped = asGrouped(runs, separators)
  const decimal = asDecimal(runs, separators)
  const last = separators.at(-1)!
  const own = numberSeparators(lang)
  // Which reading comes first: the language's own decimal mark, else a comma
  // before three digits groups (`2,000`) and a point marks decimals.
  const decimalFirst = last === own.decimal || (last !== own.group && (last === '.' || last === DECIMAL_ONLY || runs.at(-1)!.length !== 3))
  const readings = (decimalFirst ? [decimal, grouped] : [grouped, decimal]).filter((value): value is string => value !== undefined)
  return readings.length > 0 ? readings : [folded.replace(/[^\d.]/g, '.')]
}

/** An ordinal in Han numerals, as Chinese and Japanese headings write them (`第十九条`, Article 19). */
const HAN_ORDINAL = /第([零〇一二两三四五六七八九十百千万]+)/gu
const HAN_DIGIT_VALUES: Record<string, number> = {零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9}
const HAN_UNITS: Record<string, number> = {十: 10, 百: 100, 千: 1000}

/** The value of Han numerals: `十九` 19, `二十一` 21, `一百零五` 105, `二〇二〇` 2020 (positional). */
export function hanNumberValue(numerals: string): number {
  if (![...numerals].some((character) => character in HAN_UNITS || character === '万')) {
    return Number([...numerals].map((character) => HAN_DIGIT_VALUES[character]).join(''))
  }
  let total = 0
  let section = 0
  let digit = 0
  for (const character of numerals) {
    if (character in HAN_DIGIT_VALUES) digit = HAN_DIGIT_VALUES[character]
    else if (character in HAN_UNITS) {
      section += (digit || 1) * HAN_UNITS[character]
      digit = 0
    } else {
      total += (section + digit) * 10_000
      section = 0
      digit = 0
    }
  }
  return total + section + digit
}

/** Ethiopic numerals (U+1369–U+137C), additive like Greek ones: `፲፱፻፺፱` is (10 + 9) × 100 + 90 + 9. */
const ETHIOPIC_NUMBER = /[\u1369-\u137C]+/gu
const ETHIOPIC_ONE = 0x1369
const ETHIOPIC_TEN = 0x1372
const ETHIOPIC_HUNDRED = 0x137b

export function ethiopicNumberValue(numerals: string): number {
  let result = 0
  let current = 0
  for (const character of numerals) {
    const code = character.codePointAt(0)!
    if (code < ETHIOPIC_TEN) current += code - ETHIOPIC_ONE + 1
    else if (code < ETHIOPIC_HUNDRED) current += (code - ETHIOPIC_TEN + 1) * 10
    else if (code === ETHIOPIC_HUNDRED) {
      result += (current || 1) * 100
      current = 0
    } else {
      result = (result + current || 1) * 10_000
      current = 0
    }
  }
  return result + current
}

function ethiopicNumbers(text: string): NumberMention[] {
  return [...text.matchAll(ETHIOPIC_NUMBER)].map((match) => ({
    span: [match.index, match.index + match[0].length] as Span,
    text: match[0],
    values: [String(ethiopicNumberValue(match[0]))]
  }))
}

function hanOrdinals(text: string): NumberMention[] {
  return [...text.matchAll(HAN_ORDINAL)].map((match) => {
    const start = match.index + 1
    return {span: [start, start + match[1].length] as Span, text: match[1], values: [String(hanNumberValue(match[1]))]}
  })
}

/** Every number in `text` (language `lang`), in text order, with its readings. */
export function findNumbers(text: string, lang: string): NumberMention[] {
  const mentions: NumberMention[] = []
  // Match the original text: folding a digit outside the BMP would shift offsets.
  const pattern = /^\s$/u.test(numberSeparators(lang).group) ? SPACED_NUMBER : NUMBER
  for (const match of text.matchAll(pattern)) {
    const span: Span = [match.index, match.index + match[0].length]
    mentions.push({span, text: match[0], values: readNumber(foldDigits(match[0]), lang)})
  }
  const others = [...(HAN_TEXT.test(text) ? hanOrdinals(text) : []), ...(ETHIOPIC_TEXT.test(text) ? ethiopicNumbers(text) : [])]
  return others.length === 0 ? mentions : [...mentions, ...others].sort((a, b) => a.span[0] - b.span[0])
}

/** Whether two numbers can be the same value. */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  return a.values.some((value) => b.values.includes(value))
}
