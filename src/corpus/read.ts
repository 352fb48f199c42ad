// Readers: each input becomes units, streamed as an async iterable, so that
// segment formats can yield millions of units without holding a file.

import type {SourceFile} from '../engine/types.js'
import type {Languages} from '../text/languages.js'
import {protectSetting, type ProtectSetting} from '../text/lexical/syntaxes.js'
import {readCombined} from './formats/combined.js'
import {htmlDirectives} from './formats/html-directives.js'
import {readSegments} from './formats/index.js'
import type {FileRange} from './formats/lines.js'
import type {SegmentItem} from './formats/setting.js'
import {encodingIn, type Input} from './layout.js'
import {InputError, readSourceFile, sliceSide} from './source-file.js'

/** A problem that keeps one file from being linted, reported as a fatal message. */
export interface ReadProblem {
  problem: InputError
  filePath: string
  file?: SourceFile
}

export type ReadItem = Exclude<SegmentItem, {problem: unknown}> | ReadProblem

/**
 * Files already read in this run, by path. The fix loop puts fixed texts
 * here, so the next pass reads the fixed text instead of the disk.
 */
export type FileCache = Map<string, SourceFile>

async function load(filePath: string, files: FileCache, encoding: string): Promise<SourceFile | ReadProblem> {
  const cached = files.get(filePath)
  if (cached) return cached
  try {
    const file = await readSourceFile(filePath, encoding)
    files.set(filePath, file)
    return file
  } catch (error) {
    if (error instanceof InputError) return {problem: error, filePath}
    const code = (error as NodeJS.ErrnoException).code
    return {problem: new InputError(`Cannot read file (${code ?? String(error)})`), filePath}
  }
}

function isProblem(value: SourceFile | ReadProblem): value is ReadProblem {
  return 'problem' in value
}

const markdown = /\.(?:md|markdown)$/i

/** A document's protected spans: links in prose, HTML and code too in Markdown. */
function documentProtect(input: Input, filePath: string): ProtectSetting {
  return protectSetting(markdown.test(filePath) ? 'markdown' : 'document', input.placeholders)
}

/** A Markdown file's directives. */
function* directivesOf(file: SourceFile): Generator<ReadItem> {
  if (!markdown.test(file.path)) return
  for (const directive of htmlDirectives(file)) yield {directive, filePath: file.path}
}

/** The units of an input; `range` reads one chunk of a large segment file. */
export async function* readInput(input: Input, languages: Languages, files: FileCache = new Map(), range?: FileRange): AsyncGenerator<ReadItem> {
  if (input.layout === 'problem') {
    yield {problem: new InputError(input.message), filePath: input.path}
    return
  }
  if (input.layout === 'segment' || input.layout === 'moses') {
    yield* readSegments(input, languages, {get: (filePath) => files.get(filePath), encodingOf: (filePath) => encodingIn(input, filePath)}, range)
    return
  }
  if (input.layout === 'combined') {
    const file = await load(input.path, files, encodingIn(input, input.path))
    if (isProblem(file)) return yield file
    try {
      yield* directivesOf(file)
      const unit = readCombined(file, languages, documentProtect(input, file.path))
      if (unit) yield {unit}
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      yield {problem: error, filePath: file.path, file}
    }
    return
  }
  const source = await load(input.sourcePath, files, encodingIn(input, input.sourcePath))
  const target = await load(input.targetPath, files, encodingIn(input, input.targetPath))
  if (isProblem(source)) yield source
  if (isProblem(target)) yield target
  if (isProblem(source) || isProblem(target)) return
  yield* directivesOf(source)
  yield* directivesOf(target)
  yield {
    unit: {
      kind: 'document',
      id: source.path,
      source: sliceSide('source', languages.source, source, documentProtect(input, source.path)),
      target: sliceSide('target', languages.target, target, documentProtect(input, target.path))
    }
  }
}
