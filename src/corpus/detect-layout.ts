// What a folder holds, for `bilint --init`: which text files are bilingual
// documents in a layout bilint reads (DESIGN.md "File layouts"), and in which
// two languages. A file that is neither is reported as such, so the written
// config can leave it out.

import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {globby} from 'globby'
import {detectLanguage, scriptCounts} from '../text/detect-language.js'
import {countScriptLetters} from '../text/language-script.js'
import {sameLanguage} from '../text/languages.js'

const documentGlobs = ['**/*.txt', '**/*.md', '**/*.markdown']
// `name.<lang>.<ext>`, as the readers pair parallel documents (src/corpus/layout.ts).
const parallelName = /^(?<stem>.+)\.(?<lang>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)(?<extension>\.(?:txt|md|markdown))$/i
const separatorLine = /^\s*-{3,}\s*$/
const lineBreak = /\r\n|\r|\n/
// A file this large is a segment corpus or a dump, not a document to inspect whole.
const largestInspected = 8 << 20
// Each of the two scripts of a combined document holds at least this share of
// their letters, and each part is this pure, so a monolingual text that quotes
// a few foreign names is not taken for a bilingual one.
const minorityShare = 0.15
const purity = 0.85

/** One version found in a file: its language, its script and its lines (1-based, inclusive). */
export interface DetectedVersion {
  lang: string
  script: string
  lines: [first: number, last: number]
}

export type DetectedFile =
  | {layout: 'combined'; path: string; versions: [DetectedVersion, DetectedVersion]}
  | {layout: 'parallel'; paths: [string, string]; langs: [string, string]}
  | {layout: 'none'; path: string; reason: string}

interface Line {
  number: number
  text: string
}

function hasLocaleData(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0
  } catch {
    return false
  }
}

function parseParallel(relative: string): {key: string; lang: string} | undefined {
  const match = parallelName.exec(path.posix.basename(relative))?.groups
  if (!match || !hasLocaleData(match.lang)) return undefined
  return {key: path.posix.join(path.posix.dirname(relative), match.stem + match.extension.toLowerCase()), lang: match.lang}
}

function version(lines: readonly Line[], script: string): DetectedVersion {
  const text = lines.map((line) => line.text).join('\n')
  return {lang: detectLanguage(text, script), script, lines: [lines[0].number, lines.at(-1)!.number]}
}

/** Both versions of a file whose two parts are in one script each, split where the script changes. */
function splitByScript(lines: readonly Line[], first: string, second: string): [DetectedVersion, DetectedVersion] | undefined {
  const balances = lines.map((line) => countScriptLetters(line.text, [first]) - countScriptLetters(line.text, [second]))
  const total = balances.reduce((sum, balance) => sum + balance, 0)
  let best = {at: 0, score: Number.NEGATIVE_INFINITY}
  let prefix = 0
  for (let at = 1; at < lines.length; at++) {
    prefix += balances[at - 1]
    const score = Math.abs(prefix - (total - prefix))
    if (score > best.score) best = {at, score}
  }
  if (best.at === 0) return undefined
  const before = lines.slice(0, best.at)
  const after = lines.slice(best.at)
  const letters = (part: readonly Line[], script: string) => part.reduce((sum, line) => sum + countScriptLetters(line.text, [script]), 0)
  const [beforeScript, afterScript] = letters(before, first) >= letters(before, second) ? [first, second] : [second, first]
  const pure = (part: readonly Line[], script: string, other: string) => letters(part, script) >= purity * (letters(part, script) + letters(part, other))
  if (!pure(before, beforeScript, afterScript) || !pure(after, afterScript, beforeScript)) return undefined
  return [version(before, beforeScript), version(after, afterScript)]
}

/** A file's layout from its text: two scripts one after the other, or two languages around `---`. */
export function detectCombined(relative: string, text: string): DetectedFile {
  const lines = text
    .split(lineBreak)
    .map((line, index) => ({number: index + 1, text: line}))
    .filter((line) => line.text.trim() !== '')
  const counts = scriptCounts(text)
  if (counts.length === 0) return {layout: 'none', path: relative, reason: 'no letters'}
  const [first, second] = counts
  if (second && second.letters >= minorityShare * (first.letters + second.letters)) {
    const versions = splitByScript(lines, first.script, second.script)
    if (versions) return {layout: 'combined', path: relative, versions}
    return {layout: 'none', path: relative, reason: `${first.script} and ${second.script} text interleaved, not one version after the other`}
  }
  const separator = lines.findIndex((line) => separatorLine.test(line.text))
  if (separator > 0 && separator < lines.length - 1) {
    const versions: [DetectedVersion, DetectedVersion] = [version(lines.slice(0, separator), first.script), version(lines.slice(separator + 1), first.script)]
    if (!sameLanguage(versions[0].lang, versions[1].lang)) return {layout: 'combined', path: relative, versions}
  }
  // No language is named: franc's guess on a short note would be noise.
  return {layout: 'none', path: relative, reason: `one version only, in ${first.script} script`}
}

async function readText(file: string): Promise<string | {reason: string}> {
  const {size} = await stat(file)
  if (size > largestInspected) return {reason: `larger than ${largestInspected >> 20} MB, not inspected`}
  const bytes = await readFile(file)
  if (bytes.includes(0)) return {reason: 'binary'}
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return {reason: 'not UTF-8'}
  }
}

/** The text files under `cwd` (as `bilint` would find them: .gitignore respected, node_modules skipped), classified. */
export async function detectLayouts(cwd: string): Promise<DetectedFile[]> {
  const files = (await globby(documentGlobs, {cwd, gitignore: true, ignore: ['**/node_modules/**'], dot: false, followSymbolicLinks: false})).sort()
  const byKey = new Map<string, Array<{path: string; lang: string}>>()
  for (const file of files) {
    const parallel = parseParallel(file)
    if (!parallel) continue
    byKey.set(parallel.key, [...(byKey.get(parallel.key) ?? []), {path: file, lang: parallel.lang}])
  }
  const detected: DetectedFile[] = []
  const paired = new Set<string>()
  for (const group of byKey.values()) {
    if (group.length !== 2) continue
    const [a, b] = group
    if (sameLanguage(a.lang, b.lang)) continue
    detected.push({layout: 'parallel', paths: [a.path, b.path], langs: [a.lang, b.lang]})
    paired.add(a.path).add(b.path)
  }
  for (const file of files) {
    if (paired.has(file)) continue
    const text = await readText(path.join(cwd, file))
    if (typeof text !== 'string') detected.push({layout: 'none', path: file, reason: text.reason})
    else if (byKey.get(parseParallel(file)?.key ?? '')?.length === 1) detected.push({layout: 'none', path: file, reason: 'a parallel file without its partner'})
    else detected.push(detectCombined(file, text.replace(/^\uFEFF/, '')))
  }
  return detected.sort((a, b) => firstPath(a).localeCompare(firstPath(b)))
}

export function firstPath(file: DetectedFile): string {
  return file.layout === 'parallel' ? file.paths[0] : file.path
}
