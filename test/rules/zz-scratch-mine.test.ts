import {fileURLToPath} from 'node:url'
import {createRequire} from 'node:module'
import {it} from 'vitest'
import duplicate from '../../rules/duplicate-unit.js'
import language from '../../rules/language-mismatch.js'
import length from '../../rules/length-ratio.js'
import mojibake from '../../rules/mojibake.js'
import norm from '../../rules/unicode-normalization.js'
import untranslated from '../../rules/untranslated.js'
import {readCombined} from '../../src/corpus/formats/combined.js'
import {readSourceFile} from '../../src/corpus/source-file.js'
import {runExample} from '../../src/engine/examples.js'
import {lintUnit} from '../../src/engine/lint-unit.js'
import {udhrPair} from '../fixtures/udhr.js'
const rules = [duplicate, language, length, mojibake, norm, untranslated]
const pairs = [['arb', 'ar'], ['pes_1', 'fa'], ['rus', 'ru'], ['heb', 'he'], ['cmn_hans', 'zh'], ['hin', 'hi'], ['fra', 'fr'], ['spa', 'es'], ['ukr', 'uk']]
it('scan', async () => {
  for (const [code, lang] of pairs) {
    const {source, target} = udhrPair('eng', code)
    for (const rule of rules) {
      const t0 = Date.now()
      const r = runExample(rule, {name: 'x', source: source.join('\n'), target: target.join('\n'), languages: {source: 'en', target: lang}})
      if (r.messages.length || Date.now() - t0 > 300) console.log(lang, rule.meta.id, Date.now() - t0, 'ms', r.messages.length, r.messages.slice(0, 3).map(m => `${m.side} ${m.line}:${m.column} ${m.message}`))
    }
  }
  const path = fileURLToPath(new URL('../../corpus/alalam-2020-07-08.txt', import.meta.url))
  const unit = readCombined(await readSourceFile(path), {source: 'en', target: 'ar'})!
  for (const rule of rules) {
    const msgs = lintUnit(unit, [{rule, severity: 2, options: rule.meta.defaultOptions}])
    console.log('alalam', rule.meta.id, msgs.map(m => `${m.message.side} ${m.message.line}:${m.message.column} ${m.message.message}`))
  }
  const require = createRequire(import.meta.url)
  for (const tr of ['en', 'ru', 'fr']) {
    const chapters = require(`quran-json/dist/quran_${tr}.json`) as Array<{id: number; verses: Array<{text: string; translation: string}>}>
    const counts: Record<string, number> = {}
    for (const chapter of chapters.slice(0, 114)) {
      const source = chapter.verses.map((verse) => verse.translation).join('\n')
      const target = chapter.verses.map((verse) => verse.text).join('\n')
      for (const rule of rules) {
        const r = runExample(rule, {name: 'q', source, target, languages: {source: tr, target: 'ar'}})
        counts[rule.meta.id] = (counts[rule.meta.id] ?? 0) + r.messages.length
        if (r.messages.length && rule.meta.id !== 'unicode-normalization' && (counts[rule.meta.id] ?? 0) < 4) console.log(tr, chapter.id, r.messages.slice(0, 2).map(m => `${m.side} ${m.line}:${m.column} ${m.message}`))
      }
    }
    console.log('quran', tr, counts)
  }
}, 120000)
