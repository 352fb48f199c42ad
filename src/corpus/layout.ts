// Which layout each discovered file has, and which files belong together.

import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import {sameLanguage, type Languages} from '../text/languages.js'
import {planSegmentInput, type SegmentInput} from './formats/plan.js'
import type {FormatSetting} from './formats/setting.js'
import {defaultEncoding} from './encoding.js'
import {irregularFileMessage, irregularKind} from './file-stamp.js'
import type {PlaceholderSetting} from '../text/lexical/syntaxes.js'

export type Input = (
  | {layout: 'combined'; path: string}
  | {layout: 'parallel'; sourcePath: string; targetPath: string}
  | {layout: 'problem'; path: string; message: string}
  | SegmentInput
) & {
  /** The config's `encoding` of the input's files, by path, where it is not UTF-8 (a BOM still wins). */
  encodings?: Readonly<Record<string, string>>
  /** The config's `placeholders` for the input (of its first file), where it sets them. */
  placeholders?: readonly PlaceholderSetting[]
}

const documentExtensions = new Set(['.txt', '.md', '.markdown'])
// `name.<lang>.<ext>`, where lang is a BCP 47 tag such as `ar`, `en-GB`, `zh-Hans`.
const languageSuffix = /^(?<stem>.+)\.(?<lang>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)(?<extension>\.[^.]+)$/

interface ParallelName {
  stem: string
  lang: string
  extension: string
}

function parseParallelName(filePath: string): ParallelName | undefined {
  const match = languageSuffix.exec(path.basename(filePath))
  if (!match?.groups || !documentExtensions.has(match.groups.extension.toLowerCase())) return undefined
  return {stem: match.groups.stem, lang: match.groups.lang, extension: match.groups.extension}
}

/**
 * Group files into inputs: `name.<source>.<ext>` with `name.<target>.<ext>`
 * as a parallel pair, other text files as combined documents. A parallel file
 * whose partner is missing becomes a problem for that file, and so does a
 * file that is not a regular one (a FIFO). Order follows the first file of
 * each input in `files`.
 */
export function planInputs(
  files: readonly string[],
  languages: Languages,
  formatOf?: (file: string) => FormatSetting | undefined,
  encodingOf?: (file: string) => string | undefined,
  placeholdersOf?: (file: string) => readonly PlaceholderSetting[] | undefined
): Input[] {
  const inputs: Input[] = []
  const paired = new Set<string>()
  for (const file of files) {
    if (paired.has(file)) continue
    const segment = planSegmentInput(file, languages, formatOf?.(file))
    if (segment) {
      if (segment.layout === 'moses') paired.add(segment.sourcePath).add(segment.targetPath)
      inputs.push(segment)
      continue
    }
    const parallel = parseParallelName(file)
    const role = parallel && roleOf(parallel.lang, languages)
    if (!parallel || !role) {
      if (documentExtensions.has(path.extname(file).toLowerCase())) inputs.push({layout: 'combined', path: file})
      else inputs.push({layout: 'problem', path: file, message: `Unsupported file type \`${path.extname(file) || path.basename(file)}\`: bilint reads .txt and .md documents, .tsv, .tmx, .xlf, .po and .jsonl segment files, and Moses pairs (name.<lang>)`})
      continue
    }
    const otherLang = role === 'source' ? languages.target : languages.source
    const partner = path.join(path.dirname(file), `${parallel.stem}.${otherLang}${parallel.extension}`)
    paired.add(partner)
    if (!existsSync(partner)) {
      inputs.push({
        layout: 'problem',
        path: file,
        message: `Missing partner file \`${path.basename(partner)}\`: a parallel document needs both versions`
      })
      continue
    }
    inputs.push(
      role === 'source'
        ? {layout: 'parallel', sourcePath: file, targetPath: partner}
        : {layout: 'parallel', sourcePath: partner, targetPath: file}
    )
  }
  const regular = inputs.flatMap(refusingIrregular)
  const encoded = encodingOf ? regular.map((input) => withEncodings(input, encodingOf)) : regular
  return placeholdersOf ? encoded.map((input) => withPlaceholders(input, placeholdersOf)) : encoded
}

/** The kind of the file at `file` when it is not a regular one (`a FIFO`); nothing for a regular or a missing file. */
function irregularKindAt(file: string): string | undefined {
  try {
    const info = statSync(file, {throwIfNoEntry: false})
    return info && irregularKind(info)
  } catch {
    return undefined
  }
}

/**
 * The input, or, when a file of it is not a regular one, a problem for each
 * of its files: a FIFO would keep its reader waiting for a writer forever.
 */
function refusingIrregular(input: Input): Input[] {
  if (input.layout === 'problem') return [input]
  const files = inputPaths(input)
  const kinds = files.map(irregularKindAt)
  if (kinds.every((kind) => kind === undefined)) return [input]
  return files.map((file, index) => {
    const kind = kinds[index]
    if (kind) return {layout: 'problem', path: file, message: irregularFileMessage(kind)}
    const partner = files[1 - index]
    return {layout: 'problem', path: file, message: `Partner file \`${path.basename(partner)}\` is not a regular file (${kinds[1 - index]}): a parallel pair needs both versions`}
  })
}

function withPlaceholders(input: Input, placeholdersOf: (file: string) => readonly PlaceholderSetting[] | undefined): Input {
  const placeholders = placeholdersOf(inputPaths(input)[0])
  return placeholders ? {...input, placeholders} : input
}

/** The input with the encodings of its files that are not UTF-8. */
function withEncodings(input: Input, encodingOf: (file: string) => string | undefined): Input {
  const legacy = inputPaths(input).flatMap((file) => {
    const encoding = encodingOf(file)
    return encoding && encoding !== defaultEncoding ? [[file, encoding] as const] : []
  })
  return legacy.length > 0 ? {...input, encodings: Object.fromEntries(legacy)} : input
}

/** The encoding the config gives a file of an input (a BOM in the file wins over it). */
export function encodingIn(input: Input, filePath: string): string {
  return input.encodings?.[filePath] ?? defaultEncoding
}

function roleOf(lang: string, languages: Languages): 'source' | 'target' | undefined {
  if (sameLanguage(lang, languages.source)) return 'source'
  if (sameLanguage(lang, languages.target)) return 'target'
  return undefined
}

/** The files an input reads, in the order their results are reported. */
export function inputPaths(input: Input): string[] {
  return 'sourcePath' in input ? [input.sourcePath, input.targetPath] : [input.path]
}
