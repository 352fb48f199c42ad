// Date tables kept between runs (`../stored-json.ts`). Building them asks ICU
// for some 800 date formats (every regional variant of English and Arabic,
// each printed a few ways to tell which print alike): 0.85 s of a 2.5 s run
// on the sample document. The stored file is what this machine's Intl built,
// keyed by the ICU, CLDR, time-zone and Unicode versions and by the source
// of the modules that build the tables.

import {createHash} from 'node:crypto'
import {dependencyHash, storedJson} from '../stored-json.js'
import type {DateOrder, DateTables, DayPeriod, NameReading} from './table-types.js'

/** The modules whose code decides what the tables hold (the store's own too: it decides the file). */
const builders = ['tables.js', 'locales.js', 'calendars.js', 'fold.js', 'table-store.js', '../stored-json.js']

let versionKey: string | undefined

/** What the tables depend on besides their language: the ICU data and the code. */
function environmentKey(): string {
  versionKey ??= dependencyHash(import.meta.url, [process.versions.icu, process.versions.cldr, process.versions.tz, process.versions.unicode], builders)
  return versionKey
}

/** The tables as JSON: maps and sets as arrays of their entries. */
interface StoredTables {
  locales: string[]
  calendars: string[]
  names: Array<[string, NameReading]>
  eras: Array<[string, string]>
  dayPeriods: Array<[string, DayPeriod]>
  zones: Array<[string, string]>
  gapWords: string[]
  gapPunctuation: string[]
  prefixes: string[]
  orders: DateOrder[]
  defaultOrder: DateOrder
  monthBeforeDay: boolean
  hanUnits: boolean
}

export function storedForm(tables: DateTables): StoredTables {
  return {
    ...tables,
    locales: [...tables.locales],
    calendars: [...tables.calendars],
    names: [...tables.names],
    eras: [...tables.eras],
    dayPeriods: [...tables.dayPeriods],
    zones: [...tables.zones],
    gapWords: [...tables.gapWords],
    gapPunctuation: [...tables.gapPunctuation],
    prefixes: [...tables.prefixes],
    orders: [...tables.orders]
  }
}

export function fromStoredForm(stored: StoredTables): DateTables {
  return {
    ...stored,
    names: new Map(stored.names),
    eras: new Map(stored.eras),
    dayPeriods: new Map(stored.dayPeriods),
    zones: new Map(stored.zones),
    gapWords: new Set(stored.gapWords),
    gapPunctuation: new Set(stored.gapPunctuation),
    orders: new Set(stored.orders)
  }
}

/** The tables named `name` (a language and its extra locales) from the store, or built and stored. */
export function storedTables(name: string, build: () => DateTables): DateTables {
  let built: DateTables | undefined
  const stored = storedJson('date-tables', createHash('sha1').update(environmentKey()).update(name).digest('hex').slice(0, 20), name, () => storedForm((built = build())))
  return built ?? fromStoredForm(stored)
}
