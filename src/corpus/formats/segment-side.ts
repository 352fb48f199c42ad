// Sides of segment units: the decoded text of a segment, and the map from its
// offsets back to the file, kept as anchors so that escapes (`&amp;`, `\"`,
// `""`) and inline tags need one entry each rather than one per character.

import type {ProtectedSpan, Role, Side} from '../../engine/types.js'
import {codeMark} from '../../text/lexical/mask.js'
import type {ProtectSetting} from '../../text/lexical/syntaxes.js'
import {createSide} from '../../text/side.js'
import {type LineIndex, positionIn} from '../source-file.js'

export type {LineIndex}


/** Builds a segment's text and its text → file offset map, piece by piece in file order. */
export class OffsetMapBuilder {
  private readonly parts: string[] = []
  private length = 0
  /** Pairs `[textOffset, fileOffset]`; between anchors the map is linear. */
  private readonly anchors: number[] = []
  /** File offset the next text offset maps to if the map stays linear. */
  private expected = -1
  /** A closing tag pinned the current text offset to the position before it. */
  private pinned = false
  /** Inline codes, each one U+FFFC in the text. */
  private readonly codes: ProtectedSpan[] = []

  private anchor(textOffset: number, fileOffset: number) {
    const last = this.anchors.length - 2
    if (last >= 0 && this.anchors[last] === textOffset) this.anchors[last + 1] = fileOffset
    else this.anchors.push(textOffset, fileOffset)
  }

  /** Text copied as is from the file at `fileOffset`. */
  verbatim(text: string, fileOffset: number): this {
    if (text.length === 0) return this
    if (this.pinned) {
      // Keep the pinned offset before the closing tag; resume linearly after its first character.
      this.anchor(this.length + 1, fileOffset + 1)
      this.pinned = false
    } else if (fileOffset !== this.expected) this.anchor(this.length, fileOffset)
    this.parts.push(text)
    this.length += text.length
    this.expected = fileOffset + text.length
    return this
  }

  /** An inline code (`<ph>…</ph>`, `<x/>`): one U+FFFC for the file's `[fileStart, fileEnd)`, whose text is `raw`. */
  code(raw: string, fileStart: number, fileEnd: number): this {
    this.codes.push({offset: this.length, text: raw, kind: 'inline'})
    return this.decoded(codeMark, fileStart, fileEnd)
  }

  /** `text` decoded from the file's `[fileStart, fileEnd)` (an escape, a placeholder for a tag). */
  decoded(text: string, fileStart: number, fileEnd: number): this {
    if (text.length === 0) return this.skipped(fileStart, fileEnd, 'after')
    this.pinned = false
    this.anchor(this.length, fileStart)
    this.parts.push(text)
    this.length += text.length
    this.anchor(this.length, fileEnd)
    this.expected = fileEnd
    return this
  }

  /**
   * File text that adds nothing to the text (a wrapping tag such as `<g>`).
   * One offset cannot be on both sides of it: an opening tag maps to `after`
   * it, a closing tag to `before` it, so a fix of the wrapped words keeps
   * both tags.
   */
  skipped(fileStart: number, fileEnd: number, side: 'before' | 'after'): this {
    if (side === 'after') {
      this.pinned = false
      this.anchor(this.length, fileEnd)
      this.expected = fileEnd
    } else {
      if (!this.pinned) this.anchor(this.length, fileStart)
      this.pinned = true
      this.expected = fileEnd
    }
    return this
  }

  /** The text and its map; `end` is the file offset just after the segment. */
  finish(end: number): OffsetMap {
    if (this.anchors.length === 0) this.anchor(0, end)
    // A plain array: millions of small typed arrays cost more in allocation and GC than they save.
    return new OffsetMap(this.parts.length === 1 ? this.parts[0] : this.parts.join(''), this.anchors, this.codes)
  }
}

export class OffsetMap {
  constructor(
    readonly text: string,
    private readonly anchors: readonly number[],
    readonly codes: readonly ProtectedSpan[] = []
  ) {}

  toFileOffset(offset: number): number {
    const anchors = this.anchors
    let low = 0
    let high = anchors.length / 2 - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (anchors[middle * 2] <= offset) low = middle
      else high = middle - 1
    }
    return anchors[low * 2 + 1] + Math.max(0, offset - anchors[low * 2])
  }
}

/** The map of a segment copied as is from the file at `fileOffset`. */
export function verbatimMap(text: string, fileOffset: number): OffsetMap {
  return new OffsetMapBuilder().verbatim(text, fileOffset).finish(fileOffset + text.length)
}


export interface SegmentSideInit {
  role: Role
  lang: string
  filePath: string
  map: OffsetMap
  lines: LineIndex
  encode(text: string): string
  /** The protected spans to find in the text. */
  protect: ProtectSetting
  /** False where the side is a key (PO `msgid`, XLIFF `<source>`): no fix changes it. */
  fixable?: boolean
  /** The side repeats an earlier unit's (a PO `msgid_plural`, once per plural form). */
  repeated?: boolean
}

export function segmentSide({role, lang, filePath, map, lines, encode, protect, fixable, repeated}: SegmentSideInit): Side {
  return createSide({
    role,
    lang,
    filePath,
    text: map.text,
    toFileOffset: (offset) => map.toFileOffset(offset),
    position: (offset) => positionIn(lines, map.toFileOffset(offset)),
    encode,
    protect,
    codes: map.codes.length > 0 ? map.codes : undefined,
    fixable,
    repeated
  })
}
