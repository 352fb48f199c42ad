// A side with lazy analyses: each is computed on first access, once.

import type {Lexicon, Paragraph, ProtectedSpan, Side, Token} from '../engine/types.js'
import {lazyModule} from './lazy-module.js'
import {maskSpans} from './lexical/mask.js'
import {findProtected} from './lexical/protect.js'
import {scanText} from './lexical/scan.js'
import {splitSentences} from './lexical/sentences.js'
import {spacedWords} from './lexical/words.js'
import type {ProtectSetting} from './lexical/syntaxes.js'
import {splitParagraphs} from './paragraphs.js'

/** retext, for `Side.tree`, which no core rule reads: loaded by the first side asked for its tree. */
const retextModule = lazyModule<typeof import('retext')>('retext')

/** What a reader knows of a side; the analyses are added lazily. */
export type SideInit = Pick<Side, 'role' | 'lang' | 'filePath' | 'text' | 'toFileOffset' | 'position'> &
  Partial<Pick<Side, 'encode' | 'fixable' | 'repeated'>> & {
    /** Which protected spans to find in `text` (placeholders, markup, links, code); none when absent. */
    protect?: ProtectSetting
    /** Protected spans the reader already made U+FFFC (a TMX or XLIFF inline code), at their offsets in `text`. */
    codes?: readonly ProtectedSpan[]
  }

const segmenters = new Map<string, Intl.Segmenter>()

function segmenter(lang: string, granularity: 'word'): Intl.Segmenter {
  const key = lang + ' ' + granularity
  let found = segmenters.get(key)
  if (!found) {
    found = new Intl.Segmenter(lang, {granularity})
    segmenters.set(key, found)
  }
  return found
}

// V8's segment iterator (Node 20) slows down with the length of the string it
// walks: words of 80 kB of Arabic on one line took 250 s (measured for issue
// #11). Long texts are therefore segmented in windows of about these many
// code units, each cut where the full text has a boundary too, so the tokens
// are the same.
const wordWindow = 512

/**
 * A word boundary whatever the context (UAX #29 WB3a, WB3d, WB4, WB999): after
 * a space, a line break or a CJK full stop or comma, before a character that
 * is no space and does not extend the one before (marks, format characters,
 * ZWJ, emoji modifiers, and the Thai and Lao vowels with spacing-mark
 * behaviour). ICU's dictionary segmentation (Thai, CJK) works on runs of
 * letters, which these characters end.
 */
const wordCut = /[\t\n\r \u3000\u3001\u3002\uFF01\uFF0C\uFF1F](?![\s\p{M}\p{Cf}\p{Grapheme_Extend}\p{Emoji_Modifier}\u0E33\u0EB3])/gu

/** Where the next word window ends: the first sure boundary at or after `from + wordWindow`, or the end of the text. */
function wordWindowEnd(text: string, from: number): number {
  if (text.length - from <= wordWindow * 2) return text.length
  wordCut.lastIndex = from + wordWindow
  const cut = wordCut.exec(text)
  return cut ? cut.index + 1 : text.length
}

/** Words (word-like segments) of `text` by `Intl.Segmenter`, which handles Arabic and Chinese. */
export function segmentWords(text: string, lang: string): Token[] {
  const words: Token[] = []
  const segments = segmenter(lang, 'word')
  for (let from = 0; from < text.length; ) {
    const end = wordWindowEnd(text, from)
    for (const part of segments.segment(from === 0 && end === text.length ? text : text.slice(from, end))) {
      if (part.isWordLike) words.push({span: [from + part.index, from + part.index + part.segment.length], text: part.segment})
    }
    from = end
  }
  return words
}

/** Sentences of `text`, trimmed of the white space after them: UAX #29's, as `Intl.Segmenter` finds them, in one pass (`lexical/sentences.ts`). */
export function segmentSentences(text: string, lang: string): Token[] {
  return splitSentences(text, lang)
}

/**
 * Scripts written without spaces between words, which only a dictionary
 * segments (ICU's, in `Intl.Segmenter`), and Hangul, whose syllables ICU
 * does not join across a middle dot as UAX #29 joins letters.
 */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hangul}]/u

/** Words by UAX #29's rules in one pass (`lexical/words.ts`); `Intl.Segmenter` only where spaces do not delimit words. */
function sideWords(text: string, lang: string): Token[] {
  return unspaced.test(text) ? segmentWords(text, lang) : spacedWords(text)
}

function identity(text: string): string {
  return text
}

const noCodes: readonly ProtectedSpan[] = Object.freeze([])

/**
 * The reader's inline codes among the spans found in the text: each moved to
 * its offset in the masked text (found by `rawOffset`, which only grows), in
 * text order. An inline code inside a found span went with it.
 */
function mergeCodes(found: ProtectedSpan[], inline: readonly ProtectedSpan[], rawOffset: (offset: number) => number, length: number): ProtectedSpan[] {
  const codes = [...found]
  let masked = 0
  for (const code of inline) {
    while (masked < length && rawOffset(masked) < code.offset) masked++
    if (rawOffset(masked) === code.offset && !found.some((span) => span.offset === masked)) codes.push({...code, offset: masked})
  }
  return codes.sort((a, b) => a.offset - b.offset)
}

/**
 * A side whose analyses are getters on the prototype: a reader makes two
 * sides per segment, and an object literal with getters and a spread cost a
 * microsecond each (`createSide` was 2 % of a TSV run).
 */
class LazySide implements Side {
  readonly role: Side['role']
  readonly lang: string
  readonly filePath: string
  readonly text: string
  readonly toFileOffset: Side['toFileOffset']
  readonly position: Side['position']
  readonly encode: Side['encode']
  readonly codes: readonly ProtectedSpan[]
  readonly fixable: boolean
  readonly repeated: boolean
  #lexicon: Lexicon | undefined
  #paragraphs: Paragraph[] | undefined
  #words: Token[] | undefined
  #sentences: Token[] | undefined
  #tree: unknown

  constructor(init: SideInit) {
    this.role = init.role
    this.lang = init.lang
    this.filePath = init.filePath
    this.encode = init.encode ?? identity
    this.fixable = init.fixable ?? true
    this.repeated = init.repeated ?? false
    const spans = init.protect ? findProtected(init.text, init.protect) : []
    if (spans.length === 0) {
      this.text = init.text
      this.toFileOffset = init.toFileOffset
      this.position = init.position
      this.codes = init.codes ?? noCodes
      return
    }
    const masked = maskSpans(init.text, spans)
    const {toFileOffset, position} = init
    this.text = masked.text
    this.toFileOffset = (offset) => toFileOffset(masked.rawOffset(offset))
    this.position = (offset) => position(masked.rawOffset(offset))
    this.codes = init.codes?.length ? mergeCodes(masked.codes, init.codes, masked.rawOffset, this.text.length) : masked.codes
  }

  get paragraphs(): Paragraph[] {
    return (this.#paragraphs ??= splitParagraphs(this.text))
  }

  get lexicon(): Lexicon {
    return (this.#lexicon ??= scanText(this.text))
  }

  get words(): Token[] {
    return (this.#words ??= sideWords(this.text, this.lang))
  }

  get sentences(): Token[] {
    return (this.#sentences ??= segmentSentences(this.text, this.lang))
  }

  get tree(): unknown {
    return (this.#tree ??= retextModule().retext().parse(this.text))
  }
}

export function createSide(init: SideInit): Side {
  return new LazySide(init)
}
