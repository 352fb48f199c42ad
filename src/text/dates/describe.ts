// Dates, times and weekdays in English words, as the messages name them.

import type {DateTimeMention} from './mention.js'

// Made on the first weekday message: the first DateTimeFormat of a process
// loads ICU's date data (25–60 ms), which a run with stored date tables and
// no weekday finding never needs.
let weekdayNames: Intl.DateTimeFormat | undefined
/** 2020-07-05 was a Sunday. */
const SUNDAY = Date.UTC(2020, 6, 5)

export const englishWeekday = (weekday: number): string =>
  (weekdayNames ??= new Intl.DateTimeFormat('en', {weekday: 'long', timeZone: 'UTC'})).format(SUNDAY + weekday * 86_400_000)

/** One format per set of fields (1: the day, 2: the year), made on first use: a format costs as much as a hundred dates. */
const dateFormats: Array<Intl.DateTimeFormat | undefined> = []

function dateFormat(fields: number): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = {month: 'long', timeZone: 'UTC'}
  if (fields & 1) options.day = 'numeric'
  if (fields & 2) options.year = 'numeric'
  return (dateFormats[fields] ??= new Intl.DateTimeFormat('en-GB', options))
}

/** `8 July 2020`, `8 July`, `July 2020`: the fields a date writes, in English. */
export function describeDate(mention: DateTimeMention): string {
  const fields = (mention.day !== undefined ? 1 : 0) + (mention.year !== undefined ? 2 : 0)
  const text = dateFormat(fields).format(Date.UTC(mention.year ?? 2020, mention.month! - 1, mention.day ?? 1))
  return mention.ambiguous ? `${text} (or ${describeDate({...mention, ...mention.alternative, ambiguous: false})})` : text
}

/** `23:37`, or `11:37` for a time written without day period. */
export function describeTime(mention: DateTimeMention): string {
  return `${String(mention.hour).padStart(2, '0')}:${String(mention.minute).padStart(2, '0')}`
}
