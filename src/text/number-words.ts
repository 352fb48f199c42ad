// Small numbers written as words, so that `3` in one version can match
// `three`, `third`, `ثلاثة` or `三` in the other.
//
// Written by hand: CLDR's spell-out rules (ICU RBNF) are not exposed by
// Intl. The words are CLDR's `spellout-cardinal` forms of 0-12, with the
// gender and case forms translators write (Arabic masculine/feminine and
// the oblique dual, Russian feminine `две`).

import {primaryLanguage} from './languages.js'

const WORDS: Record<string, ReadonlyArray<readonly string[]>> = {
  en: [['zero'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine'], ['ten'], ['eleven'], ['twelve']],
  fr: [['zéro'], ['un', 'une'], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf'], ['dix'], ['onze'], ['douze']],
  es: [['cero'], ['uno', 'una', 'un'], ['dos'], ['tres'], ['cuatro'], ['cinco'], ['seis'], ['siete'], ['ocho'], ['nueve'], ['diez'], ['once'], ['doce']],
  de: [['null'], ['eins', 'ein', 'eine'], ['zwei'], ['drei'], ['vier'], ['fünf'], ['sechs'], ['sieben'], ['acht'], ['neun'], ['zehn'], ['elf'], ['zwölf']],
  ru: [['ноль'], ['один', 'одна', 'одно'], ['два', 'две'], ['три'], ['четыре'], ['пять'], ['шесть'], ['семь'], ['восемь'], ['девять'], ['десять'], ['одиннадцать'], ['двенадцать']],
  ar: [
    ['صفر'], ['واحد', 'واحدة'], ['اثنان', 'اثنين', 'اثنتان', 'اثنتين'], ['ثلاث', 'ثلاثة'], ['أربع', 'أربعة', 'اربع', 'اربعة'], ['خمس', 'خمسة'],
    ['ست', 'ستة'], ['سبع', 'سبعة'], ['ثمان', 'ثماني', 'ثمانية'], ['تسع', 'تسعة'], ['عشر', 'عشرة']
  ],
  fa: [['صفر'], ['یک'], ['دو'], ['سه'], ['چهار'], ['پنج'], ['شش'], ['هفت'], ['هشت'], ['نه'], ['ده'], ['یازده'], ['دوازده']]
}

/** Ordinals 1-12, which headings and enumerations write (`Article premier`, `مادهٔ اول`, `المادة الأولى`). */
const ORDINALS: Record<string, ReadonlyArray<readonly string[]>> = {
  en: [[], ['first'], ['second'], ['third'], ['fourth'], ['fifth'], ['sixth'], ['seventh'], ['eighth'], ['ninth'], ['tenth'], ['eleventh'], ['twelfth']],
  fr: [[], ['premier', 'première'], ['deuxième', 'second', 'seconde'], ['troisième'], ['quatrième'], ['cinquième'], ['sixième'], ['septième'], ['huitième'], ['neuvième'], ['dixième'], ['onzième'], ['douzième']],
  ar: [
    [], ['أول', 'اول', 'أولى', 'الأول', 'الأولى'], ['ثاني', 'ثانية'], ['ثالث', 'ثالثة'], ['رابع', 'رابعة'], ['خامس', 'خامسة'], ['سادس', 'سادسة'],
    ['سابع', 'سابعة'], ['ثامن', 'ثامنة'], ['تاسع', 'تاسعة'], ['عاشر', 'عاشرة']
  ],
  fa: [[], ['اول', 'یکم', 'نخست'], ['دوم'], ['سوم'], ['چهارم'], ['پنجم'], ['ششم'], ['هفتم'], ['هشتم'], ['نهم'], ['دهم'], ['یازدهم'], ['دوازدهم']]
}

/** Chinese and Japanese digits 0-10 (两 is the counting form of two). */
const HAN_DIGITS = '零一二三四五六七八九十'
const HAN_LANGUAGES = new Set(['zh', 'ja', 'yue'])

/** Arabic proclitics (and, so, with, for) and the article, which attach to a number word. */
const ARABIC_PREFIX = /^(?:[وفبل]?(?:ال)?)/u
const WORD = /\p{L}+/gu

/** Whether the language has a table of number words. */
export function hasNumberWords(lang: string): boolean {
  return primaryLanguage(lang) in WORDS || HAN_LANGUAGES.has(primaryLanguage(lang))
}

/** Han digits are single characters inside words, not separated by spaces. */
function hanValues(text: string): Set<number> {
  const values = new Set<number>()
  for (const character of text) {
    const value = character === '两' || character === '〇' ? (character === '两' ? 2 : 0) : HAN_DIGITS.indexOf(character)
    if (value !== -1) values.add(value)
  }
  return values
}

const noonWords = new Map<string, string>()

/** The word the language's CLDR day periods print at 12:00 (`noon`, `полдень`), lower-cased: it stands for 12. */
function noonWord(lang: string): string {
  let word = noonWords.get(lang)
  if (word === undefined) {
    try {
      word = new Intl.DateTimeFormat(lang, {dayPeriod: 'long', timeZone: 'UTC'}).format(Date.UTC(2020, 0, 1, 12)).toLowerCase()
    } catch {
      word = ''
    }
    noonWords.set(lang, word)
  }
  return word
}

/** The values (0-12) of the number words in `text`, and 12 for the language's word for noon. */
export function numberWordValues(text: string, lang: string): Set<number> {
  const values = wordValues(text, lang)
  const noon = noonWord(lang)
  if (noon !== '' && text.toLowerCase().includes(noon)) values.add(12)
  return values
}

/** Each number word of a language (and ordinal) with its value, the first value a word has; made once per language. */
const wordTables = new Map<string, ReadonlyMap<string, number>>()

function wordTable(language: string): ReadonlyMap<string, number> {
  let table = wordTables.get(language)
  if (!table) {
    const byWord = new Map<string, number>()
    ;(WORDS[language] ?? []).forEach((words, value) => {
      for (const word of [...words, ...(ORDINALS[language]?.[value] ?? [])]) if (!byWord.has(word)) byWord.set(word, value)
    })
    wordTables.set(language, (table = byWord))
  }
  return table
}

function wordValues(text: string, lang: string): Set<number> {
  const language = primaryLanguage(lang)
  if (HAN_LANGUAGES.has(language)) return hanValues(text)
  const table = wordTable(language)
  const values = new Set<number>()
  if (table.size === 0) return values
  const arabic = language === 'ar'
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    // The smaller value of the word and of its form without a clitic and the article.
    const own = table.get(word)
    const bare = arabic ? table.get(word.replace(ARABIC_PREFIX, '')) : undefined
    const value = own === undefined ? bare : bare === undefined ? own : Math.min(own, bare)
    if (value !== undefined) values.add(value)
  }
  return values
}
