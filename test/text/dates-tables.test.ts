// The shortcuts of the date mechanism change no result: regional variants
// found through Intl.DisplayNames are those DateTimeFormat resolves, and a
// text is skipped before any table only when it has no number to read.

import {describe, expect, it} from 'vitest'
import {findDateTimes, mayHoldDateTime, regionalLocales} from '../../src/text/dates/index.js'
import {udhrArticles} from '../fixtures/udhr.js'

const resolvedBy = (service: 'DateTimeFormat' | 'DisplayNames', tag: string): string =>
  service === 'DateTimeFormat' ? new Intl.DateTimeFormat(tag).resolvedOptions().locale : new Intl.DisplayNames(tag, {type: 'region'}).resolvedOptions().locale

/** Every two-letter region code and the areas CLDR keeps data for. */
const regionCodes = [
  ...Array.from({length: 26 * 26}, (_, index) => String.fromCharCode(65 + Math.floor(index / 26), 65 + (index % 26))),
  '001', '150', '419'
]

describe('regional variants', () => {
  it('resolve through DisplayNames as through DateTimeFormat, in languages with many variants, few and none', () => {
    for (const lang of ['en', 'ar', 'nb', 'za']) {
      const differing = regionCodes.map((region) => `${lang}-${region}`).filter((tag) => resolvedBy('DisplayNames', tag) !== resolvedBy('DateTimeFormat', tag))
      expect(differing, lang).toEqual([])
    }
  })

  it('are the variants DateTimeFormat has data for', () => {
    for (const lang of ['en', 'ar', 'fa']) {
      for (const locale of regionalLocales(lang)) expect(resolvedBy('DateTimeFormat', locale)).toBe(locale)
    }
    // English and Arabic are written in dozens of regions; Arabic in the US has no data of its own.
    expect(regionalLocales('en').length).toBeGreaterThan(100)
    expect(regionalLocales('en')).toContain('en-GB')
    expect(regionalLocales('ar')).toContain('ar-EG')
    expect(regionalLocales('ar')).not.toContain('ar-US')
  })
})

describe('the number prefilter', () => {
  it('lets through digits of any system and Han numerals, and nothing else', () => {
    expect(mayHoldDateTime('الأربعاء ٠٨ يوليو')).toBe(true)
    expect(mayHoldDateTime('چهارشنبه ۱۸ تیر')).toBe(true)
    expect(mayHoldDateTime('二〇二〇年七月八日')).toBe(true)
    expect(mayHoldDateTime('मंगलवार, ११ सितंबर')).toBe(true)
    expect(mayHoldDateTime('Wednesday, the eighth of July')).toBe(false)
  })

  it('skips only paragraphs of the UDHR that have no date, in three languages and scripts', () => {
    for (const code of ['eng', 'arb', 'cmn_hans']) {
      const lang = {eng: 'en', arb: 'ar', cmn_hans: 'zh'}[code]!
      const paragraphs = [...udhrArticles(code).values()].flat()
      const skipped = paragraphs.filter((text) => !mayHoldDateTime(text))
      // Chinese writes Han numerals in running text, so fewer of its paragraphs are skipped.
      expect(skipped.length, code).toBeGreaterThan(paragraphs.length / 4)
      // A date written into any paragraph is found again, the paragraph no longer skipped.
      const dated = skipped.slice(0, 5).map((text) => `${text} 10/12/1948`)
      for (const text of dated) expect(findDateTimes(text, lang).map((mention) => mention.year), code).toEqual([1948])
    }
  })
})
