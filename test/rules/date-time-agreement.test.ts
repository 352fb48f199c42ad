// date-time-agreement on real text: the sample document, UDHR pairs, and
// dates across 1990-2030 written by hand from a fixed table of known days
// (weekdays and calendar conversions from published calendars), so the
// expectations never come from the Intl calls the rule makes.

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/date-time-agreement.js'
import {rules} from '../../rules/index.js'
import {loadConfig} from '../../src/config/load.js'
import {runExample} from '../../src/engine/examples.js'
import {udhrPair} from '../fixtures/udhr.js'

const sample = readFileSync(new URL('../../corpus/alalam-2020-07-08.txt', import.meta.url), 'utf8').split('\n')
/** English lines 1-9 and Arabic lines 10-19 of the sample, as the two sides. */
const english = sample.slice(0, 9).join('\n')
const arabic = sample.slice(9, 19).join('\n')

function lint(source: string, target: string, languages = {source: 'en', target: 'ar'}, options = {}) {
  return runExample(rule, {name: 'test', source, target, languages, options}).messages
    .map((message) => ({id: message.messageId, side: message.side, line: message.line, related: message.related?.map((r) => r.line)}))
}

describe('the sample document', () => {
  it('reports nothing: its dateline agrees and 8 July 2020 was a Wednesday', () => {
    expect(lint(english, arabic)).toEqual([])
  })

  it('reports the Arabic day changed to ٠٩ on its line, with the English dateline as related', () => {
    const changed = arabic.replace('٠٨ يوليو', '٠٩ يوليو')
    const messages = lint(english, changed)
    // Arabic line 2 of the side is line 11 of the file; English line 1 is line 1.
    expect(messages).toContainEqual({id: 'dateDiffers', side: 'target', line: 2, related: [1]})
    expect(messages.every((message) => message.side === 'target' && message.line === 2)).toBe(true)
  })

  it('reports the English weekday changed to Thursday on line 1', () => {
    expect(lint(english.replace('Wednesday', 'Thursday'), arabic)).toEqual([{id: 'weekday', side: 'source', line: 1, related: undefined}])
  })

  it('reports the time changed in the translation', () => {
    expect(lint(english, arabic.replace('١١:٣٧', '١٢:٣٧'))).toEqual([{id: 'timeDiffers', side: 'target', line: 2, related: [1]}])
  })
})

/** Known days: English, and the same day as a translator writes it. */
const KNOWN: {day: string; english: string; translations: [lang: string, text: string][]}[] = [
  {
    day: '1990-01-01, Monday',
    english: 'Monday, 1 January 1990',
    translations: [['ar', 'الاثنين ١ يناير ١٩٩٠'], ['ar', 'الاثنين 1 كانون الثاني 1990'], ['ru', 'понедельник, 1 января 1990 г.'], ['fr', 'lundi 1er janvier 1990']],
  },
  {
    day: '1990-03-21, Wednesday, 1 Farvardin 1369',
    english: 'Wednesday 21 March 1990',
    translations: [['fa', 'چهارشنبه ۱ فروردین ۱۳۶۹'], ['ar', 'الأربعاء 21 آذار 1990'], ['zh', '1990年3月21日 星期三']],
  },
  {
    day: '1995-12-25, Monday',
    english: 'Monday, December 25, 1995',
    translations: [['he', 'יום שני, 25 בדצמבר 1995'], ['ar', 'الاثنين ٢٥ ديسمبر ١٩٩٥'], ['fr', 'lundi 25 décembre 1995']],
  },
  {
    day: '2001-09-11, Tuesday',
    english: 'Tuesday, 11 September 2001',
    translations: [['ar', 'الثلاثاء ١١ أيلول ٢٠٠١'], ['ar', 'الثلاثاء 11 شتنبر 2001'], ['ru', 'вторник, 11 сентября 2001 г.'], ['zh', '2001年9月11日星期二'], ['hi', 'मंगलवार, 11 सितंबर 2001']],
  },
  {
    day: '2005-07-07, Thursday',
    english: 'Thursday 7 July 2005',
    translations: [['ar', 'الخميس 7 جويلية 2005'], ['ar', 'الخميس ٧ تموز ٢٠٠٥'], ['fr', 'jeudi 7 juillet 2005']],
  },
  {
    day: '2016-03-20, Sunday, 1 Farvardin 1395',
    english: 'Sunday, 20 March 2016',
    translations: [['fa', 'یکشنبه ۱ فروردین ۱۳۹۵'], ['ar', 'الأحد ٢٠ مارس ٢٠١٦']],
  },
  {
    day: '2020-05-24, Sunday, 1 Shawwal 1441',
    english: 'Sunday, 24 May 2020',
    translations: [['ar', 'الأحد ١ شوال ١٤٤١ هـ'], ['ar', 'الأحد 24 أيار 2020'], ['ru', 'воскресенье, 24 мая 2020 г.']],
  },
  {
    day: '2024-02-29, Thursday',
    english: 'Thursday, 29 February 2024',
    translations: [['ar', 'الخميس ٢٩ شباط ٢٠٢٤'], ['zh', '2024年2月29日 星期四'], ['fr', 'jeudi 29 février 2024']],
  },
  {
    day: '2030-01-01, Tuesday',
    english: 'Tuesday, 1 January 2030',
    translations: [['ar', 'الثلاثاء ١ يناير ٢٠٣٠'], ['ru', 'вторник, 1 января 2030 г.'], ['zh', '2030年1月1日 星期二']],
  },
]

/** The same digit system's digit four higher (mod 10): 2024 -> 2028 keeps leap days. */
function plusFour(digit: string): string {
  const code = digit.charCodeAt(0)
  const zero = code >= 0x6f0 ? 0x6f0 : code >= 0x660 ? 0x660 : 0x30
  return String.fromCharCode(zero + ((code - zero + 4) % 10))
}

/** The year (four digits in any system) written four years later. */
const YEAR = /(?<!\p{Nd})(\p{Nd}{3})(\p{Nd})(?!\p{Nd})/u

function yearChanged(text: string): string {
  return text.replace(YEAR, (_, head: string, last: string) => head + plusFour(last))
}

describe('dates across 1990-2030 in many languages and calendars', () => {
  for (const {day, english: source, translations} of KNOWN) {
    for (const [lang, target] of translations) {
      it(`${day}: ${lang} "${target}" agrees`, () => {
        expect(lint(source, target, {source: 'en', target: lang})).toEqual([])
      })
      it(`${day}: ${lang} with the year changed disagrees`, () => {
        const changed = yearChanged(target)
        expect(changed).not.toBe(target)
        const ids = lint(source, changed, {source: 'en', target: lang}).map((message) => message.id)
        expect(ids).toContain('dateDiffers')
      })
    }
  }

  it('reports a changed month in both directions of translation', () => {
    expect(lint('Sunday, 24 May 2020', 'الأحد 24 يونيو 2020').map((m) => m.id)).toEqual(expect.arrayContaining(['dateDiffers', 'weekday']))
    expect(lint('الأحد 24 أيار 2020', 'Sunday, 24 June 2020', {source: 'ar', target: 'en'}).map((m) => m.id)).toEqual(expect.arrayContaining(['dateDiffers', 'weekday']))
  })

  it('reports a changed day in a Persian-calendar date with Persian digits', () => {
    expect(lint('Wednesday 21 March 1990', 'چهارشنبه ۲ فروردین ۱۳۶۹', {source: 'en', target: 'fa'}).map((m) => m.id))
      .toEqual(expect.arrayContaining(['dateDiffers', 'weekday']))
  })

  it('accepts a Hijri date one day off (Hijri variants differ by a day) and not two', () => {
    expect(lint('Sunday, 24 May 2020', 'الأحد ٢ شوال ١٤٤١ هـ')).toEqual([])
    expect(lint('Sunday, 24 May 2020', '٣ شوال ١٤٤١ هـ').map((m) => m.id)).toEqual(['dateDiffers'])
    expect(lint('Sunday, 24 May 2020', '٣ شوال ١٤٤١ هـ', undefined, {hijriTolerance: 2})).toEqual([])
  })

  it('reports a changed or missing time, and agrees 12- and 24-hour clocks', () => {
    expect(lint('The talks ended at 11:37 pm.', 'انتهت المحادثات الساعة ٢٣:٣٧.')).toEqual([])
    expect(lint('The talks ended at 11:37 pm.', 'انتهت المحادثات الساعة ١١:٣٧ مساءً.')).toEqual([])
    expect(lint('The talks ended at 11:37 pm.', 'انتهت المحادثات الساعة ١١:٣٧ صباحًا.').map((m) => m.id)).toEqual(['timeDiffers'])
    expect(lint('The talks ended at 11:37 pm.', 'انتهت المحادثات مساءً.').map((m) => m.id)).toEqual(['timeMissing'])
  })

  it('checks only what `compare` names', () => {
    const source = 'Thursday, 8 July 2020 at 10:00'
    const target = 'الخميس ٩ تموز ٢٠٢٠ الساعة ١١:٠٠'
    expect(lint(source, target).map((m) => m.id).sort()).toEqual(['dateDiffers', 'timeDiffers', 'weekday'])
    expect(lint(source, target, undefined, {compare: ['times']}).map((m) => m.id)).toEqual(['timeDiffers'])
    expect(lint(source, target, undefined, {compare: ['weekdays']}).map((m) => m.id)).toEqual(['weekday'])
  })
})

describe('clean real text', () => {
  it.each([['arb', 'ar'], ['pes_1', 'fa'], ['rus', 'ru'], ['cmn_hans', 'zh'], ['fra', 'fr'], ['heb', 'he'], ['hin', 'hi']])(
    'reports nothing on the UDHR, English and %s', (code, lang) => {
      const pair = udhrPair('eng', code, 12)
      expect(lint(pair.source.join('\n'), pair.target.join('\n'), {source: 'en', target: lang})).toEqual([])
    })
})

describe('units with a number on one side only', () => {
  it('report the date of the side that writes one, in Arabic-Indic or in Latin digits', () => {
    // The UDHR preamble has no number in either version.
    const preamble = udhrPair('eng', 'arb', 0)
    const [english, arabicText] = [preamble.source.join('\n'), preamble.target.join('\n')]
    expect(/\p{Nd}/u.test(english + arabicText)).toBe(false)
    const last = preamble.target.length
    expect(lint(english, `${arabicText} اعتمد في ١٠ كانون الأول ١٩٤٨.`)).toEqual([{id: 'dateExtra', side: 'target', line: last, related: [preamble.source.length]}])
    expect(lint(`${english} Adopted on 10 December 1948.`, arabicText).map((message) => message.id)).toEqual(['dateMissing'])
    expect(lint(english, arabicText)).toEqual([])
  })

  it('reject an invalid extra locale when the config loads, though the rule reads only units with a number', async () => {
    const inline = {languages: {source: 'en', target: 'ar'}, rules: {'date-time-agreement': ['error', {locales: ['ar-!!']}]}}
    await expect(loadConfig({cwd: process.cwd(), lookup: false, coreRules: rules, inline})).rejects.toThrow(/rules.date-time-agreement\[1\].locales\[0\]: must match pattern/)
    expect(() => lint('Adopted on 10 December 1948.', 'اعتمد في ١٠ كانون الأول ١٩٤٨.', undefined, {locales: ['ar-!!']})).toThrow()
  })
})
