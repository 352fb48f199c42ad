// Readers: each input becomes units, streamed as an async iterable, so that
// segment formats can yield millions of units without holding a file.

import type {SourceFile, Unit} from '../engine/types.js'
import type {Languages} from '../text/languages.js'
import {readCombined} from './formats/combined.js'
import type {Input} from './layout.js'
import {InputError, readSourceFile, sliceSide} from './source-file.js'

/** A problem that keeps one file from being linted, reported as a fatal message. */
export interface ReadProblem {
  problem: InputError
  filePath: string
  file?: SourceFile
}

export type ReadItem = {unit: Unit} | ReadProblem

async function load(filePath: string): Promise<SourceFile | ReadProblem> {
  try {
    return await readSourceFile(filePath)
  } catch (error) {
    if (error instanceof InputError) return {problem: error, filePath}
    const code = (error as NodeJS.ErrnoException).code
    return {problem: new InputError(`Cannot read file (${code ?? String(error)})`), filePath}
  }
}

function isProblem(value: SourceFile | ReadProblem): value is ReadProblem {
  return 'problem' in value
}

export async function* readInput(input: Input, languages: Languages): AsyncGenerator<ReadItem> {
  if (input.layout === 'problem') {
    yield {problem: new InputError(input.message), filePath: input.path}
    return
  }
  if (input.layout === 'combined') {
    const file = await load(input.path)
    if (isProblem(file)) return yield file
    try {
      yield {unit: readCombined(file, languages)}
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      yield {problem: error, filePath: file.path, file}
    }
    return
  }
  const source = await load(input.sourcePath)
  const target = await load(input.targetPath)
  if (isProblem(source)) yield source
  if (isProblem(target)) yield target
  if (isProblem(source) || isProblem(target)) return
  yield {
    unit: {
      kind: 'document',
      id: source.path,
      source: sliceSide('source', languages.source, source),
      target: sliceSide('target', languages.target, target)
    }
  }
}
