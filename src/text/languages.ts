// The language pair of a corpus, and language names for messages.

export interface Languages {
  source: string
  target: string
}

const names = new Intl.DisplayNames('en', {type: 'language'})
const nameCache = new Map<string, string>()

/** English name of a language tag (`ar` → `Arabic`), or the tag itself; cached, as messages ask often. */
export function languageName(lang: string): string {
  let name = nameCache.get(lang)
  if (name === undefined) {
    try {
      name = names.of(lang) ?? lang
    } catch {
      name = lang
    }
    nameCache.set(lang, name)
  }
  return name
}

/** The primary language subtag, lower-cased: `ar` of `ar-EG`, `zh` of `zh_Hans`. */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0]
}

/** Whether `tag` names the language `lang` (`en` matches `en`, `EN`, and `en-GB` matches `en`). */
export function sameLanguage(tag: string, lang: string): boolean {
  const a = tag.toLowerCase()
  const b = lang.toLowerCase()
  return a === b || a.split('-')[0] === b || b.split('-')[0] === a
}
