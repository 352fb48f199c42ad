// `bilint --init`: look at the current folder, say what it holds, and write a
// `.lintrc.json` that lints it as it is. Asks only when a person is at the
// terminal (stdin is a TTY); in CI and scripts it asks nothing.

import {existsSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {createInterface} from 'node:readline/promises'
import picomatch from 'picomatch'
import {configFileName} from '../config/load.js'
import {detectLayouts, firstPath, type DetectedFile} from '../corpus/detect-layout.js'
import {languageName, sameLanguage, type Languages} from '../text/languages.js'
import type {CommandIo} from './explain.js'

export interface InitIo extends CommandIo {
  stdin?: NodeJS.ReadableStream & {isTTY?: boolean}
}

type Bilingual = Exclude<DetectedFile, {layout: 'none'}>

/** The two languages of a bilingual file, in the order the file gives them. */
function languagesOf(file: Bilingual): [string, string] {
  return file.layout === 'parallel' ? file.langs : [file.versions[0].lang, file.versions[1].lang]
}

function pairKey(langs: readonly string[]): string {
  return [...langs].map((lang) => lang.toLowerCase()).sort().join(':')
}

/**
 * Source and target of a language pair: the order most combined documents
 * give (the version that comes first is taken for the source); for parallel
 * files alone, which name no order, English first (most corpora translate
 * from it), else alphabetical.
 */
function orient(files: readonly Bilingual[]): Languages {
  let votes = 0
  const [a, b] = languagesOf(files[0])
  for (const file of files) {
    if (file.layout !== 'combined') continue
    votes += sameLanguage(file.versions[0].lang, a) ? 1 : -1
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

export interface InitConfig {
  $schema?: string
  languages: Languages
  files: string[]
  ignores?: string[]
  extends: string[]
  overrides?: Array<{files: string[]; languages: Languages}>
}

/** The config for what was detected, with the pair most files have at the top and the others as overrides. */
export function configFor(detected: readonly DetectedFile[], cwd: string): InitConfig | undefined {
  const bilingual = detected.filter((file): file is Bilingual => file.layout !== 'none')
  if (bilingual.length === 0) return undefined
  const byPair = new Map<string, Bilingual[]>()
  for (const file of bilingual) byPair.set(pairKey(languagesOf(file)), [...(byPair.get(pairKey(languagesOf(file))) ?? []), file])
  const [main, ...others] = [...byPair.values()].sort((a, b) => b.length - a.length || pairKey(languagesOf(a[0])).localeCompare(pairKey(languagesOf(b[0]))))
  const paths = (files: readonly Bilingual[]) => files.flatMap((file) => (file.layout === 'parallel' ? file.paths : [file.path]))
  const files = globsFor(paths(bilingual))
  const selected = picomatch(files, {dot: true})
  const ignores = detected.filter((file) => file.layout === 'none' && selected(file.path)).map(firstPath)
  const config: InitConfig = {languages: orient(main), files, extends: ['bilint:recommended']}
  if (existsSync(path.join(cwd, 'node_modules/bilint/schema/lintrc.json'))) config.$schema = './node_modules/bilint/schema/lintrc.json'
  if (ignores.length > 0) config.ignores = ignores
  if (others.length > 0) config.overrides = others.map((group) => ({files: paths(group), languages: orient(group)}))
  // The README's key order.
  const {$schema, languages, files: globs, ignores: ignored, extends: presets, overrides} = config
  return JSON.parse(JSON.stringify({$schema, languages, files: globs, ignores: ignored, extends: presets, overrides})) as InitConfig
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
  const config = configFor(detected, io.cwd)
  io.stdout.write(`Looked at ${detected.length} text file${detected.length === 1 ? '' : 's'}:\n${detected.length > 0 ? describeDetection(detected) : ''}`)
  if (!config) {
    io.stderr.write(
      'bilint: found no bilingual document here: put both versions in one .txt file (one after the other), ' +
        'or side by side as name.<lang>.txt files (report.en.txt, report.ar.txt), then run `bilint --init` again\n'
    )
    return 2
  }
  const stdin = io.stdin ?? process.stdin
  if (stdin.isTTY) config.languages = await ask({...io, stdin}, config.languages)
  await writeFile(target, JSON.stringify(config, null, 2) + '\n', {flag: 'wx'})
  const {source, target: targetLang} = config.languages
  io.stdout.write(
    `Languages: ${describeLanguage(source)} → ${describeLanguage(targetLang)}` +
      (config.overrides ? `; ${config.overrides.map((override) => `${describeLanguage(override.languages.source)} → ${describeLanguage(override.languages.target)} for ${override.files.length} files`).join('; ')}` : '') +
      `\nWrote ${configFileName}. Run \`bilint\` to lint the corpus; \`bilint --list-rules\` shows the rules.\n`
  )
  return 0
}
