// `bilint --init`: look at the current folder, say what it holds, and write a
// `.lintrc.json` that lints it as it is. Asks only when a person is at the
// terminal (stdin is a TTY); in CI and scripts it asks nothing.

import {existsSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {createInterface} from 'node:readline/promises'
import {configFileName} from '../config/load.js'
import {detectLayouts, type DetectedFile} from '../corpus/detect-layout.js'
import {languageName, type Languages} from '../text/languages.js'
import type {CommandIo} from './explain.js'
import {configFor, type InitOverride} from './init-config.js'
import {detectSegmentFiles, type DetectedSegments, type SegmentKind} from './init-segments.js'

export interface InitIo extends CommandIo {
  stdin?: NodeJS.ReadableStream & {isTTY?: boolean}
}

function describeLanguage(lang: string): string {
  return `${languageName(lang)} (${lang})`
}

/** What `--init` found, one line per file, for the person who runs it. */
export function describeDetection(detected: readonly DetectedFile[]): string {
  const lines: string[] = []
  for (const file of detected) {
    if (file.layout === 'combined') {
      const [first, second] = file.versions
      const part = (version: typeof first) => `${describeLanguage(version.lang)}, ${version.script}, lines ${version.lines[0]}–${version.lines[1]}`
      lines.push(`  ${file.path}: both versions in one file: ${part(first)}; ${part(second)}`)
    } else if (file.layout === 'parallel') {
      lines.push(`  ${file.paths[0]} + ${path.posix.basename(file.paths[1])}: a parallel pair, ${describeLanguage(file.langs[0])} and ${describeLanguage(file.langs[1])}`)
    } else {
      lines.push(`  ${file.path}: not a bilingual document (${file.reason}), left out`)
    }
  }
  return lines.join('\n') + '\n'
}

// What each format's files are called, one and several; Moses files are counted by the pair.
const kindNames: Record<SegmentKind, [string, string]> = {
  moses: ['Moses pair', 'Moses pairs'],
  tsv: ['TSV file', 'TSV files'],
  tmx: ['TMX file', 'TMX files'],
  xliff: ['XLIFF file', 'XLIFF files'],
  po: ['PO catalog', 'PO catalogs'],
  jsonl: ['JSON Lines file', 'JSON Lines files']
}

function counted(count: number, [one, several]: readonly [string, string]): string {
  return `${count} ${count === 1 ? one : several}`
}

/** What `--init` found in segment files: a line per format with its language pairs (files are many), and a line per file left out. */
export function describeSegments(segments: readonly DetectedSegments[]): string {
  const lines: string[] = []
  for (const kind of Object.keys(kindNames) as SegmentKind[]) {
    const pairs = new Map<string, number>()
    for (const file of segments) {
      if (file.layout !== 'segments' || file.kind !== kind) continue
      const pair = file.langs.join(file.ordered ? ' → ' : ' and ')
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
    }
    if (pairs.size === 0) continue
    const total = [...pairs.values()].reduce((sum, count) => sum + count, 0)
    const byCount = [...pairs].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    lines.push(`  ${counted(total, kindNames[kind])}: ${byCount.map(([pair, count]) => `${pair} (${count})`).join(', ')}`)
  }
  for (const file of segments) if (file.layout === 'none') lines.push(`  ${file.path}: not a bilingual ${kindNames[file.kind][0]} (${file.reason}), left out`)
  return lines.map((line) => line + '\n').join('')
}

function describeLooked(detected: readonly DetectedFile[], segments: readonly DetectedSegments[]): string {
  const segmentFiles = segments.reduce((sum, file) => sum + (file.layout === 'segments' ? file.paths.length : 1), 0)
  const looked = [
    ...(detected.length > 0 || segmentFiles === 0 ? [counted(detected.length, ['text file', 'text files'])] : []),
    ...(segmentFiles > 0 ? [counted(segmentFiles, ['segment file', 'segment files'])] : [])
  ]
  return `Looked at ${looked.join(' and ')}:\n` + (detected.length > 0 ? describeDetection(detected) : '') + describeSegments(segments)
}

/** An override's files: how many, when it names them, or its globs. */
function describeFiles(files: readonly string[]): string {
  return files.some((file) => file.includes('*')) ? files.join(', ') : counted(files.length, ['file', 'files'])
}

function describeOverride({files, languages, format}: InitOverride): string {
  if (languages) return `${describeLanguage(languages.source)} → ${describeLanguage(languages.target)} for ${describeFiles(files)}`
  return `format ${JSON.stringify(format)} for ${describeFiles(files)}`
}

async function ask(io: InitIo, languages: Languages): Promise<Languages> {
  const prompt = createInterface({input: io.stdin!, output: io.stdout as NodeJS.WritableStream})
  try {
    const answer = async (question: string, fallback: string) => {
      const typed = (await prompt.question(`${question} [${fallback}]: `)).trim()
      if (!typed) return fallback
      try {
        return Intl.getCanonicalLocales(typed)[0]
      } catch {
        io.stdout.write(`"${typed}" is not a BCP 47 language tag; keeping ${fallback}\n`)
        return fallback
      }
    }
    const source = await answer('Source language', languages.source)
    const target = await answer('Target language', languages.target)
    return {source, target}
  } finally {
    prompt.close()
  }
}

/** Detect, print, ask where a person can answer, write `.lintrc.json`; returns the exit code. */
export async function runInit(io: InitIo): Promise<number> {
  const target = path.join(io.cwd, configFileName)
  if (existsSync(target)) {
    io.stderr.write(`bilint: ${configFileName} already exists here; edit it, or remove it and run \`bilint --init\` again\n`)
    return 2
  }
  const detected = await detectLayouts(io.cwd)
  const segments = await detectSegmentFiles(io.cwd)
  let config = configFor(detected, segments, io.cwd)
  io.stdout.write(describeLooked(detected, segments))
  if (!config) {
    io.stderr.write(
      'bilint: found no bilingual document here: put both versions in one .txt file (one after the other), ' +
        'or side by side as name.<lang>.txt files (report.en.txt, report.ar.txt), or add segment files in two languages ' +
        '(.po, .xlf, .tmx, .tsv, .jsonl, Moses name.<lang> pairs), then run `bilint --init` again\n'
    )
    return 2
  }
  const stdin = io.stdin ?? process.stdin
  // A segment file's `format` follows the pair chosen (a TSV read from its second column when its target is the source).
  if (stdin.isTTY) config = configFor(detected, segments, io.cwd, await ask({...io, stdin}, config.languages))!
  await writeFile(target, JSON.stringify(config, null, 2) + '\n', {flag: 'wx'})
  const {source, target: targetLang} = config.languages
  io.stdout.write(
    `Languages: ${describeLanguage(source)} → ${describeLanguage(targetLang)}` +
      (config.overrides ? config.overrides.map((override) => `; ${describeOverride(override)}`).join('') : '') +
      `\nWrote ${configFileName}. Run \`bilint\` to lint the corpus; \`bilint --list-rules\` shows the rules.\n`
  )
  return 0
}
