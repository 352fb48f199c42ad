import {pushLocation, readLocation} from '../src/engine/packed-state.js'
import {defineRule, type FileLocation} from '../src/engine/rule.js'
import type {Side, Unit} from '../src/engine/types.js'
import {alignUnit} from '../src/text/align.js'
import {fingerprintKey, fingerprintWords, type FingerprintMode} from '../src/text/fingerprint.js'
import {bits, DIGIT, LETTER, NUMERIC} from '../src/text/lexical/classes.js'
import {unmaskedText} from '../src/text/lexical/mask.js'
import {findRepeats, locationAt, OriginalLocations, PrintColumns, type Repeats, type RowPaths, sourceGroupsOrder, type UnitPrint} from '../src/text/repeats.js'
import {countStretches, scanText} from '../src/text/lexical/scan.js'

interface Options {
  /** How texts are compared before hashing. */
  normalize: FingerprintMode
  /** Also report the same source with another target. */
  conflicts: boolean
  /** Fewest words a source needs to count (short strings like `OK` repeat legitimately). */
  minWords: number
}


/** Words as the comparison counts them: letters and numbers (`[\p{L}\p{N}]+`), marks apart. */
const wordClasses = bits(LETTER, DIGIT, NUMERIC)

/** Whether a side has at least `count` words, from its lexicon; stops there. */
function hasWords(side: Side, count: number): boolean {
  return countStretches(side.lexicon, wordClasses, count) >= count
}

/** The same for a text that is no side (a paragraph). */
function textHasWords(text: string, count: number): boolean {
  return countStretches(scanText(text), wordClasses, count) >= count
}

const letterRuns = /[\p{L}\p{M}\p{N}]+/gu

/** FNV-1a of a text's letters, marks (Arabic harakat tell verses apart) and digits, lower-cased, in 30 bits: whether two targets differ in more than case and punctuation. */
function lettersHash(text: string): number {
  let hash = 0x811c9dc5
  for (const match of text.toLowerCase().matchAll(letterRuns)) {
    const run = match[0]
    for (let index = 0; index < run.length; index++) hash = Math.imul(hash ^ run.charCodeAt(index), 0x01000193)
    hash = Math.imul(hash ^ 0x20, 0x01000193)
  }
  return (hash >>> 2) & 0x3fffffff
}

/** The repeats among the states, and the paths of their rows; the prints' columns are let go before the second read. */
function repeatsOf(states: Iterable<UnitPrint | null>, count: number, conflicts: boolean): {repeats: Repeats; paths: RowPaths} {
  const columns = new PrintColumns(count)
  for (const state of states) if (state) columns.add(state)
  return {repeats: findRepeats(columns, sourceGroupsOrder(columns), conflicts), paths: {names: columns.paths, ofRow: columns.path}}
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
        '`normalize`), placeholders as written (`Add %s` is not `Add %(name)s`); sources shorter than `minWords` ' +
        'words are skipped, and a target that differs only in case and punctuation (`Janvier`, `janvier`) is no ' +
        'second translation. A PO entry is one unit whatever its plural forms, its `msgctxt` is part of its source ' +
        '(`T` for Tuesday and `T` for Thursday are two messages), and two catalogs that translate a message alike ' +
        'agree rather than repeat. The UDHR and the sample document have no duplicates, and it reports nothing there.',
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
    // The paragraphs are at hand here: their keys are compared, not hashed.
    let previous: {sourceKey: string; targetKey: string; target: number} | undefined
    for (const bead of alignUnit(unit)) {
      if (bead.source.length !== 1 || bead.target.length !== 1) {
        previous = undefined
        continue
      }
      const sourceText = source.paragraphs[bead.source[0]].text
      const targetParagraph = target.paragraphs[bead.target[0]]
      const sourceKey = fingerprintKey(sourceText, normalize)
      const targetKey = fingerprintKey(targetParagraph.text, normalize)
      // A repeated heading (`Article`) is structure, not a duplicate.
      if (previous?.sourceKey === sourceKey && previous.targetKey === targetKey && textHasWords(sourceText, 3)) {
        const original = target.paragraphs[previous.target]
        context.report({
          side: target,
          span: targetParagraph.span,
          messageId: 'duplicateParagraph',
          data: {line: target.position(original.span[0]).line},
          related: [{side: target, span: original.span}]
        })
      }
      previous = {sourceKey, targetKey, target: bead.target[0]}
    }
  },
  collect(unit: Unit, context): UnitPrint | null {
    const {normalize, minWords} = context.options
    // An entry's plural forms are one message: its first translated form stands for it.
    if (unit.entry?.plural && !unit.entry.plural.first) return null
    if (!hasWords(unit.source, minWords)) return null
    // Placeholders count as written (`Add %s` is not `Add %(name)s`), and a context makes another message (gettext joins them with EOT).
    const messageContext = unit.entry?.context === undefined ? '' : `${unit.entry.context}\u0004`
    const print: UnitPrint = [
      unit.source.lang,
      unit.target.lang,
      ...fingerprintWords(messageContext + unmaskedText(unit.source), normalize),
      ...fingerprintWords(unmaskedText(unit.target), normalize),
      lettersHash(unit.target.text),
      unit.entry ? 1 : 0
    ]
    pushLocation(print, context.locate(unit.source, [0, unit.source.text.length]))
    return print.slice() as UnitPrint
  },
  finalize(states, context) {
    // First read: the fingerprints, as columns. Then the repeats, from the rows
    // sorted by source; a second read reports them in corpus order, keeping
    // the locations of their originals only. A report's place in the run is
    // its location, not the order it comes in.
    const {repeats, paths} = repeatsOf(states as Iterable<UnitPrint | null>, states.length, context.options.conflicts)
    if (repeats.count === 0) return
    const report = (row: number, location: FileLocation, first: FileLocation) =>
      context.report({
        location,
        messageId: repeats.conflict[row] === 1 ? 'conflict' : 'duplicate',
        // The other file as the report shows paths: relative to the working folder.
        data: {file: context.displayPath(first.filePath), line: first.line},
        related: [first]
      })
    const originals = new OriginalLocations(paths, repeats.originalOf.length)
    // An original later in corpus order than its repeat (files read in another order than their paths sort): reported after the read.
    const waiting: Array<{row: number; location: FileLocation}> = []
    let row = 0
    for (const state of states as Iterable<UnitPrint | null>) {
      if (!state) continue
      const original = repeats.originalOf[row]
      if (repeats.isOriginal[row] === 1 || original >= 0) {
        const location = readLocation(state, locationAt, 'source')
        if (repeats.isOriginal[row] === 1) originals.set(row, location)
        if (original >= 0) {
          const first = originals.get(original)
          if (first) report(row, location, first)
          else waiting.push({row, location})
        }
      }
      row++
    }
    for (const {row, location} of waiting) report(row, location, originals.get(repeats.originalOf[row])!)
  }
})
