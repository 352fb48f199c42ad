// Dates written in numbers (`2020-07-08`, `08/07/2020`, `۱۳۹۹/۴/۱۸`) and
// times (`11:37`, `11h37`, `11.37 am`, `١١:٣٧ مساءً`), found in folded text.

import {toGregorian} from './calendars.js'
import type {FoldedText} from './fold.js'
import {originalSpan} from './fold.js'
import {MAX_GAP, PLAUSIBLE_YEARS, isGap} from './grammar.js'
import {lowerBound, overlapsAny} from '../span-search.js'
import type {DateTimeMention} from './mention.js'
import type {DateOrder, DateTables, DayPeriod} from './tables.js'
import {alternation} from './tokens.js'

/** Three numbers joined by one separator, not part of a longer run of numbers. */
const NUMERIC_DATE = /(?<![\d.\/:-])(\d{1,4})([.\/-])(\d{1,2})\2(\d{1,4})(?!\d|[.\/-]\d)/gu
/** hh:mm, hh.mm, hh h mm, with optional seconds. */
const TIME = /(?<![\d:.,\/])(\d{1,2})(?:(:)|(\.)|\s?(h)\s?)(\d{2})(?::(\d{2}))?(?!\d|[:.,]\d)/gu
/** An hour with a day period and no minutes (`9 pm`). */
const HOUR = /(?<![\d:.,\/])(\d{1,2})(?!\d)/gu
const OFFSET = /^\s?[+-]\d{1,2}(?::?\d{2})?/u
/** Two-digit years: 00-49 read as 20xx, 50-99 as 19xx. */
const CENTURY_PIVOT = 50

interface ClockMatchers {
  /** A day period right after the time. */
  periodAfter: RegExp
  /** A day period right before the time (`上午11:37`). */
  periodBefore: RegExp
  /** A day period spelled in two letters or more, to stand alone after an hour. */
  longPeriodAfter: RegExp
  zoneAfter: RegExp
}

const clockCache = new WeakMap<DateTables, ClockMatchers>()

function clockMatchers(tables: DateTables): ClockMatchers {
  let matchers = clockCache.get(tables)
  if (!matchers) {
    const periods = alternation(tables.dayPeriods.keys())
    const longPeriods = alternation([...tables.dayPeriods.keys()].filter((key) => key.replace(/\./gu, '').length >= 2))
    const prefixes = tables.prefixes.length > 0 ? `(?:${alternation(tables.prefixes)})?` : ''
    matchers = {
      periodAfter: new RegExp(`^\\s?(${periods})(?![\\p{L}\\p{M}])`, 'u'),
      periodBefore: new RegExp(`(${periods})\\s?$`, 'u'),
      longPeriodAfter: new RegExp(`^\\s?(${longPeriods})(?![\\p{L}\\p{M}])`, 'u'),
      zoneAfter: new RegExp(`^[\\s,]{0,2}${prefixes}(${alternation(tables.zones.keys())})(?![\\p{L}\\p{M}])`, 'u'),
    }
    clockCache.set(tables, matchers)
  }
  return matchers
}

function yearOf(written: string): number {
  const value = Number.parseInt(written, 10)
  if (written.length !== 2) return value
  return value < CENTURY_PIVOT ? 2000 + value : 1900 + value
}

/** The calendar a numeric year/month/day is in: the first of the language's calendars that places it in a plausible year. */
function placeNumeric(year: number, month: number, day: number, twoDigitYear: boolean, tables: DateTables):
  {calendar: string; year: number; month: number; day: number} | undefined {
  if (month > 13) return undefined
  const calendars = twoDigitYear ? ['gregory'] : tables.calendars
  let fallback: {calendar: string; year: number; month: number; day: number} | undefined
  for (const calendar of calendars) {
    const date = toGregorian({calendar, year, monthId: calendar === 'gregory' ? String(month) : '#' + month, day})
    if (!date) continue
    const placed = {calendar, ...date}
    if (date.year >= PLAUSIBLE_YEARS[0] && date.year <= PLAUSIBLE_YEARS[1]) return placed
    fallback ??= placed
  }
  return fallback
}

/** Day-first or month-first reading of `a/b/y` by the variants' conventions. */
function dayMonthOrder(a: number, b: number, tables: DateTables): {order: DateOrder; ambiguous: boolean} {
  if (a > 12) return {order: 'dmy', ambiguous: false}
  if (b > 12) return {order: 'mdy', ambiguous: false}
  const preferred: DateOrder = tables.defaultOrder === 'mdy' ? 'mdy' : 'dmy'
  const both = tables.orders.has('mdy') && (tables.orders.has('dmy') || tables.orders.has('ymd'))
  return {order: preferred, ambiguous: a !== b && both}
}

export function numericDates(folded: FoldedText, original: string, tables: DateTables): DateTimeMention[] {
  const mentions: DateTimeMention[] = []
  for (const match of folded.text.matchAll(NUMERIC_DATE)) {
    const [, first, separator, second, third] = match
    const span = originalSpan(folded, match.index, match.index + match[0].length)
    const mention: DateTimeMention = {kind: 'date', span, text: original.slice(span[0], span[1])}
    if (first.length === 4 || first.length === 3) {
      if (third.length > 2) continue
      const placed = placeNumeric(Number(first), Number(second), Number(third), false, tables)
      if (!placed) continue
      Object.assign(mention, placed)
    } else {
      if (first.length > 2 || (third.length !== 4 && third.length !== 2)) continue
      // Dotted and dashed dates with two-digit years look like versions and ranges.
      if (third.length === 2 && separator !== '/') continue
      const a = Number(first)
      const b = Number(second)
      const {order, ambiguous} = dayMonthOrder(a, b, tables)
      const [day, month] = order === 'mdy' ? [b, a] : [a, b]
      const placed = placeNumeric(yearOf(third), month, day, third.length === 2, tables)
      if (!placed) continue
      Object.assign(mention, placed)
      if (ambiguous) {
        const other = placeNumeric(yearOf(third), day, month, third.length === 2, tables)
        if (other) {
          mention.ambiguous = true
          mention.alternative = {year: other.year, month: other.month, day: other.day}
        }
      }
    }
    mentions.push(mention)
  }
  return mentions
}

function to24(hour: number, period: DayPeriod | undefined): number {
  if (period === 'pm' && hour < 12) return hour + 12
  if (period === 'am' && hour === 12) return 0
  return hour
}

interface ClockSuffix {
  end: number
  dayPeriod?: DayPeriod
  zone?: string
}

/** Day period and time zone written after a time ending at `end`. */
function clockSuffix(text: string, end: number, tables: DateTables, periodPattern: RegExp): ClockSuffix {
  const matchers = clockMatchers(tables)
  const suffix: ClockSuffix = {end}
  const period = periodPattern.exec(text.slice(end, end + 20))
  if (period) {
    suffix.dayPeriod = tables.dayPeriods.get(period[1].replace(/\s/gu, ' '))
    suffix.end += period[0].length
  }
  const zone = matchers.zoneAfter.exec(text.slice(suffix.end, suffix.end + 40))
  if (zone) {
    suffix.end += zone[0].length
    const offset = OFFSET.exec(text.slice(suffix.end, suffix.end + 8))
    suffix.zone = tables.zones.get(zone[1].replace(/\s/gu, ' ')) ?? 'UTC'
    if (offset) {
      suffix.end += offset[0].length
      suffix.zone += offset[0].trim()
    }
  }
  return suffix
}

/** Whether a date of `dateEnds` (ascending) ends right before `index`, only a gap between: `11.37` after a date is a time. */
function afterDate(text: string, index: number, tables: DateTables, dateEnds: readonly number[]): boolean {
  for (let at = lowerBound(dateEnds, index - MAX_GAP); at < dateEnds.length && dateEnds[at] <= index; at++) {
    if (isGap(text.slice(dateEnds[at], index), tables)) return true
  }
  return false
}

/** Times in folded text; `dateEnds` are where found dates end, in ascending order (a `11.37` after a date is a time). */
export function times(folded: FoldedText, original: string, tables: DateTables, dateEnds: readonly number[]): DateTimeMention[] {
  const text = folded.text
  const mentions: DateTimeMention[] = []
  const matchers = clockMatchers(tables)
  const push = (start: number, hour: number, minute: number, suffix: ClockSuffix, before?: DayPeriod): void => {
    const span = originalSpan(folded, start, suffix.end)
    const dayPeriod = suffix.dayPeriod ?? before
    const mention: DateTimeMention = {kind: 'time', span, text: original.slice(span[0], span[1]), hour: to24(hour, dayPeriod), minute}
    if (dayPeriod) mention.dayPeriod = dayPeriod
    if (suffix.zone) mention.zone = suffix.zone
    mentions.push(mention)
  }
  for (const match of text.matchAll(TIME)) {
    const hour = Number(match[1])
    const minute = Number(match[5])
    if (hour > 24 || minute > 59) continue
    const end = match.index + match[0].length
    const suffix = clockSuffix(text, end, tables, matchers.periodAfter)
    const beforeMatch = matchers.periodBefore.exec(text.slice(Math.max(0, match.index - 12), match.index))
    const before = beforeMatch ? tables.dayPeriods.get(beforeMatch[1]) : undefined
    const start = beforeMatch ? match.index - beforeMatch[0].length : match.index
    if (match[3] && !suffix.dayPeriod && !suffix.zone && !afterDate(text, match.index, tables, dateEnds)) continue
    if ((suffix.dayPeriod || before) && hour > 12) continue
    push(start, hour, minute, suffix, before)
  }
  // An hour inside a time found above, or inside the last hour found here (`9 pm GMT+05`): the hours come in order.
  const inTime = overlapsAny(mentions.map((m) => m.span))
  let lastHour: DateTimeMention | undefined
  const covered = (index: number): boolean => {
    const at = folded.starts[index]
    return inTime(at, at + 1) || (lastHour !== undefined && at >= lastHour.span[0] && at < lastHour.span[1])
  }
  for (const match of text.matchAll(HOUR)) {
    if (covered(match.index)) continue
    const hour = Number(match[1])
    const end = match.index + match[0].length
    const suffix = clockSuffix(text, end, tables, matchers.longPeriodAfter)
    if (!suffix.dayPeriod || hour < 1 || hour > 12) continue
    push(match.index, hour, 0, suffix)
    lastHour = mentions.at(-1)
  }
  return mentions.sort((a, b) => a.span[0] - b.span[0])
}
