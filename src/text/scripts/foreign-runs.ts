// Text in another script left in a version: untranslated or pasted runs of
// words (Arabic words in the English version), and punctuation of another
// script (an Arabic comma in English text, `。` between English words).

import type {Lexicon, Span} from '../../engine/types.js'
import {prototypeOf} from './confusables.js'
import {analyseMixedWord, scriptWords, type ScriptWord} from './mixed-words.js'
import {codePointAt, codePointMemo, codePointTest} from './code-point-table.js'
import {augmentedScripts, mainScript, outsideScripts, resolvedScriptSet, sharedScripts, type ScriptSet} from './script-sets.js'

export interface ForeignRun {
  span: Span
  text: string
  /** The script of the run. */
  script: string
  /** How many words (letter runs) it has. */
  words: number
  /** How many letters it has. */
  letters: number
  /** Whether brackets or quotation marks enclose it: an original-script name given on purpose. */
  enclosed: boolean
}

const letterPattern = /\p{L}/gu
const opening = /[\p{Ps}\p{Pi}"'«‹]\s*$/u
const closing = /^\s*[\p{Pe}\p{Pf}"'»›]/u

function intersection(a: ScriptSet, b: ScriptSet): ScriptSet {
  if (a === 'all') return b
  if (b === 'all') return a
  return new Set([...a].filter((script) => b.has(script)))
}

/**
 * A word cut where its script changes, so that `使用iPhone手机` or `بالـGPS`
 * yields its Latin part. Homoglyph words (`Мoсква`) stay whole: they are
 * words of their dominant script with a wrong letter, not foreign text.
 */
function scriptPieces(word: ScriptWord, scripts: readonly string[]): ScriptWord[] {
  const mixed = analyseMixedWord(word, scripts)
  if (!mixed || mixed.homoglyph || mixed.level === 'minimally') return [word]
  const pieces: ScriptWord[] = []
  let start = word.span[0]
  let resolved: ScriptSet = 'all'
  let offset = word.span[0]
  for (const character of word.text) {
    const set = augmentedScripts(character.codePointAt(0)!)
    const next = intersection(resolved, set)
    if (next !== 'all' && next.size === 0) {
      pieces.push({span: [start, offset], text: word.text.slice(start - word.span[0], offset - word.span[0])})
      start = offset
      resolved = set
    } else resolved = next
    offset += character.length
  }
  pieces.push({span: [start, offset], text: word.text.slice(start - word.span[0])})
  return pieces
}

/** The script a word belongs to, or undefined when it is one of `scripts` (or neutral). */
function foreignScriptOf(word: ScriptWord, scripts: readonly string[]): string | undefined {
  const resolved = resolvedScriptSet(word.text)
  if (resolved === 'all') return undefined
  if (resolved.size === 0) {
    // A homoglyph word counts for the script most of its letters are in.
    const dominant = analyseMixedWord(word, scripts)?.dominant
    return dominant && !scripts.includes(dominant) ? dominant : undefined
  }
  return outsideScripts(resolved, scripts) ? mainScript(resolved) : undefined
}

/**
 * Runs of words in a script other than `scripts`, consecutive words of one
 * script joined (only spaces, digits and punctuation between them).
 */
export function foreignRuns(text: string, scripts: readonly string[], lexicon?: Lexicon): ForeignRun[] {
  const runs: ForeignRun[] = []
  // When one of the version's scripts is shared by all letters (or none has a script), no word is foreign.
  const shared = sharedScripts(text)
  if (shared === 'all' || scripts.some((script) => shared.has(script))) return runs
  let current: {start: number; end: number; script: string; words: number} | undefined
  const close = () => {
    if (!current) return
    const runText = text.slice(current.start, current.end)
    runs.push({
      span: [current.start, current.end],
      text: runText,
      script: current.script,
      words: current.words,
      letters: runText.match(letterPattern)?.length ?? 0,
      enclosed: opening.test(text.slice(Math.max(0, current.start - 8), current.start)) && closing.test(text.slice(current.end, current.end + 8))
    })
    current = undefined
  }
  for (const word of scriptWords(text, lexicon).flatMap((whole) => scriptPieces(whole, scripts))) {
    const script = foreignScriptOf(word, scripts)
    if (script === undefined) {
      if (resolvedScriptSet(word.text) !== 'all') close()
      continue
    }
    if (current && current.script === script && !/[\n\r]/.test(text.slice(current.end, word.span[0]))) {
      current.end = word.span[1]
      current.words++
    } else {
      close()
      current = {start: word.span[0], end: word.span[1], script, words: 1}
    }
  }
  close()
  return runs
}

export interface ForeignPunctuation {
  span: Span
  character: string
  /** The script the mark belongs to. */
  script: string
  /** Its ASCII lookalike from confusables.txt (`‚` → `,`), when there is one. */
  intended?: string
}

const isPunctuationOrSymbol = codePointTest(/^[\p{P}\p{S}]$/u)
/**
 * The augmented set of a punctuation mark or symbol that belongs to some
 * scripts only; undefined for other characters, and for marks of every
 * script (most of them: `.`, `,`, `(`). One table read per character.
 */
const scriptBoundMark = codePointMemo((codePoint): ScriptSet | undefined => {
  if (!isPunctuationOrSymbol(codePoint)) return undefined
  const set = augmentedScripts(codePoint)
  return set === 'all' ? undefined : set
})
/** ASCII punctuation and symbols, the lookalikes a fix may put in. */
const asciiMark = /^[!-/:-@[-`{-~]$/

/**
 * Punctuation that belongs to other scripts only (Script_Extensions), such
 * as the Arabic comma `،` or the ideographic full stop `。` in English text.
 */
export function foreignPunctuation(text: string, scripts: readonly string[]): ForeignPunctuation[] {
  const found: ForeignPunctuation[] = []
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    const start = offset
    if (codePoint > 0xffff) offset++
    const set = scriptBoundMark(codePoint)
    if (set === undefined || !outsideScripts(set, scripts)) continue
    const character = text.slice(start, offset + 1)
    const prototype = prototypeOf(character)
    found.push({
      span: [start, offset + 1],
      character,
      script: mainScript(set) ?? 'Zzzz',
      intended: prototype !== character && asciiMark.test(prototype) ? prototype : undefined
    })
  }
  return found
}
