// `agreeingWith` answers as comparing a mention with each candidate would
// (`sameDate` within the Hijri tolerance, `sameTime`), for lists long
// enough to be indexed: dates without year or day, Hijri dates near a month's
// end, ambiguous numeric dates and 12-hour times.

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {agreeingWith} from '../../src/text/dates/agreement.js'
import {sameDate, sameTime, type DateTimeMention} from '../../src/text/dates/index.js'

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

const date: fc.Arbitrary<DateTimeMention> = fc
  .record({
    year: fc.option(fc.constantFrom(1999, 2000, 2020, 2021, 2024), {nil: undefined}),
    month: fc.integer({min: 1, max: 12}),
    day: fc.option(fc.integer({min: 1, max: 31}), {nil: undefined}),
    calendar: fc.constantFrom('gregory', 'islamic-umalqura', 'islamic-civil', 'persian'),
    alternative: fc.option(fc.record({month: fc.integer({min: 1, max: 12}), day: fc.integer({min: 1, max: 12})}), {nil: undefined})
  })
  .map(({year, month, day, calendar, alternative}) => {
    // As dates are read: a day fits its month (in 2020 when no year is written); only a full numeric date is ambiguous.
    const mention: DateTimeMention = {kind: 'date', span: [0, 1], text: '', calendar, month}
    if (year !== undefined) mention.year = year
    if (day !== undefined) mention.day = Math.min(day, daysIn(year ?? 2020, month))
    if (alternative && year !== undefined && mention.day !== undefined) {
      mention.ambiguous = true
      mention.alternative = {year, ...alternative}
    }
    return mention
  })

const time: fc.Arbitrary<DateTimeMention> = fc
  .record({hour: fc.integer({min: 0, max: 24}), minute: fc.constantFrom(0, 15, 30, 37), dayPeriod: fc.constantFrom(undefined, 'am', 'pm')})
  .map(({hour, minute, dayPeriod}) => ({kind: 'time', span: [0, 1], text: '', hour, minute, ...(dayPeriod ? {dayPeriod} : {})}) as DateTimeMention)

const mention = fc.oneof({arbitrary: date, weight: 4}, {arbitrary: time, weight: 1})

describe('agreeingWith', () => {
  it('agrees with comparing one by one, for short and long lists and every tolerance', () => {
    fc.assert(
      fc.property(fc.array(mention, {minLength: 1, maxLength: 160}), fc.array(mention, {maxLength: 30}), fc.integer({min: 0, max: 3}), (candidates, probes, tolerance) => {
        const agrees = agreeingWith(candidates, tolerance)
        for (const probe of probes) {
          const oneByOne = candidates.some((candidate) => candidate.kind === probe.kind && (probe.kind === 'date' ? sameDate(probe, candidate, tolerance) : sameTime(probe, candidate)))
          expect(agrees(probe)).toBe(oneByOne)
        }
      }),
      {numRuns: 400}
    )
  })

  it('lets a Hijri date one day off agree across a month and a year, and a date without year borrow the other’s', () => {
    const hijri = (year: number | undefined, month: number, day: number): DateTimeMention => ({kind: 'date', span: [0, 1], text: '', calendar: 'islamic-umalqura', year, month, day})
    const gregorian = (year: number | undefined, month: number, day: number): DateTimeMention => ({kind: 'date', span: [0, 1], text: '', calendar: 'gregory', year, month, day})
    const filler = Array.from({length: 80}, (_, index) => gregorian(1990 + Math.floor(index / 28), 6, (index % 28) + 1))
    const agrees = agreeingWith([...filler, hijri(2020, 12, 31), gregorian(undefined, 3, 1), gregorian(undefined, 2, 29)], 1)
    expect(agrees(gregorian(2021, 1, 1))).toBe(true)
    expect(agrees(gregorian(2021, 1, 2))).toBe(false)
    // `1 March` read in 2021 is the day after 28 February; `29 February` in 2021 is 1 March.
    expect(agrees(hijri(2021, 2, 28))).toBe(true)
    expect(agrees(gregorian(2021, 2, 28))).toBe(false)
    expect(agrees(hijri(2021, 3, 2))).toBe(true)
    expect(agrees(hijri(2021, 3, 3))).toBe(false)
  })
})
