// Dates and times in text, in any language, calendar and digit system Intl knows.

import {DECIMAL_DIGIT, HAN_NUMERAL, numberSigns} from '../number-signs.js'
import {lowerBound, overlapsAny} from '../span-search.js'
import {foldText} from './fold.js'
import {nameDates} from './grammar.js'
import type {DateTimeMention} from './mention.js'
import {numericDates, times} from './numeric.js'
import {dateTables} from './tables.js'
import {dateTokens} from './tokens.js'

export {daysBetween, toGregorian, weekdayOf} from './calendars.js'
export type {CalendarDate, GregorianDate} from './calendars.js'
export {dateTables} from './tables.js'
export type {DateTables, DayPeriod} from './tables.js'
export {regionalLocales} from './locales.js'
export type {DateTimeMention} from './mention.js'
export {sameDate, sameTime, weekdayMatches} from './compare.js'

export interface FindOptions {
  /** Regional variants to add to the language's own (`ar-EG`, `fa-AF`). */
  locales?: readonly string[]
}

const UPPER = /^\p{Lu}/u

/**
 * Whether `text` may hold a date or time: whether it has a number at all.
 * Every date, time and hour is read around a number: decimal digits of any
 * system (folded to ASCII) or Han numerals. Text without one has no date,
 * so it is not folded, and no table is built for its language. (`numberSigns`
 * reads each text once for the three rules that ask about numbers.)
 */
export function mayHoldDateTime(text: string): boolean {
  return (numberSigns(text) & (DECIMAL_DIGIT | HAN_NUMERAL)) !== 0
}

/**
 * The last texts read, with their mentions: date-time-agreement and
 * number-agreement read the same paragraphs of a unit in turn. The mentions
 * are shared, so callers must not change them.
 */
const recent: Array<{text: string; key: string; mentions: readonly DateTimeMention[]}> = []
const recentSize = 4

/** Every date and time written in `text` (language `lang`), in text order. A bare year is no date. */
export function findDateTimes(text: string, lang: string, options: FindOptions = {}): readonly DateTimeMention[] {
  const key = options.locales?.length ? lang + ' ' + options.locales.join(' ') : lang
  for (const entry of recent) if (entry.text === text && entry.key === key) return entry.mentions
  const mentions = readDateTimes(text, lang, options)
  if (recent.length === recentSize) recent.pop()
  recent.unshift({text, key, mentions})
  return mentions
}

function readDateTimes(text: string, lang: string, options: FindOptions): DateTimeMention[] {
  if (!mayHoldDateTime(text)) {
    // An invalid extra locale fails on every text, as building the tables would.
    if (options.locales?.length) Intl.getCanonicalLocales(options.locales)
    return []
  }
  const tables = dateTables(lang, options.locales)
  const folded = foldText(text)
  const numeric = numericDates(folded, text, tables)
  const upperAt = (index: number): boolean => UPPER.test(text.slice(folded.starts[index], folded.ends[index]))
  const inNumericDate = overlapsAny(numeric.map((m) => m.span))
  const tokens = dateTokens(folded.text, tables, upperAt).filter((token) => !inNumericDate(folded.starts[token.start], folded.ends[token.end - 1]))
  const dates = [...numeric, ...nameDates(folded, text, tokens, tables)]
  // Where each date ends in the folded text: the first code unit that starts at or after its end.
  const dateEnds = dates.map((m) => lowerBound(folded.starts, m.span[1])).filter((i) => i < folded.starts.length).sort((a, b) => a - b)
  const inDate = overlapsAny(dates.map((m) => m.span))
  const clock = times(folded, text, tables, dateEnds).filter((time) => !inDate(time.span[0], time.span[1]))
  return [...dates, ...clock].sort((a, b) => a.span[0] - b.span[0])
}
