// One input through the cache (`--cache`): a warm input's messages and
// corpus-wide states come from the cache; a cold one is linted and stored.
// Fixing and the document views (`html`) need the units, so they bypass it.

import {type Input, inputPaths} from './corpus/layout.js'
import {type LintCache, restoreSlice} from './engine/cache.js'
import type {CorpusStates} from './engine/corpus-rules.js'
import {type CorpusSlice, sliceSince, stateCounts} from './engine/shard.js'
import {type InputOptions, type InputOutcome, lintInput} from './lint-input.js'

export async function lintInputCached(
  input: Input,
  options: InputOptions,
  corpus: CorpusStates,
  cache: LintCache | undefined
): Promise<InputOutcome & {slice: CorpusSlice}> {
  const name = inputPaths(input)[0]
  const before = stateCounts(corpus)
  const key = cache && !options.fix && !options.onUnit ? await cache.key(inputPaths(input), {languages: options.languages, rules: options.rules}) : undefined
  const hit = key === undefined ? undefined : cache!.get(name, key)
  if (hit) {
    restoreSlice(corpus, hit.slice, options.rules)
    return {messages: hit.messages, fixed: new Map(), crashes: [], slice: hit.slice}
  }
  const outcome = await lintInput(input, options, corpus)
  const slice = sliceSince(corpus, before, name)
  // A crashed rule left the input half-checked: lint it again next time.
  if (key !== undefined && outcome.crashes.length === 0) cache!.set(name, {key, messages: outcome.messages, slice})
  return {...outcome, slice}
}
