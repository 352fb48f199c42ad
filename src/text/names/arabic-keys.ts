// Comparison keys for Arabic-script names: an orthographic key that folds
// the spellings writers use interchangeably, and a rasm key (the letters
// without their dots) that exposes one-letter dot slips.
//
// Folds follow Lucene's ArabicNormalizer/PersianNormalizer and CAMeL Tools'
// `normalize_alef_ar`, `normalize_teh_marbuta_ar`, `normalize_alef_maksura_ar`
// (domain-text.md §1.1). The rasm groups follow `kabikaj/rasm_arch`
// (`DATA`, MIT), with word-final ن ي ق kept apart because their final
// shapes (ں ى ٯ) differ from the medial ones (§1.2).

import {detached} from '../detached.js'

/** Harakat, Quranic annotation marks, superscript alef, hamza marks (U+0654/0655). */
const marks = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/gu
/** Tatweel, bidi controls and joiners: layout only. */
const layout = /[\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu
const bareHamza = /\u0621/gu
/** Marks, layout characters and bare hamza in one pass (the three sets do not interact). */
const dropped = new RegExp(`${marks.source}|${layout.source}|${bareHamza.source}`, 'gu')

/** Letters writers alternate without changing the name (§1.1). */
const orthographicFolds: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ھ': 'ه', 'ۃ': 'ه',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ے': 'ي',
  'ؤ': 'و', 'ئ': 'ي',
  'ک': 'ك', 'ڪ': 'ك'
}
const foldable = new RegExp(`[${Object.keys(orthographicFolds).join('')}]`, 'gu')

/**
 * The orthographic key of a word: presentation forms composed (NFKC),
 * marks, tatweel and bare hamza removed, alef/hamza forms, ة/ه, ى/ي and the
 * Persian letter forms folded. Equal keys mean the same name, written with
 * or without hamza, with ة or ه, Egyptian ى, Persian ی/ک.
 */
export function orthographicKey(word: string): string {
  let key = orthographicKeys.get(word)
  if (key !== undefined) return key
  key = foldedText(word)
  // Names and words repeat across a corpus; the cache is bounded so memory stays flat on millions of units.
  if (orthographicKeys.size >= maxCachedKeys) orthographicKeys.clear()
  orthographicKeys.set(detached(word), detached(key))
  return key
}

/**
 * The orthographic key of a whole text, not cached: the keys of its words
 * are substrings of it (NFKC composes nothing across a space), so a text
 * whose key lacks a word's key cannot hold that word in any spelling.
 */
export function foldedText(text: string): string {
  return foldedByTable(text) ?? text.normalize('NFKC').replace(dropped, '').replace(foldable, (letter) => orthographicFolds[letter])
}

/**
 * What each UTF-16 code unit becomes in `foldedText` when NFKC leaves the
 * text as it is (a code unit, or `droppedUnit` for none), and which code units NFKC may
 * change: built from the patterns above and `normalize` at first use. Basic
 * Arabic and ASCII are stable but for ٵ ٶ ٷ ٸ (compatibility forms) and
 * ہ ے, which compose with a hamza above into letters the folds keep apart;
 * the other compositions (أ آ إ ؤ ئ ۀ) fold back to their base letter.
 */
let foldTable: Uint16Array | undefined
const unstable = 0xffff
const droppedUnit = 0xfffe
/** Only code units below this are in the table; the rest go through NFKC. */
const tableEnd = 0x0700

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(tableEnd).fill(unstable)
  for (let code = 0; code < tableEnd; code++) {
    if (code >= 0x80 && code < 0x0600) continue
    const letter = String.fromCharCode(code)
    if (letter.normalize('NFKC') !== letter || code === 0x06c1 || code === 0x06d2) continue
    const folded = letter.replace(dropped, '').replace(foldable, (found) => orthographicFolds[found])
    table[code] = folded === '' ? droppedUnit : folded.charCodeAt(0)
  }
  return table
}

/** Code units gathered by `foldedByTable`, reused across calls. */
let foldedUnits = new Uint16Array(1024)
const chunk = 4096

/** `foldedText` of a text of ASCII and basic Arabic only, without NFKC or regexes; undefined for other texts. */
function foldedByTable(text: string): string | undefined {
  const table = (foldTable ??= buildFoldTable())
  if (foldedUnits.length < text.length) foldedUnits = new Uint16Array(text.length * 2)
  let length = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const folded = code < tableEnd ? table[code] : unstable
    if (folded === unstable) return undefined
    if (folded !== droppedUnit) foldedUnits[length++] = folded
  }
  let result = ''
  // `apply` takes the typed array as it is; spreading it would walk an iterator.
  for (let start = 0; start < length; start += chunk) result += String.fromCharCode.apply(null, foldedUnits.subarray(start, Math.min(length, start + chunk)) as unknown as number[])
  return result
}

const orthographicKeys = new Map<string, string>()
const maxCachedKeys = 50_000

/** Base shapes of the dotted letters (rasm_arch groups). */
const rasmShapes: Readonly<Record<string, string>> = {
  'ب': 'ٮ', 'ت': 'ٮ', 'ث': 'ٮ', 'ن': 'ٮ', 'ي': 'ٮ', 'پ': 'ٮ', 'ٹ': 'ٮ',
  'ج': 'ح', 'خ': 'ح', 'چ': 'ح',
  'ذ': 'د', 'ڈ': 'د',
  'ز': 'ر', 'ژ': 'ر', 'ڑ': 'ر',
  'ش': 'س',
  'ض': 'ص',
  'ظ': 'ط',
  'غ': 'ع',
  'ف': 'ڡ', 'ق': 'ڡ', 'ڤ': 'ڡ', 'ڨ': 'ڡ',
  'ك': 'ک', 'گ': 'ک'
}

/** Word-final ن ي ق keep their own shapes (ں ى ٯ), unlike ب ت ث or ف. */
const finalShapes: Readonly<Record<string, string>> = {'ن': 'ں', 'ي': 'ى', 'ق': 'ٯ'}

/**
 * The rasm key: the orthographic key with every letter replaced by its
 * undotted base shape. `ايوب`, `أيوب` and `ابوب` share it; `حسن` and `حسين`
 * do not.
 */
export function rasmKey(word: string): string {
  return rasmOfKey(orthographicKey(word))
}

/** `rasmKey` of a word whose orthographic key is known. */
export function rasmOfKey(key: string): string {
  let rasm = rasmKeys.get(key)
  if (rasm !== undefined) return rasm
  const letters = [...key]
  rasm = letters
    .map((letter, index) => (index === letters.length - 1 ? finalShapes[letter] : undefined) ?? rasmShapes[letter] ?? letter)
    .join('')
  if (rasmKeys.size >= maxCachedKeys) rasmKeys.clear()
  rasmKeys.set(detached(key), detached(rasm))
  return rasm
}

/** Rasm by orthographic key, bounded like the keys. */
const rasmKeys = new Map<string, string>()

/** How two spellings of an Arabic-script word relate. */
export type ArabicSpellingRelation =
  /** Identical text. */
  | 'same'
  /** Same orthographic key: hamza, ة/ه, ى/ي, harakat, tatweel. */
  | 'variant'
  /** Same rasm, one letter's dots differ: a likely typo. */
  | 'dots'
  /** Anything else, including two different names. */
  | 'different'

/** Classify two spellings by the kind of edit between them (§1.2). */
export function relateArabicSpellings(a: string, b: string): ArabicSpellingRelation {
  if (a === b) return 'same'
  const keyA = orthographicKey(a)
  const keyB = orthographicKey(b)
  if (keyA === keyB) return 'variant'
  if (rasmKey(a) !== rasmKey(b)) return 'different'
  // Same rasm implies the same number of letters; count the dotted slips.
  const lettersA = [...keyA]
  const lettersB = [...keyB]
  let differences = 0
  for (let index = 0; index < lettersA.length; index++) if (lettersA[index] !== lettersB[index]) differences++
  if (differences === 1) return 'dots'
  // Two neighbouring letters swapped (نبيل/بنيل) keep the rasm too.
  const swapped = lettersA.findIndex((letter, index) => letter !== lettersB[index])
  return differences === 2 && lettersA[swapped] === lettersB[swapped + 1] && lettersA[swapped + 1] === lettersB[swapped]
    ? 'dots'
    : 'different'
}

/**
 * How much a spelling writes out: hamza seats, madda and ة count. In a tie
 * between variants the fuller spelling is the expected one, since folding
 * it loses nothing while the bare one may be either.
 */
export function spellingInformation(word: string): number {
  let weight = 0
  for (const letter of word) if (letter in orthographicFolds) weight++
  return weight
}

// Each with the marks a vocalised text puts on it (وَ, بِ, ٱلۡ).
const definiteArticle = /^[اٱ]\p{M}*ل\p{M}*/u
const conjunction = /^[وف]\p{M}*/u
const preposition = /^[بلك]\p{M}*/u
const lamLam = /^ل\p{M}*ل\p{M}*/u

/**
 * The stems a token may hold a name in, longest first, with their offset in
 * the token: Arabic writes the conjunctions و ف, the prepositions ب ل ك and
 * the article ال joined to the next word (`وإيران`, `لبوتين`).
 */
export function arabicStems(token: string): Array<{stem: string; offset: number}> {
  const stems = [{stem: token, offset: 0}]
  let rest = token
  let offset = 0
  const peel = (pattern: RegExp): void => {
    const match = pattern.exec(rest)
    if (!match || rest.length - match[0].length < 2) return
    offset += match[0].length
    rest = rest.slice(match[0].length)
    stems.push({stem: rest, offset})
  }
  peel(conjunction)
  const lamAlLam = lamLam.exec(rest)
  if (lamAlLam) {
    // ل + ال is written لل: للقوات
    if (rest.length - lamAlLam[0].length >= 2) stems.push({stem: rest.slice(lamAlLam[0].length), offset: offset + lamAlLam[0].length})
    return stems
  }
  peel(preposition)
  peel(definiteArticle)
  return stems
}
