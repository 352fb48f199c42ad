// The segment files a folder holds, for `bilint --init`: PO catalogs, XLIFF
// and TMX files, TSV and JSON Lines files, Moses pairs, and the two languages
// of each. A file says its languages where its format has a place for them (a
// PO or XML header); TSV columns, JSON Lines fields and Moses files are read
// for their script, and franc tells languages within a script apart. Only the
// start of a file is read (src/cli/init-sample.ts).

import path from 'node:path'
import {globby} from 'globby'
import {formatByExtension, type FormatName} from '../corpus/formats/setting.js'
import {dominantScript} from '../text/detect-language.js'
import {languageScripts} from '../text/language-script.js'
import {sameLanguage} from '../text/languages.js'
import {detectJsonl, detectTsv} from './init-rows.js'
import {type Detection, languageTag, readStart, type SegmentLanguages} from './init-sample.js'

export type SegmentKind = FormatName

export type DetectedSegments = ({layout: 'segments'; kind: SegmentKind; paths: string[]} & SegmentLanguages) | {layout: 'none'; kind: SegmentKind; path: string; reason: string}

// Moses names a file by its language (`train.en`); these are also the
// extensions of programs (`.cs` is Czech, `.pl` Polish, `.ts` Tsonga, `.sh`
// Serbo-Croatian), which are never a corpus.
const programExtensions = new Set(['am', 'as', 'cs', 'el', 'hy', 'in', 'is', 'mk', 'ml', 'pl', 'ps', 'sh', 'sv', 'ts'])
const languageExtension = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/

function pairOf(source: string | undefined, target: string | undefined, named: string): Detection {
  if (!source || !target) return {reason: `no ${named}`}
  if (sameLanguage(source, target)) return {reason: `source and target both in ${source}`}
  return {langs: [source, target], ordered: true}
}

/** The header entry of a catalog: the first entry, with an empty msgid. */
function poHeader(text: string): string {
  return text.split(/(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)/).find((entry) => /^msgid ""/m.test(entry) && !/^msgctxt/m.test(entry)) ?? ''
}

function headerField(header: string, name: string): string | undefined {
  return new RegExp(`^"${name}:[ \\t]*([^"\\\\]*)`, 'mi').exec(header)?.[1].trim() || undefined
}

/** gettext's places for a catalog's language when its header has none: `locale/ar/LC_MESSAGES/django.po`, `po/ar.po`. */
function languageOfPath(relative: string): string | undefined {
  const parts = relative.split('/')
  const messages = parts.indexOf('LC_MESSAGES')
  if (messages > 0) return languageTag(parts[messages - 1])
  return languageTag(path.posix.basename(relative, path.posix.extname(relative)))
}

/** A catalog's target is its `Language:`; its source English, as gettext's msgids are, unless `X-Source-Language` says otherwise. */
function detectPo(text: string, relative: string): Detection {
  const header = poHeader(text)
  const target = languageTag(headerField(header, 'Language')) ?? languageOfPath(relative)
  const source = languageTag(headerField(header, 'X-Source-Language')) ?? 'en'
  return pairOf(source, target, '`Language:` in its header')
}

function attribute(tag: string | undefined, name: string): string | undefined {
  return tag && new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`).exec(tag)?.[2]
}

/** XLIFF 2.x names the languages on `<xliff srcLang trgLang>`, 1.2 on `<file source-language target-language>`. */
function detectXliff(text: string): Detection {
  const root = /<xliff\b[^>]*>/.exec(text)?.[0]
  if (!root) return {reason: 'no <xliff> element at its start'}
  if (attribute(root, 'version')?.startsWith('2')) return pairOf(languageTag(attribute(root, 'srcLang')), languageTag(attribute(root, 'trgLang')), 'srcLang and trgLang on <xliff>')
  const file = /<file\b[^>]*>/.exec(text)?.[0]
  return pairOf(languageTag(attribute(file, 'source-language')), languageTag(attribute(file, 'target-language')), 'source-language and target-language on <file>')
}

/** A TMX's source is the header's `srclang` (unless `*all*`); the target, the first other `xml:lang` of its `<tuv>`s. */
function detectTmx(text: string): Detection {
  const source = languageTag(attribute(/<header\b[^>]*>/.exec(text)?.[0], 'srclang'))
  const tuvLangs = [...text.matchAll(/<tuv\b[^>]*?\s(?:xml:)?lang\s*=\s*(["'])(.*?)\1/g)].map((match) => languageTag(match[2]))
  const others = [...new Set(tuvLangs.filter((lang): lang is string => lang !== undefined && (!source || !sameLanguage(lang, source))))]
  if (source) return pairOf(source, others[0], `<tuv> in a language other than ${source}`)
  if (others.length < 2) return {reason: 'no two languages in the xml:lang of its first <tuv>s'}
  return {langs: [others[0], others[1]], ordered: false}
}

// Moses files are found by name, in pairs (detectMoses).
const detectors: Record<Exclude<SegmentKind, 'moses'>, (text: string, relative: string) => Detection> = {
  po: detectPo,
  xliff: detectXliff,
  tmx: detectTmx,
  tsv: detectTsv,
  jsonl: detectJsonl
}

async function detectFile(cwd: string, relative: string, kind: Exclude<SegmentKind, 'moses'>): Promise<DetectedSegments> {
  const text = await readStart(path.join(cwd, relative))
  const detection = typeof text === 'string' ? detectors[kind](text, relative) : text
  if ('reason' in detection) return {layout: 'none', kind, path: relative, reason: detection.reason}
  return {layout: 'segments', kind, paths: [relative], ...detection}
}

/** Whether a Moses file's start is written in its language's script (a program named `x.ts` is not in Tsonga's). */
async function inItsScript(cwd: string, file: string, lang: string): Promise<boolean> {
  const text = await readStart(path.join(cwd, file))
  const script = typeof text === 'string' ? dominantScript(text) : undefined
  return script !== undefined && languageScripts(lang).includes(script)
}

/** `name.<lang>` beside `name.<other lang>`, each in its language's script; a file in the language of a pair found, without its partner, is left out. */
async function detectMoses(cwd: string, files: readonly string[]): Promise<DetectedSegments[]> {
  const byStem = new Map<string, Array<{path: string; lang: string}>>()
  for (const file of files) {
    const extension = path.posix.extname(file).slice(1)
    const lang = languageExtension.test(extension) && !programExtensions.has(extension.toLowerCase()) ? languageTag(extension) : undefined
    // The reader pairs `train.<source>` with `train.<target>` by the config's tags as written (`zh_Hans` is not `zh-Hans` there).
    if (!lang || !sameLanguage(extension, lang) || formatByExtension(file)) continue
    const stem = file.slice(0, -extension.length - 1)
    byStem.set(stem, [...(byStem.get(stem) ?? []), {path: file, lang}])
  }
  const detected: DetectedSegments[] = []
  const lone: Array<{path: string; lang: string}> = []
  for (const group of byStem.values()) {
    const [a, b] = group
    const pair = group.length === 2 && !sameLanguage(a.lang, b.lang) && (await inItsScript(cwd, a.path, a.lang)) && (await inItsScript(cwd, b.path, b.lang))
    if (pair) detected.push({layout: 'segments', kind: 'moses', paths: [a.path, b.path], langs: [a.lang, b.lang], ordered: false})
    else for (const file of group) lone.push(file)
  }
  // Only these could be taken for Moses files by the config's globs (`*.en`).
  const paired = new Set(detected.flatMap((found) => (found.layout === 'segments' ? found.langs : [])))
  for (const file of lone) if (paired.has(file.lang)) detected.push({layout: 'none', kind: 'moses', path: file.path, reason: 'no partner beside it'})
  return detected
}

export function firstSegmentPath(found: DetectedSegments): string {
  return found.layout === 'segments' ? found.paths[0] : found.path
}

/** The segment files under `cwd` (as `bilint` finds files: .gitignore respected, node_modules skipped), with their languages. */
export async function detectSegmentFiles(cwd: string): Promise<DetectedSegments[]> {
  const files = (await globby(['**/*'], {cwd, gitignore: true, ignore: ['**/node_modules/**'], dot: false, followSymbolicLinks: false})).sort()
  const detected: DetectedSegments[] = []
  for (const file of files) {
    const kind = formatByExtension(file)
    if (kind && kind !== 'moses') detected.push(await detectFile(cwd, file, kind))
  }
  for (const found of await detectMoses(cwd, files)) detected.push(found)
  return detected.sort((a, b) => firstSegmentPath(a).localeCompare(firstSegmentPath(b)))
}
