import {defineRule} from '../src/engine/rule.js'
import type {Paragraph, Side, Span, Unit} from '../src/engine/types.js'
import {alignUnit, type Bead} from '../src/text/align.js'
import {languageName} from '../src/text/languages.js'
import {positionAt} from '../src/corpus/source-file.js'

interface Options {
  /** Report 2-2 beads (paragraphs cut differently) when both versions have as many paragraphs. */
  reparagraphed: boolean
}

function lineOf(side: Side, paragraph: Paragraph): number {
  return positionAt(side.file, side.toFileOffset(paragraph.span[0])).line
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

function checkDocument(unit: Unit, report: (bead: Bead, counts: boolean) => void) {
  const beads = alignUnit(unit)
  const countsDiffer = unit.source.paragraphs.length !== unit.target.paragraphs.length
  let countsReported = !countsDiffer
  for (const bead of beads) {
    if (shape(bead) === '1-1') continue
    report(bead, !countsReported)
    countsReported = true
  }
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
        'they differ. For segment units it compares the number of sentences.',
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
        reparagraphed: {type: 'boolean', description: 'Report two paragraphs cut differently in the two versions (2-2) when the counts agree.'}
      },
      additionalProperties: false
    },
    defaultOptions: {reparagraphed: false},
    messages: {
      missing: '{{lang}} paragraph {{paragraph}} (line {{line}}) has no {{otherLang}} counterpart',
      merged:
        '{{lang}} paragraph {{paragraph}} (line {{line}}) stands for {{otherLang}} paragraphs {{otherParagraphs}} ' +
        '(lines {{otherLines}}): merged in the {{lang}} version, or one of them is missing',
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
          'Article 1. All human beings are born free and equal in dignity and rights.\n' +
          'Article 2. Everyone is entitled to all the rights and freedoms set forth in this Declaration, without distinction of any kind.\n' +
          'Article 3. Everyone has the right to life, liberty and security of person.',
        target:
          'Статья 1. Все люди рождаются свободными и равными в своем достоинстве и правах.\n' +
          'Статья 3. Каждый человек имеет право на жизнь, на свободу и на личную неприкосновенность.',
        languages: {source: 'en', target: 'ru'},
        errors: [
          {messageId: 'missing', data: {lang: 'English', paragraph: 2, line: 2, otherLang: 'Russian'}, side: 'source', line: 2, column: 1},
          {messageId: 'counts', data: {sourceLang: 'English', sourceCount: 3, targetLang: 'Russian', targetCount: 2}, side: 'source', line: 2, column: 1}
        ]
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
      const sourceCount = source.sentences.length
      const targetCount = target.sentences.length
      if (sourceCount === 0 || targetCount === 0 || sourceCount === targetCount) return
      context.report({
        side: target,
        span: [0, target.text.length],
        messageId: 'sentences',
        data: {...names, sourceCount, targetCount},
        related: [{side: source, span: [0, source.text.length]}]
      })
      return
    }
    const countsDiffer = source.paragraphs.length !== target.paragraphs.length
    checkDocument(unit, (bead, withCounts) => {
      // The side that holds the odd paragraph carries the message.
      const [side, other] = bead.target.length >= bead.source.length && bead.target.length > 0 ? [target, source] : [source, target]
      const own = side === target ? bead.target : bead.source
      const others = side === target ? bead.source : bead.target
      const here = describe(side, own)
      const there = others.length ? describe(other, others) : undefined
      const span = spanOf(side, own)
      const related = others.length ? [{side: other, span: spanOf(other, others)}] : undefined
      const langs = {lang: languageName(side.lang), otherLang: languageName(other.lang)}
      if (others.length === 0) {
        context.report({side, span, messageId: 'missing', data: {...langs, paragraph: here.paragraphs, line: here.lines}})
      } else if (own.length === 1 || others.length === 1) {
        // 2-1 or 1-2: report at the single paragraph that stands for two.
        const single = own.length === 1 ? {side, indices: own, far: others, farSide: other} : {side: other, indices: others, far: own, farSide: side}
        const singleHere = describe(single.side, single.indices)
        const singleThere = describe(single.farSide, single.far)
        context.report({
          side: single.side,
          span: spanOf(single.side, single.indices),
          messageId: 'merged',
          data: {
            lang: languageName(single.side.lang),
            otherLang: languageName(single.farSide.lang),
            paragraph: singleHere.paragraphs,
            line: singleHere.lines,
            otherParagraphs: singleThere.paragraphs,
            otherLines: singleThere.lines
          },
          related: [{side: single.farSide, span: spanOf(single.farSide, single.far)}]
        })
      } else if (countsDiffer || context.options.reparagraphed) {
        context.report({
          side,
          span,
          messageId: 'reparagraphed',
          data: {...langs, paragraphs: here.paragraphs, lines: here.lines, otherParagraphs: there!.paragraphs, otherLines: there!.lines},
          related,
          severity: countsDiffer ? undefined : 1
        })
      }
      if (withCounts) {
        context.report({
          side,
          span: [span[0], span[0]],
          messageId: 'counts',
          data: {...names, sourceCount: source.paragraphs.length, targetCount: target.paragraphs.length}
        })
      }
    })
  }
})
