// Paired punctuation (quotation marks and brackets) matched within a text.
//
// Which mark closes which depends on the language: German opens with `„`
// and closes with `“`, Swedish closes `”` with `”` and `»` with `»`, and
// right-to-left text is sometimes typed with the marks mirrored (`”…“`).
// Intl exposes no CLDR delimiters, so the pairs are written here from CLDR's
// `delimiters` data (quotationStart/End, alternateQuotationStart/End).

import {isRightToLeft} from './scripts/index.js'
import {primaryLanguage} from './languages.js'

/** Each opening mark and the marks that may close it. */
const CLOSERS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '„': '“”',
  '‚': '‘’',
  '«': '»',
  '‹': '›',
  '(': ')',
  '[': ']',
  '{': '}',
  '（': '）',
  '［': '］',
  '「': '」',
  '『': '』',
  '【': '】',
  '〔': '〕'
}

/** Marks that may also open in some languages: `»…«` (German, Danish), `”…”` and `»…»` (Swedish, Finnish). */
const ALSO_OPEN: Record<string, string> = {'»': '«»', '”': '”', '’': '’', '›': '‹›'}
/** Languages whose CLDR quotation marks open with what English closes. */
const REVERSED_OPENERS = new Set(['de', 'da', 'sv', 'fi', 'cs', 'sk', 'sl', 'hr', 'hu', 'pl', 'nb', 'no', 'is'])

const CLOSING = new Set([...Object.values(CLOSERS).join(''), ...Object.keys(ALSO_OPEN), ...Object.values(ALSO_OPEN).join('')])
const LETTER = /^\p{L}$/u
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u
/** Before an ayn or hamza mark inside a word (`Al-‘Ālam`, `Shi‘a`): a letter or a hyphen. */
const WORD_BEFORE = /^[\p{L}\p{M}\-\u2010\u2011]$/u
/**
 * An enumerator a closing bracket ends (`1)`, `a)`, `iv)`) at the start of a text or line, or after a colon or comma.
 * Sticky lookbehinds, tested at the bracket's offset, read back from it only, not the whole text before it.
 */
const ENUMERATOR_BEFORE = /(?<=(?:^|[\n:;,.])\s*(?:\p{Nd}{1,3}|\p{L}|[ivxlc]{1,5}))/iuy
/** An emoticon's mouth. */
const EMOTICON_BEFORE = /(?<=[:;=]-?)/y

const BRACKETS = new Set('()[]{}（）［］【】〔〕')

/** Every mark that quotes (`“`, `«`, `"`, `「`) rather than brackets. */
const QUOTATION_MARKS = new Set([...Object.keys(CLOSERS), ...CLOSING, '"'].filter((mark) => !BRACKETS.has(mark)))

/** Whether a mark quotes (`“`, `«`, `"`, `「`) rather than brackets. */
export function isQuotationMark(mark: string): boolean {
  return QUOTATION_MARKS.has(mark)
}

/** A character class of the marks in `marks` (all of the Basic Multilingual Plane). */
function markClass(marks: Iterable<string>, flags: string): RegExp {
  return new RegExp(`[${[...marks].map((mark) => '\\u' + mark.charCodeAt(0).toString(16).padStart(4, '0')).join('')}]`, flags)
}

/** A quotation mark other than `’`, which is mostly an apostrophe. */
const QUOTING_MARK = markClass([...QUOTATION_MARKS].filter((mark) => mark !== '’'), '')

/** Whether `text` has a quotation mark other than `’` (an apostrophe, mostly): a sign that it quotes. */
export function hasQuotationMark(text: string): boolean {
  return QUOTING_MARK.test(text)
}

/** Every character `balanceQuotes` acts on; the text between them is skipped in one search. */
const ANY_MARK = markClass(new Set(['"', '‘', '’', ...Object.keys(CLOSERS), ...CLOSING]), 'g')

/** Whether the lookbehind `pattern` holds at `offset` of `text`. */
function endsAt(pattern: RegExp, text: string, offset: number): boolean {
  pattern.lastIndex = offset
  return pattern.test(text)
}

export interface QuoteMark {
  offset: number
  mark: string
  /** The marks that would have paired with it. */
  partner: string
}

export interface QuoteBalance {
  /** Opening marks never closed, in text order. */
  unclosed: QuoteMark[]
  /** Closing marks that close nothing. */
  unopened: QuoteMark[]
}

interface Open {
  offset: number
  mark: string
  closers: string
  /** A `‘` before a letter, which may be an ayn (`‘Alī`) rather than a quote. */
  maybeAyn: boolean
  /** A mirrored opener of right-to-left text (`”…“`), reported as an unopened closer if unclosed. */
  mirrored: boolean
}

const HEBREW_LETTER = /^\p{Script=Hebrew}$/u

/** The mirror image of a closing mark, which closes it when right-to-left text is typed mirrored. */
const MIRROR: Record<string, string> = {'”': '“', '’': '‘', '»': '«', '›': '‹', ')': '(', ']': '[', '}': '{'}

/** Whether a `’` is an apostrophe (`country’s`, `’90s`, `parents’`) rather than a closing quote. */
function isApostrophe(text: string, offset: number): boolean {
  return LETTER_OR_MARK.test(text[offset - 1] ?? '') || /^\p{Nd}$/u.test(text[offset + 1] ?? '')
}

/**
 * Match the paired punctuation of `text`. A `’` that closes nothing is an
 * apostrophe, a `‘` inside a word is an ayn or hamza of a transliteration,
 * and a `‘` before a letter that nothing closes is taken for one too
 * (`‘Alī`); an enumerator's `)` and an emoticon's are no brackets.
 */
export function balanceQuotes(text: string, lang: string): QuoteBalance {
  const stack: Open[] = []
  const result: QuoteBalance = {unclosed: [], unopened: []}
  ANY_MARK.lastIndex = 0
  const first = ANY_MARK.exec(text)
  if (!first) return result
  // How many open marks each mark may close: a mark nothing can close costs no search of the stack.
  const closable = new Map<string, number>()
  const count = (open: Open, by: number) => {
    for (const closer of open.closers) closable.set(closer, (closable.get(closer) ?? 0) + by)
  }
  const reversed = REVERSED_OPENERS.has(primaryLanguage(lang))
  const rtl = isRightToLeft(lang)
  const push = (offset: number, mark: string, closers: string, mirrored = false) => {
    const open = {offset, mark, closers, mirrored, maybeAyn: mark === '‘' && LETTER.test(text[offset + 1] ?? '')}
    stack.push(open)
    count(open, 1)
  }
  /** Close the innermost open mark `mark` may close; marks left open inside it are unclosed. */
  const close = (mark: string): boolean => {
    if (!closable.get(mark)) return false
    const at = stack.findLastIndex((open) => open.closers.includes(mark))
    if (at === -1) return false
    const closed = stack.splice(at)
    for (const open of closed) count(open, -1)
    for (const inner of closed.slice(1)) drop(inner)
    return true
  }
  const drop = (open: Open) => {
    if (open.maybeAyn) return
    if (open.mirrored) result.unopened.push({offset: open.offset, mark: open.mark, partner: MIRROR[open.mark] ?? ''})
    else result.unclosed.push({offset: open.offset, mark: open.mark, partner: open.closers[0]})
  }
  // The search goes on from the first mark: `ANY_MARK.lastIndex` is just after it.
  for (let found: RegExpExecArray | null = first; found; found = ANY_MARK.exec(text)) {
    const offset = found.index
    const mark = found[0]
    if (mark === '"') {
      // Hebrew types its gershayim as `"` between the letters of an acronym (`ע"י`, `כנ"ל`): no quote.
      if (HEBREW_LETTER.test(text[offset - 1] ?? '') && HEBREW_LETTER.test(text[offset + 1] ?? '')) continue
      if (!close(mark)) push(offset, mark, '"')
      continue
    }
    if (mark === '‘' && WORD_BEFORE.test(text[offset - 1] ?? '')) continue
    // `country’s` is always an apostrophe; `parents’ ` closes a quote only if one is open innermost.
    if (mark === '’' && isApostrophe(text, offset) && (LETTER_OR_MARK.test(text[offset + 1] ?? '') || !stack.at(-1)?.closers.includes('’'))) continue
    const opens = CLOSERS[mark]
    const closes = CLOSING.has(mark)
    if (closes && close(mark)) continue
    // `“…“`, the closer typed as the opener (Russian and German close with `“`): glued to the quoted word, it closes.
    if (mark === '“' && stack.at(-1)?.mark === '“' && !/^[\s(\[{]?$/u.test(text[offset - 1] ?? '')) {
      count(stack.pop()!, -1)
      continue
    }
    if (opens !== undefined) {
      push(offset, mark, opens)
      continue
    }
    if (!closes) continue
    if (reversed && ALSO_OPEN[mark]) push(offset, mark, ALSO_OPEN[mark])
    else if (rtl && MIRROR[mark] && mark !== ')' && mark !== ']' && mark !== '}') push(offset, mark, MIRROR[mark], true)
    else if (mark === '’') continue
    else if (mark === ')' && (endsAt(ENUMERATOR_BEFORE, text, offset) || endsAt(EMOTICON_BEFORE, text, offset))) continue
    else result.unopened.push({offset, mark, partner: Object.keys(CLOSERS).find((open) => CLOSERS[open].includes(mark)) ?? ''})
  }
  for (const open of stack) drop(open)
  result.unclosed.sort((a, b) => a.offset - b.offset)
  result.unopened.sort((a, b) => a.offset - b.offset)
  return result
}
