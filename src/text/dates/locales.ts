// The regional variants of a language and the calendars they write in.
//
// Intl has no list of regions, so the ISO 3166-1 alpha-2 codes (plus the
// UN M.49 areas CLDR keeps data for: 001 world, 150 Europe, 419 Latin
// America) are data here. A variant is kept when ICU resolves the tag with
// its region, i.e. when CLDR has data for it (`ar-SY` stays, `ar-US` becomes `ar`).

const REGIONS = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW 001 150 419'
).split(' ')

/** Calendars whose years count on from one epoch, so a written year converts.
 * Left out: `chinese`/`dangi` (cyclic years), `japanese`/`roc` (era-relative). */
const CONVERTIBLE = new Set([
  'gregory', 'persian', 'islamic-umalqura', 'hebrew', 'indian', 'coptic', 'ethiopic', 'buddhist',
])

/** The Hijri variants name their months alike and differ by a day; one stands for all. */
export function canonicalCalendar(calendar: string): string {
  return calendar.startsWith('islamic') ? 'islamic-umalqura' : calendar
}

const regionalCache = new Map<string, readonly string[]>()

/** `lang` itself and every `lang-REGION` that CLDR has data for. */
export function regionalLocales(lang: string): readonly string[] {
  const base = new Intl.Locale(lang).language
  let locales = regionalCache.get(base)
  if (locales) return locales
  const found = new Set([new Intl.DateTimeFormat(base).resolvedOptions().locale])
  for (const region of REGIONS) {
    const tag = base + '-' + region
    // DisplayNames resolves against the same ICU locale list as DateTimeFormat
    // (checked for every language in test/text/dates-tables.test.ts) and is
    // built about three times faster: this loop tries 254 tags per language.
    const resolved = new Intl.DisplayNames(tag, {type: 'region'}).resolvedOptions().locale
    if (new Intl.Locale(resolved).region === region) found.add(resolved)
  }
  locales = [...found]
  regionalCache.set(base, locales)
  return locales
}

/** Node 20 has the `calendars` getter; later versions `getCalendars()`. */
function localeCalendars(tag: string): string[] {
  const locale = new Intl.Locale(tag) as Intl.Locale & {calendars?: string[]; getCalendars?: () => string[]}
  return locale.getCalendars?.() ?? locale.calendars ?? []
}

/** The convertible calendars used by any of `locales`, Gregorian first. */
export function calendarsOf(locales: readonly string[]): string[] {
  const calendars = new Set(['gregory'])
  for (const tag of locales) {
    for (const calendar of localeCalendars(tag)) {
      const canonical = canonicalCalendar(calendar)
      if (CONVERTIBLE.has(canonical)) calendars.add(canonical)
    }
  }
  return [...calendars]
}
