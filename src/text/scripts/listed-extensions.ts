// The code points whose Script_Extensions are not just their Script value
// (those listed in ScriptExtensions.txt, some 670 in Unicode 17), kept
// between runs (`../stored-json.ts`).
//
// Finding a code point's Script_Extensions tests it against `\p{scx=…}` for
// each of about 170 scripts, and compiling those patterns cost 50–60 ms of a
// run over the sample corpus. Every other code point's extensions are its
// Script value alone, which `\p{sc=…}` finds trying the common scripts first.
// The list is what this machine's regex engine answers, keyed by its Unicode,
// ICU and V8 versions and by the source of the modules that use it.

import {dependencyHash, storedJson, storeFolder} from '../stored-json.js'

/** The modules whose code decides what the list holds (the store's own too: it decides the file). */
const builders = ['listed-extensions.js', 'script-sets.js', '../stored-json.js']

function storeKey(): string {
  return dependencyHash(import.meta.url, [process.versions.unicode, process.versions.icu, process.versions.v8], builders).slice(0, 20)
}

/**
 * A pattern matching each code point whose Script_Extensions differ from its
 * Script among `scripts`: in `scx=X` but not `sc=X`, or the reverse. It needs
 * the `v` flag's set difference (V8 11.3, Node 20); undefined without it.
 */
function differingPattern(scripts: readonly string[]): RegExp | undefined {
  try {
    return new RegExp(`[${scripts.map((code) => `[\\p{scx=${code}}--\\p{sc=${code}}][\\p{sc=${code}}--\\p{scx=${code}}]`).join('')}]`, 'gv')
  } catch {
    return undefined
  }
}

const chunk = 0x1000

/** Every code point whose extensions differ from its script, with its extensions as `scan` finds them (empty: all scripts). */
export function buildListedExtensions(scripts: readonly string[], scan: (codePoint: number) => ReadonlySet<string> | 'all'): Array<[number, string[]]> | undefined {
  const pattern = differingPattern(scripts)
  if (!pattern) return undefined
  const listed: Array<[number, string[]]> = []
  for (let from = 0; from < 0x110000; from += chunk) {
    const codePoints: number[] = []
    // Surrogate code points have no script.
    for (let codePoint = from; codePoint < from + chunk; codePoint++) if (codePoint < 0xd800 || codePoint > 0xdfff) codePoints.push(codePoint)
    for (const [character] of String.fromCodePoint(...codePoints).matchAll(pattern)) {
      const codePoint = character.codePointAt(0)!
      const set = scan(codePoint)
      listed.push([codePoint, set === 'all' ? [] : [...set]])
    }
  }
  return listed
}

/**
 * The listed code points and their extensions, from the store or built and
 * stored (`scripts` gives the script codes to list by, asked only to build);
 * undefined when the store is off (building takes longer than
 * scanning the code points a run meets) or the regex engine lacks the `v` flag.
 */
export function listedExtensions(scripts: () => readonly string[], scan: (codePoint: number) => ReadonlySet<string> | 'all'): Map<number, string[]> | undefined {
  if (!storeFolder()) return undefined
  const listed = storedJson('script-extensions', storeKey(), 'scx', () => buildListedExtensions(scripts(), scan) ?? null)
  return listed ? new Map(listed) : undefined
}
