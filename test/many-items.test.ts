// A side may hold more findings, codes or controls than a function call takes
// arguments (about 120,000 in V8): every list an input fills is appended in
// a loop, never with push(...list) or Math.max(...list) (#27).

import {describe, expect, it} from 'vitest'
import {findProtected} from '../src/text/lexical/protect.js'
import {segmentDefault} from '../src/text/lexical/syntaxes.js'
import {bidiBalance} from '../src/text/scripts/invisible-context.js'

describe('a side with 200,000 items of one kind', () => {
  it('bidi controls left open, at the end of a paragraph and inside an isolate', () => {
    expect(bidiBalance('\u2066'.repeat(200_000)).unclosed).toHaveLength(200_000)
    const inIsolate = bidiBalance('\u2067' + '\u202a'.repeat(200_000) + '\u2069')
    expect(inIsolate.unclosed).toHaveLength(200_000)
    expect(inIsolate.unclosed.at(-1)).toBe(200_000)
    expect(inIsolate.pairs).toEqual([{open: 0, close: 200_001}])
  })

  const icu = {...segmentDefault, placeholders: ['icu' as const]}

  it('ICU arguments', () => {
    const found = findProtected('{a} '.repeat(200_000), icu)
    expect(found).toHaveLength(200_000)
    expect(found.at(-1)).toEqual({start: 799_996, end: 799_999, kind: 'icu'})
  })

  it('ICU plurals nested 32 deep (64 braces) are parsed, 100,000 deep taken for text, without recursion to that depth', () => {
    const nested = (depth: number) => '{n, plural, other {'.repeat(depth) + 'x' + '}}'.repeat(depth)
    const icuSpans = (text: string) => findProtected(text, icu).filter((span) => span.kind === 'icu').map(({start, end}) => [start, end])
    expect(icuSpans(nested(32))).toEqual([[0, 32 * 19], [32 * 19 + 1, 32 * 19 + 1 + 64]])
    expect(icuSpans(nested(33))).toEqual([])
    expect(icuSpans(nested(100_000))).toEqual([])
  })
})
