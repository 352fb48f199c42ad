// Which scripts a character, a word and a language belong to (UAX #24
// Script_Extensions, UTS #39 §5.1 resolved script sets).
//
// JavaScript has no API that returns a character's Script_Extensions, so each
// code point is tested against `\p{scx=…}` for every script the regex engine
// knows, once, and the answer is cached. The regex engine carries the
// Unicode version of the running Node, so no table is shipped here.

import {englishNames} from '../display-names.js'
import {languageScripts} from '../language-script.js'
import {codePointAt, codePointMemo, codePointTest} from './code-point-table.js'
import {listedExtensions} from './listed-extensions.js'
import {lastTwoTexts} from '../last-texts.js'

/**
 * ISO 15924 short names of the Unicode scripts (PropertyValueAliases.txt,
 * Unicode 17, `sc` values without Zyyy/Zinh/Zzzz). A name the running regex
 * engine does not know (an older Node) is dropped at start-up.
 */
const scriptCodes = (
  'Adlm Aghb Ahom Arab Armi Armn Avst Bali Bamu Bass Batk Beng Bhks Bopo Brah Brai Bugi Buhd Cakm ' +
  'Cans Cari Cham Cher Chrs Copt Cpmn Cprt Cyrl Deva Diak Dogr Dsrt Dupl Egyp Elba Elym Ethi Gara ' +
  'Geor Glag Gong Gonm Goth Gran Grek Gujr Gukh Guru Hang Hani Hano Hatr Hebr Hira Hluw Hmng Hmnp ' +
  'Hung Ital Java Kali Kana Kawi Khar Khmr Khoj Kits Knda Krai Kthi Lana Laoo Latn Lepc Limb Lina ' +
  'Linb Lisu Lyci Lydi Mahj Maka Mand Mani Marc Medf Mend Merc Mero Mlym Modi Mong Mroo Mtei Mult ' +
  'Mymr Nagm Nand Narb Nbat Newa Nkoo Nshu Ogam Olck Onao Orkh Orya Osge Osma Ougr Palm Pauc Perm ' +
  'Phag Phli Phlp Phnx Plrd Prti Rjng Rohg Runr Samr Sarb Saur Sgnw Shaw Shrd Sidd Sind Sinh Sogd ' +
  'Sogo Sora Soyo Sund Sunu Sylo Syrc Tagb Takr Tale Talu Taml Tang Tavt Telu Tfng Tglg Thaa Thai ' +
  'Tibt Tirh Tnsa Todr Toto Tutg Ugar Vaii Vith Wara Wcho Xpeo Xsux Yezi Yiii Zanb'
).split(' ')

function scriptPattern(code: string, property: 'sc' | 'scx' = 'scx'): RegExp | undefined {
  try {
    return new RegExp(`^\\p{${property}=${code}}$`, 'u')
  } catch {
    return undefined
  }
}

let scriptPatternTable: Array<[string, RegExp]> | undefined

/** `\p{scx=…}` for every script the regex engine knows, made on first use (about 170 patterns: a run without scripts needs none). */
function scriptPatterns(): Array<[string, RegExp]> {
  return (scriptPatternTable ??= scriptCodes.flatMap((code) => {
    const pattern = scriptPattern(code)
    return pattern ? [[code, pattern] as [string, RegExp]] : []
  }))
}

/** `\p{sc=…}` (the Script property, one value per code point) for every script, made on first use. */
let singleScriptPatterns: Array<[string, RegExp]> | undefined

/**
 * Scripts tried first: Common (spaces, punctuation, digits) and the scripts
 * most text is in. A code point has one Script value, so the order changes
 * only how many patterns are compiled and tried before the match (Common was
 * last of 170).
 */
const frequentScripts = ['Zyyy', 'Zinh', 'Latn', 'Arab', 'Cyrl', 'Grek', 'Hebr', 'Hani', 'Deva']

/** The Script property of a code point (not its extensions): `Zyyy`, `Zinh` and `Zzzz` for Common, Inherited and Unknown. */
export const scriptOf: (codePoint: number) => string = codePointMemo((codePoint) => {
  singleScriptPatterns ??= [...frequentScripts, ...scriptCodes.filter((code) => !frequentScripts.includes(code))].flatMap((code) => {
    const pattern = scriptPattern(code, 'sc')
    return pattern ? [[code, pattern] as [string, RegExp]] : []
  })
  const character = String.fromCodePoint(codePoint)
  return singleScriptPatterns.find(([, pattern]) => pattern.test(character))?.[0] ?? 'Zzzz'
})

/** Common and Inherited characters go with every script (UTS #39 §5.1). */
const anyScript = /^[\p{scx=Zyyy}\p{scx=Zinh}]$/u

/** A set of scripts, or `'all'` for Common and Inherited characters. */
export type ScriptSet = ReadonlySet<string> | 'all'

/**
 * UTS #39 §5.1 augmentation: Han text is also Japanese, Korean and
 * Han-with-Bopomofo; kana is Japanese; Hangul is Korean; Bopomofo is Hanb.
 */
const augmentation: Record<string, string[]> = {
  Hani: ['Hanb', 'Jpan', 'Kore'],
  Hira: ['Jpan'],
  Kana: ['Jpan'],
  Hang: ['Kore'],
  Bopo: ['Hanb']
}

/**
 * One object per distinct set, so that a loop over a text can tell by
 * identity that a character has the same scripts as the one before.
 */
const internedSets = new Map<string, ReadonlySet<string>>()

function interned(scripts: ReadonlySet<string>): ReadonlySet<string> {
  const key = [...scripts].join(' ')
  let found = internedSets.get(key)
  if (!found) {
    found = scripts
    internedSets.set(key, found)
  }
  return found
}

/** The Script_Extensions of a code point by testing every script's pattern, or `'all'` for Common/Inherited ones. */
export function scanScriptExtensions(codePoint: number): ScriptSet {
  const character = String.fromCodePoint(codePoint)
  if (anyScript.test(character)) return 'all'
  const scripts = new Set<string>()
  for (const [code, pattern] of scriptPatterns()) if (pattern.test(character)) scripts.add(code)
  // Unassigned code points (Zzzz) match no script: treat them as neutral.
  return scripts.size === 0 ? 'all' : interned(scripts)
}

let listed: Map<number, string[]> | null | undefined

/** Scripts with no script of their own for a word: Common, Inherited, Unknown. */
const neutralScripts = new Set(['Zyyy', 'Zinh', 'Zzzz'])

/**
 * The Script_Extensions of a code point, or `'all'` for Common/Inherited
 * ones: the stored list of code points with extensions (`listed-extensions.ts`)
 * and the Script value for the others, which answers as `scanScriptExtensions`
 * does without compiling every script's pattern.
 */
export const scriptExtensions: (codePoint: number) => ScriptSet = codePointMemo((codePoint) => {
  if (listed === undefined) listed = listedExtensions(() => scriptPatterns().map(([code]) => code), scanScriptExtensions) ?? null
  if (listed === null) return scanScriptExtensions(codePoint)
  if (anyScript.test(String.fromCodePoint(codePoint))) return 'all'
  const scripts = listed.get(codePoint)
  if (scripts) return scripts.length === 0 ? 'all' : interned(new Set(scripts))
  const script = scriptOf(codePoint)
  return neutralScripts.has(script) ? 'all' : interned(new Set([script]))
})

/**
 * The blocks of combining diacritics shared by alphabets (Combining
 * Diacritical Marks and its Extended and Supplement blocks, marks for
 * symbols, half marks). Unicode 16 gave them Script_Extensions lists that
 * omit alphabets using them (Nivkh Cyrillic writes `р̌` with U+030C, whose
 * scx is Cherokee, Latin, Tai Le), so a word check treats them as Inherited.
 */
const sharedDiacritic = codePointTest(/^[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]$/u)

/** The scripts a character counts for inside a word: its Script_Extensions, shared diacritics as Inherited. */
export function wordScripts(codePoint: number): ScriptSet {
  return sharedDiacritic(codePoint) ? 'all' : scriptExtensions(codePoint)
}

/** The augmented script set of a code point (UTS #39 §5.1), shared diacritics as Inherited. */
export const augmentedScripts: (codePoint: number) => ScriptSet = codePointMemo((codePoint) => {
  const base = wordScripts(codePoint)
  if (base === 'all') return base
  const scripts = new Set(base)
  for (const script of base) for (const extra of augmentation[script] ?? []) scripts.add(extra)
  return interned(scripts)
})

function intersect(a: ScriptSet, b: ScriptSet): ScriptSet {
  if (a === 'all') return b
  if (b === 'all') return a
  return new Set([...a].filter((script) => b.has(script)))
}

const isDecimalDigit = codePointTest(/^\p{Nd}$/u)
const asciiWord = /^[A-Za-z0-9]+$/
const asciiLetter = /[A-Za-z]/
const latinOnly: ScriptSet = new Set(['Latn'])

/** Resolved sets of words seen, since words repeat (Zipf): bounded, cleared when full. */
const resolvedCache = new Map<string, ScriptSet>()
const resolvedCacheLimit = 100_000

/**
 * The resolved script set of a word: the intersection of its characters'
 * augmented script sets (UTS #39 §5.1). Decimal digits are left out: digit
 * systems are checked on their own (UTS #39 §5.3), and `COVID19` or `٢٠٢٠م`
 * are not mixed-script words. An empty set means the word mixes scripts.
 */
export function resolvedScriptSet(word: string): ScriptSet {
  if (asciiWord.test(word)) return asciiLetter.test(word) ? latinOnly : 'all'
  let resolved = resolvedCache.get(word)
  if (resolved) return resolved
  resolved = 'all'
  let previous: ScriptSet | undefined
  for (let offset = 0; offset < word.length; offset++) {
    const codePoint = codePointAt(word, offset)
    if (codePoint > 0xffff) offset++
    if (isDecimalDigit(codePoint)) continue
    const set = augmentedScripts(codePoint)
    // Sets are interned: a repeat of the previous character's set changes nothing.
    if (set === previous) continue
    previous = set
    resolved = intersect(resolved, set)
  }
  if (resolvedCache.size >= resolvedCacheLimit) resolvedCache.clear()
  resolvedCache.set(word, resolved)
  return resolved
}

/** Whether a script set contains none of `scripts` (and is not `'all'`). */
export function outsideScripts(set: ScriptSet, scripts: readonly string[]): boolean {
  return set !== 'all' && !scripts.some((script) => set.has(script))
}

/** Scripts to name first when a character belongs to several (`。` is Han before Bopomofo). */
const preferredScripts = ['Latn', 'Arab', 'Cyrl', 'Grek', 'Hebr', 'Hani', 'Deva']

/** The one script to name for a set: a common one first, then the first by code; never Jpan/Kore/Hanb. */
export function mainScript(set: ScriptSet): string | undefined {
  if (set === 'all') return undefined
  for (const code of preferredScripts) if (set.has(code)) return code
  // A set holds only codes the regex engine knows, so the list's order is theirs.
  for (const code of scriptCodes) if (set.has(code)) return code
  return [...set][0]
}

const isLetterOrMark = codePointTest(/^[\p{L}\p{M}]$/u)

/**
 * The scripts every letter and mark of `text` belongs to: the intersection
 * of their augmented sets (digits, Common and Inherited characters left
 * out, as `resolvedScriptSet` leaves them out of a word). Every word of the
 * text resolves to a superset of it, so when it is not empty no word mixes
 * scripts, and when it holds one of a version's scripts no word is foreign.
 * The mixed-word and the foreign-run checks ask in turn about the same text.
 */
export const sharedScripts: (text: string) => ScriptSet = lastTwoTexts(computeSharedScripts)

/** A letter's or mark's augmented set, undefined for other characters. */
const letterOrMarkScripts: (codePoint: number) => ScriptSet | undefined = codePointMemo((codePoint) =>
  isLetterOrMark(codePoint) ? augmentedScripts(codePoint) : undefined
)

/**
 * For `computeSharedScripts`, per BMP code unit: 0 not asked yet, 1 nothing
 * to share (no letter or mark, or a set of every script), else 2 + the index
 * of its set in `sharedSets`. One typed-array read per character of every
 * version: the text walk was a tenth of a mixed-script check.
 */
const sharedSetIds = new Uint16Array(0x10000)
const sharedSets: Array<ReadonlySet<string>> = []
const sharedSetIndex = new Map<ReadonlySet<string>, number>()

function sharedSetId(unit: number): number {
  const set = letterOrMarkScripts(unit)
  let id = 1
  if (set !== undefined && set !== 'all') {
    let index = sharedSetIndex.get(set)
    if (index === undefined) {
      index = sharedSets.push(set) - 1
      sharedSetIndex.set(set, index)
    }
    id = index + 2
  }
  sharedSetIds[unit] = id
  return id
}

function computeSharedScripts(text: string): ScriptSet {
  let shared: ScriptSet = 'all'
  // The last two distinct sets met, both already in `shared`: vowel marks alternate with letters
  // (`{Arab, Syrc}` and `{Arab}` in vocalised Arabic), and a set met again changes nothing.
  let previous: ScriptSet | undefined
  let before: ScriptSet | undefined
  for (let offset = 0; offset < text.length; offset++) {
    const unit = text.charCodeAt(offset)
    let set: ScriptSet | undefined
    if (unit >= 0xd800 && unit <= 0xdbff) {
      // A surrogate pair is one code point; a lone surrogate is no letter.
      const codePoint = codePointAt(text, offset)
      if (codePoint > 0xffff) offset++
      set = letterOrMarkScripts(codePoint)
      if (set === undefined || set === 'all') continue
    } else {
      let id = sharedSetIds[unit]
      if (id === 0) id = sharedSetId(unit)
      if (id === 1) continue
      set = sharedSets[id - 2]
    }
    if (set === previous) continue
    const seen = set === before
    before = previous
    previous = set
    if (seen) continue
    if (shared === 'all') shared = set
    else if (shared.size === 0) return shared
    else if (!isSubset(shared, set)) shared = intersect(shared, set)
  }
  return shared
}

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const script of a) if (!b.has(script)) return false
  return true
}

/**
 * The script most letters of a word belong to: `expected` scripts win ties,
 * then the earlier script. Undefined for a word of Common letters only.
 */
export function dominantScript(word: string, expected: readonly string[] = []): string | undefined {
  const counts = new Map<string, number>()
  for (const character of word) {
    const codePoint = character.codePointAt(0)!
    if (!isLetterOrMark(codePoint)) continue
    const set = wordScripts(codePoint)
    if (set === 'all') continue
    for (const script of set) counts.set(script, (counts.get(script) ?? 0) + 1)
  }
  let best: string | undefined
  let bestScore = -1
  for (const [script, count] of counts) {
    const score = count * 2 + (expected.includes(script) ? 1 : 0)
    if (score > bestScore) {
      best = script
      bestScore = score
    }
  }
  return best
}

/** Writing systems that combine scripts (ISO 15924), by a script they contain (UTS #39 §5.1). */
const compositeOf: Record<string, string> = {Hira: 'Jpan', Kana: 'Jpan', Hang: 'Kore', Bopo: 'Hanb'}

/**
 * The scripts a language is written in: CLDR likely subtags through
 * `Intl.Locale#maximize` (Jpan/Kore/Hans expanded), or the `override` a
 * project configures (`sr`: Cyrillic and Latin). The composite writing
 * system is added where kana, Hangul or Bopomofo are in, so that a Japanese
 * word mixing Han and kana (resolved set {Jpan}) counts as Japanese.
 */
export function expectedScripts(lang: string, override?: readonly string[]): readonly string[] {
  // Kept per language and per override list: rules ask per side. Callers do not change the list.
  if (override?.length) {
    let found = expectedOfOverride.get(override)
    if (!found) expectedOfOverride.set(override, (found = computeExpectedScripts([...override])))
    return found
  }
  let found = expectedOfLanguage.get(lang)
  if (!found) expectedOfLanguage.set(lang, (found = computeExpectedScripts(languageScripts(lang))))
  return found
}

const expectedOfLanguage = new Map<string, string[]>()
const expectedOfOverride = new WeakMap<readonly string[], string[]>()

function computeExpectedScripts(scripts: string[]): string[] {
  const composites = scripts.flatMap((script) => (compositeOf[script] ? [compositeOf[script]] : []))
  return [...new Set([...scripts, ...composites])]
}

/** Whether a script code names a composite writing system (Jpan, Kore, Hanb) rather than a Unicode script. */
export function isCompositeScript(code: string): boolean {
  return Object.values(compositeOf).includes(code)
}

/** English name of a script code (`Cyrl` → `Cyrillic`); cached, as messages ask per finding. */
export const scriptName = englishNames('script')

const directions = new Map<string, boolean>()

/** The text direction of a language, from CLDR (`Intl.Locale` text info); cached, as rules ask per unit. */
export function isRightToLeft(lang: string): boolean {
  let rtl = directions.get(lang)
  if (rtl === undefined) {
    try {
      const locale = new Intl.Locale(lang).maximize() as Intl.Locale & {
        textInfo?: {direction?: string}
        getTextInfo?: () => {direction?: string}
      }
      const info = locale.getTextInfo?.() ?? locale.textInfo
      rtl = info?.direction === 'rtl'
    } catch {
      rtl = false
    }
    directions.set(lang, rtl)
  }
  return rtl
}
