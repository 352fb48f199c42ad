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
  if (scripts.length <= maxTabledScripts) {
    // One table read per character (the one `countLetters` fills), not a call per script.
    const classes = letterClassesOf(scripts)
    for (let offset = 0; offset < text.length; offset++) {
      const codePoint = codePointAt(text, offset)
      if (codePoint > 0xffff) offset++
      if (letterClassAt(classes, codePoint) >= 2) return true
    }
    return false
  }
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
 * Per code point, what `countLetters` adds: 1 for a letter, plus 2 for each
 * of the scripts it belongs to; one table read per character where a test
 * per script was a call each (`countLetters` was a tenth of a Quran run).
 * 0 in the BMP table: not computed yet (stored values are one more).
 */
interface LetterClasses {
  bmp: Uint8Array
  astral: Map<number, number>
  compute: (codePoint: number) => number
}

/** Scripts a byte of the table can count (1 + 1 + 2 × 126 < 256). */
const maxTabledScripts = 126
const lettersOnly: LetterClasses = letterClasses([])
const letterClassesOfScripts = new WeakMap<readonly string[], LetterClasses>()

function letterClasses(tests: ReadonlyArray<(codePoint: number) => boolean>): LetterClasses {
  const compute = (codePoint: number) => {
    let found = isLetter(codePoint) ? 1 : 0
    for (const test of tests) if (test(codePoint)) found += 2
    return found
  }
  return {bmp: new Uint8Array(0x10000), astral: new Map(), compute}
}

/** The tables by the scripts they count, for callers that pass a new list each time. */
const letterClassesByKey = new Map<string, LetterClasses>()

function letterClassesOf(scripts: readonly string[]): LetterClasses {
  let classes = letterClassesOfScripts.get(scripts)
  if (!classes) {
    const key = scripts.join(' ')
    classes = letterClassesByKey.get(key)
    if (!classes) letterClassesByKey.set(key, (classes = letterClasses(testsOf(scripts))))
    letterClassesOfScripts.set(scripts, classes)
  }
  return classes
}

function letterClassAt(classes: LetterClasses, codePoint: number): number {
  if (codePoint < 0x10000) {
    let known = classes.bmp[codePoint]
    if (known === 0) classes.bmp[codePoint] = known = classes.compute(codePoint) + 1
    return known - 1
  }
  let found = classes.astral.get(codePoint)
  if (found === undefined) classes.astral.set(codePoint, (found = classes.compute(codePoint)))
  return found
}

/**
 * In one pass: how many letters (`\p{L}`) `text` has, and how many of its
 * characters belong to any of `scripts` (as `countScriptLetters` counts
 * them); `inScripts` is undefined when the regex engine knows a script by
 * no such name (CLDR's `Latg`), where `countScriptLetters` throws.
 */
export function countLetters(text: string, scripts: readonly string[] = []): {letters: number; inScripts?: number} {
  const known = scripts.every(isKnownScript)
  if (known && scripts.length > maxTabledScripts) return countLettersByTests(text, scripts)
  const classes = known ? letterClassesOf(scripts) : lettersOnly
  let letters = 0
  let inScripts = 0
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    if (codePoint > 0xffff) offset++
    const found = letterClassAt(classes, codePoint)
    letters += found & 1
    inScripts += found >> 1
  }
  return {letters, inScripts: known ? inScripts : undefined}
}

function countLettersByTests(text: string, scripts: readonly string[]): {letters: number; inScripts: number} {
  const tests = testsOf(scripts)
  let letters = 0
  let inScripts = 0
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    if (codePoint > 0xffff) offset++
    if (isLetter(codePoint)) letters++
    for (let index = 0; index < tests.length; index++) if (tests[index](codePoint)) inScripts++
  }
  return {letters, inScripts}
}

/** Whether two languages share a script, so only a separator can tell their versions apart. */
export function shareScript(a: string, b: string): boolean {
  // Asked per unit, of one or two language pairs: remembered.
  const key = a + '\u0000' + b
  let shared = sharedScriptPairs.get(key)
  if (shared === undefined) {
    const scriptsOfB = new Set(languageScripts(b))
    shared = languageScripts(a).some((script) => scriptsOfB.has(script))
    sharedScriptPairs.set(key, shared)
  }
  return shared
}

const sharedScriptPairs = new Map<string, boolean>()
