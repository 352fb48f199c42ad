// Spacing around punctuation, by the conventions of the mark's script and
// the text's language: Arabic-script `،` `؛` `؟` take no space before and
// one after; Latin `.` `,` `;` `:` `!` `?` take no space before, except that
// French puts a no-break space before `:` `;` `!` `?` (Imprimerie nationale,
// *Lexique des règles typographiques*: a narrow one before `;` `!` `?`).

import type {Span} from '../engine/types.js'
import {primaryLanguage} from './languages.js'
import {codePointTest} from './scripts/code-point-table.js'

export type FrenchSpaces = 'off' | 'space' | 'either' | 'nbsp' | 'narrow'

export type SpacingKind = 'spaceBefore' | 'spaceAfter' | 'frenchMissing' | 'frenchPlain'

export interface SpacingFinding {
  kind: SpacingKind
  /** The punctuation mark. */
  mark: string
  /** Where the message points: the mark, or the space before it. */
  span: Span
  /** The replacement for `edit`. */
  edit: Span
  text: string
}

// The mark patterns have no `u` flag: they name marks of the Basic Multilingual
// Plane only, and without it the regex engine searches code units, several times faster.
/** Arabic comma, semicolon and question mark: a space after, none before (the Arabic script's own convention). */
const ARABIC_MARKS = /[\u060C\u061B\u061F]/g
/** Latin punctuation that takes no space before it (outside French for the high marks). */
const LATIN_MARKS = /[.,;:!?]/g
const FRENCH_HIGH = new Set([':', ';', '!', '?'])
/** Spaces a writer types before a mark: not line breaks. */
const SPACE = /^[ \t\u00A0\u202F\u2009]$/u
const INVISIBLE = /^\p{Cf}$/u
const [FULL_STOP, SOLIDUS, EXCLAMATION, QUESTION] = ['.', '/', '!', '?'].map((mark) => mark.charCodeAt(0))
const NBSP = '\u00A0'
const NARROW_NBSP = '\u202F'
/** What may follow an Arabic mark without a space: another mark, a closing quote or bracket, a line end. */
const ARABIC_AFTER_OK = /^(?:$|[\s\p{Pe}\p{Pf}\p{Po}”’»›"'])/u
const DIGIT = /^\p{Nd}$/u
const WORD_CHARACTER = /^[\p{L}\p{M}\p{Nd}]$/u
/** `SPACE`, `\s` and `WORD_CHARACTER` memoised per UTF-16 unit: tested around every `.` and `,` of a text. */
const isSpaceUnit = codePointTest(SPACE)
const isWhiteUnit = codePointTest(/^\s$/u)
const isWordUnit = codePointTest(WORD_CHARACTER)

/** Whether the UTF-16 unit at `offset` (none outside the text) passes `test`, as the one-unit string `text[offset]` would. */
function unitAt(text: string, offset: number, test: (unit: number) => boolean): boolean {
  return offset >= 0 && offset < text.length && test(text.charCodeAt(offset))
}

/** The offset after `offset` with invisible format characters (RLM, ZWNJ) skipped. */
function skipInvisible(text: string, offset: number): number {
  while (offset < text.length && INVISIBLE.test(text[offset])) offset++
  return offset
}

/** The run of spaces just before `offset`, if it follows text on the same line. */
function spaceBefore(text: string, offset: number): Span | undefined {
  let start = offset
  while (unitAt(text, start - 1, isSpaceUnit)) start--
  if (start === offset || start === 0 || unitAt(text, start - 1, isWhiteUnit)) return undefined
  return [start, offset]
}

/** A mark that is part of something else: `...`, `.5`, `.NET`, `10:30`, `http://`, `?!`. */
function partOfToken(text: string, offset: number): boolean {
  const mark = text.charCodeAt(offset)
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset + 1)
  if (mark === FULL_STOP && (before === FULL_STOP || after === FULL_STOP)) return true
  if (unitAt(text, offset + 1, isWordUnit) || after === SOLIDUS) return true
  return (mark === EXCLAMATION || mark === QUESTION) && (before === EXCLAMATION || before === QUESTION)
}

function arabicFindings(text: string): SpacingFinding[] {
  const findings: SpacingFinding[] = []
  for (const match of text.matchAll(ARABIC_MARKS)) {
    const offset = match.index
    const mark = match[0]
    const before = spaceBefore(text, offset)
    if (before) findings.push({kind: 'spaceBefore', mark, span: before, edit: before, text: ''})
    const next = skipInvisible(text, offset + 1)
    const after = text[next] ?? ''
    if (ARABIC_AFTER_OK.test(after)) continue
    // `١،٥` between digits is a number written with a comma, not a list.
    if (DIGIT.test(after) && DIGIT.test(text[offset - 1] ?? '')) continue
    findings.push({kind: 'spaceAfter', mark, span: [offset, offset + 1], edit: [offset + 1, offset + 1], text: ' '})
  }
  return findings
}

/** The no-break space French wants before `mark`. */
function frenchSpace(mark: string, policy: FrenchSpaces): string {
  if (policy === 'nbsp') return NBSP
  if (policy === 'narrow') return NARROW_NBSP
  // `space` and `either`: the Imprimerie nationale's choice.
  return mark === ':' ? NBSP : NARROW_NBSP
}

function frenchFinding(text: string, offset: number, policy: FrenchSpaces): SpacingFinding | undefined {
  const mark = text[offset]
  const previous = text[offset - 1] ?? ''
  const wanted = frenchSpace(mark, policy)
  const accepted = policy === 'space' ? [' ', '\t', NBSP, NARROW_NBSP, '\u2009'] : policy === 'either' ? [NBSP, NARROW_NBSP] : [wanted]
  if (offset === 0 || accepted.includes(previous) || /[\n\r]/u.test(previous)) return undefined
  // `10:30`, `?!`, `!!`: the second mark of a pair and a colon in a number take no space.
  if (FRENCH_HIGH.has(previous) || (DIGIT.test(previous) && DIGIT.test(text[offset + 1] ?? ''))) return undefined
  const before = spaceBefore(text, offset)
  if (before) return {kind: 'frenchPlain', mark, span: before, edit: before, text: wanted}
  if (SPACE.test(previous)) return undefined
  return {kind: 'frenchMissing', mark, span: [offset, offset + 1], edit: [offset, offset], text: wanted}
}

function latinFindings(text: string, lang: string, french: FrenchSpaces): SpacingFinding[] {
  const findings: SpacingFinding[] = []
  const isFrench = primaryLanguage(lang) === 'fr'
  for (const match of text.matchAll(LATIN_MARKS)) {
    const offset = match.index
    const mark = match[0]
    if (isFrench && FRENCH_HIGH.has(mark)) {
      if (french === 'off' || WORD_CHARACTER.test(text[offset + 1] ?? '') || text[offset + 1] === '/') continue
      const finding = frenchFinding(text, offset, french)
      if (finding) findings.push(finding)
      continue
    }
    if (partOfToken(text, offset)) continue
    const before = spaceBefore(text, offset)
    if (before) findings.push({kind: 'spaceBefore', mark, span: before, edit: before, text: ''})
  }
  return findings
}

/** Spacing errors around punctuation in `text` of language `lang`, in text order. */
export function spacingFindings(text: string, lang: string, french: FrenchSpaces): SpacingFinding[] {
  return [...arabicFindings(text), ...latinFindings(text, lang, french)].sort((a, b) => a.span[0] - b.span[0])
}
