// File discovery: CLI paths and globs, or the config's `files`, minus
// `ignores` and what `.gitignore` excludes.

import {statSync} from 'node:fs'
import path from 'node:path'
import {globby} from 'globby'
import {matchesAny, relativeToConfig} from '../config/for-file.js'
import type {ResolvedConfig} from '../config/load.js'
import {formatByExtension} from './formats/setting.js'

export class NoFilesError extends Error {}

// Documents and the segment formats bilint reads (src/corpus/formats/setting.ts).
const defaultFiles = ['**/*.{txt,md}', '**/*.{tsv,tmx,xlf,xliff,po,jsonl,ndjson}']

function isDirectory(target: string): boolean {
  try {
    return statSync(target).isDirectory()
  } catch {
    return false
  }
}

/** A file of any kind but a folder: a FIFO or a device named on the command line is refused when it is read, not left out. */
function isFileEntry(target: string): boolean {
  try {
    return !statSync(target).isDirectory()
  } catch {
    return false
  }
}

/**
 * Glob `patterns`: the files they match, FIFOs, sockets and devices among
 * them (reported, not read), without folders and, as ever, without symlinks.
 */
async function globFiles(patterns: string | readonly string[], options: Parameters<typeof globby>[1] & {cwd: string}): Promise<string[]> {
  const entries = await globby(patterns, {...options, onlyFiles: false, objectMode: true})
  return entries.filter(({dirent}) => !dirent.isDirectory() && !dirent.isSymbolicLink()).map((entry) => entry.path)
}

/**
 * The absolute paths of the files to lint, sorted. Without patterns: the
 * config's `files`. A directory stands for the files in it that the config's
 * `files` select (all .txt and .md files without a config). A pattern that
 * matches nothing is an error, as in ESLint.
 */
export async function discoverFiles(patterns: readonly string[], config: ResolvedConfig, cwd: string): Promise<string[]> {
  const selectors = config.files.length > 0 ? config.files : defaultFiles
  const ignored = (file: string) => config.ignores.length > 0 && matchesAny(relativeToConfig(config, file), config.ignores)
  const found = new Set<string>()
  const globOptions = {gitignore: true, absolute: true, dot: false, followSymbolicLinks: false, suppressErrors: true}

  if (patterns.length === 0) {
    const files = await globFiles(selectors, {...globOptions, cwd: config.baseDir, ignore: config.ignores})
    if (files.length === 0) throw new NoFilesError(`No files matching ${selectors.map((glob) => `"${glob}"`).join(', ')} were found`)
    for (const file of files) found.add(path.normalize(file))
  }

  for (const pattern of patterns) {
    const target = path.resolve(cwd, pattern)
    let files: string[]
    if (isFileEntry(target)) files = [target]
    else if (isDirectory(target)) {
      const inside = await globFiles('**/*', {...globOptions, cwd: target})
      files = inside.filter((file) =>
        config.files.length > 0
          ? matchesAny(relativeToConfig(config, file), config.files)
          : /\.(txt|md)$/i.test(file) || formatByExtension(file) !== undefined
      )
    } else files = await globFiles(pattern.split(path.sep).join('/'), {...globOptions, cwd})
    files = files.map((file) => path.normalize(file)).filter((file) => !ignored(file))
    if (files.length === 0) throw new NoFilesError(`No files matching the pattern "${pattern}" were found`)
    for (const file of files) found.add(file)
  }
  return [...found].sort()
}
