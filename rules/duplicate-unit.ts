import {dirname, relative} from 'node:path'
import {pushLocation, readLocation} from '../src/engine/packed-state.js'
import {defineRule} from '../src/engine/rule.js'
import type {Unit} from '../src/engine/types.js'
import {alignUnit} from '../src/text/align.js'
import {fingerprint, fingerprintWords, type FingerprintMode} from '../src/text/fingerprint.js'

interface Options {
  /** How texts are compared before hashing. */
  normalize: FingerprintMode
  /** Also report the same source with another target. */
  conflicts: boolean
  /** Fewest words a source needs to count (short strings like `OK` repeat legitimately). */
  minWords: number
}

/**
 * What `collect` keeps of a unit, flat (see `src/engine/packed-state.ts`):
 * its languages, the fingerprints of both versions as two 30-bit words
 * each, and where its source starts and ends.
 */
type UnitPrint = [sourceLang: string, targetLang: string, sourceHigh: number, sourceLow: number, targetHigh: number, targetLow: number, ...location: unknown[]]
const locationAt = 6

const wordPattern = /[\p{L}\p{N}]+/gu

/** Whether `text` has at least `count` words; stops there rather than listing every word of the text. */
function hasWords(text: string, count: number): boolean {
  wordPattern.lastIndex = 0
  let found = 0
  while (found < count && wordPattern.exec(text)) found++
  return found >= count
}

function byLocation(a: UnitPrint, b: UnitPrint): number {
  const x = a[locationAt] as string
  const y = b[locationAt] as string
  return x < y ? -1 : x > y ? 1 : (a[locationAt + 1] as number) - (b[locationAt + 1] as number) || (a[locationAt + 2] as number) - (b[locationAt + 2] as number)
}

/** The units with one source fingerprint, and the first of them with each target. */
interface SourceGroup {
  print: UnitPrint
  /** Target fingerprint → its first unit; made at the group's second unit (most groups have one). */
  targets?: Map<string, UnitPrint>
}

const targetKey = (print: UnitPrint): string => `${print[4]}:${print[5]}`

/**
 * The group of a print's source, made when absent. Groups are found by the
 * language pair and the high word of the source fingerprint (an integer key,
 * no string per unit), then told apart by the low word.
 */
function groupOf(groups: Map<string, Map<number, SourceGroup[]>>, print: UnitPrint): {group: SourceGroup; created: boolean} {
  const languages = `${print[0]}:${print[1]}`
  let byHigh = groups.get(languages)
  if (!byHigh) groups.set(languages, (byHigh = new Map()))
  let candidates = byHigh.get(print[2])
  if (!candidates) byHigh.set(print[2], (candidates = []))
  const group = candidates.find((candidate) => candidate.print[3] === print[3])
  if (group) return {group, created: false}
  candidates.push({print})
  return {group: candidates.at(-1)!, created: true}
}

export default defineRule<Options>({
  meta: {
    id: 'duplicate-unit',
    description: 'No pair occurs twice, and no source has two translations',
    docs: {
      what:
        'Across the corpus, for each language pair, hashes both versions of every unit (a segment, or a whole document) and reports a unit ' +
        'whose source and target both occur earlier (`duplicate`), and one whose source occurs earlier with another ' +
        'target (`conflict`). Within a document it reports a paragraph pair that repeats the one just before it (`duplicateParagraph`), a paste done twice; refrains further apart (the repeated verses of the Quran) are the text’s own. ' +
        '"Earlier" means in path, line and column order, so the findings do not depend on the order files are ' +
        'read in or on how the corpus is sharded. Texts are compared after NFC and white-space folding (option ' +
        '`normalize`); sources shorter than `minWords` words are skipped. The UDHR and the sample document have ' +
        'no duplicates, and it reports nothing there.',
      why:
        'Duplicates over-weight some pairs in training and leak between training and test sets; a source with two ' +
        'translations is either an inconsistency for a translation memory or context the segment does not carry.',
      fix:
        'Remove the later duplicate. For a conflict, choose one translation, or keep both and give the segments ' +
        'the context (a PO `msgctxt`) that tells them apart, or turn `conflicts` off.'
    },
    schema: {
      type: 'object',
      properties: {
        normalize: {enum: ['exact', 'whitespace', 'letters'], description: 'How texts are compared: as they are, white space folded, or letters and digits only, case-folded.'},
        conflicts: {type: 'boolean', description: 'Also report the same source with another target.'},
        minWords: {type: 'integer', minimum: 1, description: 'Fewest words a source needs to count.'}
      },
      additionalProperties: false
    },
    defaultOptions: {normalize: 'whitespace', conflicts: true, minWords: 1},
    messages: {
      duplicate: 'Duplicate pair: the same source and target as {{file}} line {{line}}; remove one',
      conflict: 'Unexpected second translation of the source at {{file}} line {{line}}: expected one translation, or context that tells them apart',
      duplicateParagraph: 'Duplicate paragraph pair: the same as the one before it (line {{line}}); remove one'
    },
    // A warning: a translation memory may hold one source with two translations on purpose.
    recommended: 'warn'
  },
  examples: {
    valid: [
      {
        name: 'A heading repeated with different paragraphs',
        source: 'Article\nEveryone has the right to life.\nArticle\nNo one shall be held in slavery.',
        target: 'المادة\nلكل فرد الحق في الحياة.\nالمادة\nلا يجوز استرقاق أحد.'
      }
    ],
    invalid: [
      {
        name: 'A paragraph pair pasted twice, after one repeated further apart',
        source: 'Iran and Syria signed an agreement.\nThe agreement covers air defence.\nIran and Syria signed an agreement.\nThe talks will go on.\nThe talks will go on.',
        target: 'وقعت إيران وسوريا اتفاقا.\nوتشمل الاتفاقية الدفاع الجوي.\nوقعت إيران وسوريا اتفاقا.\nوستتواصل المحادثات.\nوستتواصل المحادثات.',
        errors: [{messageId: 'duplicateParagraph', data: {line: 4}, side: 'target', line: 5, column: 1}]
      }
    ]
  },
  check(unit, context) {
    if (unit.kind !== 'document') return
    const {source, target} = unit
    const {normalize} = context.options
    let previous: {key: string; target: number} | undefined
    for (const bead of alignUnit(unit)) {
      if (bead.source.length !== 1 || bead.target.length !== 1) {
        previous = undefined
        continue
      }
      const sourceText = source.paragraphs[bead.source[0]].text
      const targetParagraph = target.paragraphs[bead.target[0]]
      const key = `${fingerprint(sourceText, normalize)}:${fingerprint(targetParagraph.text, normalize)}`
      // A repeated heading (`Article`) is structure, not a duplicate.
      if (previous?.key === key && hasWords(sourceText, 3)) {
        const original = target.paragraphs[previous.target]
        context.report({
          side: target,
          span: targetParagraph.span,
          messageId: 'duplicateParagraph',
          data: {line: target.position(original.span[0]).line},
          related: [{side: target, span: original.span}]
        })
      }
      previous = {key, target: bead.target[0]}
    }
  },
  collect(unit: Unit, context): UnitPrint | null {
    const {normalize, minWords} = context.options
    if (!hasWords(unit.source.text, minWords)) return null
    const print: UnitPrint = [
      unit.source.lang,
      unit.target.lang,
      ...fingerprintWords(unit.source.text, normalize),
      ...fingerprintWords(unit.target.text, normalize)
    ]
    pushLocation(print, context.locate(unit.source, [0, unit.source.text.length]))
    return print.slice() as UnitPrint
  },
  finalize(states, context) {
    const prints = (states as Array<UnitPrint | null>).filter((state): state is UnitPrint => state !== null).sort(byLocation)
    const groups = new Map<string, Map<number, SourceGroup[]>>()
    for (const print of prints) {
      const {group, created} = groupOf(groups, print)
      if (created) continue
      group.targets ??= new Map([[targetKey(group.print), group.print]])
      const same = group.targets.get(targetKey(print))
      if (!same) group.targets.set(targetKey(print), print)
      if (!same && !context.options.conflicts) continue
      const location = readLocation(print, locationAt, 'source')
      const original = readLocation(same ?? group.print, locationAt, 'source')
      context.report({
        location,
        messageId: same ? 'duplicate' : 'conflict',
        // The other file as seen from this one's folder: `a.tsv`, `../udhr/articles.en.txt`.
        data: {file: relative(dirname(location.filePath), original.filePath), line: original.line},
        related: [original]
      })
    }
  }
})
