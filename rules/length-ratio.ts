import {IntColumn, locationSlots, pushLocation, readLocation} from '../src/engine/packed-state.js'
import {defineRule} from '../src/engine/rule.js'
import type {Side, Span, Unit} from '../src/engine/types.js'
import {alignUnit, type Bead} from '../src/text/align.js'
import {deviation, learnRatio, textLength, type LengthColumns, type LengthPair, type RatioModel} from '../src/text/length-ratio.js'
import {languageName} from '../src/text/languages.js'

interface Options {
  /** How many spreads (|δ|) from the expected length a pair may be. */
  threshold: number
  /** Fewest pairs to learn the ratio from; a smaller document or corpus is not judged. */
  minPairs: number
  /** Fewest characters the longer version of a pair needs to be judged. */
  minLength: number
  /** How many times longer or shorter than expected a pair must also be: δ alone flags long paragraphs that differ by a fifth. */
  factor: number
  /** A fixed expected target/source ratio instead of the learned one. */
  ratio?: number
}

/**
 * What `collect` keeps of a segment, flat (see `src/engine/packed-state.ts`):
 * its language pair, its two lengths, and where its target and its source are.
 */
type SegmentLengths = [sourceLang: string, targetLang: string, source: number, target: number, ...locations: unknown[]]
const targetAt = 4
const sourceAt = targetAt + locationSlots

function format(value: number): string {
  return value.toFixed(2)
}

function modelOf(columns: LengthColumns, count: number, options: Options): RatioModel | undefined {
  const learned = learnRatio(columns, count, options.minPairs, options.threshold)
  if (options.ratio === undefined) return learned
  return {ratio: options.ratio, spread: learned?.spread ?? 1, pairs: learned?.pairs ?? count}
}

/** The message data of an outlying pair, or undefined when it is within bounds. */
function outlier(pair: LengthPair, model: RatioModel, options: Options, source: string, target: string, scope: string): Record<string, string | number> | undefined {
  // The source must be long enough to predict from: `GIS` may become `نظم المعلومات الجغرافية GIS`, and a short
  // label gains a word or two; a long source that came out short is judged whatever the target's length.
  if (pair.source < options.minLength) return undefined
  const delta = deviation(pair, model)
  if (Math.abs(delta) <= options.threshold) return undefined
  const expected = model.ratio * pair.source
  if (Math.max(pair.target, expected) < options.factor * Math.min(pair.target, expected)) return undefined
  return {
    lang: languageName(target),
    otherLang: languageName(source),
    length: pair.target,
    otherLength: pair.source,
    expected: Math.round(expected),
    ratio: format(model.ratio),
    scope,
    direction: delta < 0 ? 'short' : 'long'
  }
}

/**
 * The beads with both sides, plus a paragraph without counterpart next to
 * one of the other side: the aligner pairs a translation that lost most of
 * its text with nothing, and the two stand where a 1-1 bead would.
 */
function correspondingBeads(beads: readonly Bead[]): Bead[] {
  const found: Bead[] = []
  for (let index = 0; index < beads.length; index++) {
    const bead = beads[index]
    const next = beads[index + 1]
    if (bead.source.length > 0 && bead.target.length > 0) found.push(bead)
    else if (next && next.source.length + next.target.length === 1 && bead.source.length + bead.target.length === 1 && bead.source.length !== next.source.length) {
      found.push({source: [...bead.source, ...next.source], target: [...bead.target, ...next.target]})
      index++
    }
  }
  return found
}

function spanOf(side: Side, indices: readonly number[]): Span {
  return [side.paragraphs[indices[0]].span[0], side.paragraphs[indices.at(-1)!].span[1]]
}

function lengthOf(side: Side, indices: readonly number[]): number {
  return indices.reduce((sum, index) => sum + textLength(side.paragraphs[index].text), 0)
}

export default defineRule<Options>({
  meta: {
    id: 'length-ratio',
    description: 'Corresponding paragraphs and segments have lengths in the ratio of the corpus',
    docs: {
      what:
        'Learns how long a target is for its source — the ratio c and the spread of the Gale–Church model, ' +
        'δ = (l₂ − c·l₁) / (s·√((l₁ + l₂/c)/2)) — from the text itself: per document from its aligned paragraphs, ' +
        'and for segment files from all the segments of the corpus with the same language pair. It then reports ' +
        'each aligned paragraph or segment more than `threshold` spreads from the expected length and at least ' +
        '`factor` times longer or shorter than expected (δ alone flags long paragraphs that differ by a fifth: ' +
        '10 clean paragraphs of seven UDHR translations). Lengths are ' +
        'counted in characters without white space, marks, format characters and tatweel, which for Chinese and ' +
        'Japanese is the count of grapheme clusters. A document with fewer than `minPairs` aligned paragraphs is ' +
        'not judged. On the UDHR (English against Arabic, Persian, Russian, Hebrew, Chinese, Hindi and French, ' +
        'one document each) and on the sample document it reports nothing; on quran-json (114 chapters as ' +
        'documents) nothing for the English and French translations and 5 verses of the Russian one, whose ' +
        'translator adds commentary.',
      why:
        'A translation much shorter than the corpus ratio predicts has lost a sentence; a much longer one has an ' +
        'addition or a pasted neighbour. Fixed-ratio filters (OpusFilter’s `LengthRatioFilter`, bicleaner’s ' +
        '`length_ratio` of 3) are too loose for en→fr and wrong for en→zh, where the ratio is 0.3.',
      fix:
        'Compare the two versions of the paragraph and translate what is missing or remove what was added. Set ' +
        '`ratio` if the corpus is too small to learn from, or raise `threshold` for free translations.'
    },
    schema: {
      type: 'object',
      properties: {
        threshold: {type: 'number', exclusiveMinimum: 0, description: 'How many spreads from the expected length a pair may be.'},
        minPairs: {type: 'integer', minimum: 2, description: 'Fewest pairs to learn the ratio from.'},
        minLength: {type: 'integer', minimum: 0, description: 'Fewest characters a source needs for its pair to be judged.'},
        factor: {type: 'number', minimum: 1, description: 'How many times longer or shorter than expected a pair must also be.'},
        ratio: {type: 'number', exclusiveMinimum: 0, description: 'A fixed expected target/source length ratio instead of the learned one.'}
      },
      additionalProperties: false
    },
    defaultOptions: {threshold: 5, minPairs: 5, minLength: 20, factor: 2},
    messages: {
      outlier:
        'Unexpected {{direction}} {{lang}} text: {{length}} characters for {{otherLength}} in {{otherLang}}, expected about ' +
        '{{expected}} (ratio {{ratio}} learned from this {{scope}}); part of it may be missing or added'
    },
    // A warning: a free translation can be an outlier (5 verses of the Russian Quran with commentary).
    recommended: 'warn'
  },
  examples: {
    valid: [
      {
        name: 'Paragraphs in the ratio of their document',
        source:
          'All human beings are born free and equal in dignity and rights.\n' +
          'Everyone has the right to life, liberty and security of person.\n' +
          'No one shall be held in slavery or servitude.\n' +
          'No one shall be subjected to torture or to cruel, inhuman or degrading treatment or punishment.\n' +
          'Everyone has the right to recognition everywhere as a person before the law.',
        target:
          'يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق.\n' +
          'لكل فرد الحق في الحياة والحرية وفي الأمان على شخصه.\n' +
          'لا يجوز استرقاق أحد أو استعباده.\n' +
          'لا يعرض أي إنسان للتعذيب ولا للعقوبات أو المعاملات القاسية أو الوحشية أو الحاطة بالكرامة.\n' +
          'لكل إنسان أينما وجد الحق في أن يعترف بشخصيته القانونية.'
      }
    ],
    invalid: [
      {
        name: 'A translation that lost its second half, after a short but complete one',
        source:
          'All human beings are born free and equal in dignity and rights.\n' +
          'No one shall be held in slavery or servitude.\n' +
          'No one shall be subjected to torture or to cruel, inhuman or degrading treatment or punishment.\n' +
          'Everyone has the right to recognition everywhere as a person before the law.\n' +
          'All are equal before the law and are entitled without any discrimination to equal protection of the law. All are entitled to equal protection against any discrimination in violation of this Declaration and against any incitement to such discrimination.\n' +
          'Everyone has the right to life, liberty and security of person.',
        target:
          'يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق.\n' +
          'لا يجوز استرقاق أحد أو استعباده.\n' +
          'لا يعرض أي إنسان للتعذيب ولا للعقوبات أو المعاملات القاسية أو الوحشية أو الحاطة بالكرامة.\n' +
          'لكل إنسان أينما وجد الحق في أن يعترف بشخصيته القانونية.\n' +
          'كل الناس سواسية أمام القانون.\n' +
          'لكل فرد الحق في الحياة والحرية وفي الأمان على شخصه.',
        errors: [
          {
            messageId: 'outlier',
            data: {direction: 'short', lang: 'Arabic', length: 25, otherLength: 214, otherLang: 'English', expected: 174, ratio: '0.81', scope: 'document'},
            side: 'target',
            line: 5,
            column: 1
          }
        ]
      }
    ]
  },
  check(unit: Unit, context) {
    if (unit.kind !== 'document') return
    const {options} = context
    const {source, target} = unit
    const beads = correspondingBeads(alignUnit(unit))
    const pairs = beads.map((bead) => ({source: lengthOf(source, bead.source), target: lengthOf(target, bead.target)}))
    const model = modelOf({source: pairs.map((pair) => pair.source), target: pairs.map((pair) => pair.target)}, pairs.length, options)
    if (!model) return
    for (const [index, bead] of beads.entries()) {
      const data = outlier(pairs[index], model, options, source.lang, target.lang, 'document')
      if (!data) continue
      context.report({side: target, span: spanOf(target, bead.target), messageId: 'outlier', data, related: [{side: source, span: spanOf(source, bead.source)}]})
    }
  },
  collect(unit, context): SegmentLengths | null {
    if (unit.kind !== 'segment') return null
    const {source, target} = unit
    const state: SegmentLengths = [source.lang, target.lang, textLength(source.text), textLength(target.text)]
    pushLocation(state, context.locate(target, [0, target.text.length]))
    pushLocation(state, context.locate(source, [0, source.text.length]))
    return state.slice() as SegmentLengths
  },
  finalize(states, context) {
    const {options} = context
    // First read: the lengths of each language pair, as columns, for its model.
    // Four bytes a length; the first language pair (most corpora have one) sized for all states.
    const lengths = new Map<string, {source: IntColumn; target: IntColumn}>()
    for (const state of states as Iterable<SegmentLengths | null>) {
      if (!state) continue
      const languages = `${state[0]}:${state[1]}`
      let columns = lengths.get(languages)
      if (!columns) {
        const capacity = lengths.size === 0 ? states.length : undefined
        lengths.set(languages, (columns = {source: new IntColumn(capacity), target: new IntColumn(capacity)}))
      }
      columns.source.push(state[2])
      columns.target.push(state[3])
    }
    // The sums and medians of a model do not depend on the order of the segments.
    const models = new Map(
      [...lengths].map(([languages, {source, target}]) => [languages, modelOf({source: source.view(), target: target.view()}, source.length, options)])
    )
    lengths.clear()
    // Second read: the segments outside their model, with their locations.
    for (const state of states as Iterable<SegmentLengths | null>) {
      const model = state && models.get(`${state[0]}:${state[1]}`)
      if (!model) continue
      const data = outlier({source: state[2], target: state[3]}, model, options, state[0], state[1], 'corpus')
      if (!data) continue
      context.report({location: readLocation(state, targetAt, 'target'), messageId: 'outlier', data, related: [readLocation(state, sourceAt, 'source')]})
    }
  }
})
