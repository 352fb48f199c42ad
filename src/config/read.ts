// Find and read a config file: a regular file holding JSON, or a ConfigError
// that names the file and never quotes what it holds.

import {existsSync, statSync, type Stats} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {irregularKind} from '../corpus/file-stamp.js'
import {ConfigError} from './validate.js'

export const configFileName = '.lintrc.json'

/** The nearest `.lintrc.json` from `cwd` upward, or undefined. */
export function findConfig(cwd: string): string | undefined {
  let directory = path.resolve(cwd)
  for (;;) {
    const candidate = path.join(directory, configFileName)
    if (existsSync(candidate)) return candidate
    const parent = path.dirname(directory)
    if (parent === directory) return undefined
    directory = parent
  }
}

/**
 * Parse JSON; a syntax error becomes its line, column and kind, with nothing
 * of the text. The scanner that finds it is loaded only then: a run with a
 * valid config does not load jsonc-parser.
 */
export async function parseJson(text: string, displayPath: string): Promise<unknown> {
  try {
    return JSON.parse(text)
  } catch {
    const {firstJsonSyntaxError, lineAndColumn} = await import('./json-syntax.js')
    const error = firstJsonSyntaxError(text)
    if (!error) throw new ConfigError(displayPath, '', 'invalid JSON')
    const {line, column} = lineAndColumn(text, error.offset)
    throw new ConfigError(displayPath, '', `invalid JSON at line ${line}, column ${column}: ${error.kind}`)
  }
}

/** What a path is when it exists and is neither a regular file nor a directory (`a FIFO`), else undefined. */
export function specialFileKind(filePath: string): string | undefined {
  let stats: Stats
  try {
    stats = statSync(filePath)
  } catch {
    return undefined
  }
  return stats.isDirectory() ? undefined : irregularKind(stats)
}

/**
 * Refuse what is not a regular file before opening it: reading a FIFO waits
 * for a writer that may never come.
 */
export function assertRegularFile(filePath: string, displayPath: string, jsonPath = ''): void {
  let stats: Stats
  try {
    stats = statSync(filePath)
  } catch (error) {
    throw new ConfigError(displayPath, jsonPath, `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  if (stats.isDirectory()) throw new ConfigError(displayPath, jsonPath, 'is a directory, not a JSON file')
  if (!stats.isFile()) throw new ConfigError(displayPath, jsonPath, `not a regular file (${irregularKind(stats)})`)
}

/** The JSON in a config file. */
export async function readConfigJson(configPath: string, displayPath: string): Promise<unknown> {
  assertRegularFile(configPath, displayPath)
  let text: string
  try {
    text = await readFile(configPath, 'utf8')
  } catch (error) {
    throw new ConfigError(displayPath, '', `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  return await parseJson(text.replace(/^\uFEFF/, ''), displayPath)
}
