// The punctuation a text ends with, as an equivalence class across scripts:
// `.` ≡ `۔` ≡ `。` ≡ `।`, `?` ≡ `؟` ≡ `？` ≡ Greek `;`, `!` ≡ `！`.
// The classes follow the Sentence_Terminal and Terminal_Punctuation
// properties of Unicode (PropList.txt), grouped by what the mark means.

import type {Span} from '../engine/types.js'
import {primaryLanguage} from './languages.js'
import {trailingRunStart} from './code-point-scan.js'
import {codePointTest} from './scripts/code-point-table.js'

export type TerminalClass = 'period' | 'question' | 'exclamation' | 'ellipsis' | 'colon' | 'semicolon' | 'none'

/** Each class's marks; a run such as `?!` or `...` is classed by its rules below. */
const CLASS_OF: Record<string, TerminalClass> = {}
const MARKS: Record<Exclude<TerminalClass, 'none'>, string> = {
  // Full stops: Latin, Arabic/Urdu `۔`, CJK `。` `｡` `．`, Devanagari danda and double danda, Armenian `։`,
  // Ethiopic `።`, Syriac, Khmer `។` `៕`, Myanmar `။`, Tibetan `།`.
  period: '.\u06D4\u3002\uFF61\uFF0E\u0964\u0965\u0589\u1362\u0701\u0702\u17D4\u17D5\u104B\u0F0D',
  // Question marks: Latin, Arabic `؟`, fullwidth, Greek question mark U+037E, Armenian, Ethiopic.
  question: '?\u061F\uFF1F\u037E\u055E\u1367',
  exclamation: '!\uFF01\u055C',
  ellipsis: '\u2026\u22EF',
  colon: ':\uFF1A',
  semicolon: ';\u061B\uFF1B'
}
for (const [kind, marks] of Object.entries(MARKS)) for (const mark of marks) CLASS_OF[mark] = kind as TerminalClass

/** What may follow the final mark: closing quotes and brackets, white space, invisible marks (an RLM after the period). */
const isTrailing = codePointTest(/^[\s\p{Cf}\p{Pe}\p{Pf}"'»”’]$/u)
/** A final run of terminal marks (`?!`, `...`, `.”`). */
const isFinalMark = codePointTest(/^[\p{Po}\u2026\u22EF]$/u)

export interface Terminal {
  kind: TerminalClass
  /** The marks as written (`.`, `؟`, `?!`), empty for `none`. */
  text: string
  /** Where they are; an empty span at the end of the text for `none`. */
  span: Span
}

/** Greek writes its question mark as `;` (U+037E folds to it under NFC). */
const QUESTION_SEMICOLON = new Set(['el', 'grc'])

/** The class of a run of final marks: `...` is an ellipsis, `?!` a question, a lone mark its own class. */
function classOf(marks: string, lang: string): TerminalClass {
  if (/^\.{2,}$/.test(marks)) return 'ellipsis'
  const greek = QUESTION_SEMICOLON.has(primaryLanguage(lang))
  const classes = [...marks].map((mark) => (greek && mark === ';' ? 'question' : CLASS_OF[mark])).filter((kind) => kind !== undefined)
  if (classes.includes('question')) return 'question'
  if (classes.includes('exclamation')) return 'exclamation'
  return classes.at(-1) ?? 'none'
}

/** How `text` (language `lang`) ends. */
export function terminalOf(text: string, lang: string): Terminal {
  // Read backwards from the end: a pattern anchored with `$` would be tried at every offset of the text.
  const end = trailingRunStart(text, isTrailing)
  const marks = text.slice(trailingRunStart(text, isFinalMark, end), end)
  if (marks === '') return {kind: 'none', text: '', span: [end, end]}
  const kind = classOf(marks, lang)
  if (kind === 'none') return {kind, text: '', span: [end, end]}
  return {kind, text: marks, span: [end - marks.length, end]}
}
