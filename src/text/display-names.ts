// English names of codes for messages (`ar` → `Arabic`, `Cyrl` → `Cyrillic`).

/**
 * A cached lookup of English display names of one type. The `Intl.DisplayNames`
 * is made on first use: loading it costs milliseconds that a run without
 * messages does not need. An unknown or invalid code names itself.
 */
export function englishNames(type: 'language' | 'script'): (code: string) => string {
  let names: Intl.DisplayNames | undefined
  const cache = new Map<string, string>()
  return (code) => {
    let name = cache.get(code)
    if (name === undefined) {
      try {
        names ??= new Intl.DisplayNames('en', {type})
        name = names.of(code) ?? code
      } catch {
        name = code
      }
      cache.set(code, name)
    }
    return name
  }
}
