// What a found date or time says, normalised for comparison.

import type {Span} from '../../engine/types.js'
import type {DayPeriod} from './tables.js'

export interface DateTimeMention {
  kind: 'date' | 'time'
  /** `[start, end)` in the text searched, UTF-16 code units. */
  span: Span
  text: string
  /** Calendar the date is written in (`gregory`, `persian`, `islamic-umalqura`, ...). */
  calendar?: string
  /** Gregorian year, month (1-12) and day, as far as written. */
  year?: number
  month?: number
  day?: number
  /** Weekday written with the date, 0 = Sunday ... 6 = Saturday, and where. */
  weekday?: number
  weekdaySpan?: Span
  /** Numeric date whose day/month order the language's variants disagree on
   * (`08/07/2020` in English): `alternative` is the other reading. */
  ambiguous?: boolean
  alternative?: {year: number; month: number; day: number}
  /** 24-hour time, as far as written. */
  hour?: number
  minute?: number
  /** Day period written with the time; without one, an hour up to 12 may be either. */
  dayPeriod?: DayPeriod
  /** Time zone written with the time (`UTC` for UTC and GMT). */
  zone?: string
}
