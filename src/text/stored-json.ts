// Tables kept between runs: what this machine's ICU and regex engine answer,
// built once and stored as JSON, keyed by the versions and the code they
// depend on, so that a new Node or a new bilint builds them again and nothing
// is typed in by hand. The date tables (`dates/table-store.ts`) and the
// Script_Extensions list (`scripts/listed-extensions.ts`) are stored here.
//
// The folder is `$BILINT_CACHE_DIR`, else `$XDG_CACHE_HOME/bilint`, else
// `~/.cache/bilint`; `BILINT_CACHE_DIR=off` turns the store off. A folder that
// cannot be written, or a file that cannot be read back, only costs the time.

import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {homedir} from 'node:os'
import {fileURLToPath} from 'node:url'
import {threadId} from 'node:worker_threads'

/** The store's folder, or undefined when the store is off. */
export function storeFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.BILINT_CACHE_DIR === 'off') return undefined
  if (env.BILINT_CACHE_DIR) return env.BILINT_CACHE_DIR
  return path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'bilint')
}

/** A module's code: the compiled `.js`, or the `.ts` when the tests run the sources. */
function moduleSource(file: string): Buffer {
  try {
    return readFileSync(file)
  } catch {
    return readFileSync(file.replace(/\.js$/u, '.ts'))
  }
}

/**
 * A SHA-1 of `versions` and of the code of `modules` (`.js` names relative
 * to `base`, a module's `import.meta.url`): what a stored table depends on.
 */
export function dependencyHash(base: string, versions: ReadonlyArray<string | undefined>, modules: readonly string[]): string {
  const hash = createHash('sha1').update(JSON.stringify(versions))
  for (const name of modules) hash.update(moduleSource(fileURLToPath(new URL(name, base))))
  return hash.digest('hex')
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
