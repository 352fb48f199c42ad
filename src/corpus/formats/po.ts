// gettext PO: one segment per entry (`msgid` → `msgstr`), one per plural
// form (`msgid_plural` → `msgstr[n]`), as gettext's tools read a catalog:
// `msgctxt` tells two messages with one `msgid` apart, the header's
// `Plural-Forms` says how many forms an entry has and which values of n each
// is for, flags choose the placeholder syntaxes, comments carry directives.
// The header, obsolete (`#~`) and fuzzy entries are left out (fuzzy ones are
// linted with `fuzzy: "include"`); an untranslated entry is a unit with an
// empty target that only rules which ask for it read. The source side is a
// key: no fix changes it.

import type {Directive} from '../../engine/directives.js'
import {parseDirective} from '../../engine/directives.js'
import type {PluralForm, Role, Unit, UnitEntry} from '../../engine/types.js'
import type {Languages} from '../../text/languages.js'
import {protectForFlags, type ProtectSetting} from '../../text/lexical/syntaxes.js'
import {InputError} from '../source-file.js'
import {type FileRange, readLines, type TextCache} from './lines.js'
import {MAX_FORMS, parsePluralForms, type PluralForms} from './po-plural.js'
import {decodedText, decodePiece, encodePo, type Piece, stringEnd} from './po-strings.js'
import {OffsetMapBuilder, segmentSide} from './segment-side.js'
import type {FormatSetting, SegmentItem} from './setting.js'

export {encodePo}

const keywordLine = /^(?<keyword>msgctxt|msgid_plural|msgid|msgstr(?:\[(?<index>\d+)\])?)\s*(?=")/
const continuationLine = /^\s*(?=")/
const blankLine = /^\s*$/

interface Entry {
  keywords: Map<string, Piece[]>
  /** Line of the entry's `msgid`. */
  line: number
  /** Its first line (comments included) and its last. */
  firstLine: number
  lastLine: number
  flags: string[]
  comments: string[]
  obsolete: boolean
  current?: string
}

/** What the header says of every entry. */
interface Catalog {
  plural?: PluralForms
}

const newEntry = (): Entry => ({keywords: new Map(), line: 0, firstLine: 0, lastLine: 0, flags: [], comments: [], obsolete: false})

const isEmpty = (pieces: Piece[] | undefined) => !pieces || pieces.every((piece) => piece.end === piece.start)

/** The header entry: an empty msgid without context. */
const isHeader = (entry: Entry) => entry.keywords.has('msgid') && isEmpty(entry.keywords.get('msgid')) && !entry.keywords.has('msgctxt')

function pieceSide(role: Role, lang: string, filePath: string, pieces: Piece[], protect: ProtectSetting, repeated = false) {
  const builder = new OffsetMapBuilder()
  for (const piece of pieces) decodePiece(builder, piece)
  const last = pieces.at(-1)!
  return segmentSide({
    role,
    lang,
    filePath,
    map: builder.finish(last.line.start + last.end),
    lines: {firstLine: pieces[0].line.number, starts: pieces.map((piece) => piece.line.start)},
    encode: encodePo,
    protect,
    // The msgid is the key the program looks the translation up by.
    fixable: role === 'target',
    repeated
  })
}

/** The catalog's `Plural-Forms`, or an `InputError` at the header saying what is wrong with it. */
function readHeader(entry: Entry): Catalog {
  const text = decodedText(entry.keywords.get('msgstr') ?? [])
  const value = /^Plural-Forms:(.*)$/im.exec(text)?.[1]
  if (value === undefined) return {}
  const plural = parsePluralForms(value)
  if (typeof plural === 'string') throw new InputError(`Invalid \`Plural-Forms\` header (${plural}); plural forms are not checked against it`, {line: entry.line, column: 1})
  return {plural}
}

/** The header of a file, for a chunk that starts after it; a broken one was reported by the first chunk. */
async function catalogOf(filePath: string, cache?: TextCache): Promise<Catalog> {
  const entry = newEntry()
  try {
    for await (const line of readLines(filePath, cache)) {
      const {text} = line
      if (blankLine.test(text)) {
        if (entry.keywords.size > 0) break
        continue
      }
      const keyword = keywordLine.exec(text)?.groups?.keyword
      if (keyword) {
        entry.current = keyword
        if (keyword === 'msgid') entry.line = line.number
        entry.keywords.set(keyword, [{line, start: text.indexOf('"') + 1, end: stringEnd(line, text.indexOf('"'))}])
      } else if (continuationLine.test(text) && entry.current) {
        entry.keywords.get(entry.current)!.push({line, start: text.indexOf('"') + 1, end: stringEnd(line, text.indexOf('"'))})
      } else if (!text.startsWith('#')) break
    }
    return isHeader(entry) ? readHeader(entry) : {}
  } catch (error) {
    if (error instanceof InputError) return {}
    throw error
  }
}

/** The directives in an entry's translator comments: `disable-next-line` covers the entry. */
function* entryDirectives(entry: Entry, commentLines: ReadonlyArray<[number, string]>, filePath: string): Generator<SegmentItem> {
  for (const [line, comment] of commentLines) {
    const parsed = parseDirective(comment)
    if (!parsed) continue
    const {rules, justification} = parsed
    let directive: Directive
    if (parsed.kind === 'disable-next-line' || parsed.kind === 'disable-line') directive = {kind: 'range', line: entry.firstLine, endLine: entry.lastLine, rules, justification}
    else directive = {kind: parsed.kind, line, rules, justification}
    yield {directive, filePath}
  }
}

/** The forms of an entry with plural forms, by index. */
function pluralForms(keywords: Map<string, Piece[]>): Map<number, Piece[]> {
  const forms = new Map<number, Piece[]>()
  for (const [keyword, pieces] of keywords) {
    const index = formKeyword.exec(keyword)?.[1]
    if (index !== undefined) forms.set(Number(index), pieces)
  }
  return forms
}

const formKeyword = /^msgstr\[(\d+)\]$/

/** What is wrong with an entry's keywords, as `msgfmt` refuses them, or undefined. */
function malformed(keywords: Map<string, Piece[]>): string | undefined {
  const hasForms = [...keywords.keys()].some((keyword) => keyword.startsWith('msgstr['))
  // The forms are counted up to the highest: `msgstr[300000000]` would be 300 million of them.
  const pastLast = [...keywords.keys()].find((keyword) => Number(formKeyword.exec(keyword)?.[1] ?? 0) >= MAX_FORMS)
  if (pastLast) return `\`${pastLast}\` is past \`msgstr[${MAX_FORMS - 1}]\`, the last plural form bilint reads (no language has more than 6)`
  if (!keywords.has('msgid')) return 'An entry without `msgid`'
  if (keywords.has('msgid_plural') && keywords.has('msgstr')) return 'An entry with `msgid_plural` and a plain `msgstr`, expected `msgstr[0]`, `msgstr[1]`…'
  if (!keywords.has('msgid_plural') && hasForms) return 'An entry with `msgstr[n]` and no `msgid_plural`'
  if (!keywords.has('msgstr') && !hasForms) return 'An entry without `msgstr`'
  return undefined
}

function* entryUnits(entry: Entry, filePath: string, languages: Languages, setting: FormatSetting, protect: ProtectSetting, catalog: Catalog): Generator<SegmentItem> {
  const {keywords} = entry
  if (entry.obsolete || keywords.size === 0 || isHeader(entry)) return
  const problem = malformed(keywords)
  if (problem) {
    yield {problem: new InputError(`${problem}; entry skipped`, {line: entry.line || entry.firstLine, column: 1}), filePath}
    return
  }
  const msgid = keywords.get('msgid')!
  if (entry.flags.includes('fuzzy') && setting.fuzzy !== 'include') {
    yield {skipped: 'fuzzy', filePath}
    return
  }
  const sides = protectForFlags(protect, entry.flags)
  const contextPieces = keywords.get('msgctxt')
  const info: UnitEntry = {flags: entry.flags, comments: entry.comments}
  if (contextPieces) info.context = decodedText(contextPieces)
  const plural = keywords.get('msgid_plural')
  const id = `${filePath}:${entry.line}`
  if (!plural) {
    const msgstr = keywords.get('msgstr')!
    const unit: Unit = {kind: 'segment', id, source: pieceSide('source', languages.source, filePath, msgid, sides), target: pieceSide('target', languages.target, filePath, msgstr, sides), entry: info}
    if (isEmpty(msgstr)) unit.untranslated = true
    yield {unit}
    return
  }
  const forms = pluralForms(keywords)
  // msgstr[0] and msgstr[3]: the entry has four forms, the two between missing, which is as empty.
  let count = 0
  for (const index of forms.keys()) count = Math.max(count, index + 1)
  const empty = Array.from({length: count}, (_, index) => index).filter((index) => isEmpty(forms.get(index)))
  const translated = [...forms.keys()].filter((index) => !empty.includes(index)).sort((a, b) => a - b)
  if (translated.length === 0) {
    const first = forms.get(0) ?? [...forms.values()][0]
    yield {unit: {kind: 'segment', id, source: pieceSide('source', languages.source, filePath, msgid, sides), target: pieceSide('target', languages.target, filePath, first, sides), entry: info, untranslated: true}}
    return
  }
  for (const index of translated) {
    const form: PluralForm = {
      form: index,
      forms: count,
      empty,
      // Without a header gettext assumes English's `n != 1`: form 0 is for n = 1 only.
      countOptional: catalog.plural ? (catalog.plural.fewValues[index] ?? false) : index === 0,
      first: index === translated[0]
    }
    if (catalog.plural) form.nplurals = catalog.plural.nplurals
    // Every form translates msgid_plural, as msgfmt compares them (the msgid names the entry); rules see it once, with the first.
    const source = pieceSide('source', languages.source, filePath, plural, sides, index !== translated[0])
    yield {unit: {kind: 'segment', id: `${id}[${index}]`, source, target: pieceSide('target', languages.target, filePath, forms.get(index)!, sides), entry: {...info, plural: form}}}
  }
}

/** The units of a PO file, or of a `range` of it (a chunk that starts after an empty line). */
export async function* readPo(filePath: string, languages: Languages, setting: FormatSetting, protect: ProtectSetting, cache?: TextCache, range?: FileRange): AsyncGenerator<SegmentItem> {
  let catalog: Catalog = range && range.start > 0 ? await catalogOf(filePath, cache) : {}
  let entry = newEntry()
  let commentLines: Array<[number, string]> = []
  /** The current entry had a problem, already reported: skip its lines. */
  let broken = false
  const hasStrings = () => {
    for (const keyword of entry.keywords.keys()) if (keyword.startsWith('msgstr')) return true
    return false
  }
  function* finishEntry(): Generator<SegmentItem> {
    if (!broken && entry.firstLine > 0) {
      yield* entryDirectives(entry, commentLines, filePath)
      if (isHeader(entry)) {
        try {
          catalog = readHeader(entry)
        } catch (error) {
          if (!(error instanceof InputError)) throw error
          yield {problem: error, filePath}
        }
      }
      yield* entryUnits(entry, filePath, languages, setting, protect, catalog)
    }
    entry = newEntry()
    commentLines = []
    broken = false
  }
  try {
    for await (const line of readLines(filePath, cache, undefined, range)) {
      const text = line.text
      const keyword = keywordLine.exec(text)?.groups?.keyword
      // A comment after strings, or a msgid/msgctxt after a msgstr, starts the next entry.
      const blank = blankLine.test(text)
      const startsEntry = blank || (text.startsWith('#') && entry.keywords.size > 0) || ((keyword === 'msgid' || keyword === 'msgctxt') && hasStrings())
      if (startsEntry) yield* finishEntry()
      if (broken || blank) continue
      if (entry.firstLine === 0) entry.firstLine = line.number
      entry.lastLine = line.number
      try {
        if (line.tooLong) throw new InputError('Line is longer than 64 MiB; entry skipped', {line: line.number, column: 1})
        if (text.startsWith('#~')) entry.obsolete = true
        else if (text.startsWith('#,')) {
          // A loop, not push(...): a line may hold more flags than a call takes arguments.
          for (const flag of text.slice(2).split(',')) if (flag.trim()) entry.flags.push(flag.trim())
        }
        else if (text.startsWith('#.') || text.startsWith('# ') || text === '#') {
          const comment = text.slice(text.startsWith('#.') ? 2 : 1).trim()
          entry.comments.push(comment)
          commentLines.push([line.number, comment])
        } else if (text.startsWith('#')) continue
        else if (keyword) {
          const quote = text.indexOf('"')
          entry.current = keyword
          if (keyword === 'msgid') entry.line = line.number
          entry.keywords.set(keyword, [{line, start: quote + 1, end: stringEnd(line, quote)}])
        } else if (continuationLine.test(text) && entry.current) {
          const quote = text.indexOf('"')
          entry.keywords.get(entry.current)!.push({line, start: quote + 1, end: stringEnd(line, quote)})
        } else {
          throw new InputError('Unexpected text in a PO file; expected a comment, a keyword such as `msgid` or a quoted string; entry skipped', {line: line.number, column: 1})
        }
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        broken = true
        yield {problem: error, filePath}
      }
    }
    yield* finishEntry()
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    yield {problem: error, filePath}
  }
}
