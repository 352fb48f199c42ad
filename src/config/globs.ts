// A list of globs compiled once into one matcher. An `ignores` list can hold
// tens of thousands of entries (`--init` writes one path per file it leaves
// out), so a path is not tested against each glob in turn: literal paths are
// looked up in a set, `folder/**` by the path's folders, `**/name` by its file
// name and `**/*.ext` by its endings, and the other globs are filed under
// their literal folder (`notes/*.tmp` under `notes`), so that only those of
// the path's own folders are tested. Each shape matches exactly what
// picomatch (`dot: true`) matches.

import picomatch from 'picomatch'

/** Whether a path relative to the config folder (`/`-separated) matches. */
export type PathMatcher = (relativePath: string) => boolean

// Characters that make picomatch read a pattern as more than a literal path.
const globSyntax = /[*?[\]{}()!+@\\|]/

function isLiteral(text: string): boolean {
  return text.length > 0 && !globSyntax.test(text)
}

interface Shapes {
  paths: Set<string>
  folders: Set<string>
  names: Set<string>
  /** Endings of `**\/*<ending>`, and the lengths they come in. */
  endings: Set<string>
  endingLengths: Set<number>
  /** The other globs by the literal folder they start with (`''` for none); a glob can match only paths in its folder. */
  byBase: Map<string, FolderGlobs>
}

/** Globs of one folder, compiled when a path in that folder is first matched. */
interface FolderGlobs {
  globs: string[]
  matchers?: picomatch.Matcher[]
}

/** The folder a glob's matches all lie in, or `''` when they may lie anywhere. */
function baseOf(glob: string): string {
  const {base, negated} = picomatch.scan(glob)
  // `!x` matches what `x` does not; an escape (`\*`) stays in `base` but not in a path.
  return negated || base.includes('\\') ? '' : base
}

function addOther(shapes: Shapes, glob: string): void {
  const base = baseOf(glob)
  const folder = shapes.byBase.get(base)
  if (folder) folder.globs.push(glob)
  else shapes.byBase.set(base, {globs: [glob]})
}

/** Sort one glob into the shape that matches it fastest. */
function addGlob(shapes: Shapes, glob: string): void {
  // picomatch reads `./a` as `a`.
  const pattern = glob.startsWith('./') ? glob.slice(2) : glob
  const rest = (prefix: string) => pattern.slice(prefix.length)
  if (isLiteral(pattern)) shapes.paths.add(pattern)
  else if (pattern.endsWith('/**') && isLiteral(pattern.slice(0, -3))) shapes.folders.add(pattern.slice(0, -3))
  else if (pattern.startsWith('**/*') && isLiteral(rest('**/*')) && !rest('**/*').includes('/')) {
    shapes.endings.add(rest('**/*'))
    shapes.endingLengths.add(rest('**/*').length)
  } else if (pattern.startsWith('**/') && isLiteral(rest('**/')) && !rest('**/').includes('/')) shapes.names.add(rest('**/'))
  else addOther(shapes, glob)
}

function inFolder(folders: ReadonlySet<string>, relativePath: string): boolean {
  if (folders.size === 0) return false
  // `folder/**` matches the folder itself and everything under it.
  for (let slash = relativePath.indexOf('/'); slash !== -1; slash = relativePath.indexOf('/', slash + 1)) {
    if (folders.has(relativePath.slice(0, slash))) return true
  }
  return folders.has(relativePath)
}

function anyMatches(folder: FolderGlobs | undefined, relativePath: string): boolean {
  if (!folder) return false
  folder.matchers ??= folder.globs.map((glob) => picomatch(glob, {dot: true}))
  for (const matcher of folder.matchers) if (matcher(relativePath)) return true
  return false
}

/** Whether a glob filed under the path's folders (or under none) matches it. */
function matchesOther(byBase: ReadonlyMap<string, FolderGlobs>, relativePath: string): boolean {
  if (byBase.size === 0) return false
  if (anyMatches(byBase.get(''), relativePath) || anyMatches(byBase.get(relativePath), relativePath)) return true
  for (let slash = relativePath.indexOf('/'); slash !== -1; slash = relativePath.indexOf('/', slash + 1)) {
    if (anyMatches(byBase.get(relativePath.slice(0, slash)), relativePath)) return true
  }
  return false
}

function hasEnding(shapes: Shapes, name: string): boolean {
  for (const length of shapes.endingLengths) {
    if (length <= name.length && shapes.endings.has(name.slice(name.length - length))) return true
  }
  return false
}

/** One matcher for all of `globs`: true when any of them matches. */
export function compileGlobs(globs: readonly string[]): PathMatcher {
  const shapes: Shapes = {paths: new Set(), folders: new Set(), names: new Set(), endings: new Set(), endingLengths: new Set(), byBase: new Map()}
  for (const glob of globs) addGlob(shapes, glob)
  return (relativePath) => {
    if (shapes.paths.has(relativePath) || inFolder(shapes.folders, relativePath)) return true
    const name = relativePath.slice(relativePath.lastIndexOf('/') + 1)
    if (shapes.names.has(name) || hasEnding(shapes, name)) return true
    return matchesOther(shapes.byBase, relativePath)
  }
}

/**
 * Whether `relativePath` or a folder above it matches: a glob that names a
 * folder leaves out everything in it, as it keeps a directory walk out.
 */
export function matchesPathOrFolder(matcher: PathMatcher, relativePath: string): boolean {
  for (let slash = relativePath.indexOf('/'); slash !== -1; slash = relativePath.indexOf('/', slash + 1)) {
    if (matcher(relativePath.slice(0, slash))) return true
  }
  return matcher(relativePath)
}
