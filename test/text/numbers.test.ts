// Numbers in text: readings across digit systems, separators and Han numerals.

import {describe, expect, it} from 'vitest'
import {ethiopicNumberValue, findNumbers, hanNumberValue, readNumber, sameNumber} from '../../src/text/numbers.js'

describe('the numbers module', () => {
  it('exports its API', async () => {
    expect(Object.keys(await import('../../src/text/numbers.js')).sort()).toEqual(['ethiopicNumberValue', 'findNumbers', 'hanNumberValue', 'numberSeparators', 'readNumber', 'sameNumber'])
  })
})

describe('findNumbers', () => {
  const values = (text: string, lang: string) => findNumbers(text, lang).map((mention) => mention.values[0])

  it('reads every digit system and the language’s separators', () => {
    expect(values('2,000 and 2.5 and 06', 'en')).toEqual(['2000', '2.5', '6'])
    expect(values('٢٬٠٠٠ و٢٫٥ و٥٠٪', 'ar')).toEqual(['2000', '2.5', '50'])
    expect(values('۱۲۳٬۴۵۶ و ۳٫۵', 'fa')).toEqual(['123456', '3.5'])
    expect(values('2,5 % de 12 500 et 12\u202F500', 'fr')).toEqual(['2.5', '12500', '12500'])
    expect(values('2.500,75 Euro', 'de')).toEqual(['2500.75'])
    expect(values('१,२५,००० रुपये', 'hi')).toEqual(['125000'])
  })

  it('splits a range into its ends and keeps offsets', () => {
    const found = findNumbers('ages 5-12 and 5–12', 'en')
    expect(found.map((mention) => [mention.text, mention.span])).toEqual([['5', [5, 6]], ['12', [7, 9]], ['5', [14, 15]], ['12', [16, 18]]])
  })

  it('reads Han ordinals', () => {
    expect(values('第十九条 第二十一条', 'zh')).toEqual(['19', '21'])
    expect([hanNumberValue('一百零五'), hanNumberValue('二〇二〇'), hanNumberValue('三万五千')]).toEqual([105, 2020, 35000])
  })

  it('reads Ethiopic numerals', () => {
    expect(values('አንቀጽ ፳፩', 'am')).toEqual(['21'])
    expect([ethiopicNumberValue('፲፱፻፺፱'), ethiopicNumberValue('፻'), ethiopicNumberValue('፪፼')]).toEqual([1999, 100, 20000])
  })
})

describe('readNumber and sameNumber', () => {
  it('keeps both readings of an ambiguous separator, the language’s first', () => {
    expect(readNumber('2,500', 'en')).toEqual(['2500', '2.5'])
    expect(readNumber('2,500', 'fr')).toEqual(['2.5', '2500'])
    // A version number has no numeric reading: it is compared as written.
    expect(readNumber('1.2.3', 'en')).toEqual(['1.2.3'])
  })

  it('matches numbers that share a reading', () => {
    const [english] = findNumbers('2,500', 'en')
    const [french] = findNumbers('2,500', 'fr')
    const [arabic] = findNumbers('٢٥٠٠', 'ar')
    const [other] = findNumbers('٢٥٠', 'ar')
    expect(sameNumber(english, french)).toBe(true)
    expect(sameNumber(english, arabic)).toBe(true)
    expect(sameNumber(english, other)).toBe(false)
  })
})
