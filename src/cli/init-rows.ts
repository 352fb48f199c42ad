// The languages of a TSV or JSON Lines file, for `bilint --init`, from its
// first rows: TSV columns by script and franc, as documents are detected;
// JSON Lines fields named by language (`{"en": …, "ar": …}`, Hugging Face's
// `{"translation": {"en": …, "ar": …}}`) or `source` and `target`.

import {languageName, sameLanguage} from '../text/languages.js'
import {type Detection, languageOfTexts, languageTag, reversedIn, sampleLines} from './init-sample.js'

// Enough rows for franc, few enough that a sample of long rows stays quick.
const sampledRows = 200
// Header cells that name a column's role rather than hold a segment.
const roleNames = /^(?:source|target|src|tgt|trg)(?:[ _-]?(?:text|lang|language|sentence|segment))?$/i
// Fields whose names are language codes but never hold one of the versions (`id` is Indonesian).
const notLanguageFields = new Set(['id'])

interface Column {
  index: number
  lang: string
  letters: number
}

/** A TSV field as the reader decodes it: RFC 4180 quotes removed. */
function unquoted(field: string): string {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field
}

function letterCount(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + (text.match(/\p{L}/gu)?.length ?? 0), 0)
}

/** A column of `lang` whose first cell names it (`en`, `English`) or its role (`source`, `tgt`): a header. */
function namesColumn(cell: string | undefined, lang: string): boolean {
  const name = (cell ?? '').trim()
  const named = languageTag(name)
  return roleNames.test(name) || (named !== undefined && sameLanguage(named, lang)) || name.toLowerCase() === languageName(lang).toLowerCase()
}

/**
 * The two columns in two languages that hold the most text (an id or a score
 * column has little), in file order: the first is the source, as bilint reads
 * a TSV file. A first row that names both is a header.
 */
export function detectTsv(text: string): Detection {
  const rows = sampleLines(text)
    .slice(0, sampledRows)
    .map((line) => line.split('\t').map(unquoted))
  const width = Math.max(0, ...rows.map((row) => row.length))
  const columns: Column[] = []
  for (let index = 0; index < width; index++) {
    const cells = rows.map((row) => row[index] ?? '')
    const lang = languageOfTexts(cells)
    if (lang) columns.push({index, lang, letters: letterCount(cells)})
  }
  const [main, ...others] = columns.sort((a, b) => b.letters - a.letters)
  if (!main) return {reason: 'no text'}
  const other = others.find((column) => !sameLanguage(column.lang, main.lang))
  if (!other) return {reason: `one language only (${main.lang})`}
  const [first, second] = [main, other].sort((a, b) => a.index - b.index)
  const header = namesColumn(rows[0][first.index], first.lang) && namesColumn(rows[0][second.index], second.lang)
  const langs: [string, string] = [first.lang, second.lang]
  return {
    langs,
    ordered: true,
    format(languages) {
      const [source, target] = reversedIn(languages, langs) ? [second, first] : [first, second]
      if (header) return {name: 'tsv', header: true, source: rows[0][source.index], target: rows[0][target.index]}
      if (source.index === 0 && target.index === 1) return undefined
      return {name: 'tsv', source: source.index + 1, target: target.index + 1}
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function records(text: string): Array<Record<string, unknown>> {
  return sampleLines(text)
    .slice(0, sampledRows)
    .flatMap((line) => {
      try {
        const record: unknown = JSON.parse(line)
        return isRecord(record) ? [record] : []
      } catch {
        return []
      }
    })
}

/** The string fields of a record named by a language, in record order. */
function languageFields(record: Record<string, unknown>): Array<{field: string; lang: string}> {
  return Object.entries(record).flatMap(([field, value]) => {
    const lang = typeof value === 'string' && !notLanguageFields.has(field.toLowerCase()) ? languageTag(field) : undefined
    return lang ? [{field, lang}] : []
  })
}

/** Fields named by language: no order between them, and the `format` names them. */
function byLanguageField(fields: ReadonlyArray<{field: string; lang: string}>, prefix: string): Detection {
  const [a, ...rest] = fields
  const b = rest.find((field) => !sameLanguage(field.lang, a.lang))
  if (!b) return {reason: `fields of one language only (${a.lang})`}
  const langs: [string, string] = [a.lang, b.lang]
  return {
    langs,
    ordered: false,
    format(languages) {
      const [source, target] = reversedIn(languages, langs) ? [b, a] : [a, b]
      return {name: 'jsonl', source: prefix + source.field, target: prefix + target.field}
    }
  }
}

/** `source` and `target` fields (the reader's defaults), in the languages their texts are in. */
function bySourceAndTarget(rows: ReadonlyArray<Record<string, unknown>>): Detection {
  const texts = (field: string) => rows.map((row) => (typeof row[field] === 'string' ? row[field] : ''))
  const langs = [languageOfTexts(texts('source')), languageOfTexts(texts('target'))]
  if (!langs[0] || !langs[1]) return {reason: 'no text in its source or target fields'}
  if (sameLanguage(langs[0], langs[1])) return {reason: `source and target both in ${langs[0]}`}
  const pair: [string, string] = [langs[0], langs[1]]
  return {langs: pair, ordered: true, format: (languages) => (reversedIn(languages, pair) ? {name: 'jsonl', source: 'target', target: 'source'} : undefined)}
}

/** A JSON Lines file's layout from its first record, and its languages. */
export function detectJsonl(text: string): Detection {
  const rows = records(text)
  if (rows.length === 0) return {reason: 'no JSON object in its first lines'}
  const [first] = rows
  const translation = isRecord(first.translation) ? languageFields(first.translation) : []
  if (translation.length >= 2) return byLanguageField(translation, 'translation.')
  const fields = languageFields(first)
  if (fields.length >= 2) return byLanguageField(fields, '')
  if (typeof first.source === 'string' && typeof first.target === 'string') return bySourceAndTarget(rows)
  return {reason: 'neither source and target fields nor fields named by language'}
}
