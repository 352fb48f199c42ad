// mixed-script on real text: UDHR articles, English against six scripts,
// with homoglyphs, Persian/Arabic letter swaps, foreign phrases and digits
// injected; and the real sample document.

import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/mixed-script.js'
import {readCombined} from '../../src/corpus/formats/combined.js'
import {readSourceFile} from '../../src/corpus/source-file.js'
import {runExample} from '../../src/engine/examples.js'
import {lintUnit} from '../../src/engine/lint-unit.js'
import {lintPair, position, summary as summaryOf, type TextPair, udhr, udhrScripts} from '../helpers/rule-on-text.js'

const pairs = udhrScripts

type Pair = TextPair

const lint = (pair: Pair) => lintPair(rule, pair)

const summary = (pair: Pair) => summaryOf(rule, pair)


/** Replace the `nth` match of a one-character pattern in `text`; returns the new text and the offset. */
function swap(text: string, pattern: RegExp, by: string, nth: number): {text: string; offset: number} {
  const match = [...text.matchAll(new RegExp(pattern.source, 'gu'))][nth]
  return {text: text.slice(0, match.index) + by + text.slice(match.index + match[0].length), offset: match.index}
}


describe('mixed-script on UDHR', () => {
  for (const [code, lang] of pairs) {
    it(`reports nothing on the clean en-${lang} declaration`, () => {
      expect(summary(udhr(code, lang))).toEqual([])
    })
  }

  it('finds a Latin o in a Russian word and fixes it', () => {
    const clean = udhr('rus', 'ru')
    const {text, offset} = swap(clean.target, /(?<=\p{sc=Cyrl})о(?=\p{sc=Cyrl})/, 'o', 300)
    const result = lint({...clean, target: text})
    expect(result.messages.map((message) => `${message.line}:${message.column} ${message.messageId}`)).toEqual([`${position(text, offset)} homoglyph`])
    expect(result.messages[0].message).toMatch(/^Unexpected Latin `o` in the Cyrillic word `\S+`, expected Cyrillic `о`/)
    expect(result.output.target).toBe(clean.target)
  })

  it('finds Cyrillic and Greek letters in English words and fixes them', () => {
    const clean = udhr('heb', 'he')
    const first = swap(clean.source, /(?<=\p{L})a(?=\p{L})/, 'а', 50)
    const second = swap(first.text, /(?<=\s)A(?=\p{L})/, 'Α', 3)
    const result = lint({...clean, source: second.text})
    expect(summary({...clean, source: second.text})).toEqual(
      [`source ${position(second.text, first.offset)} homoglyph`, `source ${position(second.text, second.offset)} homoglyph`].sort()
    )
    expect(result.output.source).toBe(clean.source)
  })

  it('finds Persian letters in the Arabic declaration, fixing the certain ones', () => {
    const clean = udhr('arb', 'ar')
    const yeh = swap(clean.target, /(?<=\p{L})ي(?=\p{L})/, 'ی', 40)
    const kaf = swap(yeh.text, /ك/, 'ک', 30)
    const final = swap(kaf.text, /(?<=\p{L})ي(?=\s)/, 'ی', 12)
    const result = lint({...clean, target: final.text})
    expect(summary({...clean, target: final.text})).toEqual(
      [
        `target ${position(final.text, yeh.offset)} persianLetter`,
        `target ${position(final.text, kaf.offset)} persianLetter`,
        `target ${position(final.text, final.offset)} persianLetterAmbiguous`
      ].sort()
    )
    // The word-final one is an unsafe fix to ي, which this word had.
    expect(result.output.target).toBe(clean.target)
  })

  it('finds Arabic letters and digits in the Persian declaration', () => {
    const clean = udhr('pes_1', 'fa')
    const yeh = swap(clean.target, /ی/, 'ي', 100)
    const kaf = swap(yeh.text, /ک/, 'ك', 20)
    const result = lint({...clean, target: kaf.text})
    expect(summary({...clean, target: kaf.text})).toEqual(
      [`target ${position(kaf.text, yeh.offset)} arabicLetter`, `target ${position(kaf.text, kaf.offset)} arabicLetter`].sort()
    )
    expect(result.output.target).toBe(clean.target)
  })

  it('finds an untranslated Russian phrase in the English version and Latin text in Hebrew and Chinese', () => {
    const russian = udhr('rus', 'ru')
    const phrase = russian.target.split('\n')[5].split(' ').slice(0, 4).join(' ')
    const at = russian.source.indexOf('\n', 2000) + 1
    const source = russian.source.slice(0, at) + phrase + ' ' + russian.source.slice(at)
    expect(summary({...russian, source})).toEqual([`source ${position(source, at)} foreignText`])

    for (const [code, lang] of [
      ['heb', 'he'],
      ['cmn_hans', 'zh']
    ] as const) {
      const clean = udhr(code, lang)
      const where = clean.target.indexOf('\n', 1000) + 1
      const target = clean.target.slice(0, where) + 'everyone has the right to life ' + clean.target.slice(where)
      expect(summary({...clean, target})).toEqual([`target ${position(target, where)} foreignText`])
    }
  })

  it('reports a number in the minority digit system of the Hindi and Arabic versions', () => {
    const hindi = udhr('hin', 'hi')
    const devanagari = /\p{Nd}+/u.exec(hindi.target)!
    const hindiTarget = hindi.target.slice(0, devanagari.index) + '7' + hindi.target.slice(devanagari.index + devanagari[0].length)
    // The Hindi version writes its article numbers in Devanagari digits.
    expect(devanagari[0]).toMatch(/^[\u0966-\u096F]+$/)
    expect(summary({...hindi, target: hindiTarget})).toEqual([`target ${position(hindiTarget, devanagari.index)} minorityDigits`])

    const arabic = udhr('arb', 'ar')
    const number = /\d+/.exec(arabic.target.slice(3000))!
    const at = 3000 + number.index
    const arabicDigits = new Intl.NumberFormat('ar-u-nu-arab', {useGrouping: false}).format(Number(number[0]))
    const target = arabic.target.slice(0, at) + arabicDigits + arabic.target.slice(at + number[0].length)
    const result = lint({...arabic, target})
    expect(summary({...arabic, target})).toEqual([`target ${position(target, at)} minorityDigits`])
    expect(result.output.target).toBe(arabic.target)
  })
})

describe('mixed-script on the Quran and its Russian translation (quran-json)', () => {
  it('finds the Latin c left in `Альяcу` (6:86), a real homoglyph, and fixes it', () => {
    const require = createRequire(import.meta.url)
    const chapters = require('quran-json/dist/quran_ru.json') as Array<{id: number; verses: Array<{text: string; translation: string}>}>
    const chapter = chapters.find((entry) => entry.id === 6)!
    const source = chapter.verses.map((verse) => verse.translation).join('\n')
    const target = chapter.verses.map((verse) => verse.text).join('\n')
    const result = runExample(rule, {name: 'al-anam', source, target, languages: {source: 'ru', target: 'ar'}})
    const line = source.split('\n')[85]
    expect(result.messages.map((message) => `${message.side} ${message.line}:${message.column} ${message.messageId}`)).toEqual([
      `source 86:${line.indexOf('Альяcу') + 5} homoglyph`
    ])
    expect(result.output.source.split('\n')[85]).toContain('Альяс' + 'у')
    expect(result.output.target).toBe(target)
  })
})

describe('mixed-script on the sample document', () => {
  it('reports the Latin digits of line 17 and nothing else', async () => {
    const path = fileURLToPath(new URL('../../corpus/alalam-2020-07-08.txt', import.meta.url))
    const unit = readCombined(await readSourceFile(path), {source: 'en', target: 'ar'})
    const messages = lintUnit(unit, [{rule, severity: 2, options: rule.meta.defaultOptions}]).map(({message}) => message)
    expect(messages.map((message) => `${message.side} ${message.line}:${message.column} ${message.messageId}`)).toEqual([
      'target 17:44 minorityDigits'
    ])
    const line = readFileSync(path, 'utf8').split('\n')[16]
    expect(line.indexOf('2011') + 1).toBe(44)
    expect(messages[0].message).toContain('`2011`')
    expect(messages[0].message).toContain('`٢٠١١`')
  })
})
