// name-consistency on real bitexts: the sample of corpus/, and the Quran as
// verse-aligned English–Arabic documents (quran-json: Sahih International
// translation and the Uthmani text), with typos injected where the test
// says so. The rule's own examples run in test/rules.test.ts.

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/name-consistency.js'
import {readCombined} from '../../src/corpus/formats/combined.js'
import {createSourceFile} from '../../src/corpus/source-file.js'
import {exampleUnit} from '../../src/engine/examples.js'
import {lintUnit, locate} from '../../src/engine/lint-unit.js'
import type {FileLocation} from '../../src/engine/rule.js'
import type {LintMessage, Unit} from '../../src/engine/types.js'
import {findNameMentions, nameLength, orthographicKey, rasmKey, unitNames} from '../../src/text/names/index.js'
import {quranChapters} from '../fixtures/quran.js'

const arabic = quranChapters('ar')
const english = quranChapters('en')
const languages = {source: 'en', target: 'ar'}
const options = rule.meta.defaultOptions

function lint(unit: Unit, overrides: Partial<typeof options> = {}): LintMessage[] {
  // The rule's fixes are unsafe: allowed here, so that `fix` shows what `--fix --unsafe-fixes` writes.
  return lintUnit(unit, [{rule, severity: 2, options: {...options, ...overrides}}], {unsafeFixes: true}).map(({message}) => message)
}

/** A chapter as a document unit: English verses as the source, Arabic as the target, a verse a line. */
function chapterUnit(index: number, change: {source?: (text: string) => string; target?: (text: string) => string} = {}): Unit {
  const source = english[index].verses.map((verse) => verse.translation).join('\n')
  const target = arabic[index].verses.map((verse) => verse.text).join('\n')
  return exampleUnit({name: `chapter ${index + 1}`, source: change.source?.(source) ?? source, target: change.target?.(target) ?? target})
}

/** Chapters short enough for a fast test (the alignment is quadratic in paragraphs). */
const chaptersUpTo = (verses: number) => english.map((_, index) => index).filter((index) => english[index].verses.length >= 10 && english[index].verses.length <= verses)
const chapters = chaptersUpTo(50)

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length
const summary = (message: LintMessage) => ({side: message.side, line: message.line, severity: message.severity, messageId: message.messageId})

function combinedUnit(filePath: string, text: string): Unit {
  return readCombined(createSourceFile(filePath, text), languages)
}

const samplePath = new URL('../../corpus/alalam-2020-07-08.txt', import.meta.url)
const sampleText = readFileSync(samplePath, 'utf8')

describe('the sample document', () => {
  it('reports the dot slip of line 16 as an error and the hamza variant of line 12 as a warning, and nothing else', () => {
    const messages = lint(combinedUnit(samplePath.pathname, sampleText))
    expect(messages.map(summary)).toEqual([
      {side: 'target', line: 12, severity: 1, messageId: 'variant'},
      {side: 'target', line: 16, severity: 2, messageId: 'dots'}
    ])
    expect(messages[1].message).toContain('`ابوب`')
    expect(messages[1].message).toMatch(/`أيوب`|`ايوب`/u)
    expect(messages[1].fix?.text).toBe('أيوب')
    // The English name it translates: ‘Alī Ayyūb, line 6.
    expect(messages[1].related).toContainEqual(expect.objectContaining({side: 'source', line: 6, column: 51}))
  })

  it('keeps only the error with variants off', () => {
    expect(lint(combinedUnit(samplePath.pathname, sampleText), {variants: 'off'}).map(summary)).toEqual([
      {side: 'target', line: 16, severity: 2, messageId: 'dots'}
    ])
  })
})

describe('the Quran, English and Arabic', () => {
  it('finds no error in unchanged chapters', () => {
    const errors = chapters.flatMap((index) => lint(chapterUnit(index)).filter((message) => message.severity === 2))
    expect(errors).toEqual([])
  })

  /** The last mention of each Arabic name the rule pairs with an English name, if it has two mentions or more. */
  function pairedArabicNames(index: number): Array<{start: number; spelling: string}> {
    const names = unitNames(chapterUnit(index), {minLength: 3, pairThreshold: 0.8, weakThreshold: 0.6}).names.target.filter((name) => !name.weak)
    const last = new Map<string, {start: number; spelling: string; count: number}>()
    for (const name of names) {
      const key = orthographicKey(name.spelling)
      last.set(key, {start: name.span[0], spelling: name.spelling, count: (last.get(key)?.count ?? 0) + 1})
    }
    return [...last.values()].filter((name) => name.count >= 2 && nameLength(name.spelling) >= 4)
  }

  const dotTwins: Record<string, string> = {'ي': 'ب', 'ب': 'ت', 'ت': 'ن', 'س': 'ش', 'ش': 'س', 'ح': 'ج', 'ج': 'خ', 'ر': 'ز', 'ز': 'ر', 'د': 'ذ', 'ف': 'ق', 'ع': 'غ', 'ص': 'ض', 'ط': 'ظ', 'ه': 'ة'}

  it('finds a dot slip injected into an Arabic name at its verse', () => {
    let injected = 0
    // Longer chapters: the prophets' names recur in the narrative ones.
    for (const index of chaptersUpTo(80)) {
      for (const name of pairedArabicNames(index)) {
        const letters = [...name.spelling]
        // A dotted letter that is not the last one (ن ي ق change shape at the end).
        const at = letters.findIndex((letter, position) => position < letters.length - 1 && letter in dotTwins && letter !== 'ه')
        if (at === -1) continue
        const offset = name.start + letters.slice(0, at).join('').length
        const unit = chapterUnit(index, {target: (text) => text.slice(0, offset) + dotTwins[letters[at]] + text.slice(offset + 1)})
        expect(rasmKey(unit.target.text.slice(name.start, name.start + name.spelling.length))).toBe(rasmKey(name.spelling))
        const errors = lint(unit).filter((message) => message.severity === 2).map(summary)
        expect(errors, `chapter ${index + 1}: ${name.spelling}`).toContainEqual({side: 'target', line: lineAt(unit.target.text, offset), severity: 2, messageId: 'dots'})
        injected++
      }
    }
    expect(injected).toBeGreaterThanOrEqual(15)
  })

  const neighbour: Record<string, string> = {a: 's', b: 'v', c: 'x', d: 'f', e: 'r', f: 'g', g: 'h', h: 'j', i: 'o', j: 'k', k: 'l', l: 'k', m: 'n', n: 'm', o: 'p', p: 'o', q: 'w', r: 't', s: 'd', t: 'y', u: 'i', v: 'b', w: 'e', y: 'u', z: 'x'}

  it('finds a one-key slip injected into an English name at its verse', () => {
    let injected = 0
    for (const index of chapters) {
      const text = english[index].verses.map((verse) => verse.translation).join('\n')
      const words = findNameMentions(text, 'en').filter((mention) => !mention.uncertain).flatMap((mention) => mention.words)
      const counts = new Map<string, number>()
      for (const word of words) counts.set(word.text, (counts.get(word.text) ?? 0) + 1)
      const last = words.findLast((word) => counts.get(word.text)! >= 2 && /^[A-Z][a-z]{4,}$/u.test(word.text))
      if (!last) continue
      const offset = last.span[0] + 2
      const unit = chapterUnit(index, {source: (source) => source.slice(0, offset) + neighbour[source[offset]] + source.slice(offset + 1)})
      const errors = lint(unit).filter((message) => message.severity === 2).map(summary)
      expect(errors, `chapter ${index + 1}: ${last.text}`).toContainEqual({side: 'source', line: lineAt(text, offset), severity: 2, messageId: 'typo'})
      injected++
    }
    expect(injected).toBeGreaterThanOrEqual(30)
  })

  it('reports another common romanization of a name within the English version as a variant', () => {
    const romanizations: Record<string, string> = {Muhammad: 'Mohammed', Thamud: 'Thamood', Luqman: 'Loqman', Haman: 'Hamaan', Iblees: 'Iblis'}
    let injected = 0
    for (const index of chapters) {
      const text = english[index].verses.map((verse) => verse.translation).join('\n')
      for (const [name, other] of Object.entries(romanizations)) {
        const mentions = findNameMentions(text, 'en').filter((mention) => !mention.uncertain).flatMap((mention) => mention.words).filter((word) => word.text === name)
        if (mentions.length < 2) continue
        const [start, end] = mentions.at(-1)!.span
        const unit = chapterUnit(index, {source: (source) => source.slice(0, start) + other + source.slice(end)})
        const messages = lint(unit).filter((message) => message.side === 'source')
        expect(messages.map(summary), `chapter ${index + 1}: ${other}`).toEqual([{side: 'source', line: lineAt(text, start), severity: 1, messageId: 'variant'}])
        expect(messages[0].fix?.text).toBe(name)
        injected++
      }
    }
    expect(injected).toBeGreaterThanOrEqual(8)
  })
})

describe('different people', () => {
  // Lebanon's prime minister Hassan Diab and Syria's Hussein Arnous, both in office in 2020.
  const source = [
    'Lebanese Prime Minister Hassan Diab received Syrian Prime Minister Hussein Arnous in Beirut.',
    'Diab said that Lebanon and Syria share the burden of the crisis.',
    'Arnous thanked Hassan Diab and invited him to Damascus.',
    'Hussein Arnous returned to Damascus in the evening.'
  ].join('\n')
  const target = [
    'استقبل رئيس الوزراء اللبناني حسان دياب رئيس الوزراء السوري حسين عرنوس في بيروت.',
    'وقال دياب إن لبنان وسوريا يتقاسمان عبء الأزمة.',
    'وشكر عرنوس الرئيس حسان دياب ودعاه إلى دمشق.',
    'وعاد حسين عرنوس إلى دمشق مساء.'
  ].join('\n')

  it('gives no message for حسن and حسين, Hassan and Hussein in one document', () => {
    expect(lint(exampleUnit({name: 'two prime ministers', source, target}))).toEqual([])
    const withHasan = exampleUnit({name: 'حسن and حسين', source, target: target.replaceAll('حسان', 'حسن')})
    expect(lint(withHasan)).toEqual([])
  })

  it('lets a project declare its own look-alike names distinct', () => {
    const twoNabils = exampleUnit({
      name: 'نبيل and بنيل',
      source: 'Minister Nabil met Binil.\nNabil spoke.',
      target: 'التقى الوزير نبيل بالسيد بنيل.\nوتحدث نبيل.'
    })
    expect(lint(twoNabils).map(summary)).toContainEqual({side: 'target', line: 1, severity: 2, messageId: 'dots'})
    expect(lint(twoNabils, {allow: [['نبيل', 'بنيل']]})).toEqual([])
  })
})

describe('across the corpus', () => {
  const fileA = [
    'General ‘Alī Ayyūb met the press in Damascus.',
    'Ayyūb said the army would stay.',
    'الأربعاء',
    'التقى العماد علي أيوب الصحفيين في دمشق.',
    'وقال أيوب إن الجيش باق.'
  ].join('\n')
  const fileB = ['‘Alī Ayyūb visited Tehran.', 'زار علي ابوب طهران.'].join('\n')

  function corpusRun(units: Unit[]): Array<{location: FileLocation; messageId: string; severity?: 1 | 2}> {
    const states = units.map((unit) => rule.collect!(unit, {options, locate}))
    const reports: Array<{location: FileLocation; messageId: string; severity?: 1 | 2}> = []
    rule.finalize!(states, {options, displayPath: (filePath) => filePath, report: ({location, messageId, severity}) => reports.push({location, messageId, severity})})
    return reports
  }

  it('reports one person spelled two ways in two files, at the minority spelling', () => {
    const units = [combinedUnit('/corpus/a.txt', fileA), combinedUnit('/corpus/b.txt', fileB)]
    const reports = corpusRun(units)
    expect(reports.map(({location, messageId}) => [location.filePath, location.side, location.line, messageId])).toEqual([['/corpus/b.txt', 'target', 2, 'corpusTypo']])
    // The states are JSON: a shard can send them to another process.
    expect(JSON.parse(JSON.stringify(units.map((unit) => rule.collect!(unit, {options, locate}))))).toEqual(units.map((unit) => rule.collect!(unit, {options, locate})))
  })

  it('reports the same whatever order the files were read in', () => {
    const forward = corpusRun([combinedUnit('/corpus/a.txt', fileA), combinedUnit('/corpus/b.txt', fileB)])
    const backward = corpusRun([combinedUnit('/corpus/b.txt', fileB), combinedUnit('/corpus/a.txt', fileA)])
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward))
  })
})
