// The lexical layer: protected spans of every syntax and their masking, the
// syntaxes a PO entry's flags choose, a catalog's Plural-Forms, directives,
// and the runs of character classes every word is read from.

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parsePluralForms} from '../../src/corpus/formats/po-plural.js'
import {parseDirective} from '../../src/engine/directives.js'
import * as classes from '../../src/text/lexical/classes.js'
import {codeMark, maskSpans, unmaskedText} from '../../src/text/lexical/mask.js'
import * as protect from '../../src/text/lexical/protect.js'
import * as scan from '../../src/text/lexical/scan.js'
import {protectForFlags, protectSetting, segmentDefault, syntaxesOfFlags} from '../../src/text/lexical/syntaxes.js'
import {createSide} from '../../src/text/side.js'

const {findProtected} = protect
const {bits, DIGIT, LETTER, MARK, NUMERIC} = classes
const {countStretches, eachStretch, holds, scanText} = scan

/** What `findProtected` finds in a text, as the spans' text and kind. */
const found = (text: string, setting = segmentDefault) => findProtected(text, setting).map((span) => [text.slice(span.start, span.end), span.kind])

describe('the lexical modules', () => {
  it('export this API', () => {
    expect(Object.keys(protect).sort()).toEqual(['customPatternProblem', 'findProtected'])
    expect(Object.keys(scan).sort()).toEqual(['countStretches', 'eachStretch', 'holds', 'scanText'])
  })
})

describe('protected spans', () => {
  it('finds printf, Python and brace placeholders, escapes and templates', () => {
    expect(found('Delete %(count)s %(name)-10.2f of %1$s, %5.2lf and %% {0} {name!r:>10} {} {{ user }} {% url "x" %}')).toEqual([
      ['%(count)s', 'python'],
      ['%(name)-10.2f', 'python'],
      ['%1$s', 'printf'],
      ['%5.2lf', 'printf'],
      ['%%', 'printf'],
      ['{0}', 'brace'],
      ['{name!r:>10}', 'brace'],
      ['{}', 'brace'],
      ['{{ user }}', 'brace'],
      ['{% url "x" %}', 'brace']
    ])
  })

  it('leaves text alone that only looks like code: a percentage, a comparison, abbreviations, a plural in brackets', () => {
    expect(found('50% off, x < y and z > w, e.g. the U.S.A. and/or the item(s) at 10:30.')).toEqual([])
  })

  it('finds markup, links, paths and code, a tag with the placeholder in it whole', () => {
    expect(found('See <a href="%(url)s" target="_blank">docs</a> &amp; https://example.com/a_b?x=1. or www.djangoproject.com, mail a@b.org')).toEqual([
      ['<a href="%(url)s" target="_blank">', 'tag'],
      ['</a>', 'tag'],
      ['&amp;', 'entity'],
      ['https://example.com/a_b?x=1', 'url'],
      ['www.djangoproject.com', 'url'],
      ['a@b.org', 'email']
    ])
    expect(found('Run get_absolute_url() in django.contrib.admin from settings.py at /about/contact/ with `x = 1`, null and YYYY-MM-DD HH:MM[:ss[.uuuuuu]]')).toEqual([
      ['get_absolute_url()', 'code'],
      ['django.contrib.admin', 'code'],
      ['settings.py', 'code'],
      ['/about/contact/', 'path'],
      ['`x = 1`', 'code'],
      ['null', 'code'],
      ['YYYY-MM-DD HH:MM[:ss[.uuuuuu]]', 'code']
    ])
  })

  it('reads the syntax of an ICU message, not the text of its branches', () => {
    const setting = protectSetting('segment', ['icu'])
    expect(found('You have {count, plural, one {# item} other {# items}} in {place}.', setting)).toEqual([
      ['{count, plural, one {#', 'icu'],
      ['} other {#', 'icu'],
      ['}}', 'icu'],
      ['{place}', 'icu']
    ])
  })

  it('protects only links in prose, and the syntaxes a PO entry’s flags name', () => {
    expect(found('Pay 50%s now, see https://x.org', protectSetting('document'))).toEqual([['https://x.org', 'url']])
    expect(syntaxesOfFlags(['python-format'], ['printf', 'python', 'brace'])).toEqual(['printf', 'python'])
    expect(syntaxesOfFlags(['python-brace-format', 'no-python-format'], ['printf'])).toEqual(['brace'])
    expect(syntaxesOfFlags(['fuzzy'], ['printf'])).toEqual(['printf'])
    const custom = {pattern: '\\[\\[\\w+\\]\\]'}
    expect(syntaxesOfFlags(['c-format'], ['brace', custom])).toEqual(['printf', custom])
    // One object per setting and flags, so a setting's patterns compile once.
    expect(protectForFlags(segmentDefault, ['c-format'])).toBe(protectForFlags(segmentDefault, ['c-format']))
  })

  it('masks each span as one U+FFFC, whose offsets map back to the span’s start and end', () => {
    const raw = 'Add %(name)s to <b>x</b>'
    const masked = maskSpans(raw, findProtected(raw, segmentDefault))
    expect(masked.text).toBe(`Add ${codeMark} to ${codeMark}x${codeMark}`)
    const offsets = [0, 4, 5, 6, 9, 10, 11, 12]
    expect(offsets.map((offset) => masked.rawOffset(offset))).toEqual([0, 4, 12, 13, 16, 19, 20, 24])
    expect(unmaskedText(masked)).toBe(raw)
  })

  it('gives a side the masked text, its codes, and positions in the file', () => {
    const text = 'Hello %(user)s, see <a href="/x">this</a>'
    const side = createSide({role: 'target', lang: 'en', filePath: '/f', text, toFileOffset: (offset) => offset + 100, position: (offset) => ({line: 1, column: offset + 1}), protect: segmentDefault})
    expect(side.text).toBe(`Hello ${codeMark}, see ${codeMark}this${codeMark}`)
    expect(side.codes.map((code) => [code.offset, code.text, code.kind])).toEqual([
      [6, '%(user)s', 'python'],
      [13, '<a href="/x">', 'tag'],
      [18, '</a>', 'tag']
    ])
    expect(side.toFileOffset(side.text.indexOf('this'))).toBe(100 + text.indexOf('this'))
    expect(side.position(side.text.length)).toEqual({line: 1, column: text.length + 1})
  })
})

describe('Plural-Forms', () => {
  it('evaluates the header’s expression and says which forms are for few values', () => {
    const arabic = parsePluralForms('nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;')
    if (typeof arabic === 'string') throw new Error(arabic)
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103].map(arabic.formOf)).toEqual([0, 1, 2, 3, 3, 4, 4, 5, 5, 3])
    expect(arabic.fewValues).toEqual([true, true, true, false, false, false])
    const russian = parsePluralForms(' nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);')
    if (typeof russian === 'string') throw new Error(russian)
    expect([1, 2, 5, 11, 21, 22, 25].map(russian.formOf)).toEqual([0, 1, 2, 2, 0, 1, 2])
    expect(russian.fewValues).toEqual([false, false, false])
  })

  it('says what is wrong with a header that does not parse, and runs no code', () => {
    expect(parsePluralForms('nplurals=2; plural=n != 1 +;')).toBe('the plural expression: expected `a value`')
    expect(parsePluralForms('nplurals=2; plural=process.exit(1);')).toBe('the plural expression: unexpected `process.ex`')
    expect(parsePluralForms('plural=n != 1;')).toBe('expected `nplurals=N; plural=EXPRESSION;`')
    expect(parsePluralForms('nplurals=300000000; plural=n;')).toBe('`nplurals` must be from 1 to 16')
    expect(parsePluralForms(`nplurals=2; plural=${Array(2000).fill('1').join('+')};`)).toBe('the plural expression: more than 500 tokens')
    expect(parsePluralForms('nplurals=2; plural=n>1 ? 2 : 0;')).toBe('the plural expression gives 2 for n = 2, outside the 2 forms')
    const negated = parsePluralForms('nplurals=2; plural=-(n-1) < 0;')
    if (typeof negated === 'string') throw new Error(negated)
    expect([0, 1, 2].map(negated.formOf)).toEqual([0, 0, 1])
  })
})

describe('directives', () => {
  it('reads the kind, the rules and the justification', () => {
    expect(parseDirective(' bilint-disable-next-line whitespace, mixed-script -- a table')).toEqual({kind: 'disable-next-line', rules: ['whitespace', 'mixed-script'], justification: 'a table'})
    expect(parseDirective('bilint-enable')).toEqual({kind: 'enable', rules: null})
    expect(parseDirective('Translators: bilint-disable')).toBeUndefined()
    expect(parseDirective('bilint-disabled whitespace')).toBeUndefined()
  })
})

describe('the lexicon', () => {
  it('cuts a text into runs of one class, and says which classes it holds', () => {
    const lexicon = scanText('عَلَى 12 x\u200Cy!')
    expect(Array.from(lexicon.classes)).toEqual([LETTER, MARK, LETTER, MARK, LETTER, classes.SPACE, DIGIT, classes.SPACE, LETTER, classes.FORMAT, LETTER, classes.PUNCTUATION])
    expect(holds(lexicon, bits(classes.FORMAT))).toBe(true)
    expect(holds(lexicon, bits(classes.CODE))).toBe(false)
    expect(countStretches(lexicon, bits(LETTER, MARK, DIGIT), 10)).toBe(4)
  })

  it('gives the words a regex of the same classes gives, on any text', () => {
    const pattern = /[\p{L}\p{M}\p{Nd}]+/gu
    const alphabet = fc.constantFrom('a', 'B', 'é', '\u0301', 'ع', '\u064E', '1', '٣', '²', ' ', '\n', '-', '’', '\u200C', '😀', '\uFFFC', '\uD800')
    fc.assert(
      fc.property(fc.array(alphabet, {maxLength: 40}).map((characters) => characters.join('')), (text) => {
        const stretches: string[] = []
        eachStretch(scanText(text), bits(LETTER, MARK, DIGIT), (start, end) => stretches.push(text.slice(start, end)))
        expect(stretches).toEqual(text.match(pattern) ?? [])
        expect(countStretches(scanText(text), bits(LETTER, DIGIT, NUMERIC), 1000)).toBe((text.match(/[\p{L}\p{N}]+/gu) ?? []).length)
      })
    )
  })

  it('reads a stretch within a span, cut at its ends', () => {
    const text = 'one two three'
    const words: string[] = []
    eachStretch(scanText(text), bits(LETTER), (start, end) => words.push(text.slice(start, end)), 2, 9)
    expect(words).toEqual(['e', 'two', 't'])
  })
})
