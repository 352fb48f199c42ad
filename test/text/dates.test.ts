// Dates and times found in text. Expectations come from a fixed table of
// known facts (weekdays and calendar conversions from published calendars),
// never from the Intl calls the library makes.

import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'
import {findDateTimes, sameDate, sameTime, weekdayMatches} from '../../src/text/dates/index.js'
import type {DateTimeMention} from '../../src/text/dates/index.js'
import {udhrArticles} from '../fixtures/udhr.js'

const require = createRequire(import.meta.url)

/** Known days: Gregorian date, weekday (0 = Sunday), and where known the
 * Solar Hijri (Iranian official calendar) and Umm al-Qura Hijri dates. */
const FACTS = {
  dateline: {ymd: [2020, 7, 8], weekday: 3, persian: '18 Tir 1399', hijri: '17 Dhu al-Qadah 1441'},
  nowruz1369: {ymd: [1990, 3, 21], weekday: 3, persian: '1 Farvardin 1369'},
  nowruz1395: {ymd: [2016, 3, 20], weekday: 0, persian: '1 Farvardin 1395'},
  nowruz1400: {ymd: [2021, 3, 21], weekday: 0, persian: '1 Farvardin 1400'},
  ramadan1441: {ymd: [2020, 4, 24], weekday: 5, hijri: '1 Ramadan 1441'},
  fitr1441: {ymd: [2020, 5, 24], weekday: 0, hijri: '1 Shawwal 1441'},
  newYear1442: {ymd: [2020, 8, 20], weekday: 4, hijri: '1 Muharram 1442'},
  newYear1990: {ymd: [1990, 1, 1], weekday: 1},
  newYear2000: {ymd: [2000, 1, 1], weekday: 6},
  september2001: {ymd: [2001, 9, 11], weekday: 2},
  london2005: {ymd: [2005, 7, 7], weekday: 4},
  tohoku2011: {ymd: [2011, 3, 11], weekday: 5},
  leapDay2024: {ymd: [2024, 2, 29], weekday: 4},
  newYear2030: {ymd: [2030, 1, 1], weekday: 2},
  christmas1995: {ymd: [1995, 12, 25], weekday: 1},
} as const

type Fact = keyof typeof FACTS

function only(text: string, lang: string, kind: 'date' | 'time' = 'date'): DateTimeMention {
  const found = findDateTimes(text, lang).filter((mention) => mention.kind === kind)
  expect(found, text).toHaveLength(1)
  return found[0]
}

function expectDay(mention: DateTimeMention, fact: Fact): void {
  const [year, month, day] = FACTS[fact].ymd
  expect({year: mention.year, month: mention.month, day: mention.day}, mention.text).toEqual({year, month, day})
}

describe('public API', () => {
  it('exports the date functions', async () => {
    expect(Object.keys(await import('../../src/text/dates/index.js')).sort()).toEqual([
      'dateTables', 'daysBetween', 'findDateTimes', 'mayHoldDateTime', 'regionalLocales', 'sameDate', 'sameTime', 'toGregorian', 'weekdayOf', 'weekdayMatches',
    ].sort())
  })
})

describe('dates written with month names, 1990-2030', () => {
  const written: [string, string, Fact][] = [
    ['en', 'Tuesday, 11 September 2001', 'september2001'],
    ['en', 'Thursday, July 7, 2005', 'london2005'],
    ['en', 'on Friday 11th March 2011 at dawn', 'tohoku2011'],
    ['en', 'Monday, 1 Jan. 1990', 'newYear1990'],
    ['fr', 'samedi 1er janvier 2000', 'newYear2000'],
    ['fr', 'jeudi 29 févr. 2024', 'leapDay2024'],
    ['ru', 'во вторник, 11 сентября 2001 г.', 'september2001'],
    ['ru', '1 января 2030 г., вторник', 'newYear2030'],
    ['ru', 'во вторник, 1 января 2030 года', 'newYear2030'],
    ['en', 'Thursday the 7th of July 2005', 'london2005'],
    ['zh', '2011年3月11日 星期五', 'tohoku2011'],
    ['zh', '二〇〇〇年一月一日星期六', 'newYear2000'],
    ['he', 'יום שני, 25 בדצמבר 1995', 'christmas1995'],
    ['hi', 'मंगलवार, 11 सितंबर 2001', 'september2001'],
    // Egyptian and Gulf month names, Western and Eastern Arabic digits.
    ['ar', 'الثلاثاء 11 سبتمبر 2001', 'september2001'],
    ['ar', 'الخميس ٢٩ فبراير ٢٠٢٤', 'leapDay2024'],
    // Levantine (Syriac) month names, with and without hamza.
    ['ar', 'الثلاثاء ١١ أيلول ٢٠٠١', 'september2001'],
    ['ar', 'الاثنين 25 كانون الأول 1995', 'christmas1995'],
    ['ar', 'الجمعة ١١ اذار ٢٠١١', 'tohoku2011'],
    // Algerian/Tunisian and Moroccan month names.
    ['ar', 'الخميس 7 جويلية 2005', 'london2005'],
    ['ar', 'الخميس 7 يوليوز 2005', 'london2005'],
    ['ar', 'الثلاثاء 11 شتنبر 2001', 'september2001'],
  ]
  for (const [lang, text, fact] of written) {
    it(`${lang}: ${text}`, () => {
      const mention = only(text, lang)
      expectDay(mention, fact)
      expect(mention.weekday).toBe(FACTS[fact].weekday)
      expect(weekdayMatches(mention)).toBe(true)
    })
  }
})

describe('other calendars, converted to Gregorian', () => {
  const written: [string, string, Fact, string][] = [
    ['fa', 'چهارشنبه ۱۸ تیر ۱۳۹۹', 'dateline', 'persian'],
    ['fa', '۱ فروردین ۱۳۶۹', 'nowruz1369', 'persian'],
    ['fa', 'چهارشنبه ۱۸ تیر ماه ۱۳۹۹', 'dateline', 'persian'],
    ['fa', 'یکشنبه ۱ فروردین ۱۳۹۵', 'nowruz1395', 'persian'],
    ['fa', '۱۴۰۰/۱/۱', 'nowruz1400', 'persian'],
    ['ar', 'الأربعاء ١٧ ذو القعدة ١٤٤١ هـ', 'dateline', 'islamic-umalqura'],
    ['ar', '1 رمضان 1441 هـ', 'ramadan1441', 'islamic-umalqura'],
    ['ar', 'الأحد ١ شوال ١٤٤١هـ', 'fitr1441', 'islamic-umalqura'],
    ['ar', 'الخميس 1 محرم 1442', 'newYear1442', 'islamic-umalqura'],
  ]
  for (const [lang, text, fact, calendar] of written) {
    it(`${lang}: ${text} (${fact})`, () => {
      const mention = only(text, lang)
      expect(mention.calendar).toBe(calendar)
      if (calendar === 'persian') expectDay(mention, fact)
      else {
        // Hijri variants differ by a day: the date is within one day.
        const [year, month, day] = FACTS[fact].ymd
        const known = Date.UTC(year, month - 1, day)
        const found = Date.UTC(mention.year!, mention.month! - 1, mention.day!)
        expect(Math.abs(found - known)).toBeLessThanOrEqual(86_400_000)
      }
      expect(weekdayMatches(mention)).toBe(true)
    })
  }

  it('reads a Hijri date and its Gregorian equivalent on one line as the same day', () => {
    const [hijri, gregorian] = findDateTimes('الأربعاء ١٧ ذو القعدة ١٤٤١ هـ الموافق ٨ يوليو ٢٠٢٠ م', 'ar')
    expect(hijri.calendar).toBe('islamic-umalqura')
    expect(gregorian.calendar).toBe('gregory')
    expect(gregorian.text).toBe('٨ يوليو ٢٠٢٠ م')
    expect(sameDate(hijri, gregorian)).toBe(true)
  })
})

describe('weekdays that do not match their date', () => {
  const wrong: [string, string][] = [
    ['en', '08 July 2020, Thursday'],
    ['ar', 'الخميس ٨ تموز ٢٠٢٠'],
    ['ar', 'الاربعاء 8 ايار 2020'],
    ['fa', 'پنجشنبه ۱۸ تیر ۱۳۹۹'],
    ['ru', 'среда, 9 июля 2020 г.'],
    ['zh', '2020年7月8日 星期四'],
    ['fr', 'mardi 8 juillet 2020'],
  ]
  for (const [lang, text] of wrong) {
    it(`${lang}: ${text}`, () => {
      expect(weekdayMatches(only(text, lang))).toBe(false)
    })
  }
})

describe('numeric dates', () => {
  it('reads ISO dates and Persian year-first dates', () => {
    expectDay(only('Published 2020-07-08.', 'en'), 'dateline')
    expectDay(only('۱۳۹۹/۴/۱۸', 'fa'), 'dateline')
  })

  it('reads an Arabic day-first date in either digit system', () => {
    expectDay(only('٨/٧/٢٠٢٠', 'ar'), 'dateline')
    expectDay(only('08/07/2020', 'ar'), 'dateline')
    expect(only('٨/٧/٢٠٢٠', 'ar').ambiguous).toBeUndefined()
  })

  it('marks 08/07/2020 in English as ambiguous (US and British orders) and keeps both readings', () => {
    const mention = only('08/07/2020', 'en')
    expect(mention.ambiguous).toBe(true)
    const dateline = only('8 July 2020', 'en')
    const august = only('7 August 2020', 'en')
    expect(sameDate(mention, dateline)).toBe(true)
    expect(sameDate(mention, august)).toBe(true)
    expect(sameDate(mention, only('9 July 2020', 'en'))).toBe(false)
  })

  it('resolves the order when one number cannot be a month', () => {
    const mention = only('13/07/2020', 'en')
    expect(mention.ambiguous).toBeUndefined()
    expect([mention.month, mention.day]).toEqual([7, 13])
  })

  it('does not read versions, ranges or decimals as dates', () => {
    expect(findDateTimes('version 1.2.3, pages 10-12, 3.25 percent, 1/2 cup', 'en')).toEqual([])
  })
})

describe('words that only look like dates', () => {
  it.each([
    ['en', 'Members may 2 times vote'],
    ['en', 'Article 12. March forward'],
    ['ar', 'عاد الأب 3 مرات'],
    ['ar', 'مارس 3 رياضات'],
  ])('%s: %s', (lang, text) => {
    expect(findDateTimes(text, lang)).toEqual([])
  })

  it('still reads a capitalised month in capitals, and French lower-case months', () => {
    expect(only('MAY 5, 2020', 'en').month).toBe(5)
    expect(only('le 8 mai 2020', 'fr').month).toBe(5)
  })
})

describe('ranges of days', () => {
  it('keeps the month of `8-10 July` and no single day', () => {
    const mention = only('8-10 تموز 2020', 'ar')
    expect([mention.year, mention.month, mention.day]).toEqual([2020, 7, undefined])
    expect(sameDate(mention, only('July 8–10, 2020', 'en'))).toBe(true)
  })
})

describe('a bare year is no date', () => {
  it.each([
    ['en', 'the Syrian army, which has been holding up since 2011'],
    ['ar', 'الجيش السوري الذي صمد منذ عام 2011'],
    ['fa', 'در سال ۱۳۹۹'],
    ['zh', '在2020年'],
  ])('%s: %s', (lang, text) => {
    expect(findDateTimes(text, lang)).toEqual([])
  })
})

describe('times', () => {
  const written: [string, string, number, number, string?][] = [
    ['en', 'at 11:37 Greenwich time', 11, 37, 'UTC'],
    ['en', 'at 11:37 pm GMT', 23, 37, 'UTC'],
    ['en', 'at 9 p.m.', 21, 0],
    ['en', '11:37 a.m.', 11, 37],
    ['ar', '١١:٣٧ بتوقيت غرينتش', 11, 37, 'UTC'],
    ['ar', 'الساعة ١١:٣٧ مساءً', 23, 37],
    ['ar', '11:37 ص', 11, 37],
    ['fr', 'à 11h37', 11, 37],
    ['fr', 'à 23 h 37', 23, 37],
    ['zh', '下午11:37', 23, 37],
    ['fa', '۱۱:۳۷ ب.ظ.', 23, 37],
  ]
  for (const [lang, text, hour, minute, zone] of written) {
    it(`${lang}: ${text}`, () => {
      const mention = only(text, lang, 'time')
      expect([mention.hour, mention.minute]).toEqual([hour, minute])
      expect(mention.zone).toBe(zone)
    })
  }

  it('reads 11.37 as a time after a date, not as a decimal', () => {
    expect(only('Mittwoch, 8. Juli 2020, 11.37 Uhr', 'de', 'time').hour).toBe(11)
    expect(findDateTimes('growth of 11.37 percent', 'en')).toEqual([])
  })

  it('agrees 12-hour and 24-hour clocks for the same time', () => {
    expect(sameTime(only('11:37 pm', 'en', 'time'), only('23:37', 'en', 'time'))).toBe(true)
    expect(sameTime(only('١١:٣٧ مساءً', 'ar', 'time'), only('11:37', 'en', 'time'))).toBe(true)
    expect(sameTime(only('11:37 am', 'en', 'time'), only('23:37', 'en', 'time'))).toBe(false)
    expect(sameTime(only('11:37', 'en', 'time'), only('11:38', 'en', 'time'))).toBe(false)
  })
})

describe('the sample dateline', () => {
  const english = '08 July 2020, Wednesday, 11:37 Greenwich time'
  const arabic = 'الأربعاء ٠٨ يوليو ٢٠٢٠ – ١١:٣٧ بتوقيت غرينتش'

  it('finds the same instant in both versions, with spans on the written text', () => {
    const [enDate, enTime] = findDateTimes(english, 'en')
    const [arDate, arTime] = findDateTimes(arabic, 'ar')
    expect(enDate.text).toBe('08 July 2020, Wednesday')
    expect(arDate.text).toBe('الأربعاء ٠٨ يوليو ٢٠٢٠')
    expect(arabic.slice(...arTime.span)).toBe('١١:٣٧ بتوقيت غرينتش')
    expect(sameDate(enDate, arDate)).toBe(true)
    expect(sameTime(enTime, arTime)).toBe(true)
    expect(sameDate(enDate, only('الأربعاء 8 تموز 2020', 'ar'))).toBe(true)
  })

  it('tells a changed day apart', () => {
    const changed = only(arabic.replace('٠٨', '٠٩'), 'ar')
    expect(sameDate(only(english, 'en'), changed)).toBe(false)
    expect(weekdayMatches(changed)).toBe(false)
  })

  it('finds a date after a harmless number and a month-like word', () => {
    const text = 'In 2011, 5 people may leave. The deal of 08 July 2020 holds.'
    const [mention] = findDateTimes(text, 'en')
    expect(text.slice(...mention.span)).toBe('08 July 2020')
  })
})

describe('real text without dates', () => {
  it.each([['eng', 'en'], ['arb', 'ar'], ['pes_1', 'fa'], ['rus', 'ru'], ['cmn_hans', 'zh'], ['fra', 'fr'], ['heb', 'he'], ['hin', 'hi']])(
    'finds nothing in the UDHR (%s)', (code, lang) => {
      const paragraphs = [...udhrArticles(code).values()].flat()
      expect(paragraphs.length).toBeGreaterThan(50)
      expect(paragraphs.flatMap((paragraph) => findDateTimes(paragraph, lang))).toEqual([])
    })

  it('finds nothing in the Quran (Arabic and English), whose verse numbers and month names are no dates', () => {
    const chapters = require('quran-json/dist/quran_en.json') as {verses: {text: string; translation: string}[]}[]
    const verses = chapters.slice(0, 40).flatMap((chapter) => chapter.verses)
    expect(verses.flatMap((verse) => findDateTimes(verse.text, 'ar'))).toEqual([])
    expect(verses.flatMap((verse) => findDateTimes(verse.translation, 'en'))).toEqual([])
  })
})
