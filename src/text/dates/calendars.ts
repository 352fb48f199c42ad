// Other calendars to Gregorian, by scanning what Intl prints.
//
// Intl formats a date in any calendar but cannot parse one. So, for a
// calendar date, estimate its Gregorian year, print the days of the years
// around it in that calendar and keep the day whose year, month and day
// agree. Months are identified by their English name in the calendar
// (`Tamuz`, `Adar II`), which stays stable across leap years where ordinal
// month numbers shift.

const DAY_MS = 86_400_000

export interface GregorianDate {
  year: number
  month: number
  day: number
}

/** A date as written in its calendar. `monthId` is the English month name (see
 * above), or `#n` for the n-th month as numeric dates write it. */
export interface CalendarDate {
  calendar: string
  year: number
  monthId: string
  day: number
}

const partsFormats = new Map<string, Intl.DateTimeFormat>()

function partsFormat(calendar: string, month: 'long' | 'numeric'): Intl.DateTimeFormat {
  let format = partsFormats.get(calendar + month)
  if (!format) {
    format = new Intl.DateTimeFormat('en-u-nu-latn', {calendar, timeZone: 'UTC', year: 'numeric', month, day: 'numeric'})
    partsFormats.set(calendar + month, format)
  }
  return format
}

/** The calendar date of UTC day `time`, month identified by its English name
 * (or by its number, `#n`, when `month` is `'numeric'`). */
export function calendarDateOf(calendar: string, time: number, month: 'long' | 'numeric' = 'long'): CalendarDate {
  let year = 0
  let monthId = ''
  let day = 0
  for (const part of partsFormat(calendar, month).formatToParts(new Date(time))) {
    const type: string = part.type
    if (type === 'year' || type === 'relatedYear') year = Number.parseInt(part.value, 10)
    else if (part.type === 'month') monthId = month === 'long' ? part.value : '#' + part.value
    else if (part.type === 'day') day = Number.parseInt(part.value, 10)
  }
  return {calendar, year, monthId, day}
}

/** Gregorian date of a UTC time. */
export function gregorianOf(time: number): GregorianDate {
  const date = new Date(time)
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

/** The UTC time of a Gregorian date, or undefined when the day does not exist. */
export function gregorianTime(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.getTime() : undefined
}

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: GregorianDate): number | undefined {
  const time = gregorianTime(date.year, date.month, date.day)
  return time === undefined ? undefined : new Date(time).getUTCDay()
}

/** Calendar year as a linear function of Gregorian year, fitted on two samples. */
const yearFits = new Map<string, {slope: number; offset: number}>()

function estimateGregorianYear(calendar: string, year: number): number {
  let fit = yearFits.get(calendar)
  if (!fit) {
    const early = calendarDateOf(calendar, Date.UTC(1900, 6, 1)).year
    const late = calendarDateOf(calendar, Date.UTC(2100, 6, 1)).year
    const slope = (late - early) / 200
    fit = {slope, offset: early - slope * 1900}
    yearFits.set(calendar, fit)
  }
  return Math.round((year - fit.offset) / fit.slope)
}

/** Per calendar, `year|monthId|day` -> UTC time, for the Gregorian years already scanned. */
const dayIndexes = new Map<string, {years: Set<number>; days: Map<string, number>}>()

function scanYear(calendar: string, gregorianYear: number): Map<string, number> {
  let index = dayIndexes.get(calendar)
  if (!index) {
    index = {years: new Set(), days: new Map()}
    dayIndexes.set(calendar, index)
  }
  if (!index.years.has(gregorianYear)) {
    index.years.add(gregorianYear)
    const end = Date.UTC(gregorianYear + 1, 0, 1)
    for (let time = Date.UTC(gregorianYear, 0, 1); time < end; time += DAY_MS) {
      for (const month of ['long', 'numeric'] as const) {
        const date = calendarDateOf(calendar, time, month)
        index.days.set(date.year + '|' + date.monthId + '|' + date.day, time)
      }
    }
  }
  return index.days
}

/** Years far outside the range where calendars are compared are not scanned. */
const MIN_YEAR = 1000
const MAX_YEAR = 3000

/** The Gregorian date of a calendar date, or undefined when that day does not exist. */
export function toGregorian(date: CalendarDate): GregorianDate | undefined {
  if (date.calendar === 'gregory') {
    const month = Number.parseInt(date.monthId.replace('#', ''), 10)
    return gregorianTime(date.year, month, date.day) === undefined ? undefined : {year: date.year, month, day: date.day}
  }
  const estimate = estimateGregorianYear(date.calendar, date.year)
  if (!Number.isFinite(estimate) || estimate < MIN_YEAR || estimate > MAX_YEAR) return undefined
  const key = date.year + '|' + date.monthId + '|' + date.day
  for (const year of [estimate, estimate - 1, estimate + 1]) {
    const time = scanYear(date.calendar, year).get(key)
    if (time !== undefined) return gregorianOf(time)
  }
  return undefined
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: GregorianDate, b: GregorianDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS)
}
