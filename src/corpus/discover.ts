// File discovery: CLI paths and globs, or the config's `files`, minus
// `ignores` and what `.gitignore` excludes.

import {statSync} from 'node:fs'
import path from 'node:path'
import {globby} from 'globby'
import {matchesAny, matcherOf, relativeToConfig} from '../config/for-file.js'
import {matchesPathOrFolder} from '../config/globs.js'
import type {ResolvedConfig} from '../config/load.js'
import {formatByExtension} from './formats/setting.js'

export class NoFilesError extends Error {}

// Documents and the segment formats bilint reads (src/corpus/formats/setting.ts).
const defaultFiles = ['**/*.{txt,md}', '**/*.{tsv,tmx,xlf,xliff,po,jsonl,ndjson}']

// The first `ignores` keep the walk out of ignored folders. globby's work on
// its `ignore` list grows faster than the list, so it gets only these few;
// the compiled matcher decides for every file.
const walkIgnores = 64

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
  const ignores = matcherOf(config.ignores)
  const hasIgnores = config.ignores.length > 0
  const found = new Set<string>()

  if (patterns.length === 0) {
    const walked = await globIn(config.baseDir, selectors, config.ignores.slice(0, walkIgnores))
    // A glob of `ignores` that names a folder leaves out the files in it, as it did when globby walked with all of them.
    const files = hasIgnores ? walked.filter((file) => !matchesPathOrFolder(ignores, relativeToConfig(config, file))) : walked
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
    files = files.map((file) => path.normalize(file)).filter((file) => !hasIgnores || !ignores(relativeToConfig(config, file)))
    if (files.length === 0) throw new NoFilesError(`No files matching the pattern "${pattern}" were found`)
    for (const file of files) found.add(file)
  }
  return [...found].sort()
}
