// Source words kept in a translation: which are forgotten (`قطاع health` for
// "the health sector") and which a translator kept on purpose: cited, part
// of code, a term used again or within a phrase of the source's language,
// or any term of a program's string (`docutils`, `view`).

import type {Unit} from '../engine/types.js'
import {countScriptLetters} from './language-script.js'
import {bits, DIGIT, LETTER, NUMERIC} from './lexical/classes.js'
import {countStretches} from './lexical/scan.js'
import {codePointTest} from './scripts/code-point-table.js'

/** A lower-case word of a cased script: a common word, not a name (`Caesar`) or an acronym (`GPS`). */
export const lowerCaseWord = /(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]{2,}(?![\p{L}\p{M}])/gu
export const isLowerCase = codePointTest(/^\p{Ll}$/u)

/** Letters of `text` in lower-case words of `scripts`. */
export function lowerCaseLetters(text: string, scripts: readonly string[]): number {
  let letters = 0
  for (const match of text.matchAll(lowerCaseWord)) if (countScriptLetters(match[0], scripts) === match[0].length) letters += match[0].length
  return letters
}

/** Marks a word is cited between: a word in them (`'slug'`, `(hashing)`, `«https»`) is quoted, not left behind. */
const OPENING = new Set([...'"\'“‘«‹(［[「『'])
const CLOSING = new Set([...'"\'”’»›)］]」』'])
/** Characters next to which a word is code: `[:ss[.uuuuuu]]`, `get_url`, `x=y`. */
const CODE_NEXT = /[._/\\=:#[\]{}<>@$]/

/** Whether the word at `[start, end)` is cited, or part of code, rather than a word of the sentence. */
export function citedOrCode(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ''
  const after = text[end] ?? ''
  if (OPENING.has(before) || CLOSING.has(after)) return true
  // Code runs on past its punctuation (`[.uuuuuu]]`, `file.py`); a sentence's full stop is followed by a space or nothing.
  const runsOn = (character: string) => character !== '' && !/\s/.test(character)
  return (CODE_NEXT.test(before) && runsOn(text[start - 2] ?? '')) || (CODE_NEXT.test(after) && runsOn(text[end + 1] ?? ''))
}

/** A hyphen or the Hebrew maqaf: `CSRF-cookie`, `ה־view`, `View-функция` join a term to a word. */
const JOINER = /^[-‐‑־]$/u
/** A letter, and what stands between two words of one phrase (a space, a quote). */
const WORD_CHARACTER = /^\p{L}$/u
const BETWEEN_WORDS = /^[\s"'“”‘’«»]$/u

/**
 * Whether a source word kept in the target is a term the translator chose to
 * keep rather than one forgotten: used twice (`view … ה־view`), joined by a
 * hyphen (`CSRF-cookie`), or next to another word of the source's script
 * (`template tags`, `Referer headers`). `قطاع health` is none of these.
 */
export function isTerm(text: string, start: number, word: string, scripts: readonly string[]): boolean {
  const end = start + word.length
  if (JOINER.test(text[start - 1] ?? '') || JOINER.test(text[end] ?? '')) return true
  if (text.toLowerCase().indexOf(word, end) !== -1 || text.toLowerCase().lastIndexOf(word, start - 1) !== -1) return true
  // The next character of a word past the spaces and quotes: one of the source's script makes a phrase (`一个CSRF cookie`).
  const neighbour = (from: number, step: -1 | 1): string => {
    let at = from
    while (BETWEEN_WORDS.test(text[at] ?? '')) at += step
    return WORD_CHARACTER.test(text[at] ?? '') ? text[at] : ''
  }
  return [neighbour(start - 1, -1), neighbour(end, 1)].some((next) => next !== '' && countScriptLetters(next, scripts) === 1)
}

/** Words as the rules count them: letters and numbers. */
const wordClasses = bits(LETTER, DIGIT, NUMERIC)

/**
 * Whether a catalog entry is a program's string rather than prose: one with a
 * format flag, a placeholder or markup, or a label of a few words. Such a
 * string keeps the terms of its trade in English on purpose (`docutils`,
 * `urlpattern`, `view`, `cookie`), which no rule can tell from a word
 * forgotten; a sentence of prose (`تغطي الميزانية قطاع health`) has none.
 */
export function isSoftwareString(unit: Unit): boolean {
  if (!unit.entry) return false
  if (unit.entry.flags.some((flag) => flag.endsWith('-format') && !flag.startsWith('no-'))) return true
  if (unit.source.codes.length > 0 || unit.target.codes.length > 0) return true
  return countStretches(unit.source.lexicon, wordClasses, 5) <= 4
}
