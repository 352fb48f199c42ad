// Combined documents: both versions in one file, one after the other.
// The versions are split at a separator line (`---`) where there is one, and
// otherwise where the dominant script changes.

import type {SourceFile, Unit} from '../../engine/types.js'
import type {ProtectSetting} from '../../text/lexical/syntaxes.js'
import {countScriptLetters, languageScripts, shareScript} from '../../text/language-script.js'
import {linesOf} from '../../text/paragraphs.js'
import {InputError, positionAt, sliceSide} from '../source-file.js'
import {languageName, type Languages} from '../../text/languages.js'

const separatorLine = /^\s*-{3,}\s*$/
const htmlCommentLine = /^\s*<!--[^]*-->\s*$/

interface Part {
  start: number
  end: number
}

/**
 * Build the document unit of a combined file, or throw an `InputError` saying
 * why it cannot be split. An empty file has no unit: there is nothing to check.
 */
export function readCombined(file: SourceFile, languages: Languages, protect?: ProtectSetting): Unit | undefined {
  // In Markdown a line that is an HTML comment (a directive) belongs to neither version.
  const comment = (line: {start: number; end: number}) => protect?.markup === true && htmlCommentLine.test(file.text.slice(line.start, line.end))
  const lines = linesOf(file.text).filter((line) => !line.isBlank && !comment(line))
  if (lines.length === 0) return undefined
  const separator = lines.findIndex((line) => separatorLine.test(file.text.slice(line.start, line.end)))
  let first: Part
  let second: Part
  let sourceFirst = true
  if (separator !== -1) {
    const before = lines.slice(0, separator)
    const after = lines.slice(separator + 1)
    if (before.length === 0 || after.length === 0) {
      throw new InputError(
        'Cannot split into two versions: the separator line `---` must stand between them',
        positionAt(file, lines[separator].start)
      )
    }
    first = {start: before[0].start, end: before.at(-1)!.end}
    second = {start: after[0].start, end: after.at(-1)!.end}
    // Sides that differ in script may still come target first.
    if (!shareScript(languages.source, languages.target)) {
      sourceFirst = scriptBalance(file.text.slice(first.start, first.end), languages) >= 0
    }
  } else {
    if (shareScript(languages.source, languages.target)) {
      throw new InputError(
        `Cannot split into two versions: ${languageName(languages.source)} and ` +
          `${languageName(languages.target)} share a script; put a line \`---\` between the versions`
      )
    }
    const split = bestSplit(file.text, lines, languages)
    first = {start: lines[0].start, end: lines[split.at - 1].end}
    second = {start: lines[split.at].start, end: lines.at(-1)!.end}
    sourceFirst = split.sourceFirst
  }
  const [sourcePart, targetPart] = sourceFirst ? [first, second] : [second, first]
  return {
    kind: 'document',
    id: file.path,
    source: sliceSide('source', languages.source, file, protect, sourcePart.start, sourcePart.end),
    target: sliceSide('target', languages.target, file, protect, targetPart.start, targetPart.end)
  }
}


/** Letters of the source script minus letters of the target script. */
function scriptBalance(text: string, languages: Languages): number {
  return (
    countScriptLetters(text, languageScripts(languages.source)) -
    countScriptLetters(text, languageScripts(languages.target))
  )
}

/**
 * The line boundary that puts the most source-script letters on one side and
 * target-script letters on the other, in either order.
 */
function bestSplit(text: string, lines: ReturnType<typeof linesOf>, languages: Languages) {
  const balances = lines.map((line) => scriptBalance(text.slice(line.start, line.end), languages))
  const total = balances.reduce((sum, balance) => sum + balance, 0)
  let best = {at: 0, sourceFirst: true, score: Number.NEGATIVE_INFINITY}
  let prefix = 0
  for (let at = 1; at < lines.length; at++) {
    prefix += balances[at - 1]
    // Source first: source letters before, target letters after.
    const sourceFirstScore = prefix - (total - prefix)
    if (sourceFirstScore > best.score) best = {at, sourceFirst: true, score: sourceFirstScore}
    if (-sourceFirstScore > best.score) best = {at, sourceFirst: false, score: -sourceFirstScore}
  }
  const hasSource = balances.some((balance) => balance > 0)
  const hasTarget = balances.some((balance) => balance < 0)
  if (best.at === 0 || !hasSource || !hasTarget) {
    const missing = hasSource ? languages.target : languages.source
    const script = languageScripts(missing).join('/')
    throw new InputError(
      `Cannot split into two versions: no ${languageName(missing)} paragraph (script ${script}) found`
    )
  }
  return best
}
