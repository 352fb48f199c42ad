// White space out of place within a text: at the ends of lines, doubled
// between words, tabs inside a line, and no-break or typographic spaces
// where no typographic convention puts one.

import {classOf, SPACE} from './lexical/classes.js'
import {CODE_MARK, type Span} from '../engine/types.js'
import {leadingRunEnd, trailingRunStart} from './code-point-scan.js'
import {linesOf} from './paragraphs.js'
import {primaryLanguage} from './languages.js'
import {codePointTest} from './scripts/code-point-table.js'
import {lastTwoTexts} from './last-texts.js'

export type WhitespaceKind = 'leading' | 'trailing' | 'doubled' | 'tab' | 'unusualSpace'

export interface WhitespaceFinding {
  kind: WhitespaceKind
  span: Span
  /** What the span is replaced by. */
  replacement: string
  /** The space characters found. */
  text: string
}

/**
 * Horizontal white space: not line breaks (U+0020, tab, the Zs spaces, all
 * in the Basic Multilingual Plane, so a UTF-16 unit is enough to test).
 */
const isHorizontal = (codePoint: number) => classOf(codePoint) === SPACE
/** Any white space (`\s`): a segment's edges. */
const isSpace = codePointTest(/^\s$/u)
const DIGIT = /^\p{Nd}$/u
/** French and typographic conventions bind these to the word before with a no-break space (`droit :`, `50 %`, `»`). */
const BOUND_BEFORE = /^[:;!?»›%‰\u2030\u2013\u2014]$/u
/** ... and these to the word after (`« Oui`, `— dit-il`). */
const BOUND_AFTER = /^[«‹\u2013\u2014]$/u
/** Languages whose text sets the ideographic space U+3000. */
const IDEOGRAPHIC = new Set(['zh', 'ja', 'ko', 'yue'])


/**
 * Whether a no-break or typographic space belongs where it is: binding a
 * number or a placeholder (which stands for one) to its neighbour (`12 500`,
 * `5 km`, `article 5`, `%(count)s minutes`), before a high mark or after a
 * guillemet (French), or an ideographic space in CJK text.
 */
function spaceBelongs(text: string, [start, end]: Span, lang: string): boolean {
  const space = text.slice(start, end)
  if (space === '\u3000') return IDEOGRAPHIC.has(primaryLanguage(lang))
  const before = text[start - 1] ?? ''
  const after = text[end] ?? ''
  return DIGIT.test(before) || DIGIT.test(after) || before === CODE_MARK || after === CODE_MARK || BOUND_BEFORE.test(after) || BOUND_AFTER.test(before)
}

/**
 * Where a run worth a look may be: a white space character other than the
 * space (`\s` holds every Zs space by the ECMAScript definition of
 * WhiteSpace) or two spaces. A single space between words, most of the white
 * space of a text, never matches, so the regex engine skips the text between.
 */
const CANDIDATE = /[^\S ]| {2}/g

/** White space inside one line: doubled spaces, tabs, and no-break spaces out of place. */
function insideLine(text: string, start: number, end: number, lang: string): WhitespaceFinding[] {
  const findings: WhitespaceFinding[] = []
  CANDIDATE.lastIndex = start
  for (let found = CANDIDATE.exec(text); found && found.index < end; found = CANDIDATE.exec(text)) {
    if (!isHorizontal(text.charCodeAt(found.index))) continue
    // A space just before a no-break space is the start of its run.
    const span: Span = [trailingRunStart(text, isHorizontal, found.index, start), leadingRunEnd(text, isHorizontal, found.index, end)]
    CANDIDATE.lastIndex = span[1]
    if (span[0] === start || span[1] === end) continue
    const run = text.slice(span[0], span[1])
    const unusual = [...run].find((character) => character !== ' ' && character !== '\t')
    const keep = unusual !== undefined && run.length === 1 && spaceBelongs(text, span, lang)
    if (keep) continue
    // Several spaces collapse to one, a no-break one where it belongs.
    const replacement = unusual && spaceBelongs(text, span, lang) ? unusual : ' '
    const kind: WhitespaceKind = run.includes('\t') ? 'tab' : run.length > 1 ? 'doubled' : 'unusualSpace'
    findings.push({kind, span, replacement, text: run})
  }
  return findings
}

export interface WhitespaceOptions {
  /** Check white space at the start of lines (off for Markdown, where it indents). */
  leading: boolean
}

/**
 * White space other than single spaces between other characters: at either
 * end, a white space character other than the space, or two spaces in a row.
 * The regex engine skips to the candidates faster than a loop reads a table.
 */
const UNUSUAL_SPACE = /^\s|\s$|[^\S ]| {2}/u

/**
 * Whether `text` has white space other than single spaces between other
 * characters: most segments have none, and then neither white space
 * findings nor a `whitespace` fingerprint key need more. duplicate-unit and
 * whitespace ask it of the same two texts per unit.
 */
export const hasUnusualSpace: (text: string) => boolean = lastTwoTexts((text) => UNUSUAL_SPACE.test(text))

/** White space findings of a text, line by line, in text order. */
export function whitespaceFindings(text: string, lang: string, options: WhitespaceOptions): WhitespaceFinding[] {
  // One line, no line break or space at its ends, single spaces only: nothing to find.
  return hasUnusualSpace(text) ? findingsByLine(text, lang, options) : []
}

/** The search itself, every line read (exported for the test that the shortcut above loses nothing). */
export function findingsByLine(text: string, lang: string, options: WhitespaceOptions): WhitespaceFinding[] {
  const findings: WhitespaceFinding[] = []
  for (const line of linesOf(text)) {
    const content = text.slice(line.start, line.end)
    if (content.length === 0) continue
    if (line.isBlank) {
      findings.push({kind: 'trailing', span: [line.start, line.end], replacement: '', text: content})
      continue
    }
    const head = text.slice(line.start, leadingRunEnd(text, isHorizontal, line.start, line.end))
    const tail = text.slice(trailingRunStart(text, isHorizontal, line.end, line.start), line.end)
    if (head && options.leading) findings.push({kind: 'leading', span: [line.start, line.start + head.length], replacement: '', text: head})
    for (const finding of insideLine(text, line.start + head.length, line.end - tail.length, lang)) findings.push(finding)
    if (tail) findings.push({kind: 'trailing', span: [line.end - tail.length, line.end], replacement: '', text: tail})
  }
  return findings
}

/** The white space at the start and at the end of a text (a segment's edges). */
export function edgeSpaces(text: string): {leading: string; trailing: string} {
  const leading = text.slice(0, leadingRunEnd(text, isSpace))
  return {leading, trailing: leading.length === text.length ? '' : text.slice(trailingRunStart(text, isSpace))}
}

/** Names of white space characters, for messages: `2 spaces`, `tab` (`a tab` with `article`), `no-break space (U+00A0)`. */
export function describeSpaces(run: string, article = false): string {
  const characters = [...run]
  const names = new Map<string, number>()
  for (const character of characters) names.set(character, (names.get(character) ?? 0) + 1)
  return [...names].map(([character, count]) => nameOf(character, count, article)).join(' and ')
}

const NAMES: Record<string, string> = {
  ' ': 'space',
  '\t': 'tab',
  '\n': 'line break',
  '\r': 'carriage return',
  '\u00A0': 'no-break space (U+00A0)',
  '\u202F': 'narrow no-break space (U+202F)',
  '\u2009': 'thin space (U+2009)',
  '\u3000': 'ideographic space (U+3000)'
}

function nameOf(character: string, count: number, article: boolean): string {
  const name = NAMES[character] ?? `space (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`
  if (count === 1) return article ? (/^[aeiou]/.test(name) ? 'an ' : 'a ') + name : name
  return `${count} ${name.replace(/^([^(]*?)(\s\(|$)/, '$1s$2')}`
}
