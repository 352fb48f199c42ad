// The lint cache (`--cache`): per input, the messages and the corpus-wide
// rules' collected states, under a key made of bilint's version, the input's
// resolved config (languages, rules, severities, options) and its files'
// signatures. A warm input is not read or checked; its states still join the
// corpus, so corpus-wide rules finalize over the whole corpus as before.

import {createHash} from 'node:crypto'
import {addStates, type CorpusLogs} from './corpus-rules.js'
import type {ActiveRule, FileMessage} from './lint-unit.js'
import type {CorpusSlice} from './shard.js'

export interface CachedInput {
  key: string
  messages: FileMessage[]
  slice: CorpusSlice
  /** Units the input (or chunk) had, for a progress display. */
  units: number
}

/** Everything besides the files that decides an input's messages. */
export interface CacheSettings {
  languages: unknown
  rules: readonly ActiveRule[]
  /** How the input is read: its layout and format, encodings and the unit size limit. */
  reading?: unknown
}

/** What `lintCorpus` asks of a cache; the CLI's keeps it in a file. */
export interface LintCache {
  /** The key of an input: `undefined` when a file cannot be signed (it is linted, uncached). */
  key(filePaths: readonly string[], settings: CacheSettings): Promise<string | undefined>
  get(input: string, key: string): CachedInput | undefined
  set(input: string, entry: CachedInput): void
}

/** A stable hash of the parts of a key. */
export function cacheKey(parts: CacheSettings & {version: string; signatures: readonly string[]}): string {
  const rules = parts.rules.map((active) => [active.rule.meta.id, active.severity, active.options])
  return createHash('sha256').update(JSON.stringify([parts.version, parts.languages, rules, parts.reading ?? null, parts.signatures])).digest('hex')
}

/** Put a cached input's states back among the corpus's, in corpus order. */
export function restoreSlice(corpus: CorpusLogs, slice: CorpusSlice, rules: readonly ActiveRule[]): void {
  for (const [id, {states}] of Object.entries(slice.rules)) {
    const active = rules.find((candidate) => candidate.rule.meta.id === id)
    if (!active) continue
    addStates(corpus, active, states)
  }
}
