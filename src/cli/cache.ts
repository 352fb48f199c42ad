// The CLI's lint cache: a JSON file (`.bilintcache`, or `--cache-location`)
// of inputs' messages and corpus-wide states, keyed by bilint's version,
// the resolved config and the files' signatures: their content's hash
// (`--cache-strategy content`) or their size and modification time
// (`metadata`, ESLint's default: cheaper, but a touched file is linted again).

import {existsSync, statSync} from 'node:fs'
import {readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {readStamped} from '../corpus/file-stamp.js'
import {type CachedInput, cacheKey, type LintCache} from '../engine/cache.js'
import {UsageError} from './args.js'
import {checkWritableFile, writeFailure} from './output-path.js'

export type CacheStrategy = 'content' | 'metadata'

export const defaultCacheFile = '.bilintcache'

const chunkSuffix = /#\d+$/

/**
 * The cache file's format. 2: duplicate-unit's states hold XXH64 and XXH32
 * words where version 1 held SHA-1's, and an entry counts its units; an older
 * file reads as empty, so every input is linted again rather than compared
 * with prints of another hash.
 */
const cacheFormat = 2

interface CacheFile {
  bilintCache: typeof cacheFormat
  entries: Record<string, CachedInput>
}

/** `--cache-location`: a file, or a folder (existing, or written with a trailing slash) to hold `.bilintcache`. */
export function cacheFile(location: string | undefined, cwd: string): string {
  if (location === undefined) return path.resolve(cwd, defaultCacheFile)
  const resolved = path.resolve(cwd, location)
  const isFolder = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory())
  return isFolder ? path.join(resolved, defaultCacheFile) : resolved
}

async function signature(filePath: string, strategy: CacheStrategy): Promise<string | undefined> {
  try {
    if (strategy === 'metadata') {
      const info = await stat(filePath)
      return `${info.size}:${info.mtimeMs}`
    }
    // Read without blocking: a FIFO among the inputs is refused, not waited on.
    const read = await readStamped(filePath)
    return 'irregular' in read ? undefined : read.stamp.hash
  } catch {
    return undefined
  }
}

async function readCache(file: string): Promise<Record<string, CachedInput>> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>
    return parsed.bilintCache === cacheFormat && parsed.entries ? parsed.entries : {}
  } catch {
    // A missing or broken cache is an empty one: the run lints everything and rewrites it.
    return {}
  }
}

export interface OpenCache {
  cache: LintCache
  /** Write the cache: this run's inputs, and earlier ones whose files still exist. */
  save(): Promise<void>
}

export async function openCache(options: {cacheLocation?: string; cacheStrategy: string}, cwd: string, version: string): Promise<OpenCache> {
  const strategy = options.cacheStrategy
  if (strategy !== 'content' && strategy !== 'metadata') throw new UsageError(`Invalid --cache-strategy "${strategy}": expected "content" or "metadata"`)
  const file = cacheFile(options.cacheLocation, cwd)
  const shown = options.cacheLocation ?? defaultCacheFile
  checkWritableFile(file, shown, 'the cache', cwd)
  const entries = await readCache(file)
  const cache: LintCache = {
    async key(filePaths, settings) {
      const signatures = await Promise.all(filePaths.map((filePath) => signature(filePath, strategy)))
      if (signatures.some((value) => value === undefined)) return undefined
      return cacheKey({...settings, version, signatures: signatures as string[]})
    },
    get: (input, key) => (entries[input]?.key === key ? entries[input] : undefined),
    set(input, entry) {
      entries[input] = entry
    }
  }
  return {
    cache,
    async save() {
      // A chunk of a large file goes by `path#index`.
      const kept = Object.fromEntries(Object.entries(entries).filter(([input]) => existsSync(input) || existsSync(input.replace(chunkSuffix, ''))))
      const content: CacheFile = {bilintCache: cacheFormat, entries: kept}
      await writeFile(file, JSON.stringify(content)).catch((error: unknown) => {
        throw writeFailure(error, shown, 'the cache')
      })
    }
  }
}
