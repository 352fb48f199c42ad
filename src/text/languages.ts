// The language pair of a corpus, and language names for messages.

import {englishNames} from './display-names.js'

export interface Languages {
  source: string
  target: string
}

/** English name of a language tag (`ar` → `Arabic`), or the tag itself; cached, as messages ask often. */
export const languageName = englishNames('language')

/** `primaryLanguage` by tag: rules ask it per unit, and a corpus has a few tags. */
const primaries = new Map<string, string>()

/** The primary language subtag, lower-cased: `ar` of `ar-EG`, `zh` of `zh_Hans`. */
/** Whether `tag` is a well-formed BCP 47 language tag (`en`, `zh-Hans`), as `Intl` reads them. */
export function isLanguageTag(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag)
    return true
  } catch {
    return false
  }
}

export function primaryLanguage(lang: string): string {
  let primary = primaries.get(lang)
  if (primary === undefined) {
    primary = lang.toLowerCase().split(/[-_]/)[0]
    primaries.set(lang, primary)
  }
  return primary
}

/** Whether `tag` names the language `lang` (`en` matches `en`, `EN`, and `en-GB` matches `en`). */
export function sameLanguage(tag: string, lang: string): boolean {
  const a = tag.toLowerCase()
  const b = lang.toLowerCase()
  return a === b || a.split('-')[0] === b || b.split('-')[0] === a
}
