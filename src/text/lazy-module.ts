// A package loaded on first use, synchronously, for analyses that run inside
// a rule's synchronous `check`: franc (its trigram data took 90–150 ms to
// load) and retext (30 modules, 75 ms) were loaded by every run, while the
// sample corpus never asks franc (its languages differ by script) and no
// core rule reads `Side.tree`.
//
// Both are ES modules: `require` loads them from Node 20.19 and 22.12 on
// (`process.features.require_module`; no top-level await in them). An older
// Node cannot, and says which version it needs at the first use.

import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

/** `load()` returns the module `specifier` names, loaded on the first call. */
export function lazyModule<T>(specifier: string): () => T {
  let loaded: T | undefined
  return () => {
    if (loaded === undefined) {
      try {
        loaded = require(specifier) as T
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_REQUIRE_ESM') {
          throw new Error(`bilint needs Node 20.19 or later (or 22.12 or later) to load \`${specifier}\` on first use; this is Node ${process.version}`, {cause: error})
        }
        throw error
      }
    }
    return loaded
  }
}
