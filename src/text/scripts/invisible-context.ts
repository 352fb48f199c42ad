// Where an invisible character does its job and where it is debris: bidi
// embeddings and isolates that open and close within their paragraph
// (UAX #9 BD7, X5–X7), joiners in emoji or after a virama, zero-width
// spaces in scripts written without spaces.

import {followsVirama} from './joining.js'
import {scriptExtensions} from './script-sets.js'

/** Paragraph separators of UAX #9 (Bidi_Class B): every bidi state ends at one. */
function isParagraphSeparator(code: number): boolean {
  return code === 0x0a || code === 0x0d || (code >= 0x1c && code <= 0x1e) || code === 0x85 || code === 0x2029
}

const isEmbeddingOpener = (code: number): boolean => code >= 0x202a && code <= 0x202e && code !== 0x202c
const isIsolateOpener = (code: number): boolean => code >= 0x2066 && code <= 0x2068
const popDirectionalFormatting = 0x202c
const popDirectionalIsolate = 0x2069
/** Any of the openers and closers above: most texts have none, and then nothing is to be matched. */
const anyBidiControl = /[\u202A-\u202E\u2066-\u2069]/

export interface BidiPair {
  open: number
  close: number
}

export interface BidiBalance {
  /** Openers matched by their closer, in order of the opener. */
  pairs: BidiPair[]
  /** Offsets of openers left open at the end of their paragraph (or closed by a PDI around them). */
  unclosed: number[]
  /** Offsets of closers with nothing to close. */
  unopened: number[]
}

/**
 * Match bidi embeddings and overrides with PDF, and isolates with PDI,
 * paragraph by paragraph, as UAX #9 does: a PDF closes the innermost
 * embedding only inside the current isolate; a PDI closes the innermost
 * isolate and every embedding opened inside it.
 */
export function bidiBalance(text: string): BidiBalance {
  const balance: BidiBalance = {pairs: [], unclosed: [], unopened: []}
  if (!anyBidiControl.test(text)) return balance
  /** Offsets of the open embeddings and isolates, innermost last. */
  const open: number[] = []
  /** Where in `open` each open isolate is, innermost last: a PDI finds its isolate without searching. */
  const isolates: number[] = []
  const closeFrom = (at: number) => {
    for (let index = at; index < open.length; index++) balance.unclosed.push(open[index])
    open.length = at
    while (isolates.length > 0 && isolates[isolates.length - 1] >= at) isolates.pop()
  }
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset)
    if (isParagraphSeparator(code)) closeFrom(0)
    else if (isEmbeddingOpener(code)) open.push(offset)
    else if (isIsolateOpener(code)) {
      isolates.push(open.length)
      open.push(offset)
    } else if (code === popDirectionalFormatting) {
      const top = open.length - 1
      if (top >= 0 && isolates[isolates.length - 1] !== top) balance.pairs.push({open: open.pop()!, close: offset})
      else balance.unopened.push(offset)
    } else if (code === popDirectionalIsolate) {
      const at = isolates.pop()
      if (at === undefined) {
        balance.unopened.push(offset)
        continue
      }
      balance.pairs.push({open: open[at], close: offset})
      closeFrom(at + 1)
      open.length = at
    }
  }
  closeFrom(0)
  balance.pairs.sort((a, b) => a.open - b.open)
  balance.unclosed.sort((a, b) => a - b)
  return balance
}

let emojiSequence: RegExp | undefined

/** RGI emoji, sequences joined by ZWJ included (`\p{RGI_Emoji}`, a property of strings: `v` flag). */
function emojiPattern(): RegExp | undefined {
  if (emojiSequence === undefined) {
    try {
      emojiSequence = new RegExp('\\p{RGI_Emoji}', 'gv')
    } catch {
      // A runtime without the `v` flag: no ZWJ counts as part of an emoji.
      emojiSequence = /(?!)/g
    }
  }
  return emojiSequence
}

/**
 * What emoji sequences are made of (UTS #51 ED-14 to ED-17): emoji characters
 * and components (U+FE0F, skin tones, keycaps, tags). A joiner stands between
 * two of them, never next to another joiner.
 */
const emojiPartBefore = /(?!\u200D)[\p{Emoji}\p{Emoji_Component}]$/u
const emojiPartAfter = /^(?!\u200D)[\p{Emoji}\p{Emoji_Component}]/u

/**
 * Whether a ZERO WIDTH JOINER at `offset` does a job: it joins an RGI emoji
 * sequence (👩‍💻) or follows a virama (Indic half-forms, RFC 5892 A.2).
 */
export function zwjInContext(text: string, offset: number): boolean {
  if (followsVirama(text, offset)) return true
  // Matching RGI emoji costs tens of microseconds a window: only where the joiner stands between two parts of one.
  if (!emojiPartBefore.test(text.slice(Math.max(0, offset - 2), offset)) || !emojiPartAfter.test(text.slice(offset + 1, offset + 3))) return false
  const pattern = emojiPattern()!
  // Emoji sequences are short: look at a window around the joiner.
  const start = Math.max(0, offset - 16)
  const window = text.slice(start, offset + 16)
  for (const match of window.matchAll(pattern)) {
    const from = start + match.index
    if (from < offset && offset < from + match[0].length) return true
  }
  return false
}

/**
 * Scripts written without spaces between words, where U+200B marks word
 * breaks: the UAX #14 complex-context (SA) scripts (Thai, Lao, Khmer,
 * Myanmar, Tai Tham, Tai Le, New Tai Lue, Tai Viet) and Tibetan, Javanese,
 * Balinese and Buginese, traditionally written without word spaces.
 */
const unspacedScripts = ['Thai', 'Laoo', 'Khmr', 'Mymr', 'Lana', 'Tale', 'Talu', 'Tavt', 'Tibt', 'Java', 'Bali', 'Bugi']

function inScripts(text: string, offset: number, scripts: readonly string[]): boolean {
  const codePoint = text.codePointAt(offset)
  if (codePoint === undefined) return false
  const set = scriptExtensions(codePoint)
  return set !== 'all' && scripts.some((script) => set.has(script))
}

/** Whether a ZERO WIDTH SPACE at `offset` stands next to a letter of a script written without spaces. */
export function zwspInContext(text: string, offset: number): boolean {
  return inScripts(text, offset - 1, unspacedScripts) || inScripts(text, offset + 1, unspacedScripts)
}

/**
 * Whether a format character of one script's own (the Arabic number signs
 * U+0600–U+0605 and end of ayah U+06DD, the Syriac abbreviation mark, the
 * Mongolian vowel separator) stands next to a letter or digit of that script,
 * where it does its job.
 */
export function formatInScript(text: string, offset: number): boolean {
  const own = scriptExtensions(text.codePointAt(offset)!)
  if (own === 'all') return false
  const scripts = [...own]
  const after = offset + (text.codePointAt(offset)! > 0xffff ? 2 : 1)
  return inScripts(text, offset - 1, scripts) || inScripts(text, after, scripts)
}
