// Country and region names in a language, from CLDR through
// Intl.DisplayNames, so that place names can be told from personal names
// without a hand-made gazetteer.

import {orthographicKey} from './arabic-keys.js'
import {foldLatin} from './latin-keys.js'

const arabicLetter = /\p{sc=Arabic}/u
const regionKeysByLanguage = new Map<string, Set<string>>()

function nameKey(name: string): string {
  return arabicLetter.test(name) ? orthographicKey(name) : foldLatin(name)
}

/** Keys of every two-letter region code's display name in `lang` (and its short form). */
function regionKeys(lang: string): Set<string> {
  let keys = regionKeysByLanguage.get(lang)
  if (keys) return keys
  keys = new Set()
  let names: Intl.DisplayNames | undefined
  try {
    names = new Intl.DisplayNames([lang], {type: 'region', fallback: 'none'})
  } catch {
    // An invalid language tag has no region names.
  }
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  for (const first of names ? letters : '') {
    for (const second of letters) {
      const name = names!.of(first + second)
      if (name) keys.add(nameKey(name))
    }
  }
  regionKeysByLanguage.set(lang, keys)
  return keys
}

/** Whether `name` is the name of a country or region in `lang` (CLDR), up to the orthographic or Latin fold. */
export function isRegionName(name: string, lang: string): boolean {
  return regionKeys(lang).has(nameKey(name))
}
