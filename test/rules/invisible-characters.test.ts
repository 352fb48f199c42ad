// invisible-characters on real text: UDHR articles, English against six
// scripts, clean (Persian non-joiners included) and with zero-width and bidi
// characters injected; and the real sample document.

import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/invisible-characters.js'
import {readCombined} from '../../src/corpus/formats/combined.js'
import {readSourceFile} from '../../src/corpus/source-file.js'
import {lintUnit} from '../../src/engine/lint-unit.js'
import {lintPair, position, summary as summaryOf, type TextPair, udhr, udhrScripts} from '../helpers/rule-on-text.js'

const pairs = udhrScripts

type Pair = TextPair


const lint = (pair: Pair) => lintPair(rule, pair)

const summary = (pair: Pair) => summaryOf(rule, pair)


/** Insert `character` after the `nth` match of `pattern`. */
function insertAfter(text: string, pattern: RegExp, character: string, nth: number): {text: string; offset: number} {
  const match = [...text.matchAll(new RegExp(pattern.source, 'gu'))][nth]
  const offset = match.index + match[0].length
  return {text: text.slice(0, offset) + character + text.slice(offset), offset}
}

describe('invisible-characters on UDHR', () => {
  for (const [code, lang] of pairs) {
    it(`reports nothing on the clean en-${lang} declaration`, () => {
      expect(summary(udhr(code, lang))).toEqual([])
    })
  }

  it('keeps the Persian declaration’s non-joiners', () => {
    expect(udhr('pes_1', 'fa').target.match(/\u200C/g)!.length).toBeGreaterThan(20)
  })

  it('finds zero-width spaces inside words of both versions of every pair and removes them', () => {
    for (const [code, lang] of pairs) {
      const clean = udhr(code, lang)
      const source = insertAfter(clean.source, /\p{L}{3}(?=\p{L})/, '\u200B', 200)
      const target = insertAfter(clean.target, /\p{L}{2}(?=\p{L})/, '\u200B', 150)
      const pair = {...clean, source: source.text, target: target.text}
      expect(summary(pair)).toEqual(
        [`source ${position(source.text, source.offset)} zeroWidthSpace`, `target ${position(target.text, target.offset)} zeroWidthSpace`].sort()
      )
      expect(lint(pair).messages[0].message).toMatch(/^Unexpected U\+200B ZERO WIDTH SPACE in `/)
      expect(lint(pair).output).toEqual({source: clean.source, target: clean.target})
    }
  })

  it('finds a non-joiner in Arabic and a redundant one in Persian, not the Persian ones in place', () => {
    const arabic = udhr('arb', 'ar')
    const inArabic = insertAfter(arabic.target, /(?<=\s)\p{sc=Arab}{2}(?=\p{sc=Arab})/, '\u200C', 40)
    expect(summary({...arabic, target: inArabic.text})).toEqual([`target ${position(inArabic.text, inArabic.offset)} zeroWidthNonJoiner`])

    const persian = udhr('pes_1', 'fa')
    // After و, which never joins the next letter, a non-joiner does nothing (RFC 5892 A.1).
    const inPersian = insertAfter(persian.target, /و(?=\p{sc=Arab})/, '\u200C', 10)
    const result = lint({...persian, target: inPersian.text})
    expect(summary({...persian, target: inPersian.text})).toEqual([`target ${position(inPersian.text, inPersian.offset)} zeroWidthNonJoiner`])
    expect(result.output.target).toBe(persian.target)
  })

  it('finds an override in Hebrew text and removes it with its closer', () => {
    const clean = udhr('heb', 'he')
    const start = clean.target.indexOf(' ', 500) + 1
    const end = clean.target.indexOf(' ', start)
    const target = clean.target.slice(0, start) + '\u202D' + clean.target.slice(start, end) + '\u202C' + clean.target.slice(end)
    const result = lint({...clean, target})
    expect(summary({...clean, target})).toEqual([`target ${position(target, start)} bidiOverride`])
    expect(result.output.target).toBe(clean.target)
  })

  it('finds a left-to-right mark in English but not in Hebrew; an isolate left open in Hindi', () => {
    const clean = udhr('hin', 'hi')
    const source = insertAfter(clean.source, /Article \d+/, '\u200E', 3)
    const target = insertAfter(clean.target, /\p{sc=Deva}+ /, '\u2068', 30)
    expect(summary({...clean, source: source.text, target: target.text})).toEqual(
      [`source ${position(source.text, source.offset)} bidiMark`, `target ${position(target.text, target.offset)} unclosedBidi`].sort()
    )
    const hebrew = udhr('heb', 'he')
    expect(summary({...hebrew, target: insertAfter(hebrew.target, /\p{sc=Hebr}+/, '\u200F', 20).text})).toEqual([])
  })
})

describe('invisible-characters on the sample document', () => {
  it('reports nothing', async () => {
    const path = fileURLToPath(new URL('../../corpus/alalam-2020-07-08.txt', import.meta.url))
    const unit = readCombined(await readSourceFile(path), {source: 'en', target: 'ar'})
    expect(lintUnit(unit, [{rule, severity: 2, options: rule.meta.defaultOptions}])).toEqual([])
  })
})
