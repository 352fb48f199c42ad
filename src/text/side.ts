// A side with lazy analyses: each is computed on first access, once.

import {retext} from 'retext'
import type {Paragraph, Side, Token} from '../engine/types.js'
import {splitParagraphs} from './paragraphs.js'

/** What a reader knows of a side; the analyses are added lazily. */
export type SideInit = Pick<Side, 'role' | 'lang' | 'filePath' | 'text' | 'toFileOffset' | 'position'> & Partial<Pick<Side, 'encode'>>

const segmenters = new Map<string, Intl.Segmenter>()

function segmenter(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = lang + ' ' + granularity
  let found = segmenters.get(key)
  if (!found) {
    found = new Intl.Segmenter(lang, {granularity})
    segmenters.set(key, found)
  }
  return found
}

/** Words (word-like segments) of `text` by `Intl.Segmenter`, which handles Arabic and Chinese. */
export function segmentWords(text: string, lang: string): Token[] {
  const words: Token[] = []
  for (const part of segmenter(lang, 'word').segment(text)) {
    if (part.isWordLike) words.push({span: [part.index, part.index + part.segment.length], text: part.segment})
  }
  return words
}

/** Sentences of `text`, trimmed of the white space `Intl.Segmenter` keeps at their end. */
export function segmentSentences(text: string, lang: string): Token[] {
  const sentences: Token[] = []
  for (const part of segmenter(lang, 'sentence').segment(text)) {
    const content = part.segment.trimEnd()
    if (content.trim() === '') continue
    sentences.push({span: [part.index, part.index + content.length], text: content})
  }
  return sentences
}

export function createSide(init: SideInit): Side {
  let paragraphs: Paragraph[] | undefined
  let words: Token[] | undefined
  let sentences: Token[] | undefined
  let tree: unknown
  return {
    encode: (text) => text,
    ...init,
    get paragraphs() {
      return (paragraphs ??= splitParagraphs(init.text))
    },
    get words() {
      return (words ??= segmentWords(init.text, init.lang))
    },
    get sentences() {
      return (sentences ??= segmentSentences(init.text, init.lang))
    },
    get tree() {
      return (tree ??= retext().parse(init.text))
    }
  }
}
