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
export function inScript(script: string): (codePoint: number) => boolean {
  let test = scriptTests.get(script)
  if (!test) {
    test = codePointTest(new RegExp(`^\\p{sc=${script}}$`, 'u'))
    scriptTests.set(script, test)
  }
  return test
}

/** How many characters of `text` belong to any of `scripts` (Unicode Script property; one per script listed). */
export function countScriptLetters(text: string, scripts: readonly string[]): number {
  const tests = testsOf(scripts)
  let count = 0
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    if (codePoint > 0xffff) offset++
    for (let index = 0; index < tests.length; index++) if (tests[index](codePoint)) count++
  }
  return count
}

const testsOfScripts = new WeakMap<readonly string[], Array<(codePoint: number) => boolean>>()

/**
 * `inScript` of each script, once per list: rules pass the lists
 * `languageScripts` keeps, and ask per unit. Throws for an unknown name, as
 * `inScript` does (and then caches nothing).
 */
function testsOf(scripts: readonly string[]): Array<(codePoint: number) => boolean> {
  let tests = testsOfScripts.get(scripts)
  if (!tests) {
    tests = scripts.map(inScript)
    testsOfScripts.set(scripts, tests)
  }
  return tests
}

const isLetter = codePointTest(/^\p{L}$/u)

/** Whether `text` has a character of one of `scripts` (as `countScriptLetters(text, scripts) > 0`, stopping at the first). */
export function hasScriptCharacter(text: string, scripts: readonly string[]): boolean {
  const tests = testsOf(scripts)
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    if (codePoint > 0xffff) offset++
    for (let index = 0; index < tests.length; index++) if (tests[index](codePoint)) return true
  }
  return false
}

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
  const tests = known ? testsOf(scripts) : []
  let letters = 0
  let inScripts = 0
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    if (codePoint > 0xffff) offset++
    if (isLetter(codePoint)) letters++
    for (let index = 0; index < tests.length; index++) if (tests[index](codePoint)) inScripts++
  }
  return {letters, inScripts: known ? inScripts : undefined}
}

/** Whether two languages share a script, so only a separator can tell their versions apart. */
export function shareScript(a: string, b: string): boolean {
  const scriptsOfB = new Set(languageScripts(b))
  return languageScripts(a).some((script) => scriptsOfB.has(script))
}
