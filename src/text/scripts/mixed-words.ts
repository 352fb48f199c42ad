// Words whose letters come from more than one script (UTS #39 §5.1), with
// the homoglyphs among them (UTS #39 §4) and the restriction level they
// reach (UTS #39 §5.2).

import type {Lexicon, Span} from '../../engine/types.js'
import {bits, DIGIT, LETTER, MARK} from '../lexical/classes.js'
import {eachStretch, scanText} from '../lexical/scan.js'
import {knownLookalikes} from './confusables.js'
import {
  augmentedScripts,
  dominantScript,
  mainScript,
  resolvedScriptSet,
  sharedScripts,
  wordScripts
} from './script-sets.js'

/** Letters, marks and digits: what a reader sees as one word for script purposes. */
const wordClasses = bits(LETTER, MARK, DIGIT)
const letterOrMark = /^[\p{L}\p{M}]$/u
const decimalDigit = /^\p{Nd}$/u

export interface ScriptWord {
  span: Span
  text: string
}

/** The words of a text, split at anything that is not a letter, mark or digit; from the side's lexicon when given. */
export function scriptWords(text: string, lexicon: Lexicon = scanText(text)): ScriptWord[] {
  const words: ScriptWord[] = []
  eachStretch(lexicon, wordClasses, (start, end) => words.push({span: [start, end], text: text.slice(start, end)}))
  return words
}

/**
 * UTS #39 §5.2 levels a mixed word can still reach: `highly` (Latin with
 * Han/kana, Han/Bopomofo or Han/Hangul, as Chinese and Japanese text embeds
 * Latin), `moderately` (Latin with one other script except Cyrillic and
 * Greek: `بالـGPS`), `minimally` (anything else: Latin with Cyrillic).
 */
export type RestrictionLevel = 'highly' | 'moderately' | 'minimally'

export interface ForeignCharacter {
  /** Offset in the text. */
  offset: number
  character: string
  /** The script the character belongs to. */
  script: string
  /** The letter of the word's script it looks like, when confusables.txt names exactly one. */
  intended?: string
  /** Whether confusables.txt names any letter of the word's script that looks like it. */
  confusable: boolean
}

export interface MixedWord extends ScriptWord {
  /** The script most of the word's letters belong to. */
  dominant: string
  /** The letters that are not of the dominant script, in order. */
  foreign: ForeignCharacter[]
  level: RestrictionLevel
  /** Whether some foreign letter looks like a letter of the dominant script. */
  homoglyph: boolean
  /** The word with every foreign letter replaced by its lookalike, when that makes it single-script. */
  fixed?: string
}

function restrictionLevel(word: string): RestrictionLevel {
  // The resolved set of the word's non-Latin characters (UTS #39 §5.2).
  let withoutLatin: ReadonlySet<string> | undefined
  for (const character of word) {
    if (decimalDigit.test(character)) continue
    const set = augmentedScripts(character.codePointAt(0)!)
    if (set === 'all' || set.has('Latn')) continue
    const previous: ReadonlySet<string> = withoutLatin ?? set
    withoutLatin = new Set([...set].filter((script) => previous.has(script)))
  }
  if (!withoutLatin || ['Jpan', 'Hanb', 'Kore'].some((script) => withoutLatin.has(script))) return 'highly'
  if (withoutLatin.size > 0 && !withoutLatin.has('Cyrl') && !withoutLatin.has('Grek')) return 'moderately'
  return 'minimally'
}

function foreignCharacters(word: ScriptWord, dominant: string): ForeignCharacter[] {
  const foreign: ForeignCharacter[] = []
  let offset = word.span[0]
  for (const character of word.text) {
    const set = wordScripts(character.codePointAt(0)!)
    if (letterOrMark.test(character) && set !== 'all' && !set.has(dominant)) {
      const lookalikes = knownLookalikes(character, dominant)
      foreign.push({
        offset,
        character,
        script: mainScript(set) ?? 'Zzzz',
        intended: lookalikes.length === 1 ? lookalikes[0] : undefined,
        confusable: lookalikes.length > 0
      })
    }
    offset += character.length
  }
  return foreign
}

function repaired(word: ScriptWord, foreign: readonly ForeignCharacter[], dominant: string): string | undefined {
  if (!foreign.every((entry) => entry.intended)) return undefined
  let text = word.text
  for (const entry of [...foreign].reverse()) {
    const at = entry.offset - word.span[0]
    text = text.slice(0, at) + entry.intended + text.slice(at + entry.character.length)
  }
  const resolved = resolvedScriptSet(text)
  return resolved === 'all' || resolved.has(dominant) ? text : undefined
}

type Analysis = Omit<MixedWord, keyof ScriptWord>

/** Analyses by expected scripts and word, offsets from the word's start: a text repeats its mixed words. */
const analyses = new Map<string, Analysis | null>()

function analysisOf(text: string, expected: readonly string[]): Analysis | undefined {
  const key = expected.join(' ') + '\u0000' + text
  let analysis = analyses.get(key)
  if (analysis === undefined) {
    analysis = analyse({span: [0, text.length], text}, expected) ?? null
    // Bounded: a long text of distinct mixed words must not grow it without end.
    if (analyses.size >= 20_000) analyses.clear()
    analyses.set(key, analysis)
  }
  return analysis ?? undefined
}

function analyse(word: ScriptWord, expected: readonly string[]): Analysis | undefined {
  const dominant = dominantScript(word.text, expected)
  if (!dominant) return undefined
  const foreign = foreignCharacters(word, dominant)
  return {
    dominant,
    foreign,
    level: restrictionLevel(word.text),
    homoglyph: foreign.some((entry) => entry.confusable),
    fixed: repaired(word, foreign, dominant)
  }
}

/** Analyse one word; undefined when it is single-script. */
export function analyseMixedWord(word: ScriptWord, expected: readonly string[] = []): MixedWord | undefined {
  const resolved = resolvedScriptSet(word.text)
  if (resolved === 'all' || resolved.size > 0) return undefined
  const analysis = analysisOf(word.text, expected)
  if (!analysis) return undefined
  const start = word.span[0]
  // Built field by field: object spread is slow in V8, and a text may hold thousands of these words.
  const foreign = analysis.foreign.map(({offset, character, script, intended, confusable}) => ({offset: offset + start, character, script, intended, confusable}))
  const {dominant, level, homoglyph, fixed} = analysis
  return {span: word.span, text: word.text, dominant, foreign, level, homoglyph, fixed}
}

/** The mixed-script words of a text, with `expected` (the side's scripts) winning ties. */
export function mixedScriptWords(text: string, expected: readonly string[] = [], lexicon?: Lexicon): MixedWord[] {
  const mixed: MixedWord[] = []
  // Most texts have a script all their letters share: then no word mixes scripts.
  const shared = sharedScripts(text)
  if (shared === 'all' || shared.size > 0) return mixed
  eachStretch(lexicon ?? scanText(text), wordClasses, (start, end) => {
    const word = text.slice(start, end)
    // The resolved set is cached per word: analyse the word only when it mixes scripts.
    const resolved = resolvedScriptSet(word)
    if (resolved === 'all' || resolved.size > 0) return
    const analysis = analyseMixedWord({span: [start, end], text: word}, expected)
    if (analysis) mixed.push(analysis)
  })
  return mixed
}

const wordCharacter = /[\p{L}\p{M}\p{Nd}\p{Cf}]/u
/** Whether each code unit is a word character, asked once per process (0: not asked yet, 1: yes, 2: no). */
const wordUnits = new Uint8Array(0x10000)

function isWordUnit(unit: number): boolean {
  let known = wordUnits[unit]
  if (known === 0) wordUnits[unit] = known = wordCharacter.test(String.fromCharCode(unit)) ? 1 : 2
  return known === 1
}

/**
 * The word around `offset`, invisible format characters and the character at
 * `offset` included: where a message shows a character (a Persian `ی`, a
 * zero-width space, a control character) in context. With `reach`, it
 * looks at most that many code units before `offset` and after its character.
 */
export function wordAround(text: string, offset: number, reach = Infinity): ScriptWord {
  let start = offset
  // The character at `offset` belongs to the word, whatever it is (a control character).
  let end = offset < text.length && !/\s/u.test(text[offset]) ? offset + 1 : offset
  const first = Math.max(0, offset - reach)
  const last = Math.min(text.length, offset + 1 + reach)
  while (start > first && isWordUnit(text.charCodeAt(start - 1))) start--
  while (end < last && isWordUnit(text.charCodeAt(end))) end++
  return {span: [start, end], text: text.slice(start, end)}
}

/**
 * The word around `offset` as a message quotes it: at most `reach` code units
 * on either side of the character, with `…` where the word goes on. A run of
 * a thousand joiners is one word, and a message per joiner must not quote it whole.
 */
export function wordExcerpt(text: string, offset: number, reach = 32): string {
  const {span, text: word} = wordAround(text, offset, reach + 1)
  const cutStart = span[0] < offset - reach
  const cutEnd = span[1] > offset + 1 + reach
  if (!cutStart && !cutEnd) return word
  const from = cutStart ? offset - reach : span[0]
  const to = cutEnd ? offset + 1 + reach : span[1]
  return (cutStart ? '…' : '') + text.slice(from, to) + (cutEnd ? '…' : '')
}

/** A Greek letter that looks like no Latin one, used as a symbol in a Latin word: `μm`, `αhelix`. */
export function isGreekSymbol(word: MixedWord): boolean {
  return word.dominant === 'Latn' && word.foreign.length === 1 && word.foreign[0].script === 'Grek' && !word.foreign[0].confusable
}
