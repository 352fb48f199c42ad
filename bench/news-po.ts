// The news PO of issue #22: en→ar news-like entries, 1 or 2 sentences each
// from seven templates (meetings, casualties, dates, economy, quotes, times,
// datelines), about 10 % with one planted defect, labelled in a `#.` comment.
// A port of `gen_news_po.py` (seed 42), byte for byte for the same N: each
// draw of Python's `random.Random(42)` is made in the same order
// (bench/python-random.ts), so the files compare equal with `cmp`.
//
// Usage: node dist/bench/news-po.js N OUT.po

import {closeSync, openSync, writeSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {PythonRandom, pythonRoundOne} from './python-random.js'

type Names = ReadonlyArray<readonly [string, string]>

const people: Names = [
  ['Mahmoud Abbas', 'محمود عباس'], ['Antony Blinken', 'أنتوني بلينكن'], ['Emmanuel Macron', 'إيمانويل ماكرون'],
  ['Recep Tayyip Erdogan', 'رجب طيب أردوغان'], ['Abdel Fattah al-Sisi', 'عبد الفتاح السيسي'], ['Olaf Scholz', 'أولاف شولتس'],
  ['Volodymyr Zelensky', 'فولوديمير زيلينسكي'], ['Ursula von der Leyen', 'أورسولا فون دير لاين'], ['King Abdullah', 'الملك عبد الله'],
  ['Benjamin Netanyahu', 'بنيامين نتنياهو'], ['Xi Jinping', 'شي جين بينغ'], ['Narendra Modi', 'ناريندرا مودي']
]
const places: Names = [
  ['Cairo', 'القاهرة'], ['Riyadh', 'الرياض'], ['Beirut', 'بيروت'], ['Amman', 'عمّان'], ['Baghdad', 'بغداد'], ['Doha', 'الدوحة'],
  ['Paris', 'باريس'], ['Brussels', 'بروكسل'], ['Geneva', 'جنيف'], ['Kyiv', 'كييف'], ['Tunis', 'تونس'], ['Rabat', 'الرباط']
]
const organisations: Names = [
  ['the United Nations', 'الأمم المتحدة'], ['NATO', 'حلف شمال الأطلسي (الناتو)'], ['the World Bank', 'البنك الدولي'],
  ['the IMF', 'صندوق النقد الدولي'], ['the Arab League', 'جامعة الدول العربية'], ['the European Union', 'الاتحاد الأوروبي']
]
const months: Names = [
  ['January', 'يناير'], ['February', 'فبراير'], ['March', 'مارس'], ['April', 'أبريل'], ['May', 'مايو'], ['June', 'يونيو'],
  ['July', 'يوليو'], ['August', 'أغسطس'], ['September', 'سبتمبر'], ['October', 'أكتوبر'], ['November', 'نوفمبر'], ['December', 'ديسمبر']
]
const weekdays: Names = [
  ['Monday', 'الاثنين'], ['Tuesday', 'الثلاثاء'], ['Wednesday', 'الأربعاء'], ['Thursday', 'الخميس'], ['Friday', 'الجمعة'], ['Saturday', 'السبت'], ['Sunday', 'الأحد']
]

type Sentence = [source: string, target: string]

/** The templates, in the Python list's order; each draws in the order its Python line does. */
const templates: Array<(random: PythonRandom) => Sentence> = [
  function meeting(random) {
    const [[p, pa], [q, qa], [c, ca], [d, da]] = [random.choice(people), random.choice(people), random.choice(places), random.choice(weekdays)]
    return [`${p} met ${q} in ${c} on ${d} to discuss the crisis.`, `التقى ${pa} مع ${qa} في ${ca} يوم ${da} لبحث الأزمة.`]
  },
  function casualties(random) {
    const n = random.randint(2, 950)
    const [c, ca] = random.choice(places)
    return [`At least ${n} people were killed and dozens injured near ${c}, officials said.`, `قُتل ${n} شخصاً على الأقل وأصيب العشرات قرب ${ca}، بحسب مسؤولين.`]
  },
  function date(random) {
    const day = random.randint(1, 28)
    const [m, ma] = random.choice(months)
    const year = random.randint(1990, 2025)
    const [o, oa] = random.choice(organisations)
    return [`The agreement was signed on ${day} ${m} ${year} under the auspices of ${o}.`, `وُقّع الاتفاق في ${day} ${ma} ${year} برعاية ${oa}.`]
  },
  function economy(random) {
    const rate = pythonRoundOne(random.uniform(0.1, 9.9))
    const exports = random.randint(100, 9999)
    return [
      `Inflation rose to ${rate} percent in the third quarter, while exports reached ${exports} million dollars.`,
      `ارتفع التضخم إلى ${rate} في المئة في الربع الثالث، فيما بلغت الصادرات ${exports} مليون دولار.`
    ]
  },
  function quote(random) {
    const [p, pa] = random.choice(people)
    return [`${p} told reporters: "We will not accept any solution imposed by force."`, `وقال ${pa} للصحفيين: "لن نقبل بأي حل يُفرض بالقوة."`]
  },
  function time(random) {
    const hour = random.randint(1, 11)
    const minutes = random.choice(['00', '15', '30', '45'])
    const [c, ca] = random.choice(places)
    return [
      `The explosion was heard in ${c} at ${hour}:${minutes} a.m. local time. Witnesses reported heavy smoke.`,
      `سُمع دوي الانفجار في ${ca} عند الساعة ${hour}:${minutes} صباحاً بالتوقيت المحلي. وأفاد شهود بتصاعد دخان كثيف.`
    ]
  },
  function dateline(random) {
    const [c, ca] = random.choice(places)
    return [`${c} (AFP) - Talks between the two delegations resumed on Tuesday after a two-week pause.`, `${ca} (أ ف ب) - استؤنفت المحادثات بين الوفدين يوم الثلاثاء بعد توقف دام أسبوعين.`]
  }
]

const easternDigits = '٠١٢٣٤٥٦٧٨٩'

/** Python's `str.replace(old, new, 1)`; a function replacement, so `$` in the text is literal. */
const replaceFirst = (text: string, old: string, replacement: string) => text.replace(old, () => replacement)

/** One planted defect: [source, target, label]. `variant_eastern_digits` is no error (Arabic writes either digits). */
function defect(random: PythonRandom, source: string, target: string): [string, string, string] {
  const kind = random.randint(0, 5)
  if (kind === 0) return target.includes('1') ? [source, replaceFirst(target, '1', '7'), 'wrong_number'] : [source, `${target} 7`, 'extra_number']
  if (kind === 1) return [source, target.replace(/[0-9]/g, (digit) => easternDigits[Number(digit)]), 'variant_eastern_digits']
  if (kind === 2) return target.includes('"') ? [source, replaceFirst(target, '"', ''), 'unbalanced_quote'] : [source, replaceFirst(target, ')', ''), 'missing_bracket']
  if (kind === 3) return target.includes('. ') ? [source, target.split('. ')[0], 'missing_sentence'] : [source, '', 'empty_target']
  if (kind === 4) return [source, source, 'copied_source']
  return [source, replaceFirst(target, ' في ', ' في في '), target.includes(' في ') ? 'double_word' : 'none']
}

/** A PO string's content: backslash, quote and line break escaped. */
const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')

const header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ar\\n"\n\n'

/** One entry: English source, Arabic target, and the defect planted in it (`none` for none). */
export interface NewsEntry {
  source: string
  target: string
  label: string
}

/** The first `count` entries of the news stream (endless without a count); the same for every count. */
export function* newsEntries(count = Infinity): Generator<NewsEntry> {
  const random = new PythonRandom(42)
  for (let i = 0; i < count; i++) {
    const parts = Array.from({length: random.randint(1, 2)}, () => random.choice(templates)(random))
    let source = parts.map((part) => part[0]).join(' ')
    let target = parts.map((part) => part[1]).join(' ')
    let label = 'none'
    if (random.random() < 0.1) {
      const [defectSource, defectTarget, defectLabel] = defect(random, source, target)
      // An injection that changed nothing is no defect.
      label = defectTarget === target && defectLabel !== 'copied_source' ? 'none' : defectLabel
      source = defectSource
      target = defectTarget
    }
    yield {source, target, label}
  }
}

/** The news PO of `count` entries, in pieces: the header, then one entry each. */
export function* newsPoPieces(count: number): Generator<string> {
  yield header
  let line = 0
  for (const {source, target, label} of newsEntries(count)) {
    line++
    yield `#. injected: ${label}\n#: news.txt:${line}\nmsgctxt "seg${line}"\nmsgid "${escape(source)}"\nmsgstr "${escape(target)}"\n\n`
  }
}

/** What a writer wrote: bytes on disk, segment pairs, files. */
export interface Written {
  bytes: number
  pairs: number
  files: number
}

/** Write `pieces` to `file` in blocks of about 1 MB, so no corpus is ever one string in memory; the bytes written. */
export function writePieces(file: string, pieces: Iterable<string>): number {
  const fd = openSync(file, 'w')
  let pending: string[] = []
  let pendingLength = 0
  let bytes = 0
  const flush = () => {
    const block = Buffer.from(pending.join(''))
    for (let at = 0; at < block.length; ) at += writeSync(fd, block, at)
    bytes += block.length
    pending = []
    pendingLength = 0
  }
  try {
    for (const piece of pieces) {
      pending.push(piece)
      pendingLength += piece.length
      if (pendingLength >= 1 << 19) flush()
    }
    flush()
  } finally {
    closeSync(fd)
  }
  return bytes
}

/** Write the news PO of `count` entries to `file`. */
export function writeNewsPo(file: string, count: number): Written {
  return {bytes: writePieces(file, newsPoPieces(count)), pairs: count, files: 1}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 20000)
  const file = process.argv[3] ?? 'bench_20k.po'
  if (!Number.isInteger(count) || count < 0) {
    console.error('Usage: node dist/bench/news-po.js N OUT.po')
    process.exitCode = 2
  } else writeNewsPo(file, count)
}
