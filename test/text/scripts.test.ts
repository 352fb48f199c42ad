import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import * as scripts from '../../src/text/scripts/index.js'
import {udhrArticles} from '../fixtures/udhr.js'

const {
  analyseMixedWord,
  arabicLettersInPersian,
  bidiBalance,
  describeCodePoint,
  digitFindings,
  expectedScripts,
  foreignPunctuation,
  foreignRuns,
  invisibleCharacters,
  isVirama,
  joiningType,
  mixedScriptWords,
  persianLettersInArabic,
  resolvedScriptSet,
  scriptExtensions,
  skeleton,
  toDigitSystem,
  zwjInContext,
  zwnjInContext,
  zwspInContext
} = scripts

/** A UDHR text as lines, one paragraph a line. */
function udhrText(code: string): string {
  return [...udhrArticles(code).values()].flat().join('\n')
}

const clean: Record<string, string> = {
  eng: 'en',
  rus: 'ru',
  arb: 'ar',
  pes_1: 'fa',
  heb: 'he',
  cmn_hans: 'zh',
  hin: 'hi',
  jpn: 'ja'
}

/** Replace the `nth` match of `pattern` (a one-character regex) by `by`; returns the text and the offset. */
function inject(text: string, pattern: RegExp, by: string, nth = 0): {text: string; offset: number; original: string} {
  const match = [...text.matchAll(new RegExp(pattern.source, 'gu'))][nth]
  if (!match) throw new Error('no match for ' + pattern)
  return {text: text.slice(0, match.index) + by + text.slice(match.index + match[0].length), offset: match.index, original: match[0]}
}

describe('scripts API', () => {
  it('exports the mechanism of the mixed-script and invisible-characters rules', () => {
    expect(Object.keys(scripts).sort()).toEqual(
      [
        'analyseMixedWord', 'arabicDigits', 'arabicLettersInPersian', 'augmentedScripts', 'bidiBalance',
        'describeCodePoint', 'digitFindings', 'digitSystemName', 'dominantScript', 'expectedScripts', 'followsVirama',
        'foreignPunctuation', 'foreignRuns', 'formatInScript', 'invisibleCharacter', 'invisibleCharacters', 'isCompositeScript', 'isDigitSystem', 'isGreekSymbol',
        'isRightToLeft', 'isVirama', 'joiningType', 'languageDigitSystem', 'lookalikesIn', 'mainScript',
        'mixedScriptWords', 'numberTokens', 'outsideScripts', 'persianDigits', 'persianLettersInArabic',
        'prototypeOf', 'resolvedScriptSet', 'scriptExtensions', 'scriptName', 'scriptWords', 'skeleton',
        'toDigitSystem', 'windows1252Character', 'wordAround', 'wordScripts', 'writesArabic', 'writesPersian', 'zwjInContext', 'zwnjInContext', 'zwspInContext'
      ].sort()
    )
  })
})

describe('script sets (UAX #24, UTS #39 §5.1)', () => {
  it('gives Common punctuation its Script_Extensions', () => {
    const comma = scriptExtensions('،'.codePointAt(0)!)
    expect(comma).not.toBe('all')
    expect(comma !== 'all' && comma.has('Arab') && !comma.has('Latn')).toBe(true)
    expect(scriptExtensions('.'.codePointAt(0)!)).toBe('all')
    expect(scriptExtensions(0x200c)).toBe('all')
  })

  it('resolves single-script and mixed words', () => {
    const set = (word: string) => {
      const resolved = resolvedScriptSet(word)
      return resolved === 'all' ? 'all' : [...resolved].sort()
    }
    expect(set('Москва')).toEqual(['Cyrl'])
    expect(set('Мoсква')).toEqual([])
    expect(set('الوزير،')).toContain('Arab')
    expect(set('中文かな')).toEqual(['Jpan'])
    expect(set('COVID19')).toEqual(['Latn'])
    expect(set('Bāqerī')).toEqual(['Latn'])
    // Nivkh Cyrillic with a combining caron, whose Script_Extensions omit Cyrillic.
    expect(set('намадивӊчоғр\u030C')).toEqual(['Cyrl'])
  })

  it('reads each language’s scripts from CLDR likely subtags', () => {
    expect(expectedScripts('ru')).toEqual(['Cyrl'])
    expect(expectedScripts('fa')).toEqual(['Arab'])
    expect(expectedScripts('ja')).toEqual(expect.arrayContaining(['Hani', 'Hira', 'Kana', 'Jpan']))
    expect(expectedScripts('sr')).toEqual(['Cyrl'])
    expect(expectedScripts('sr', ['Cyrl', 'Latn'])).toEqual(['Cyrl', 'Latn'])
    expect(expectedScripts('ko')).toEqual(['Hang', 'Hani', 'Kore'])
  })

  it('computes UTS #39 skeletons from confusables.txt', () => {
    expect(skeleton('pаypal')).toBe(skeleton('paypal'))
    expect(skeleton('Мoсква')).toBe(skeleton('Москва'))
    expect(skeleton('Moscow')).not.toBe(skeleton('Москва'))
  })
})

describe('clean UDHR texts', () => {
  for (const [code, lang] of Object.entries(clean)) {
    it(`finds nothing in the ${lang} declaration`, () => {
      const text = udhrText(code)
      const own = expectedScripts(lang)
      expect(mixedScriptWords(text, own)).toEqual([])
      expect(foreignRuns(text, own)).toEqual([])
      expect(foreignPunctuation(text, own)).toEqual([])
      expect(digitFindings(text, lang, own)).toEqual([])
      expect(persianLettersInArabic(lang === 'ar' ? text : '')).toEqual([])
      expect(arabicLettersInPersian(lang === 'fa' ? text : '')).toEqual([])
      for (const {offset, character} of invisibleCharacters(text)) {
        expect(character.kind).toBe('zero-width-non-joiner')
        expect(zwnjInContext(text, offset)).toBe(true)
      }
    })
  }

  it('keeps the Persian declaration’s zero-width non-joiners, all in RFC 5892 context', () => {
    const text = udhrText('pes_1')
    const joiners = invisibleCharacters(text)
    expect(joiners.length).toBeGreaterThan(20)
    expect(joiners.every(({offset}) => zwnjInContext(text, offset))).toBe(true)
  })
})

describe('homoglyphs', () => {
  it('finds a Latin o in a Russian word and the Cyrillic letter meant', () => {
    const {text, offset} = inject(udhrText('rus'), /(?<=\p{sc=Cyrl})о(?=\p{sc=Cyrl})/, 'o', 40)
    const [word, ...rest] = mixedScriptWords(text, ['Cyrl'])
    expect(rest).toEqual([])
    expect(word.foreign).toEqual([{offset, character: 'o', script: 'Latn', intended: 'о', confusable: true}])
    expect(word.dominant).toBe('Cyrl')
    expect(word.level).toBe('minimally')
    expect(udhrText('rus').slice(word.span[0], word.span[1])).toBe(word.fixed)
  })

  it('finds a Cyrillic а in an English word', () => {
    const {text, offset} = inject(udhrText('eng'), /(?<=\p{L})a(?=\p{L})/, 'а', 100)
    const words = mixedScriptWords(text, ['Latn'])
    expect(words.map((word) => word.foreign[0].offset)).toEqual([offset])
    expect(words[0].foreign[0]).toMatchObject({script: 'Cyrl', intended: 'a'})
  })

  it('tells a homoglyph from an Arabic prefix on a Latin acronym', () => {
    expect(analyseMixedWord({span: [0, 7], text: 'بالـGPS'}, ['Arab'])).toMatchObject({level: 'moderately', homoglyph: false})
    expect(analyseMixedWord({span: [0, 6], text: 'Αthens'}, ['Latn'])).toMatchObject({homoglyph: true, fixed: 'Athens'})
  })
})

describe('Persian and Arabic letters', () => {
  it('finds Persian yeh and keheh in the Arabic declaration', () => {
    const original = udhrText('arb')
    const medial = inject(original, /(?<=\p{L})ي(?=\p{L})/, 'ی', 3)
    const final = inject(medial.text, /(?<=\p{L})ي(?!\p{L})/, 'ی', 5)
    const kaf = inject(final.text, /ك/, 'ک', 2)
    const findings = persianLettersInArabic(kaf.text)
    expect(findings.map((finding) => [finding.span[0], finding.expected, finding.safety])).toEqual(
      [
        [medial.offset, 'ي', 'safe'],
        [final.offset, 'ي', 'unsafe'],
        [kaf.offset, 'ك', 'safe']
      ].sort((a, b) => (a[0] as number) - (b[0] as number))
    )
  })

  it('finds Arabic yeh and kaf in the Persian declaration', () => {
    const yeh = inject(udhrText('pes_1'), /ی/, 'ي', 10)
    const kaf = inject(yeh.text, /ک/, 'ك', 10)
    const findings = arabicLettersInPersian(kaf.text)
    expect(findings.map((finding) => [finding.span[0], finding.expected])).toEqual(
      [
        [yeh.offset, 'ی'],
        [kaf.offset, 'ک']
      ].sort((a, b) => (a[0] as number) - (b[0] as number))
    )
  })
})

describe('digit systems', () => {
  const sample = readFileSync(new URL('../../corpus/alalam-2020-07-08.txt', import.meta.url), 'utf8')
  const arabic = sample.split('\n').slice(9).join('\n')

  it('reports the minority system of the sample’s Arabic version', () => {
    const findings = digitFindings(arabic, 'ar', ['Arab'])
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({kind: 'minority-system', text: '2011', system: 'latn', expected: 'arab'})
    expect(findings[0].replacement).toBe(new Intl.NumberFormat('ar-u-nu-arab', {useGrouping: false}).format(2011))
    expect(digitFindings(sample.split('\n').slice(0, 9).join('\n'), 'en', ['Latn'])).toEqual([])
  })

  it('reports a number mixing two systems, and Persian digits in Arabic text', () => {
    const text = 'صدر القرار رقم ١٢۳٤ في ٢٠٢٠ وعدد ۱۳۹۹'
    expect(digitFindings(text, 'ar', ['Arab']).map((finding) => [finding.kind, finding.text, finding.replacement])).toEqual([
      ['mixed-number', '١٢۳٤', '١٢٣٤'],
      ['persian-digits', '۱۳۹۹', '١٣٩٩']
    ])
  })

  it('leaves the digits of Latin codes in Arabic text alone and follows a configured system', () => {
    expect(digitFindings('طائرة F-16 في ٢٠٢٠ و G20', 'ar', ['Arab'])).toEqual([])
    expect(digitFindings('في ٢٠٢٠ و 2021', 'ar', ['Arab'], 'latn').map((finding) => finding.replacement)).toEqual(['2020'])
    expect(scripts.digitSystemName('deva')).toBe('Devanagari (`deva`)')
    expect(toDigitSystem('11:37', 'deva')).toBe(new Intl.NumberFormat('hi-u-nu-deva').format(11) + ':' + new Intl.NumberFormat('hi-u-nu-deva').format(37))
  })
})

describe('foreign-script runs', () => {
  it('finds an Arabic phrase left in the English declaration, and notes brackets', () => {
    const english = udhrText('eng')
    const phrase = udhrArticles('arb').get(1)!.at(-1)!.split(' ').slice(0, 3).join(' ')
    const at = english.indexOf('dignity')
    const text = english.slice(0, at) + phrase + ' ' + english.slice(at) + ' (' + phrase + ')'
    const runs = foreignRuns(text, ['Latn'])
    expect(runs.map((run) => [run.span[0], run.script, run.words, run.enclosed])).toEqual([
      [at, 'Arab', 3, false],
      [text.length - 1 - phrase.length, 'Arab', 3, true]
    ])
  })

  it('counts Latin words in Chinese and Hebrew text', () => {
    const chinese = udhrText('cmn_hans')
    const text = chinese.slice(0, 20) + 'United Nations' + chinese.slice(20)
    expect(foreignRuns(text, expectedScripts('zh')).map((run) => [run.span[0], run.script, run.words])).toEqual([[20, 'Latn', 2]])
    const hebrew = udhrText('heb')
    const at = hebrew.indexOf(' ', 200) + 1
    const withLatin = hebrew.slice(0, at) + 'human rights ' + hebrew.slice(at)
    expect(foreignRuns(withLatin, ['Hebr']).map((run) => [run.span, run.words])).toEqual([[[at, at + 12], 2]])
  })

  it('finds Arabic and CJK punctuation in English text', () => {
    const found = foreignPunctuation('Tehran، Iran。 Damascus', ['Latn'])
    expect(found.map((mark) => [mark.span[0], mark.script])).toEqual([
      [6, 'Arab'],
      [12, 'Hani']
    ])
  })
})

describe('invisible characters', () => {
  it('names a zero-width space injected in an English word, out of context', () => {
    const english = udhrText('eng')
    const at = english.indexOf('dignity') + 3
    const text = english.slice(0, at) + '\u200B' + english.slice(at)
    const [found, ...rest] = invisibleCharacters(text)
    expect(rest).toEqual([])
    expect(found).toMatchObject({offset: at, character: {kind: 'zero-width-space'}})
    expect(describeCodePoint(found.character.codePoint)).toBe('U+200B ZERO WIDTH SPACE')
    expect(zwspInContext(text, at)).toBe(false)
    expect(zwspInContext('ภาษา\u200Bไทย', 4)).toBe(true)
  })

  it('applies the RFC 5892 context rule to ZWNJ', () => {
    expect(zwnjInContext('می\u200Cخواهم', 2)).toBe(true)
    // After a right-joining letter (و) the non-joiner changes nothing.
    expect(zwnjInContext('او\u200Cها', 2)).toBe(false)
    expect(zwnjInContext('dig\u200Cnity', 3)).toBe(false)
    // After a virama (Devanagari क्‌ष).
    expect(zwnjInContext('क्\u200Cष', 2)).toBe(true)
  })

  it('allows ZWJ in emoji sequences and after a virama only', () => {
    expect(zwjInContext('a 👩\u200D💻 b', 4)).toBe(true)
    expect(zwjInContext('र्\u200Dथ', 2)).toBe(true)
    expect(zwjInContext('dig\u200Dnity', 3)).toBe(false)
  })

  it('knows joining types and viramas without a Unicode library', () => {
    expect(['ب', 'ا', 'ـ', '\u064E', 'a'].map((character) => joiningType(character.codePointAt(0)!))).toEqual(['D', 'R', 'C', 'T', 'U'])
    expect([0x094d, 0x09cd, 0x0dca, 0x093c, 0x064e].map(isVirama)).toEqual([true, true, true, false, false])
  })

  it('matches bidi embeddings and isolates per paragraph', () => {
    const balance = bidiBalance('a\u202Ebc\u202C d\u2067e\n\u202A x \u2069')
    expect(balance).toEqual({pairs: [{open: 1, close: 4}], unclosed: [7, 10], unopened: [14]})
    expect(describeCodePoint(0x202e)).toBe('U+202E RIGHT-TO-LEFT OVERRIDE')
    expect(describeCodePoint(0x1b)).toBe('U+001B ESCAPE')
  })

  it('reads a C1 control as the Windows-1252 character it was, and allows script-own format characters', () => {
    expect(scripts.windows1252Character(0x92)).toBe('’')
    expect(scripts.windows1252Character(0x81)).toBeUndefined()
    expect(scripts.formatInScript('ᠨᠡᠷ\u180Eᠡ', 3)).toBe(true)
    expect(scripts.formatInScript('\u0600١٢', 0)).toBe(true)
    expect(scripts.formatInScript('word\u180E', 4)).toBe(false)
  })
})
