// Dates written with a month name: the day, month and year around the name,
// in whichever order the language writes them, and a weekday next to them.

import {toGregorian, type GregorianDate} from './calendars.js'
import type {FoldedText} from './fold.js'
import {originalSpan} from './fold.js'
import type {DateTimeMention} from './mention.js'
import type {DateTables, MonthReading} from './tables.js'
import type {DateToken, NameToken, NumberToken} from './tokens.js'
import {alternation} from './tokens.js'

/** Gregorian years a date of any calendar is expected in; a reading that
 * falls outside is tried after the others. */
export const PLAUSIBLE_YEARS = [1800, 2200] as const

const GAP_SPLIT = /[\s\p{P}\p{S}]+/u
const GAP_MARK = /[\p{P}\p{S}]/gu
/** The longest gap between two date parts, in folded code units. */
export const MAX_GAP = 12

/** Whether folded text between two date parts only joins them: spaces, and
 * the punctuation and words Intl writes between date parts (`,`, `de`, `年`). */
export function isGap(gap: string, tables: DateTables): boolean {
  if (gap.length > MAX_GAP) return false
  if (!gap.split(GAP_SPLIT).every((word) => word === '' || tables.gapWords.has(word))) return false
  return [...gap.matchAll(GAP_MARK)].every(([mark]) => tables.gapPunctuation.has(mark))
}

function hasGapWord(gap: string, tables: DateTables): boolean {
  return gap.split(GAP_SPLIT).some((word) => tables.gapWords.has(word))
}

const isYear = (token: DateToken | undefined): boolean =>
  token?.kind === 'number' && token.digits >= 3 && token.digits <= 4
const isDay = (token: DateToken | undefined): boolean =>
  token?.kind === 'number' && token.digits <= 2 && token.value >= 1 && token.value <= 31

interface Parts {
  first: number
  last: number
  day?: NumberToken
  year?: NumberToken
}

/** Day and year around the month name at `index`, if they make a date. */
function partsAround(tokens: readonly DateToken[], index: number, joined: (a: number, b: number) => boolean, text: string, tables: DateTables): Parts | undefined {
  const before = (index > 0 && joined(index - 1, index) ? tokens[index - 1] : undefined) as NumberToken | undefined
  const after = (index + 1 < tokens.length && joined(index, index + 1) ? tokens[index + 1] : undefined) as NumberToken | undefined
  const after2 = (after && index + 2 < tokens.length && joined(index + 1, index + 2) ? tokens[index + 2] : undefined) as NumberToken | undefined
  if (isDay(before) && isYear(after)) return {first: index - 1, last: index + 1, day: before, year: after}
  if (isDay(after) && isYear(after2) && tables.monthBeforeDay) return {first: index, last: index + 2, day: after, year: after2}
  if (isYear(before) && isDay(after)) return {first: index - 1, last: index + 1, day: after, year: before}
  if (isDay(before)) return {first: index - 1, last: index, day: before}
  if (isDay(after) && tables.monthBeforeDay) return {first: index, last: index + 1, day: after}
  if (isYear(after)) return {first: index, last: index + 1, year: after}
  if (isYear(before) && hasGapWord(text.slice(before!.end, tokens[index].start), tables)) return {first: index - 1, last: index, year: before}
  return undefined
}

/** The era written after the year, if any (`هـ`, `AD`, `ه‍.ش.`). */
function eraAfter(text: string, end: number, tables: DateTables): {calendar: string; end: number} | undefined {
  const match = eraPattern(tables).exec(text.slice(end, end + 40))
  if (!match) return undefined
  return {calendar: tables.eras.get(match[1]) ?? tables.eras.get(match[1].replace(/\s/gu, ' '))!, end: end + match[0].length}
}

const eraPatterns = new WeakMap<DateTables, RegExp>()
function eraPattern(tables: DateTables): RegExp {
  let pattern = eraPatterns.get(tables)
  if (!pattern) {
    pattern = new RegExp(`^\\s?(${alternation(tables.eras.keys())})(?![\\p{L}\\p{M}])`, 'u')
    eraPatterns.set(tables, pattern)
  }
  return pattern
}

/** The reading of the month name that makes a date, Gregorian calendars first. */
function chooseReading(readings: readonly MonthReading[], parts: Parts, era: string | undefined, tables: DateTables):
  {reading: MonthReading; date?: GregorianDate} | undefined {
  const byEra = era ? readings.filter((r) => r.calendar === era) : []
  const candidates = (byEra.length > 0 ? byEra : readings).slice()
    .sort((a, b) => tables.calendars.indexOf(a.calendar) - tables.calendars.indexOf(b.calendar))
  if (!parts.year) {
    // Without a year only a Gregorian month can be placed.
    const reading = candidates.find((r) => r.calendar === 'gregory')
    if (!reading) return undefined
    const month = Number(reading.monthId)
    const day = parts.day?.value
    if (day !== undefined && day > new Date(Date.UTC(2020, month, 0)).getUTCDate()) return undefined
    return {reading}
  }
  let fallback: {reading: MonthReading; date: GregorianDate} | undefined
  for (const reading of candidates) {
    if (!parts.day && reading.calendar !== 'gregory') continue
    const date = toGregorian({calendar: reading.calendar, year: parts.year.value, monthId: reading.monthId, day: parts.day?.value ?? 1})
    if (!date) continue
    if (date.year >= PLAUSIBLE_YEARS[0] && date.year <= PLAUSIBLE_YEARS[1]) return {reading, date}
    fallback ??= {reading, date}
  }
  return fallback
}

/** A weekday name joined to the date's first or last part. */
function weekdayNear(tokens: readonly DateToken[], parts: Parts, joined: (a: number, b: number) => boolean): NameToken | undefined {
  const hasWeekday = (token: DateToken | undefined): token is NameToken => token?.kind === 'name' && token.reading.weekday !== undefined
  if (parts.first > 0 && joined(parts.first - 1, parts.first) && hasWeekday(tokens[parts.first - 1])) return tokens[parts.first - 1] as NameToken
  if (parts.last + 1 < tokens.length && joined(parts.last, parts.last + 1) && hasWeekday(tokens[parts.last + 1])) return tokens[parts.last + 1] as NameToken
  return undefined
}

const RANGE_DASH = /^\s?-\s?$/u

/** Whether the day at `index` is one end of a range (`8-10 July`): then no single day is meant. */
function inRange(tokens: readonly DateToken[], index: number, text: string): boolean {
  const day = tokens[index]
  const joinedByDash = (a: DateToken | undefined, b: DateToken | undefined): boolean =>
    a?.kind === 'number' && b?.kind === 'number' && RANGE_DASH.test(text.slice(a.end, b.start))
  return joinedByDash(tokens[index - 1], day) || joinedByDash(day, tokens[index + 1])
}

/** A unit word right after the date (`日`, `г.`), kept in its span. */
function trailingUnit(text: string, end: number, tables: DateTables): number {
  const match = /^\s?(\p{L}+)\.?/u.exec(text.slice(end, end + 8))
  return match && tables.gapWords.has(match[1]) ? end + match[0].length : end
}

/** Dates written with a month name in folded text. */
export function nameDates(folded: FoldedText, original: string, tokens: readonly DateToken[], tables: DateTables): DateTimeMention[] {
  const text = folded.text
  const joined = (a: number, b: number): boolean => {
    const gap = text.slice(tokens[a].end, tokens[b].start)
    // A dot after a name abbreviates it (`Jan. 1990`), whether or not Intl writes one.
    return isGap(tokens[a].kind === 'name' && gap.startsWith('.') ? gap.slice(1) : gap, tables)
  }
  const used = new Set<number>()
  const mentions: DateTimeMention[] = []
  tokens.forEach((token, index) => {
    if (token.kind !== 'name' || token.reading.months.length === 0 || used.has(index)) return
    const parts = partsAround(tokens, index, joined, text, tables)
    if (!parts) return
    // The day is the first part, the one after the month, or the last.
    if (parts.day && inRange(tokens, [parts.first, index + 1, parts.last].find((at) => tokens[at] === parts.day)!, text)) parts.day = undefined
    if ([parts.first, parts.last].some((i) => used.has(i))) return
    const era = parts.year ? eraAfter(text, parts.year.end, tables) : undefined
    const chosen = chooseReading(token.reading.months, parts, era?.calendar, tables)
    if (!chosen) return
    const weekday = weekdayNear(tokens, parts, joined)
    for (let i = parts.first; i <= parts.last; i++) used.add(i)
    let start = tokens[parts.first].start
    let end = tokens[parts.last].end
    if (era && parts.year === tokens[parts.last]) end = era.end
    end = trailingUnit(text, end, tables)
    if (weekday) {
      start = Math.min(start, weekday.start)
      end = Math.max(end, weekday.end)
    }
    const span = originalSpan(folded, start, end)
    const mention: DateTimeMention = {kind: 'date', span, text: original.slice(span[0], span[1]), calendar: chosen.reading.calendar}
    if (chosen.date) {
      mention.year = chosen.date.year
      mention.month = chosen.date.month
      if (parts.day) mention.day = chosen.date.day
    } else {
      mention.month = Number(chosen.reading.monthId)
      if (parts.day) mention.day = parts.day.value
    }
    if (weekday) {
      mention.weekday = weekday.reading.weekday
      mention.weekdaySpan = originalSpan(folded, weekday.start, weekday.end)
    }
    mentions.push(mention)
  })
  return mentions
}
