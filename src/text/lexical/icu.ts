// ICU MessageFormat: arguments (`{name}`, `{n, number}`), and the syntax of
// `plural` and `select` (`{count, plural, one {`, `}`, `#`) are protected;
// the text of each branch is text. Parsed by @messageformat/parser, loaded
// only for sides whose setting names `icu`.

import {lazyModule} from '../lazy-module.js'
import type {FoundSpan} from './protect.js'

const parserModule = lazyModule<typeof import('@messageformat/parser')>('@messageformat/parser')

type Token = import('@messageformat/parser').Token

/**
 * Deeper than any message a translator writes (plural inside select inside
 * plural is 6 braces): the parser recurses once per brace, so a text nested
 * deeper is taken for text, not parsed.
 */
const maxBraceDepth = 64

function braceDepth(text: string): number {
  let depth = 0
  let deepest = 0
  for (let index = text.indexOf('{'); index !== -1 && index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (char === 0x7b) deepest = Math.max(deepest, ++depth)
    else if (char === 0x7d && depth > 0) depth--
  }
  return deepest
}

/** The `[start, end)` of every text token of a message, branches included (in no order). */
function contentRanges(message: readonly Token[], ranges: Array<[number, number]>): void {
  const pending = [message]
  for (let tokens = pending.pop(); tokens; tokens = pending.pop()) {
    for (const token of tokens) {
      if (token.type === 'content') ranges.push([token.ctx.offset, token.ctx.offset + token.ctx.text.length])
      else if ('cases' in token) for (const branch of token.cases) pending.push(branch.tokens)
    }
  }
}

/** The ICU syntax of `text`: everything between its text tokens. A text that does not parse as a message has none here. */
export function findIcuCodes(text: string): FoundSpan[] {
  if (braceDepth(text) > maxBraceDepth) return []
  let tokens: Token[]
  try {
    tokens = parserModule().parse(text, {strict: false})
  } catch {
    return []
  }
  const ranges: Array<[number, number]> = []
  contentRanges(tokens, ranges)
  ranges.sort((a, b) => a[0] - b[0])
  const spans: FoundSpan[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start > at) spans.push({start: at, end: start, kind: 'icu'})
    at = Math.max(at, end)
  }
  if (at < text.length) spans.push({start: at, end: text.length, kind: 'icu'})
  return spans
}
