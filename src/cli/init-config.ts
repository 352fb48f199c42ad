// The `.lintrc.json` that `bilint --init` writes for what it found: the
// language pair most files have at the top, each other pair as an override,
// and a `format` override for the segment files that their extension's
// defaults would not read as found (a TSV whose source is its second column,
// Hugging Face's `translation.en` and `translation.ar` fields).

import {existsSync} from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import {firstPath, type DetectedFile} from '../corpus/detect-layout.js'
import type {FormatSetting} from '../corpus/formats/setting.js'
import {sameLanguage, type Languages} from '../text/languages.js'
import type {SegmentLanguages} from './init-sample.js'
import type {DetectedSegments} from './init-segments.js'

/** A bilingual document, parallel pair or segment file, as the config sees it. */
interface Found extends SegmentLanguages {
  paths: string[]
  /** Segment files get folder globs in overrides (a catalog folder per language); documents keep their paths. */
  segments: boolean
}

/** Files of one language pair, and the pair as the config gives it. */
interface Group {
  found: Found[]
  languages: Languages
}

export interface InitOverride {
  files: string[]
  languages?: Languages
  format?: FormatSetting
}

export interface InitConfig {
  $schema?: string
  languages: Languages
  files: string[]
  ignores?: string[]
  extends: string[]
  overrides?: InitOverride[]
}

function foundIn(detected: readonly DetectedFile[], segments: readonly DetectedSegments[]): Found[] {
  const documents = detected.flatMap((file): Found[] => {
    if (file.layout === 'combined') return [{paths: [file.path], langs: [file.versions[0].lang, file.versions[1].lang], ordered: true, segments: false}]
    if (file.layout === 'parallel') return [{paths: file.paths, langs: file.langs, ordered: false, segments: false}]
    return []
  })
  return [...documents, ...segments.flatMap((file): Found[] => (file.layout === 'segments' ? [{...file, segments: true}] : []))]
}

function pairKey(langs: readonly string[]): string {
  return [...langs].map((lang) => lang.toLowerCase()).sort().join(':')
}

/**
 * Source and target of a language pair: the order most files that give one
 * give (the version that comes first in a combined document, a catalog's
 * msgid language); for files that name no order alone (parallel documents,
 * Moses pairs), English first (most corpora translate from it), else
 * alphabetical.
 */
function orient(found: readonly Found[]): Languages {
  let votes = 0
  const [a, b] = found[0].langs
  for (const file of found) {
    if (!file.ordered) continue
    votes += sameLanguage(file.langs[0], a) ? 1 : -1
  }
  if (votes > 0) return {source: a, target: b}
  if (votes < 0) return {source: b, target: a}
  const [first, second] = [a, b].sort((x, y) => Number(sameLanguage(y, 'en')) - Number(sameLanguage(x, 'en')) || x.localeCompare(y))
  return {source: first, target: second}
}

function extensionOf(file: string): string {
  return path.posix.extname(file).slice(1).toLowerCase()
}

/** `*.txt` for files at the top, `folder/**\/*.txt` for each top folder that holds some. */
function globsFor(files: readonly string[]): string[] {
  const globs = files.map((file) => {
    const [top, ...rest] = file.split('/')
    return rest.length === 0 ? `*.${extensionOf(file)}` : `${top}/**/*.${extensionOf(file)}`
  })
  return [...new Set(globs)].sort()
}

function folderOf(file: string): string {
  const folder = path.posix.dirname(file)
  return folder === '.' ? '' : folder
}

/**
 * Globs for `files` that match none of `conflicts`: each file's folder, as
 * high up as no conflict lies under it, with `tail` (`locale/ru/**` for
 * `locale/ru/LC_MESSAGES/django.po` beside `locale/ar/…`); a file whose own
 * folder holds a conflict is named itself. Climbing as high as possible, no
 * glob falls inside another.
 */
function coveringGlobs(files: readonly string[], conflicts: readonly string[], tail: string): string[] {
  const holdsConflict = (folder: string) => conflicts.some((file) => folder === '' || file.startsWith(`${folder}/`))
  const globs = new Set<string>()
  for (const file of files) {
    let folder = folderOf(file)
    if (holdsConflict(folder)) {
      globs.add(file)
      continue
    }
    while (folder !== '' && !holdsConflict(folderOf(folder))) folder = folderOf(folder)
    globs.add(folder === '' ? tail : `${folder}/${tail}`)
  }
  return [...globs].sort()
}

/** The files of a language pair's override: the documents' paths, and folders of segment files (a catalog folder per language). */
function overrideFiles(group: readonly Found[], conflicts: readonly string[]): string[] {
  const documents = group.filter((file) => !file.segments).flatMap((file) => file.paths)
  const folders = coveringGlobs(group.filter((file) => file.segments).flatMap((file) => file.paths), conflicts, '**')
  if (folders.length === 0) return documents
  const covered = picomatch(folders, {dot: true})
  return [...documents.filter((file) => !covered(file)), ...folders]
}

/** One override per `format` that segment files need, for the files of its extension that need it. */
function formatOverrides(groups: readonly Group[]): InitOverride[] {
  const segmentPaths = groups.flatMap((group) => group.found.filter((file) => file.segments).flatMap((file) => file.paths))
  const byFormat = new Map<string, {format: FormatSetting; extension: string; paths: string[]}>()
  for (const {found, languages} of groups) {
    for (const file of found) {
      const format = file.format?.(languages)
      if (!format) continue
      const extension = extensionOf(file.paths[0])
      const key = `${extension} ${JSON.stringify(format)}`
      if (!byFormat.has(key)) byFormat.set(key, {format, extension, paths: []})
      for (const filePath of file.paths) byFormat.get(key)!.paths.push(filePath)
    }
  }
  return [...byFormat.values()].map(({format, extension, paths}) => {
    const conflicts = segmentPaths.filter((file) => extensionOf(file) === extension && !paths.includes(file))
    return {files: coveringGlobs(paths, conflicts, `**/*.${extension}`), format}
  })
}

/**
 * The config for what was detected, with the pair most files have at the top
 * (in the order `chosen` gives, when a person chose it) and the others as
 * overrides.
 */
export function configFor(detected: readonly DetectedFile[], segments: readonly DetectedSegments[], cwd: string, chosen?: Languages): InitConfig | undefined {
  const found = foundIn(detected, segments)
  if (found.length === 0) return undefined
  const byPair = new Map<string, Found[]>()
  for (const file of found) byPair.set(pairKey(file.langs), [...(byPair.get(pairKey(file.langs)) ?? []), file])
  const [main, ...others] = [...byPair.values()].sort((a, b) => b.length - a.length || pairKey(a[0].langs).localeCompare(pairKey(b[0].langs)))
  const groups: Group[] = [{found: main, languages: chosen ?? orient(main)}, ...others.map((group) => ({found: group, languages: orient(group)}))]
  const files = globsFor(found.flatMap((file) => file.paths))
  const selected = picomatch(files, {dot: true})
  const notBilingual = [...detected.filter((file) => file.layout === 'none').map(firstPath), ...segments.flatMap((file) => (file.layout === 'none' ? [file.path] : []))]
  const ignores = notBilingual.filter((file) => selected(file)).sort((a, b) => a.localeCompare(b))
  const overrides = [
    ...groups.slice(1).map(({found: group, languages}) => ({files: overrideFiles(group, found.filter((file) => !group.includes(file)).flatMap((file) => file.paths)), languages})),
    ...formatOverrides(groups)
  ]
  const config: InitConfig = {languages: groups[0].languages, files, extends: ['bilint:recommended']}
  if (existsSync(path.join(cwd, 'node_modules/bilint/schema/lintrc.json'))) config.$schema = './node_modules/bilint/schema/lintrc.json'
  if (ignores.length > 0) config.ignores = ignores
  if (overrides.length > 0) config.overrides = overrides
  // The README's key order.
  const {$schema, languages, files: globs, ignores: ignored, extends: presets} = config
  return JSON.parse(JSON.stringify({$schema, languages, files: globs, ignores: ignored, extends: presets, overrides: config.overrides})) as InitConfig
}
