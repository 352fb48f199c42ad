// Whether some date or time of a list agrees with a given one (`sameDate`,
// `sameTime`), without comparing it to each: a paragraph may hold thousands
// of dates, and every date of the other version asks. A long list is indexed
// by the fields its readings write, so one question costs a few look-ups.

import {readings, sameDate, sameTime, twelveHourReadings, type Reading} from './compare.js'
import type {DateTimeMention} from './mention.js'

/** Below this many candidates, comparing one by one is cheaper than an index. */
const FEW = 8
const DAY_MS = 86_400_000

const agree = (a: DateTimeMention, b: DateTimeMention, hijriTolerance: number): boolean =>
  a.kind === b.kind && (a.kind === 'date' ? sameDate(a, b, hijriTolerance) : sameTime(a, b))

/** Which of year (1), month (2) and day (4) a reading writes. */
const fieldsOf = (reading: Reading): number =>
  (reading.year !== undefined ? 1 : 0) | (reading.month !== undefined ? 2 : 0) | (reading.day !== undefined ? 4 : 0)

const YEAR = 1
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
 * The readings of many dates, indexed as `readingsAgree` compares them:
 * fields that both readings write must be equal; and when one is Hijri and
 * both are full dates (a missing year taken from the other), they may be up
 * to the tolerance apart. (Equal fields make such dates equal, so the first
 * test never refuses what the second would allow.)
 */
class DateIndex {
  /** Per set of fields a reading writes (`1 << fields`), and each subset of them: the values of the subset. */
  private readonly fieldKeys = new Set<string>()
  private writtenFields = 0
  /** Full readings by day number; readings without a year by month and day; full readings by the months and days that, in their year, fall within the tolerance. */
  private readonly byDay = new Map<string | number, number>()
  private readonly byMonthDay = new Map<string | number, number>()
  private readonly nearMonthDays = new Map<string | number, number>()

  constructor(private readonly tolerance: number) {}

  add(reading: Reading): void {
    const fields = fieldsOf(reading)
    this.writtenFields |= 1 << fields
    for (let subset = fields; ; subset = (subset - 1) & fields) {
      this.fieldKeys.add(`${fields}:${subset}:${keyOf(reading, subset)}`)
      if (subset === 0) break
    }
    if (fields === FULL) {
      const day = dayNumber(reading.year!, reading.month!, reading.day!)
      addFlag(this.byDay, day, flagOf(reading))
      for (let shift = -this.tolerance; shift <= this.tolerance; shift++) {
        for (const monthDay of monthDaysOn(reading.year!, day + shift)) addFlag(this.nearMonthDays, monthDay, flagOf(reading))
      }
    } else if (fields === MONTH_DAY) addFlag(this.byMonthDay, keyOf(reading, MONTH_DAY).slice(1), flagOf(reading))
  }

  has(reading: Reading): boolean {
    const fields = fieldsOf(reading)
    for (let written = 0; written < 8; written++) {
      if (this.writtenFields & (1 << written) && this.fieldKeys.has(`${written}:${written & fields}:${keyOf(reading, written & fields)}`)) return true
    }
    if (fields === MONTH_DAY) return tolerated(reading, this.nearMonthDays.get(keyOf(reading, MONTH_DAY).slice(1)))
    if (fields !== FULL) return false
    const day = dayNumber(reading.year!, reading.month!, reading.day!)
    for (let shift = -this.tolerance; shift <= this.tolerance; shift++) {
      if (tolerated(reading, this.byDay.get(day + shift))) return true
      for (const monthDay of monthDaysOn(reading.year!, day + shift)) if (tolerated(reading, this.byMonthDay.get(monthDay))) return true
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
  const dates = new DateIndex(hijriTolerance)
  const times = new Set<string>()
  for (const candidate of new Set(candidates)) {
    if (candidate.kind === 'date') for (const reading of readings(candidate)) dates.add(reading)
    else for (const key of timeKeys(candidate)) times.add(key)
  }
  return (mention) =>
    mention.kind === 'date' ? readings(mention).some((reading) => dates.has(reading)) : timeKeys(mention).some((key) => times.has(key))
}
