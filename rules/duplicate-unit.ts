import {IntColumn, pushLocation, readLocation} from '../src/engine/packed-state.js'
import {defineRule, type FileLocation} from '../src/engine/rule.js'
import type {Side, Unit} from '../src/engine/types.js'
import {alignUnit} from '../src/text/align.js'
import {fingerprintKey, fingerprintWords, type FingerprintMode} from '../src/text/fingerprint.js'
import {bits, DIGIT, LETTER, NUMERIC} from '../src/text/lexical/classes.js'
import {unmaskedText} from '../src/text/lexical/mask.js'
import {countStretches, scanText} from '../src/text/lexical/scan.js'

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
 * its languages, the fingerprints of both versions as three 30-bit words
 * each (`fingerprintWords`), and where its source starts and ends.
 *
 * Two versions are the same text when all three words agree: 60 bits of
 * XXH64, and 30 of XXH32 to confirm a match. XXH64 is not built to resist
 * collisions, and 60 bits alone collide once in a billion texts or so; a
 * second, independent hash of the same bytes makes a false "duplicate" about
 * 2^-90 a pair (10^-9 for a billion units), for 8 bytes a row in `finalize`.
 * Comparing the texts themselves would keep the corpus in every state (in
 * memory, in cache files and shard reports), and reading them again would put
 * I/O in `finalize`, which `merge-reports` runs without the corpus.
 */
type UnitPrint = [
  sourceLang: string,
  targetLang: string,
  sourceHigh: number,
  sourceLow: number,
  sourceCheck: number,
  targetHigh: number,
  targetLow: number,
  targetCheck: number,
  targetLetters: number,
  keyed: 0 | 1,
  ...location: unknown[]
]
const locationAt = 10

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

/**
 * The prints of the corpus as columns, one row per unit with a print, in
 * corpus order; languages and paths by number.
 */
class PrintColumns {
  readonly languages: IntColumn
  readonly sourceHigh: IntColumn
  readonly sourceLow: IntColumn
  readonly sourceCheck: IntColumn
  readonly targetHigh: IntColumn
  readonly targetLow: IntColumn
  readonly targetCheck: IntColumn
  readonly path: IntColumn
  /** A 30-bit hash of the target's letters and digits, case-folded: two targets alike there are one translation. */
  readonly targetLetters: IntColumn
  /** 1 for a catalog entry (PO): the same pair in two catalogs is consistency, not a repeat. */
  readonly keyed: IntColumn
  readonly #languageIds = new Map<string, number>()
  readonly paths: string[] = []
  readonly #pathIds = new Map<string, number>()

  /** `rows`: at most this many prints (the states' count). */
  constructor(rows: number) {
    this.languages = new IntColumn(rows)
    this.sourceHigh = new IntColumn(rows)
    this.sourceLow = new IntColumn(rows)
    this.sourceCheck = new IntColumn(rows)
    this.targetHigh = new IntColumn(rows)
    this.targetLow = new IntColumn(rows)
    this.targetCheck = new IntColumn(rows)
    this.path = new IntColumn(rows)
    this.targetLetters = new IntColumn(rows)
    this.keyed = new IntColumn(rows)
  }

  add(print: UnitPrint): void {
    this.languages.push(idOf(this.#languageIds, `${print[0]}:${print[1]}`))
    this.sourceHigh.push(print[2])
    this.sourceLow.push(print[3])
    this.sourceCheck.push(print[4])
    this.targetHigh.push(print[5])
    this.targetLow.push(print[6])
    this.targetCheck.push(print[7])
    this.targetLetters.push(print[8])
    this.keyed.push(print[9])
    const path = print[locationAt] as string
    let id = this.#pathIds.get(path)
    if (id === undefined) {
      this.#pathIds.set(path, (id = this.paths.length))
      this.paths.push(path)
    }
    this.path.push(id)
  }

  get length(): number {
    return this.path.length
  }

  /** Whether rows `a` and `b` have the same languages and source: the XXH64 words, then the check word. */
  sameSource(a: number, b: number): boolean {
    return (
      this.languages.at(a) === this.languages.at(b) &&
      this.sourceHigh.at(a) === this.sourceHigh.at(b) &&
      this.sourceLow.at(a) === this.sourceLow.at(b) &&
      this.sourceCheck.at(a) === this.sourceCheck.at(b)
    )
  }

  /** Row `row`'s target print, all three words, as a map key. */
  targetKey(row: number): string {
    return `${this.targetHigh.at(row)}:${this.targetLow.at(row)}:${this.targetCheck.at(row)}`
  }
}

function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key)
  if (id === undefined) ids.set(key, (id = ids.size))
  return id
}

/**
 * The rows grouped by languages and source, each group in location order:
 * path (by code unit, as the report sorts), then corpus order, which within
 * one file is line and column order.
 */
function sourceGroupsOrder(columns: PrintColumns): Uint32Array {
  const pathRank = new Int32Array(columns.paths.length)
  const byPath = columns.paths.map((path, id) => ({path, id})).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const [rank, {id}] of byPath.entries()) pathRank[id] = rank
  const {languages, sourceHigh, sourceLow, sourceCheck, path} = columns
  return Uint32Array.from({length: columns.length}, (_, row) => row).sort(
    (a, b) =>
      languages.at(a) - languages.at(b) ||
      sourceHigh.at(a) - sourceHigh.at(b) ||
      sourceLow.at(a) - sourceLow.at(b) ||
      sourceCheck.at(a) - sourceCheck.at(b) ||
      pathRank[path.at(a)] - pathRank[path.at(b)] ||
      a - b
  )
}

/** A later unit with the source (and target) of an earlier one. */
interface Repeat {
  row: number
  original: number
  kind: 'duplicate' | 'conflict'
}

/** Within each group, each row after the first: a duplicate of the first row with its target, or else a conflict with the group's first. */
function findRepeats(columns: PrintColumns, order: Uint32Array, conflicts: boolean): Repeat[] {
  const repeats: Repeat[] = []
  for (let start = 0, end = 1; start < order.length; start = end, end = start + 1) {
    while (end < order.length && columns.sameSource(order[start], order[end])) end++
    if (end - start === 1) continue
    const firstByTarget = new Map<string, number>()
    const lettersSeen = new Set<number>()
    for (let index = start; index < end; index++) {
      const row = order[index]
      const target = columns.targetKey(row)
      const same = firstByTarget.get(target)
      if (same === undefined) firstByTarget.set(target, row)
      // `Janvier` in a calendar and `janvier` in a date, `Aujourd'hui` and `Aujourd’hui`: one translation, written two ways.
      const sameLetters = lettersSeen.has(columns.targetLetters.at(row))
      lettersSeen.add(columns.targetLetters.at(row))
      if (index === start || (same === undefined && (!conflicts || sameLetters))) continue
      // Two catalogs that translate a message alike (an app's `Documentation` and its docs app's) agree; that is no repeat.
      if (same !== undefined && columns.keyed.at(row) === 1 && columns.keyed.at(same) === 1 && columns.path.at(row) !== columns.path.at(same)) continue
      repeats.push({row, original: same ?? order[start], kind: same === undefined ? 'conflict' : 'duplicate'})
    }
  }
  return repeats
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
    // sorted by source; a second read finds the locations of those rows only.
    const columns = new PrintColumns(states.length)
    for (const state of states as Iterable<UnitPrint | null>) if (state) columns.add(state)
    const repeats = findRepeats(columns, sourceGroupsOrder(columns), context.options.conflicts)
    if (repeats.length === 0) return
    const wanted = new Set(repeats.flatMap((repeat) => [repeat.row, repeat.original]))
    const locations = new Map<number, FileLocation>()
    let row = 0
    for (const state of states as Iterable<UnitPrint | null>) {
      if (!state) continue
      if (wanted.has(row)) locations.set(row, readLocation(state, locationAt, 'source'))
      row++
    }
    for (const {row, original, kind} of repeats) {
      const location = locations.get(row)!
      const first = locations.get(original)!
      context.report({
        location,
        messageId: kind,
        // The other file as the report shows paths: relative to the working folder.
        data: {file: context.displayPath(first.filePath), line: first.line},
        related: [first]
      })
    }
  }
})
