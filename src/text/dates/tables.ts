// Month, weekday, era, day-period and time-zone words of a language, built
// from `Intl.DateTimeFormat#formatToParts` for every regional variant and
// calendar it uses (CLDR data), so nothing a locale prints is typed here.

import {calendarDateOf} from './calendars.js'
import {foldKey} from './fold.js'
import {calendarsOf, regionalLocales} from './locales.js'
import {storedTables} from './table-store.js'
import type {DateOrder, DateTables, DayPeriod, MonthReading, NameReading} from './table-types.js'

export type {DateOrder, DateTables, DayPeriod, MonthReading, NameReading} from './table-types.js'

const DAY_MS = 86_400_000
/** 2020-07-05 was a Sunday (the weekday harvest starts there). */
const SUNDAY = Date.UTC(2020, 6, 5)
const SAMPLE = Date.UTC(2020, 6, 8, 12)

/** Clitics Arabic and Hebrew script attach to the next word (and, in, to, from);
 * Intl prints a few of them as literals, text uses them all. Hand-written: no
 * library lists them for date words. */
/** Words writers put between date parts that no CLDR pattern prints: English
 * `Thursday the 8th of July`, Russian `2020 года` (Intl abbreviates it `г.`), Persian
 * `۱۸ تیر ماه`. Hand-written for the same reason as the clitics below. */
const CONNECTORS: Readonly<Record<string, readonly string[]>> = {
  en: ['of', 'the'],
  ru: ['года', 'году'],
  fa: ['ماه'],
}

const CLITICS: Readonly<Record<string, readonly string[]>> = {
  Arab: ['و', 'ب', 'ل', 'ف', 'وب', 'ول', 'في '],
  Hebr: ['ב', 'ו', 'ל', 'מ', 'וב'],
}

const MONTH_FORMS: readonly Intl.DateTimeFormatOptions[] = [
  {month: 'long'}, {month: 'short'}, {month: 'long', day: 'numeric'}, {month: 'short', day: 'numeric'},
  {year: 'numeric', month: 'long', day: 'numeric'},
]
const WEEKDAY_FORMS: readonly Intl.DateTimeFormatOptions[] = [
  {weekday: 'long'}, {weekday: 'short'}, {dateStyle: 'full'},
]
const ZONES = ['UTC', 'Africa/Abidjan'] as const
const ZONE_NAMES = ['long', 'short', 'longGeneric', 'shortOffset'] as const
const OFFSET = /[+-]\d+(?::\d+)?/gu
const ALL_DIGITS = /^\d+$/u
const WORD_SPLIT = /[\s\p{P}]+/u
const HAN = /\p{sc=Han}/u

function part(format: Intl.DateTimeFormat, time: number, type: string): string | undefined {
  return format.formatToParts(new Date(time)).find((p) => p.type === type)?.value
}

/** Formats built while harvesting, by locale and options: building one is the
 * costly step (ICU pattern generation), and fingerprint, harvest and order
 * ask for some of them more than once. Emptied after each table is built. */
const formats = new Map<string, Intl.DateTimeFormat>()

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options)
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {timeZone: 'UTC', ...options})
    formats.set(key, format)
  }
  return format
}

/** A key and, for abbreviations written with a dot (`juil.`), the key without it. */
function keyForms(name: string, minLength = 2): string[] {
  const key = foldKey(name)
  if (key.length < minLength) return []
  const bare = key.replace(/\./gu, '')
  return bare !== key && bare.length >= minLength ? [key, bare] : [key]
}

/** One day in each month of `calendar` (leap months included), 2019-2022. */
const monthSamples = new Map<string, {time: number; monthId: string}[]>()

function samplesOf(calendar: string): {time: number; monthId: string}[] {
  let samples = monthSamples.get(calendar)
  if (samples) return samples
  samples = []
  if (calendar === 'gregory') {
    for (let month = 0; month < 12; month++) samples.push({time: Date.UTC(2020, month, 15), monthId: String(month + 1)})
  } else {
    const seen = new Set<string>()
    // Months last at least 29 days, so a 10-day step meets every month.
    for (let time = Date.UTC(2019, 0, 1); time < Date.UTC(2023, 0, 1); time += 10 * DAY_MS) {
      const {monthId} = calendarDateOf(calendar, time)
      if (!seen.has(monthId)) { seen.add(monthId); samples.push({time, monthId}) }
    }
  }
  monthSamples.set(calendar, samples)
  return samples
}

const UPPER = /^\p{Lu}/u

/** A new entry remembers the case Intl writes; a lower-case spelling from any variant clears it. */
function entryFor(names: Map<string, NameReading>, key: string, name: string): NameReading {
  const entry = names.get(key) ?? {months: [], capitalised: true}
  if (!UPPER.test(name)) entry.capitalised = false
  return entry
}

function addMonth(names: Map<string, NameReading>, name: string, reading: MonthReading): void {
  for (const key of keyForms(name)) {
    if (ALL_DIGITS.test(key)) continue
    const entry = entryFor(names, key, name)
    if (!entry.months.some((m) => m.calendar === reading.calendar && m.monthId === reading.monthId)) entry.months.push(reading)
    names.set(key, entry)
  }
}

function harvestMonths(names: Map<string, NameReading>, locale: string, calendar: string): void {
  for (const form of MONTH_FORMS) {
    const format = dateFormat(locale, {...form, calendar})
    for (const {time, monthId} of samplesOf(calendar)) {
      const name = part(format, time, 'month')
      if (name) addMonth(names, name, {calendar, monthId})
    }
  }
}

function harvestWeekdays(names: Map<string, NameReading>, locale: string): void {
  for (const form of WEEKDAY_FORMS) {
    const format = dateFormat(locale, form)
    for (let weekday = 0; weekday < 7; weekday++) {
      const name = part(format, SUNDAY + weekday * DAY_MS, 'weekday')
      if (!name) continue
      for (const key of keyForms(name)) {
        const entry = entryFor(names, key, name)
        entry.weekday ??= weekday
        names.set(key, entry)
      }
    }
  }
}

function harvestEras(eras: Map<string, string>, locale: string, calendar: string): void {
  for (const era of ['long', 'short'] as const) {
    const name = part(dateFormat(locale, {calendar, era, year: 'numeric'}), SAMPLE, 'era')
    if (name) for (const key of keyForms(name, 1)) if (!eras.has(key)) eras.set(key, calendar)
  }
}

function harvestDayPeriods(periods: Map<string, DayPeriod>, locale: string): void {
  const twelve = dateFormat(locale, {hour: 'numeric', hour12: true})
  const named = dateFormat(locale, {hour: 'numeric', dayPeriod: 'long'})
  const samples: [Intl.DateTimeFormat, number, DayPeriod][] = [
    [twelve, 9, 'am'], [twelve, 21, 'pm'], [named, 9, 'am'], [named, 15, 'pm'], [named, 19, 'pm'],
  ]
  for (const [format, hour, period] of samples) {
    const name = part(format, Date.UTC(2020, 6, 8, hour), 'dayPeriod')
    if (name) for (const key of keyForms(name, 1)) if (!periods.has(key)) periods.set(key, period)
  }
}

/** Zone names of UTC and GMT, offsets removed (`GMT+1` -> `gmt`), and the
 * long names with one inner word left out, as writers shorten them
 * (`Greenwich Mean Time` -> `Greenwich time`). */
function harvestZones(zones: Map<string, string>, locale: string): void {
  for (const timeZone of ZONES) {
    for (const timeZoneName of ZONE_NAMES) {
      const name = part(dateFormat(locale, {timeZone, timeZoneName}), SAMPLE, 'timeZoneName')
      if (!name) continue
      const key = foldKey(name).replace(OFFSET, '').replace(/\s+/gu, ' ').trim()
      if (key.length < 3) continue
      zones.set(key, 'UTC')
      const words = key.split(' ')
      for (let i = 1; i < words.length - 1; i++) zones.set(words.filter((_, j) => j !== i).join(' '), 'UTC')
    }
  }
}

/** Literal words between date parts, and letters written onto the month. */
const PUNCTUATION = /[\p{P}\p{S}]/gu

function harvestLiterals(gapWords: Set<string>, gapPunctuation: Set<string>, prefixes: Set<string>, locale: string, calendar: string): void {
  for (const dateStyle of ['full', 'long', 'medium', 'short'] as const) {
    const parts = dateFormat(locale, {dateStyle, calendar}).formatToParts(new Date(SAMPLE))
    parts.forEach((p, i) => {
      if (p.type !== 'literal') return
      const key = foldKey(p.value)
      for (const word of key.split(WORD_SPLIT)) if (word) gapWords.add(word)
      // Short styles are numeric (`08.07.2020`): their separators join no month name.
      if (dateStyle !== 'short') for (const [mark] of key.matchAll(PUNCTUATION)) gapPunctuation.add(mark)
      // Hebrew ` ב` before the month: a letter written onto the month name.
      const attached = /\s(\p{L}+)$/u.exec(p.value)
      if (attached && parts[i + 1]?.type === 'month') prefixes.add(foldKey(attached[1]))
    })
  }
}

function writesMonthBeforeDay(locale: string): boolean {
  const types = dateFormat(locale, {dateStyle: 'long'}).formatToParts(new Date(SAMPLE)).map((p) => p.type)
  return types.indexOf('month') < types.indexOf('day')
}

function orderOf(locale: string): DateOrder {
  const parts = dateFormat(locale, {year: 'numeric', month: 'numeric', day: 'numeric', calendar: 'gregory'})
    .formatToParts(new Date(SAMPLE))
  const order = parts.filter((p) => p.type === 'year' || p.type === 'month' || p.type === 'day').map((p) => p.type[0]).join('')
  return order === 'mdy' || order === 'ymd' ? order : 'dmy'
}

function scriptOf(locale: string): string {
  return new Intl.Locale(locale).maximize().script ?? ''
}

/** What a variant prints for a few formats: variants that print alike
 * (most `en-XX` inherit `en-001`) are harvested once. */
function fingerprint(locale: string): string {
  const september = new Date(Date.UTC(2020, 8, 15, 21, 37))
  const formats: Intl.DateTimeFormatOptions[] = [
    {dateStyle: 'full', timeStyle: 'full'}, {dateStyle: 'medium', timeStyle: 'short', hour12: true}, {dateStyle: 'short'},
    {timeZone: 'Africa/Abidjan', timeZoneName: 'long'},
  ]
  const printed = formats.map((options) => dateFormat(locale, options).format(september))
  // Every month, long and short, in the day-month context where languages inflect it.
  const months = dateFormat(locale, {month: 'long', day: 'numeric'})
  const shortMonths = dateFormat(locale, {month: 'short', weekday: 'short', day: 'numeric'})
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2020, month, 15))
    printed.push(months.format(date), shortMonths.format(date))
  }
  return printed.join('|') + calendarsOf([locale]).join()
}

function buildTables(locales: readonly string[], defaultLocale: string): DateTables {
  const calendars = calendarsOf(locales)
  const names = new Map<string, NameReading>()
  const eras = new Map<string, string>()
  const dayPeriods = new Map<string, DayPeriod>()
  const zones = new Map<string, string>()
  const gapWords = new Set<string>()
  // Commas and dashes join a date and its weekday or time in every language.
  const gapPunctuation = new Set([',', '-'])
  const prefixes = new Set<string>()
  const orders = new Set<DateOrder>()
  let monthBeforeDay = false
  const seen = new Set<string>()
  for (const locale of locales) {
    const print = fingerprint(locale)
    if (seen.has(print)) continue
    seen.add(print)
    // A regional variant adds the calendars it uses itself; the base locale all.
    const own = locale === locales[0] ? calendars : calendarsOf([locale])
    for (const calendar of own) {
      harvestMonths(names, locale, calendar)
      harvestEras(eras, locale, calendar)
      harvestLiterals(gapWords, gapPunctuation, prefixes, locale, calendar)
    }
    harvestWeekdays(names, locale)
    harvestDayPeriods(dayPeriods, locale)
    harvestZones(zones, locale)
    orders.add(orderOf(locale))
    monthBeforeDay ||= writesMonthBeforeDay(locale)
    for (const clitic of CLITICS[scriptOf(locale)] ?? []) prefixes.add(clitic)
    for (const word of CONNECTORS[new Intl.Locale(locale).language] ?? []) gapWords.add(foldKey(word))
  }
  return {
    locales, calendars, names, eras, dayPeriods, zones, gapWords, gapPunctuation,
    prefixes: [...prefixes].sort((a, b) => b.length - a.length),
    orders, defaultOrder: orderOf(defaultLocale), monthBeforeDay,
    hanUnits: [...gapWords].some((word) => HAN.test(word)),
  }
}

const tableCache = new Map<string, DateTables>()

/** The date tables of `lang`: all its regional variants, plus `extraLocales`. Cached. */
export function dateTables(lang: string, extraLocales: readonly string[] = []): DateTables {
  const cacheKey = lang + '|' + [...extraLocales].sort().join(',')
  let tables = tableCache.get(cacheKey)
  if (!tables) {
    // Canonical first, so that an invalid extra locale fails whether or not the tables are stored.
    const extra = extraLocales.flatMap((tag) => Intl.getCanonicalLocales(tag))
    tables = storedTables(cacheKey, () => {
      const built = buildTables([...new Set([...regionalLocales(lang), ...extra])], lang)
      formats.clear()
      return built
    })
    tableCache.set(cacheKey, tables)
  }
  return tables
}
