// The words and numbers a date is made of, found in folded text.

import type {Span} from '../../engine/types.js'
import {overlapsAny} from '../span-search.js'
import type {DateTables, NameReading} from './tables.js'

export interface NumberToken {
  kind: 'number'
  /** `[start, end)` in the folded text. */
  start: number
  end: number
  value: number
  /** Digits written (a year has three or more). */
  digits: number
}

export interface NameToken {
  kind: 'name'
  start: number
  end: number
  key: string
  reading: NameReading
}

export type DateToken = NumberToken | NameToken

/** Scripts written without spaces between words: their names need no word boundary. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u
const LETTER = /[\p{L}\p{M}]/u
const NUMBER = /\d+/gu
/** Ordinal endings after a day (`8th`, `1er`): no Intl API prints them. */
const ORDINAL = /^(?:st|nd|rd|th|er)(?![\p{L}])/u
/** A digit run that is part of a decimal or grouped number (`3.5`, `1,000`). */
const IN_LARGER_NUMBER_BEFORE = /\d[.,]$/u
const IN_LARGER_NUMBER_AFTER = /^[.,]\d/u
/** Han numerals (Chinese and Japanese write dates with them: `二〇二〇年七月八日`).
 * `十` is not a decimal digit, so these are read here, not by the digit fold. */
const HAN_DIGITS: ReadonlyMap<string, number> = new Map([
  ['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
])
const HAN_NUMBER = /[〇零一二三四五六七八九十]+/gu

/** A regex alternation of literal keys, longest first. */
export function alternation(keys: Iterable<string>): string {
  return [...keys].sort((a, b) => b.length - a.length)
    .map((key) => key.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s?'))
    .join('|')
}

interface Matchers {
  names: RegExp
  /** Names by their key without spaces, as `\s?` in the pattern lets text drop them. */
  bySpaceless: Map<string, NameReading>
}

const matcherCache = new WeakMap<DateTables, Matchers>()

function matchersOf(tables: DateTables): Matchers {
  let matchers = matcherCache.get(tables)
  if (!matchers) {
    const prefixes = tables.prefixes.length > 0 ? `(${alternation(tables.prefixes)})?` : '()?'
    const bySpaceless = new Map<string, NameReading>()
    for (const [key, reading] of tables.names) if (!bySpaceless.has(key.replace(/ /gu, ''))) bySpaceless.set(key.replace(/ /gu, ''), reading)
    matchers = {names: new RegExp(`${prefixes}(${alternation(tables.names.keys())})`, 'gu'), bySpaceless}
    matcherCache.set(tables, matchers)
  }
  return matchers
}

/** Whether the match `[start, end)` stands as a word of `text`. */
export function isWord(text: string, start: number, end: number, name: string): boolean {
  if (UNSPACED.test(name)) return true
  return !LETTER.test(text[start - 1] ?? '') && !LETTER.test(text[end] ?? '')
}

/** Read a Han numeral: positional (`二〇二〇`) or with tens (`十七`, `二十`). */
export function hanNumber(numeral: string): number | undefined {
  if (!numeral.includes('十')) {
    let value = 0
    for (const character of numeral) value = value * 10 + HAN_DIGITS.get(character)!
    return value
  }
  const [tens, units] = numeral.split('十')
  if (tens.length > 1 || units.length > 1 || numeral.split('十').length > 2) return undefined
  return (tens ? HAN_DIGITS.get(tens)! : 1) * 10 + (units ? HAN_DIGITS.get(units)! : 0)
}

/** `upperAt(i)`: whether folded code unit `i` was written in upper case. */
function nameTokens(text: string, tables: DateTables, upperAt: (index: number) => boolean): NameToken[] {
  const tokens: NameToken[] = []
  const {names: pattern, bySpaceless} = matchersOf(tables)
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length
    const key = match[2].replace(/\s/gu, ' ')
    const reading = tables.names.get(key) ?? bySpaceless.get(key.replace(/ /gu, ''))
    const nameStart = match.index + (match[1]?.length ?? 0)
    if (reading && isWord(text, match.index, end, key) && (!reading.capitalised || upperAt(nameStart))) {
      tokens.push({kind: 'name', start: match.index, end, key, reading})
    } else {
      pattern.lastIndex = match.index + 1
    }
  }
  return tokens
}

/** Whether a number starting at `start` is glued to a word (`COVID19`), not
 * written after a clitic (`و8`) or a unit of an unspaced script (`月8`). */
function gluedToWord(text: string, start: number, tables: DateTables): boolean {
  const previous = text[start - 1] ?? ''
  if (!LETTER.test(previous) || UNSPACED.test(previous)) return false
  const word = /[\p{L}\p{M}]+$/u.exec(text.slice(Math.max(0, start - 4), start))![0]
  return !(tables.prefixes.includes(word) && !LETTER.test(text[start - word.length - 1] ?? ''))
}

function numberTokens(text: string, tables: DateTables): NumberToken[] {
  const tokens: NumberToken[] = []
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index
    let end = start + match[0].length
    if (IN_LARGER_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || IN_LARGER_NUMBER_AFTER.test(text.slice(end, end + 2))) continue
    if (gluedToWord(text, start, tables)) continue
    end += ORDINAL.exec(text.slice(end, end + 3))?.[0].length ?? 0
    tokens.push({kind: 'number', start, end, value: Number.parseInt(match[0], 10), digits: match[0].length})
  }
  return tokens
}

/** Han numerals directly followed by a Han unit word (`年`, `月`, `日`). */
function hanNumberTokens(text: string, tables: DateTables): NumberToken[] {
  const tokens: NumberToken[] = []
  for (const match of text.matchAll(HAN_NUMBER)) {
    const end = match.index + match[0].length
    if (!tables.gapWords.has(text[end] ?? '')) continue
    const value = hanNumber(match[0])
    const digits = match[0].includes('十') ? String(value).length : match[0].length
    if (value !== undefined) tokens.push({kind: 'number', start: match.index, end, value, digits})
  }
  return tokens
}

/** Month and weekday names and numbers of folded `text`, in order, without overlaps. */
export function dateTokens(text: string, tables: DateTables, upperAt: (index: number) => boolean = () => true): DateToken[] {
  const names = nameTokens(text, tables, upperAt)
  const inName = overlapsAny(names.map((name): Span => [name.start, name.end]))
  const taken = (token: DateToken): boolean => inName(token.start, token.end)
  const numbers = [...numberTokens(text, tables), ...(tables.hanUnits ? hanNumberTokens(text, tables) : [])]
  return [...names, ...numbers.filter((token) => !taken(token))].sort((a, b) => a.start - b.start)
}
