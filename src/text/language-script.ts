// Which script a language is written in, and which script dominates a text.

/**
 * ISO 15924 codes that name a writing system rather than one Unicode
 * script: Han variants and the Japanese and Korean mixtures.
 */
const compositeScripts: Record<string, string[]> = {
  Hans: ['Hani'],
  Hant: ['Hani'],
  Jpan: ['Hani', 'Hira', 'Kana'],
  Kore: ['Hang', 'Hani'],
  Hanb: ['Hani', 'Bopo']
}

const scriptCache = new Map<string, string[]>()

/**
 * The Unicode scripts (short names usable in `\p{sc=…}`) a language is
 * written in, from CLDR's likely subtags (`Intl.Locale#maximize`).
 */
export function languageScripts(lang: string): string[] {
  let scripts = scriptCache.get(lang)
  if (!scripts) {
    let script = 'Latn'
    try {
      script = new Intl.Locale(lang).maximize().script ?? 'Latn'
    } catch {
      // An invalid tag is reported by config validation; fall back to Latin here.
    }
    scripts = compositeScripts[script] ?? [script]
    scriptCache.set(lang, scripts)
  }
  return scripts
}

const letterPatterns = new Map<string, RegExp>()

function lettersOf(script: string): RegExp {
  let pattern = letterPatterns.get(script)
  if (!pattern) {
    pattern = new RegExp(`\\p{sc=${script}}`, 'gu')
    letterPatterns.set(script, pattern)
  }
  return pattern
}

/** How many characters of `text` belong to any of `scripts` (Unicode Script property). */
export function countScriptLetters(text: string, scripts: readonly string[]): number {
  let count = 0
  for (const script of scripts) count += text.match(lettersOf(script))?.length ?? 0
  return count
}

/** Whether two languages share a script, so only a separator can tell their versions apart. */
export function shareScript(a: string, b: string): boolean {
  const scriptsOfB = new Set(languageScripts(b))
  return languageScripts(a).some((script) => scriptsOfB.has(script))
}
