// Persian letters in Arabic text and Arabic letters in Persian text.
//
// Script cannot tell them apart: ی U+06CC and ي U+064A are both Arabic
// script, and confusables.txt maps both to ى U+0649 (UTS #39). The pairs
// below are the keyboard substitutions of the two orthographies (Unicode
// Arabic block chart notes; Persian Academy orthography).

import type {Span} from '../../engine/types.js'
import {scriptExtensions} from './script-sets.js'
import {primaryLanguage} from '../languages.js'

/** The digit system each orthography writes: Arabic-Indic, Extended Arabic-Indic (Persian). */
export const arabicDigits = 'arab'
export const persianDigits = 'arabext'

const yehFarsi = '\u06CC' // ی
const arabicYeh = '\u064A' // ي
const alefMaksura = '\u0649' // ى
const keheh = '\u06A9' // ک
const arabicKaf = '\u0643' // ك
const hehWithYehAbove = '\u06C0' // ۀ

export interface LetterFinding {
  span: Span
  found: string
  /** The letter the orthography writes instead, when there is one. */
  expected?: string
  /** Other letters it may stand for, when the choice is not certain. */
  alternatives?: string[]
  /** `safe` when the replacement is certain, `unsafe` when it may be wrong, none without a replacement. */
  safety?: 'safe' | 'unsafe'
}

/** Whether a language is written in Arabic orthography (Arabic and its regional variants). */
export function writesArabic(lang: string): boolean {
  return primaryLanguage(lang) === 'ar'
}

/** Whether a language is written in Persian orthography (Persian, Dari). */
export function writesPersian(lang: string): boolean {
  return ['fa', 'prs'].includes(primaryLanguage(lang))
}

const mark = /^\p{M}$/u
const letter = /^\p{L}$/u

/** Whether the letter at `offset` ends its word: no Arabic-script letter follows (marks skipped). */
function isWordFinal(text: string, offset: number): boolean {
  let next = offset + 1
  while (next < text.length && mark.test(text[next])) next++
  if (next >= text.length || !letter.test(text[next])) return true
  const set = scriptExtensions(text.codePointAt(next)!)
  return set !== 'all' && !set.has('Arab')
}

const persianLetters = /[\u06CC\u06A9\u06C0]/g
const arabicLetters = /[\u064A\u0643\u0649]/g

/**
 * Persian letters in Arabic text: ک is always ك; ی inside a word is ي,
 * but a final ی may be ي or ى (unsafe); ۀ may be ة or هٔ (no replacement).
 */
export function persianLettersInArabic(text: string): LetterFinding[] {
  const findings: LetterFinding[] = []
  for (const match of text.matchAll(persianLetters)) {
    const span: Span = [match.index, match.index + 1]
    const found = match[0]
    if (found === keheh) findings.push({span, found, expected: arabicKaf, safety: 'safe'})
    else if (found === hehWithYehAbove) findings.push({span, found, alternatives: ['\u0629', '\u0647\u0654']})
    else if (isWordFinal(text, match.index)) {
      findings.push({span, found, expected: arabicYeh, alternatives: [alefMaksura], safety: 'unsafe'})
    } else findings.push({span, found, expected: arabicYeh, safety: 'safe'})
  }
  return findings
}

/** Arabic letters in Persian text: ي and ى are ی, ك is ک; Persian has one yeh and one kaf. */
export function arabicLettersInPersian(text: string): LetterFinding[] {
  const findings: LetterFinding[] = []
  for (const match of text.matchAll(arabicLetters)) {
    const found = match[0]
    findings.push({
      span: [match.index, match.index + 1],
      found,
      expected: found === arabicKaf ? keheh : yehFarsi,
      safety: 'safe'
    })
  }
  return findings
}
