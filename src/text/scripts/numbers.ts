// Digit systems within one version: numbers that mix two systems (UTS #39
// §5.3 mixed-number detection), numbers in the minority or in an unexpected
// system, and Persian digits in Arabic text (or the reverse).

import type {Span} from '../../engine/types.js'
import {digitSystem, digitValue} from '../digits.js'
import {DECIMAL_DIGIT, numberSigns} from '../number-signs.js'
import {arabicDigits, persianDigits, writesArabic, writesPersian} from './persian-arabic.js'
import {codePointAt, codePointMemo} from './code-point-table.js'
import {mainScript, scriptExtensions, scriptName} from './script-sets.js'

/** Digits joined by one separator (time, date, decimal, grouping) form one number. */
const numberPattern = /\p{Nd}+(?:[.,:/\u066B\u066C'\u2009\u202F-]\p{Nd}+)*/gu
const letter = /^\p{L}$/u
/** What ties a number to a code before or after it: `F-16`, `example.com/2020`. */
const joiner = /^[-\u2010\u2011/.]$/u

export interface NumberToken {
  span: Span
  text: string
  /** The digit systems of its digits, most frequent first. */
  systems: string[]
}

/**
 * The digit system of a digit for consistency purposes: fullwidth digits
 * (`１`, NFKC-equivalent to `1`, as Japanese text sets single digits) are a
 * width variant of Latin digits, a question of typography rather than of
 * script, so they count as `latn`; so do mathematical digits.
 */
function systemOf(character: string): string | undefined {
  const system = digitSystem(character.codePointAt(0)!)
  return system && system !== 'latn' && /^[0-9]$/.test(character.normalize('NFKC')) ? 'latn' : system
}

/** The digit system of each code point (`systemOf`), '' for no digit, asked once. */
const systemAt = codePointMemo((codePoint) => systemOf(String.fromCodePoint(codePoint)) ?? '')

/** The one digit system of a text's digits: '' when it has none, undefined when it has several. One table read a character. */
function soleSystem(text: string): string | undefined {
  let sole = ''
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    if (codePoint > 0xffff) offset++
    const system = systemAt(codePoint)
    if (system === '' || system === sole) continue
    if (sole !== '') return undefined
    sole = system
  }
  return sole
}

function systemsOf(text: string): string[] {
  const counts = new Map<string, number>()
  for (const character of text) {
    const system = systemOf(character)
    if (system) counts.set(system, (counts.get(system) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([system]) => system)
}

/** The numbers of a text with the digit systems they are written in. */
export function numberTokens(text: string): NumberToken[] {
  return [...text.matchAll(numberPattern)].map((match) => ({
    span: [match.index, match.index + match[0].length] as Span,
    text: match[0],
    systems: systemsOf(match[0])
  }))
}

const zeros = new Map<string, number | undefined>()

/** The code point of the zero of a numbering system, from Intl (undefined if it has none). */
function zeroOf(system: string): number | undefined {
  if (!zeros.has(system)) {
    let zero: number | undefined
    try {
      const digit = new Intl.NumberFormat('en-u-nu-' + system).format(0)
      zero = digitValue(digit.codePointAt(0)!) === 0 ? digit.codePointAt(0) : undefined
    } catch {
      zero = undefined
    }
    zeros.set(system, zero)
  }
  return zeros.get(system)
}

/** Whether `system` is a decimal numbering system digits can be written in. */
export function isDigitSystem(system: string): boolean {
  return zeroOf(system) !== undefined
}

/** Rewrite every decimal digit of `text` in `system` (`latn`, `arab`, ...); other characters stay. */
export function toDigitSystem(text: string, system: string): string {
  const zero = zeroOf(system)
  if (zero === undefined) return text
  let converted = ''
  for (const character of text) {
    const value = digitValue(character.codePointAt(0)!)
    converted += value === -1 ? character : String.fromCodePoint(zero + value)
  }
  return converted
}

/** Unicode's names of the two Arabic digit blocks (ARABIC-INDIC, EXTENDED ARABIC-INDIC DIGIT ZERO), which share a script. */
const arabicSystemNames: Record<string, string> = {arab: 'Arabic-Indic', arabext: 'Extended Arabic-Indic'}

/** How a message names a digit system: `Latin (\`latn\`)`, `Arabic-Indic (\`arab\`)`, `Devanagari (\`deva\`)`. */
export function digitSystemName(system: string): string {
  if (system === 'latn') return 'Latin (`latn`)'
  const zero = zeroOf(system)
  const script = zero === undefined ? undefined : mainScript(scriptExtensions(zero))
  const name = arabicSystemNames[system] ?? (script ? scriptName(script) : undefined)
  return name ? `${name} (\`${system}\`)` : `\`${system}\``
}

const languageDigitSystems = new Map<string, string>()

/** The digit system a language formats numbers in by default (CLDR, through Intl); cached, as rules ask per unit. */
export function languageDigitSystem(lang: string): string {
  let system = languageDigitSystems.get(lang)
  if (system === undefined) {
    try {
      system = new Intl.NumberFormat(lang).resolvedOptions().numberingSystem
    } catch {
      system = 'latn'
    }
    languageDigitSystems.set(lang, system)
  }
  return system
}

/**
 * Whether a number is part of a code written in another script (`F-16`,
 * `G20`, `COVID-19` in Arabic text): a letter of another script touches it,
 * directly or through a hyphen, slash or dot. Such digits follow the code, not the text.
 */
function isForeignCode(text: string, [start, end]: Span, scripts: readonly string[]): boolean {
  const foreignLetter = (offset: number) => {
    const character = text[offset]
    if (character === undefined || !letter.test(character)) return false
    const set = scriptExtensions(text.codePointAt(offset)!)
    return set !== 'all' && !scripts.some((script) => set.has(script))
  }
  const before = joiner.test(text[start - 1] ?? '') ? start - 2 : start - 1
  const after = joiner.test(text[end] ?? '') ? end + 1 : end
  return foreignLetter(before) || foreignLetter(after)
}

export type DigitFindingKind = 'mixed-number' | 'persian-digits' | 'arabic-digits' | 'minority-system' | 'unexpected-system'

export interface DigitFinding {
  kind: DigitFindingKind
  span: Span
  text: string
  /** The system the number is written in (its most frequent one). */
  system: string
  /** The system it should be written in. */
  expected: string
  /** The number rewritten in `expected`. */
  replacement: string
  /** `minority-system`: how many numbers of the version use `expected`, and how many `system`. */
  expectedCount?: number
  count?: number
}

/** What the version's digits should be: `consistent` (the majority) or one system id. */
export type DigitPolicy = 'consistent' | string

function finding(kind: DigitFindingKind, token: NumberToken, expected: string): DigitFinding {
  return {
    kind,
    span: token.span,
    text: token.text,
    system: token.systems[0],
    expected,
    replacement: toDigitSystem(token.text, expected)
  }
}

/** The most used system among single-system numbers; ties go to the language's own, then the first seen. */
function majoritySystem(tokens: readonly NumberToken[], lang: string): {system?: string; counts: Map<string, number>} {
  const counts = new Map<string, number>()
  for (const token of tokens) counts.set(token.systems[0], (counts.get(token.systems[0]) ?? 0) + 1)
  const top = Math.max(0, ...counts.values())
  const tied = [...counts].filter(([, count]) => count === top).map(([system]) => system)
  const own = languageDigitSystem(lang)
  return {system: tied.includes(own) ? own : tied[0], counts}
}

/**
 * Digit-system findings for one version: numbers mixing systems (always),
 * Persian digits in Arabic and Arabic-Indic digits in Persian (when the
 * policy is `consistent`), then numbers outside the configured system or,
 * with `consistent`, outside the version's majority system. Numbers inside
 * codes of another script (`F-16` in Arabic) are left alone.
 */
export function digitFindings(
  text: string,
  lang: string,
  scripts: readonly string[],
  policy: DigitPolicy = 'consistent'
): DigitFinding[] {
  const findings: DigitFinding[] = []
  // Every number starts with a decimal digit: most segments have none.
  if ((numberSigns(text) & DECIMAL_DIGIT) === 0) return findings
  const foreignOrthography = writesArabic(lang) ? persianDigits : writesPersian(lang) ? arabicDigits : undefined
  // Digits of one system throughout, the expected one: no number can mix, stand out or break the orthography.
  const only = soleSystem(text)
  if (only === '' || (only !== undefined && only !== foreignOrthography && (policy === 'consistent' || policy === only))) return findings
  const tokens = numberTokens(text).filter((token) => !isForeignCode(text, token.span, scripts))
  const plain: NumberToken[] = []
  const wrongOrthography = new Set<NumberToken>()
  for (const token of tokens) {
    if (token.systems.length > 1) continue
    if (policy === 'consistent' && token.systems[0] === foreignOrthography) wrongOrthography.add(token)
    else plain.push(token)
  }
  const {system: majority, counts} = majoritySystem(plain, lang)
  const target = policy === 'consistent' ? majority : policy
  const fallback = foreignOrthography === persianDigits ? arabicDigits : persianDigits
  for (const token of tokens) {
    if (token.systems.length > 1) {
      findings.push(finding('mixed-number', token, target ?? token.systems[0]))
    } else if (wrongOrthography.has(token)) {
      const kind = foreignOrthography === persianDigits ? 'persian-digits' : 'arabic-digits'
      findings.push(finding(kind, token, majority ?? fallback))
    } else if (target && token.systems[0] !== target) {
      const kind = policy === 'consistent' ? 'minority-system' : 'unexpected-system'
      const entry = finding(kind, token, target)
      if (policy === 'consistent') {
        entry.expectedCount = counts.get(target) ?? 0
        entry.count = counts.get(token.systems[0]) ?? 0
      }
      findings.push(entry)
    }
  }
  return findings
}
