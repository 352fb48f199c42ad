// When two written dates or times are the same instant.

import {daysBetween, weekdayOf, type GregorianDate} from './calendars.js'
import type {DateTimeMention} from './mention.js'

export interface Reading {
  year?: number
  month?: number
  day?: number
  hijri: boolean
}

const isHijri = (mention: DateTimeMention): boolean => mention.calendar?.startsWith('islamic') ?? false

/** The readings of a date: its own and, for an ambiguous numeric date, the other order. */
export function readings(mention: DateTimeMention): Reading[] {
  const own = {year: mention.year, month: mention.month, day: mention.day, hijri: isHijri(mention)}
  return mention.alternative ? [own, {...mention.alternative, hijri: false}] : [own]
}

const full = (reading: Reading): reading is Required<Reading> =>
  reading.year !== undefined && reading.month !== undefined && reading.day !== undefined

function readingsAgree(a: Reading, b: Reading, hijriTolerance: number): boolean {
  if (a.hijri || b.hijri) {
    // Hijri variants differ by a day; a date without year takes the other's year.
    const year = a.year ?? b.year
    const x = {year, month: a.month, day: a.day, hijri: a.hijri}
    const y = {year: b.year ?? year, month: b.month, day: b.day, hijri: b.hijri}
    if (full(x) && full(y)) return Math.abs(daysBetween(x, y)) <= hijriTolerance
  }
  for (const field of ['year', 'month', 'day'] as const) {
    if (a[field] !== undefined && b[field] !== undefined && a[field] !== b[field]) return false
  }
  return true
}

/** Whether two dates can be the same day (fields one of them leaves out are not compared). */
export function sameDate(a: DateTimeMention, b: DateTimeMention, hijriTolerance = 1): boolean {
  return readings(a).some((x) => readings(b).some((y) => readingsAgree(x, y, hijriTolerance)))
}

/** An hour written without day period may be on a 12-hour clock. */
export const twelveHourReadings = (time: DateTimeMention): number[] =>
  !time.dayPeriod && time.hour! <= 12 ? [time.hour! % 12, (time.hour! % 12) + 12] : [time.hour!]

/** Whether two times can be the same time of day (`23:37` and `11:37 pm`, `11:37` and `11:37 am`). */
export function sameTime(a: DateTimeMention, b: DateTimeMention): boolean {
  if (a.minute !== b.minute) return false
  const hours = twelveHourReadings(b)
  return twelveHourReadings(a).some((hour) => hours.includes(hour))
}

/** Whether the weekday written with a date is that date's weekday (within the Hijri tolerance for Hijri dates). */
export function weekdayMatches(mention: DateTimeMention, hijriTolerance = 1): boolean {
  if (mention.weekday === undefined) return true
  const tolerance = isHijri(mention) ? hijriTolerance : 0
  return readings(mention).some((reading) => {
    if (!full(reading)) return true
    for (let shift = -tolerance; shift <= tolerance; shift++) {
      const time = Date.UTC(reading.year, reading.month - 1, reading.day + shift)
      const date: GregorianDate = {year: new Date(time).getUTCFullYear(), month: new Date(time).getUTCMonth() + 1, day: new Date(time).getUTCDate()}
      if (weekdayOf(date) === mention.weekday) return true
    }
    return false
  })
}
