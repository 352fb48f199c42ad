// What the date tables of a language hold (`tables.ts` builds them, `table-store.ts` keeps them).

/** A month in a calendar: Gregorian months are `'1'`..`'12'`, others their English name. */
export interface MonthReading {
  calendar: string
  monthId: string
}

/** What a folded word can stand for: months (in several calendars) and/or a weekday. */
export interface NameReading {
  months: MonthReading[]
  /** 0 = Sunday ... 6 = Saturday. */
  weekday?: number
  /** Intl capitalises the name (English `May`, not French `mai`): lower case in text is another word (`may`). */
  capitalised?: boolean
}

export type DayPeriod = 'am' | 'pm'
export type DateOrder = 'dmy' | 'mdy' | 'ymd'

export interface DateTables {
  locales: readonly string[]
  calendars: readonly string[]
  /** Folded month and weekday names. */
  names: ReadonlyMap<string, NameReading>
  /** Folded era names -> calendar (`هـ` -> `islamic-umalqura`, `م` -> `gregory`). */
  eras: ReadonlyMap<string, string>
  dayPeriods: ReadonlyMap<string, DayPeriod>
  /** Folded time-zone names -> zone (`UTC` for the UTC/GMT family). */
  zones: ReadonlyMap<string, string>
  /** Words that join the parts of a date (`de`, `г`, `年`). */
  gapWords: ReadonlySet<string>
  /** Punctuation that joins the parts of a date (`,` in English, `.` in German `8. Juli`). */
  gapPunctuation: ReadonlySet<string>
  /** Letters written onto a month or zone name (Hebrew `ב`, Arabic `و`). */
  prefixes: readonly string[]
  /** Numeric date orders of the regional variants. */
  orders: ReadonlySet<DateOrder>
  defaultOrder: DateOrder
  /** Whether some variant writes the month before the day (`July 8`); else a
   * name followed by a number (`آب 3`, "father 3") is no date. */
  monthBeforeDay: boolean
  /** Whether dates use Han unit characters (`年月日`), so Han numerals may appear. */
  hanUnits: boolean
}
