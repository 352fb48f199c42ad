import {defineRule, type RuleContext} from '../src/engine/rule.js'
import type {Paragraph, Side, Span, Unit} from '../src/engine/types.js'
import {alignUnit, type Bead} from '../src/text/align.js'
import {languageName} from '../src/text/languages.js'

interface Options {
  /** Report 2-2 beads (two paragraphs cut differently), which change no count. */
  reparagraphed: boolean
}

/** Sentence-final punctuation of many scripts (Arabic ؟, Urdu ۔, CJK full-width marks, Armenian ։, Devanagari ।). */
const sentenceEnd = /[.!?…。！？؟۔։।]/u

function lineOf(side: Side, paragraph: Paragraph): number {
  return side.position(paragraph.span[0]).line
}

/** `paragraph 4 (line 12)` or `paragraphs 4–5 (lines 12–13)`, 1-based. */
function describe(side: Side, indices: readonly number[]): {paragraphs: string; lines: string} {
  const paragraphs = indices.map((index) => side.paragraphs[index])
  const numbers = paragraphs.map((paragraph) => paragraph.index + 1)
  const lines = paragraphs.map((paragraph) => lineOf(side, paragraph))
  return {paragraphs: numbers.join('–'), lines: lines.join('–')}
}

function spanOf(side: Side, indices: readonly number[]): Span {
  return [side.paragraphs[indices[0]].span[0], side.paragraphs[indices.at(-1)!].span[1]]
}

function shape(bead: Bead): string {
  return `${bead.source.length}-${bead.target.length}`
}

type Report = RuleContext<Options>['report']

/**
 * Report one bead that is not 1-1: a paragraph without counterpart where it
 * stands, on its own side; a merge, split or re-cut pair on the target.
 */
function reportBead(bead: Bead, unit: Unit, report: Report): {side: Side; span: Span} {
  const {source, target} = unit
  if (bead.source.length === 0 || bead.target.length === 0) {
    const [side, own] = bead.source.length === 0 ? [target, bead.target] : [source, bead.source]
    const other = side === source ? target : source
    const here = describe(side, own)
    const span = spanOf(side, own)
    const data = {lang: languageName(side.lang), otherLang: languageName(other.lang), paragraph: here.paragraphs, line: here.lines}
    if (bead.alternative === undefined) {
      report({side, span, messageId: 'missing', data})
    } else {
      const neighbour = describe(side, [bead.alternative])
      report({side, span, messageId: 'missingOrNeighbour', data: {...data, neighbour: neighbour.paragraphs, neighbourLine: neighbour.lines}})
    }
    return {side, span}
  }
  // Merges, splits and re-cut pairs are reported on the target, the version being checked.
  const here = describe(target, bead.target)
  const there = describe(source, bead.source)
  const span = spanOf(target, bead.target)
  const data = {lang: languageName(target.lang), otherLang: languageName(source.lang), otherParagraphs: there.paragraphs, otherLines: there.lines}
  const related = [{side: source, span: spanOf(source, bead.source)}]
  const messageId = bead.source.length === bead.target.length ? 'reparagraphed' : bead.target.length === 1 ? 'merged' : 'split'
  report({side: target, span, messageId, data: {...data, paragraphs: here.paragraphs, lines: here.lines}, related, severity: messageId === 'reparagraphed' ? 1 : undefined})
  const side = target
  return {side, span}
}

/** Letters and digits a text spends on its content: Han, kana and Hangul say about as much in 2.5 times fewer. */
function contentWeight(text: string): number {
  let weight = 0
  for (const match of text.matchAll(CONTENT)) weight += match[1] ? match[0].length * 2.5 : match[0].length
  return weight
}

const CONTENT = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)|[\p{L}\p{N}]+/gu

/**
 * Whether the target's length moved with its sentence count: half the
 * sentences in about half the length is a sentence lost (`The report was
 * published. It has three chapters.` → `نُشر التقرير.`); half the sentences
 * in the same length, two joined. Nearer the count's ratio than 1, on a log scale.
 */
function lengthFollowsCount(source: string, target: string, countRatio: number): boolean {
  const lengthRatio = contentWeight(target) / Math.max(1, contentWeight(source))
  return Math.abs(Math.log(lengthRatio / countRatio)) < Math.abs(Math.log(lengthRatio))
}

export default defineRule<Options>({
  meta: {
    id: 'paragraph-count',
    description: 'The two versions of a document have corresponding paragraphs',
    docs: {
      what:
        'Aligns the paragraphs of the two versions (Gale–Church over character lengths, with the length ratio ' +
        'estimated from the document itself and numbers shared by both versions as anchors) and reports every ' +
        'paragraph without a counterpart at its own line, every merge and split, and the paragraph counts when ' +
        'they differ. For segment units of a corpus it compares the number of sentences, where both sides mark ' +
        'sentence ends: a count that differs is a pair cut at the wrong line. In a PO entry translators join and ' +
        'split sentences as their language wants (on Django’s catalogs, 9 of 10 such counts were joins or splits): ' +
        'there only a target with fewer sentences is reported, and only when its length follows the count (half ' +
        'the sentences in about half the length: a sentence lost). ' +
        'Length cannot tell apart two ' +
        'neighbouring paragraphs of about the same length: the message then names both. On the UDHR (81 ' +
        'paragraphs, English against Arabic, Russian, Hindi and French), a deleted paragraph is reported at its ' +
        'exact line in 73–80 cases of 81 and named in 79–81; where the translation writes article numbers in ' +
        'words (Chinese, Persian, Hebrew), a deleted heading is reported as a merge naming its line.',
      why:
        'A paragraph missing from a translation is lost content; a merged or split paragraph breaks every ' +
        'paragraph-level check after it, and misaligned pairs poison a training corpus.',
      fix:
        'Translate the missing paragraph, remove the extra one, or re-cut the paragraphs so that each has one ' +
        'counterpart. Where one version legitimately has an extra paragraph (a headline), keep it and turn the ' +
        'rule off for that file with an override.'
    },
    schema: {
      type: 'object',
      properties: {
        reparagraphed: {
          type: 'boolean',
          description: 'Also report, as warnings, two paragraphs cut differently in the two versions (a 2-2 bead), which changes no count.'
        }
      },
      additionalProperties: false
    },
    defaultOptions: {reparagraphed: false},
    messages: {
      empty: 'The {{lang}} version is empty, while the {{otherLang}} version has {{count}} paragraphs',
      missing: '{{lang}} paragraph {{paragraph}} (line {{line}}) has no {{otherLang}} counterpart',
      missingOrNeighbour:
        '{{lang}} paragraph {{paragraph}} (line {{line}}) has no {{otherLang}} counterpart, or paragraph {{neighbour}} ' +
        '(line {{neighbourLine}}) has none: the two are about as long, so check both',
      merged:
        '{{lang}} paragraph {{paragraphs}} (line {{lines}}) stands for {{otherLang}} paragraphs {{otherParagraphs}} ' +
        '(lines {{otherLines}}): merged in the {{lang}} version, or one of them has no {{lang}} counterpart',
      split:
        '{{lang}} paragraphs {{paragraphs}} (lines {{lines}}) stand for {{otherLang}} paragraph {{otherParagraphs}} ' +
        '(line {{otherLines}}): split in the {{lang}} version, or one of them has no {{otherLang}} counterpart',
      reparagraphed:
        '{{lang}} paragraphs {{paragraphs}} (lines {{lines}}) are cut differently from {{otherLang}} paragraphs ' +
        '{{otherParagraphs}} (lines {{otherLines}})',
      counts: 'The {{sourceLang}} version has {{sourceCount}} paragraphs, the {{targetLang}} version {{targetCount}}',
      sentences: 'The {{sourceLang}} segment has {{sourceCount}} sentences, the {{targetLang}} segment {{targetCount}}'
    },
    recommended: 'error'
  },
  examples: {
    valid: [
      {
        name: 'Corresponding paragraphs',
        source: 'The minister arrived on Monday.\nHe met the president.',
        target: 'وصل الوزير يوم الاثنين.\nوالتقى بالرئيس.'
      },
      {
        name: 'A segment whose target marks no sentence end',
        kind: 'segment',
        source: 'In the name of God. Praise be to God.',
        target: 'بسم الله الحمد لله'
      },
      {
        name: 'Segments with as many sentences',
        kind: 'segment',
        source: 'The talks ended. Both sides signed.',
        target: 'انتهت المحادثات. ووقع الطرفان.'
      }
    ],
    invalid: [
      {
        name: 'A headline with no counterpart',
        source: 'Tehran, 8 July 2020\nIran and Syria signed a military agreement on Wednesday in Damascus.\nThe agreement covers air defence.',
        target:
          'إيران وسوريا توقعان اتفاقا\nطهران، 8 تموز 2020\nوقعت إيران وسوريا يوم الأربعاء في دمشق اتفاقا عسكريا.\nوتشمل الاتفاقية الدفاع الجوي.',
        errors: [
          {messageId: 'missing', data: {lang: 'Arabic', paragraph: 1, line: 1, otherLang: 'English'}, side: 'target', line: 1, column: 1},
          {messageId: 'counts', data: {sourceLang: 'English', sourceCount: 3, targetLang: 'Arabic', targetCount: 4}, side: 'target', line: 1, column: 1}
        ]
      },
      {
        name: 'A paragraph left out of the translation',
        source:
          'Article 1. All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.\n' +
          'Article 2. Everyone is entitled to all the rights and freedoms set forth in this Declaration, without distinction of any kind, such as race, colour, sex, language, religion, political or other opinion, national or social origin, property, birth or other status.\n' +
          'Article 3. Everyone has the right to life, liberty and the security of person.\n' +
          'Article 5. No one shall be subjected to torture or to cruel, inhuman or degrading treatment or punishment.',
        target:
          'Статья 1. Все люди рождаются свободными и равными в своем достоинстве и правах. Они наделены разумом и совестью и должны поступать в отношении друг друга в духе братства.\n' +
          'Статья 3. Каждый человек имеет право на жизнь, на свободу и на личную неприкосновенность.\n' +
          'Статья 5. Никто не должен подвергаться пыткам или жестоким, бесчеловечным или унижающим его достоинство обращению и наказанию.',
        languages: {source: 'en', target: 'ru'},
        errors: [
          {messageId: 'missing', data: {lang: 'English', paragraph: 2, line: 2, otherLang: 'Russian'}, side: 'source', line: 2, column: 1},
          {messageId: 'counts', data: {sourceLang: 'English', sourceCount: 4, targetLang: 'Russian', targetCount: 3}, side: 'source', line: 2, column: 1}
        ]
      },
      {
        name: 'Two paragraphs merged into one',
        source:
          'The agreement was signed in Damascus on Wednesday by the two chiefs of staff.\n' +
          'It covers air defence, training and the exchange of military expertise.\n' +
          'Both sides called for the withdrawal of foreign forces from Syria.',
        target:
          'وقع رئيسا الأركان الاتفاقية في دمشق يوم الأربعاء. وتشمل الدفاع الجوي والتدريب وتبادل الخبرات العسكرية.\n' +
          'ودعا الجانبان إلى خروج القوات الأجنبية من سوريا.',
        errors: [
          {messageId: 'merged', data: {lang: 'Arabic', paragraphs: 1, lines: 1, otherLang: 'English', otherParagraphs: '1–2', otherLines: '1–2'}, side: 'target', line: 1, column: 1},
          {messageId: 'counts', data: {sourceLang: 'English', sourceCount: 3, targetLang: 'Arabic', targetCount: 2}, side: 'target', line: 1, column: 1}
        ]
      },
      {
        name: 'Two neighbours of about the same length',
        source:
          'Article 13\n' +
          'Everyone has the right to freedom of movement and residence within the borders of each State.\n' +
          'Everyone has the right to leave any country, including his own, and to return to his country.\n' +
          'Article 14\n' +
          'Everyone has the right to seek and to enjoy in other countries asylum from persecution.\n' +
          'This right may not be invoked in the case of prosecutions genuinely arising from non-political crimes or from acts contrary to the purposes and principles of the United Nations.',
        target:
          'المادة 13\n' +
          'يحق لكل فرد أن يغادر أية بلاد بما في ذلك بلده كما يحق له العودة إليه.\n' +
          'المادة 14\n' +
          'لكل فرد الحق أن يلجأ إلى بلاد أخرى أو يحاول الالتجاء إليها هربا من الاضطهاد.\n' +
          'لا ينتفع بهذا الحق من قدم للمحاكمة في جرائم غير سياسية أو لأعمال تناقض أغراض الأمم المتحدة ومبادئها.',
        errors: [
          {
            messageId: 'missingOrNeighbour',
            data: {lang: 'English', paragraph: 3, line: 3, otherLang: 'Arabic', neighbour: 2, neighbourLine: 2},
            side: 'source',
            line: 3,
            column: 1
          },
          {messageId: 'counts', data: {sourceLang: 'English', sourceCount: 6, targetLang: 'Arabic', targetCount: 5}, side: 'source', line: 3, column: 1}
        ]
      },
      {
        name: 'A version left empty',
        source: 'The agreement was signed on Wednesday.\nIt covers air defence.',
        target: '',
        errors: [{messageId: 'empty', data: {lang: 'Arabic', otherLang: 'English', count: 2}, side: 'target', line: 1, column: 1}]
      },
      {
        name: 'Segments that lost a sentence',
        kind: 'segment',
        source: 'The talks ended. Both sides signed.',
        target: 'انتهت المحادثات.',
        errors: [
          {messageId: 'sentences', data: {sourceLang: 'English', sourceCount: 2, targetLang: 'Arabic', targetCount: 1}, side: 'target', line: 1, column: 1}
        ]
      }
    ]
  },
  check(unit, context) {
    const {source, target} = unit
    const names = {sourceLang: languageName(source.lang), targetLang: languageName(target.lang)}
    if (unit.kind === 'segment') {
      // A side that marks no sentence end at all (Quranic text, a title) cannot be counted in sentences.
      if (!sentenceEnd.test(source.text) || !sentenceEnd.test(target.text)) return
      const sourceCount = source.sentences.length
      const targetCount = target.sentences.length
      if (sourceCount === 0 || targetCount === 0 || sourceCount === targetCount) return
      // Translators join and split sentences as their language wants (two English sentences, one Arabic one joined
      // by a comma): a count counts when the length follows it. In a catalog, where nothing is misaligned, only fewer.
      if (!lengthFollowsCount(source.text, target.text, targetCount / sourceCount) || (unit.entry && targetCount > sourceCount)) return
      context.report({
        side: target,
        span: [0, target.text.length],
        messageId: 'sentences',
        data: {...names, sourceCount, targetCount},
        related: [{side: source, span: [0, source.text.length]}]
      })
      return
    }
    // A whole version missing is one finding, not one per paragraph.
    const empty = [source, target].find((side) => side.paragraphs.length === 0)
    if (empty) {
      const other = empty === source ? target : source
      if (other.paragraphs.length === 0) return
      const data = {lang: languageName(empty.lang), otherLang: languageName(other.lang), count: other.paragraphs.length}
      context.report({side: empty, span: [0, 0], messageId: 'empty', data})
      return
    }
    let countsPending = source.paragraphs.length !== target.paragraphs.length
    for (const bead of alignUnit(unit)) {
      const kind = shape(bead)
      if (kind === '1-1' || (kind === '2-2' && !context.options.reparagraphed)) continue
      const reported = reportBead(bead, unit, context.report)
      if (countsPending) {
        // The counts go with the first odd bead, where the reader looks first.
        context.report({
          side: reported.side,
          span: [reported.span[0], reported.span[0]],
          messageId: 'counts',
          data: {...names, sourceCount: source.paragraphs.length, targetCount: target.paragraphs.length}
        })
        countsPending = false
      }
    }
  }
})
