// Which script a language is written in, and which script dominates a text.

import {codePointAt, codePointTest} from './scripts/code-point-table.js'

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

const scriptTests = new Map<string, (codePoint: number) => boolean>()

/** Membership in a script, memoised per code point; an unknown script name throws, as the regex does. */
function inScript(script: string): (codePoint: number) => boolean {
  let test = scriptTests.get(script)
  if (!test) {
    test = codePointTest(new RegExp(`^\\p{sc=${script}}$`, 'u'))
    scriptTests.set(script, test)
  }
  return test
}

/** How many characters of `text` belong to any of `scripts` (Unicode Script property; one per script listed). */
export function countScriptLetters(text: string, scripts: readonly string[]): number {
  const tests = scripts.map(inScript)
  let count = 0
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    if (codePoint > 0xffff) offset++
    for (const test of tests) if (test(codePoint)) count++
  }
  return count
}

const isLetter = codePointTest(/^\p{L}$/u)

/** Whether the regex engine knows a script by this name (`\p{sc=…}`). */
export function isKnownScript(script: string): boolean {
  try {
    inScript(script)
    return true
  } catch {
    return false
  }
}

/**
 * In one pass: how many letters (`\p{L}`) `text` has, and how many of its
 * characters belong to any of `scripts` (as `countScriptLetters` counts
 * them); `inScripts` is undefined when the regex engine knows a script by
 * no such name (CLDR's `Latg`), where `countScriptLetters` throws.
 */
export function countLetters(text: string, scripts: readonly string[] = []): {letters: number; inScripts?: number} {
  const known = scripts.every(isKnownScript)
  const tests = known ? scripts.map(inScript) : []
  let letters = 0
  let inScripts = 0
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    if (codePoint > 0xffff) offset++
    if (isLetter(codePoint)) letters++
    for (const test of tests) if (test(codePoint)) inScripts++
  }
  return {letters, inScripts: known ? inScripts : undefined}
}

/** Whether two languages share a script, so only a separator can tell their versions apart. */
export function shareScript(a: string, b: string): boolean {
  const scriptsOfB = new Set(languageScripts(b))
  return languageScripts(a).some((script) => scriptsOfB.has(script))
}
