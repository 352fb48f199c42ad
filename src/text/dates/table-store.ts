// Date tables kept between runs. Building them asks ICU for some 800 date
// formats (every regional variant of English and Arabic, each printed a few
// ways to tell which print alike): 0.85 s of a 2.5 s run on the sample
// document. The stored file is what this machine's Intl built, keyed by the
// ICU, CLDR and time-zone versions and by the source of the modules that
// build the tables, so a new Node or a new bilint builds them again; nothing
// is typed in by hand.
//
// The folder is `$BILINT_CACHE_DIR`, else `$XDG_CACHE_HOME/bilint`, else
// `~/.cache/bilint`; `BILINT_CACHE_DIR=off` turns the store off. A folder that
// cannot be written, or a file that cannot be read back, only costs the time.
// `storedJson` is the store itself; the script extensions use it too
// (`../scripts/listed-extensions.ts`).

import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {homedir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {threadId} from 'node:worker_threads'
import type {DateOrder, DateTables, DayPeriod, NameReading} from './tables.js'

/** The modules whose code decides what the tables hold. */
const builders = ['tables.js', 'locales.js', 'calendars.js', 'fold.js', 'table-store.js']

/** The store's folder, or undefined when the store is off. */
export function storeFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.BILINT_CACHE_DIR === 'off') return undefined
  if (env.BILINT_CACHE_DIR) return env.BILINT_CACHE_DIR
  return path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'bilint')
}

let versionKey: string | undefined

/** A builder's code: the compiled `.js`, or the `.ts` when the tests run the sources. */
function moduleSource(name: string): Buffer {
  const file = fileURLToPath(new URL(name, import.meta.url))
  try {
    return readFileSync(file)
  } catch {
    return readFileSync(file.replace(/\.js$/u, '.ts'))
  }
}

/** What the tables depend on besides their language: the ICU data and the code. */
function environmentKey(): string {
  if (versionKey === undefined) {
    const hash = createHash('sha1').update(JSON.stringify([process.versions.icu, process.versions.cldr, process.versions.tz, process.versions.unicode]))
    for (const name of builders) hash.update(moduleSource(name))
    versionKey = hash.digest('hex')
  }
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

/**
 * JSON named `name` from the store folder (file `<kind>-<key>.json`), or
 * built and stored; built every time when the store is off. `key` must
 * change with whatever the JSON depends on.
 */
export function storedJson<T>(kind: string, key: string, name: string, build: () => T): T {
  const folder = storeFolder()
  if (!folder) return build()
  const file = path.join(folder, `${kind}-${key}.json`)
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as {name: string; tables: T}
    if (stored.name === name) return stored.tables
  } catch {
    // Not stored yet, or not readable: build it.
  }
  const tables = build()
  try {
    mkdirSync(folder, {recursive: true})
    // Written whole and renamed, so a run reading at the same time never sees half a file.
    const temporary = `${file}.${process.pid}-${threadId}.tmp`
    writeFileSync(temporary, JSON.stringify({name, tables}))
    renameSync(temporary, file)
  } catch {
    // A read-only home or a full disk: the next run builds the tables again.
  }
  return tables
}
