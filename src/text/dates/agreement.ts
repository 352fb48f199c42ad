// Whether some date or time of a list agrees with a given one (`sameDate`,
// `sameTime`), without comparing it to each: a paragraph may hold thousands
// of dates, and every date of the other version asks. A long list is indexed
// by the fields its readings write, so one question costs a few look-ups.

import {readings, sameDate, sameTime, twelveHourReadings, type Reading} from './compare.js'
import type {DateTimeMention} from './mention.js'

/** Up to this many candidates, comparing one by one is cheaper than building an index (paragraphs hold a few dates). */
const FEW = 64
const DAY_MS = 86_400_000

const agree = (a: DateTimeMention, b: DateTimeMention, hijriTolerance: number): boolean =>
  a.kind === b.kind && (a.kind === 'date' ? sameDate(a, b, hijriTolerance) : sameTime(a, b))

/** Which of year (1), month (2) and day (4) a reading writes. */
const fieldsOf = (reading: Reading): number =>
  (reading.year !== undefined ? 1 : 0) | (reading.month !== undefined ? 2 : 0) | (reading.day !== undefined ? 4 : 0)

const MONTH_DAY = 6
const FULL = 7

/** The fields `fields` of a reading, as a key. */
const keyOf = (reading: Reading, fields: number): string =>
  `${fields & 1 ? reading.year : ''}-${fields & 2 ? reading.month : ''}-${fields & 4 ? reading.day : ''}`

const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / DAY_MS

/**
 * Every month and day (months 1–12, days 1–31, as dates are read) that
 * `Date.UTC` places on day number `target` in `year`: a day that overflows
 * its month (`29 February` of a common year) included.
 */
function monthDaysOn(year: number, target: number): string[] {
  const found: string[] = []
  for (let month = 1; month <= 12; month++) {
    const day = target - dayNumber(year, month, 1) + 1
    if (day >= 1 && day <= 31) found.push(`${month}-${day}`)
  }
  return found
}

/** Hijri flags of the readings indexed under one key: 1 for another calendar, 2 for Hijri. */
const flagOf = (reading: Reading): number => (reading.hijri ? 2 : 1)
/** A Hijri reading agrees within the tolerance with any reading; another one only with a Hijri one. */
const tolerated = (reading: Reading, flags: number | undefined): boolean => flags !== undefined && (reading.hijri || (flags & 2) !== 0)

function addFlag(map: Map<string | number, number>, key: string | number, flag: number): void {
  map.set(key, (map.get(key) ?? 0) | flag)
}

/**
 * A test of whether some of `readings` agrees with a reading as
 * `readingsAgree` compares them: fields that both write must be equal; and
 * when one is Hijri and both are full dates (a missing year taken from the
 * other), they may be up to `tolerance` days apart. Fields equal where both
 * are written make two such dates the same day, so the tolerance only adds
 * to the first test.
 */
function dateIndex(readings: Iterable<Reading>, tolerance: number): (reading: Reading) => boolean {
  /** Per set of fields a reading writes, and each subset of them: the values of the subset. */
  const fieldKeys = new Set<string>()
  /** The sets of fields written, as bits `1 << fields`. */
  let writtenFields = 0
  /** Full readings by day number; readings without a year by month and day; full readings by the months and days that fall, in their year, within the tolerance. */
  const byDay = new Map<string | number, number>()
  const byMonthDay = new Map<string | number, number>()
  const nearMonthDays = new Map<string | number, number>()
  for (const reading of readings) {
    const fields = fieldsOf(reading)
    writtenFields |= 1 << fields
    for (let subset = fields; ; subset = (subset - 1) & fields) {
      fieldKeys.add(`${fields}:${subset}:${keyOf(reading, subset)}`)
      if (subset === 0) break
    }
    if (fields === FULL) {
      const day = dayNumber(reading.year!, reading.month!, reading.day!)
      addFlag(byDay, day, flagOf(reading))
      for (let shift = -tolerance; shift <= tolerance; shift++) {
        for (const monthDay of monthDaysOn(reading.year!, day + shift)) addFlag(nearMonthDays, monthDay, flagOf(reading))
      }
    } else if (fields === MONTH_DAY) addFlag(byMonthDay, keyOf(reading, MONTH_DAY).slice(1), flagOf(reading))
  }
  return (reading) => {
    const fields = fieldsOf(reading)
    for (let written = 0; written < 8; written++) {
      if (writtenFields & (1 << written) && fieldKeys.has(`${written}:${written & fields}:${keyOf(reading, written & fields)}`)) return true
    }
    if (fields === MONTH_DAY) return tolerated(reading, nearMonthDays.get(keyOf(reading, MONTH_DAY).slice(1)))
    if (fields !== FULL) return false
    const day = dayNumber(reading.year!, reading.month!, reading.day!)
    for (let shift = -tolerance; shift <= tolerance; shift++) {
      if (tolerated(reading, byDay.get(day + shift))) return true
      for (const monthDay of monthDaysOn(reading.year!, day + shift)) if (tolerated(reading, byMonthDay.get(monthDay))) return true
    }
    return false
  }
}

/** Times by minute and each hour they may be on a 12- or 24-hour clock. */
const timeKeys = (time: DateTimeMention): string[] => twelveHourReadings(time).map((hour) => `${time.minute}:${hour}`)

/**
 * A test of whether some date or time of `candidates` agrees with a mention
 * (the same kind, `sameDate` within `hijriTolerance` days, or `sameTime`).
 */
export function agreeingWith(candidates: readonly DateTimeMention[], hijriTolerance = 1): (mention: DateTimeMention) => boolean {
  if (candidates.length <= FEW) return (mention) => candidates.some((candidate) => agree(mention, candidate, hijriTolerance))
  // A date is listed once per number in it.
  const distinct = [...new Set(candidates)]
  const dateAgrees = dateIndex(distinct.flatMap((candidate) => (candidate.kind === 'date' ? readings(candidate) : [])), hijriTolerance)
  const times = new Set(distinct.flatMap((candidate) => (candidate.kind === 'time' ? timeKeys(candidate) : [])))
  return (mention) => (mention.kind === 'date' ? readings(mention).some(dateAgrees) : timeKeys(mention).some((key) => times.has(key)))
}
