// File discovery: CLI paths and globs, or the config's `files`, minus
// `ignores` and what `.gitignore` excludes.

import {statSync} from 'node:fs'
import path from 'node:path'
import {globby} from 'globby'
import {ignoredBy, matchesAny, relativeToConfig} from '../config/for-file.js'
import type {ResolvedConfig} from '../config/load.js'
import {formatByExtension} from './formats/setting.js'

export class NoFilesError extends Error {}

// Documents and the segment formats bilint reads (src/corpus/formats/setting.ts).
const defaultFiles = ['**/*.{txt,md}', '**/*.{tsv,tmx,xlf,xliff,po,jsonl,ndjson}']

// The walk is kept out of folders that `ignores` name (`drafts/**`, `old/`),
// the first few of them: globby's work on its `ignore` list grows faster than
// the list. `ignoredBy` decides for every file.
const walkIgnores = 64

function prunedFolders(ignores: readonly string[]): string[] {
  const folders: string[] = []
  for (const glob of ignores) {
    if (folders.length === walkIgnores) break
    if (glob.endsWith('/**') || glob.endsWith('/')) folders.push(glob)
  }
  return folders
}

const globOptions = {gitignore: true, dot: false, followSymbolicLinks: false, suppressErrors: true}

/**
 * Absolute paths of the files that `patterns` match in `cwd`: FIFOs, sockets
 * and devices among them (reported when read, not left out), without folders
 * and, as ever, without symlinks. globby's `absolute` option turns a `\` in a
 * file name into `/`, and on POSIX a backslash is a character of the name:
 * results are made absolute here.
 */
async function globIn(cwd: string, patterns: string | readonly string[], ignore: string[] = []): Promise<string[]> {
  const entries = await globby(patterns, {...globOptions, cwd, ignore, onlyFiles: false, objectMode: true})
  return entries.filter(({dirent}) => !dirent.isDirectory() && !dirent.isSymbolicLink()).map((entry) => path.resolve(cwd, entry.path))
}

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
 * The absolute paths of the files to lint, sorted. Without patterns: the
 * config's `files`. A directory stands for the files in it that the config's
 * `files` select (all .txt and .md files without a config). A pattern that
 * matches nothing is an error, as in ESLint.
 */
export async function discoverFiles(patterns: readonly string[], config: ResolvedConfig, cwd: string): Promise<string[]> {
  const selectors = config.files.length > 0 ? config.files : defaultFiles
  const ignored = (file: string) => ignoredBy(config.ignores)(relativeToConfig(config, file))
  const found = new Set<string>()

  if (patterns.length === 0) {
    const files = (await globIn(config.baseDir, selectors, prunedFolders(config.ignores))).filter((file) => !ignored(file))
    if (files.length === 0) throw new NoFilesError(`No files matching ${selectors.map((glob) => `"${glob}"`).join(', ')} were found`)
    for (const file of files) found.add(path.normalize(file))
  }

  for (const pattern of patterns) {
    const target = path.resolve(cwd, pattern)
    let files: string[]
    if (isFileEntry(target)) files = [target]
    else if (isDirectory(target)) {
      const inside = await globIn(target, '**/*')
      files = inside.filter((file) =>
        config.files.length > 0
          ? matchesAny(relativeToConfig(config, file), config.files)
          : /\.(txt|md)$/i.test(file) || formatByExtension(file) !== undefined
      )
    } else files = await globIn(cwd, pattern.split(path.sep).join('/'))
    files = files.map((file) => path.normalize(file)).filter((file) => !ignored(file))
    if (files.length === 0) throw new NoFilesError(`No files matching the pattern "${pattern}" were found`)
    for (const file of files) found.add(file)
  }
  return [...found].sort()
}
