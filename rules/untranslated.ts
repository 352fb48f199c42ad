import {defineRule, type RuleContext} from '../src/engine/rule.js'
import type {Side, Span, Unit} from '../src/engine/types.js'
import {alignUnit} from '../src/text/align.js'
import {hasCodePoint} from '../src/text/code-point-scan.js'
import {countLetters, countScriptLetters, hasScriptCharacter, inScript, isKnownScript, languageScripts, shareScript} from '../src/text/language-script.js'
import {languageName} from '../src/text/languages.js'
import {citedOrCode, isLowerCase, isSoftwareString, isTerm, lowerCaseLetters, lowerCaseWord} from '../src/text/leftover-words.js'
import {classOf, LETTER} from '../src/text/lexical/classes.js'
import {codePointAt} from '../src/text/scripts/code-point-table.js'
import {dominantScript, scriptName} from '../src/text/scripts/index.js'
import {scriptOf} from '../src/text/scripts/script-sets.js'

interface Options {
  /** Fewest words a source text needs before an identical target counts (`Article 2` = `Article 2` is fine). */
  minWords: number
  /** Fewest letters a target paragraph needs before its script is judged. */
  minLetters: number
  /** Share of the target’s letters in the source’s script from which it counts as untranslated. */
  scriptShare: number
  /** Texts that may stay the same in both versions (names, codes), compared as the rule compares. */
  allow: string[]
}

type Report = RuleContext<Options>['report']

interface Piece {
  span: Span
  text: string
}

const wordPattern = /[\p{L}\p{N}]+/gu
const anyLetter = /\p{L}/u

/**
 * What two versions are compared by: letters and digits, case-folded, as
 * bicleaner's `no_identical` (letters only there) — punctuation and spacing
 * changes do not make a translation. `toLowerCase` is the root locale's
 * case mapping (`toLocaleLowerCase('und')` gives the same for every code
 * point, at many times the cost).
 */
function comparable(text: string): string {
  return (text.normalize('NFC').match(wordPattern) ?? []).join(' ').toLowerCase()
}

/** How many words a comparable text has. */
function wordCount(text: string): number {
  let count = 1
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) count++
  return count
}

const allowedTexts = new WeakMap<readonly string[], Set<string>>()

/** The `allow` option compared as texts are, once per options object. */
function allowedOf(allow: readonly string[]): Set<string> {
  let allowed = allowedTexts.get(allow)
  if (!allowed) {
    allowed = new Set(allow.map(comparable))
    allowedTexts.set(allow, allowed)
  }
  return allowed
}

const sourceCopies = new WeakMap<Side, Map<string, Piece>>()

/** The first source paragraph with each comparable text, once per side: where a copy came from. */
function paragraphOfText(side: Side, text: string): Piece | undefined {
  let byText = sourceCopies.get(side)
  if (!byText) {
    byText = new Map()
    for (const paragraph of side.paragraphs) {
      const key = comparable(paragraph.text)
      if (!byText.has(key)) byText.set(key, paragraph)
    }
    sourceCopies.set(side, byText)
  }
  return byText.get(text)
}

const isLetter = (codePoint: number) => classOf(codePoint) === LETTER
const neutralScripts = new Set(['Zyyy', 'Zinh', 'Zzzz'])

/**
 * Whether `text` has a letter of a script that `other` has no character of:
 * then the two cannot compare equal, since NFC and lower-casing keep every
 * letter's script (checked over every code point of Unicode 17). An Arabic
 * target is told from an English source at its first letter: `other` is
 * searched for that letter's script only, with no set of its scripts built.
 */
function hasLetterOutside(text: string, other: string): boolean {
  let found: Set<string> | undefined
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    if (codePoint > 0xffff) offset++
    if (!isLetter(codePoint)) continue
    const script = scriptOf(codePoint)
    if (neutralScripts.has(script) || found?.has(script)) continue
    if (!hasCodePoint(other, inScript(script))) return true
    found ??= new Set()
    found.add(script)
  }
  return false
}

function spanOf(pieces: readonly Piece[]): Span {
  return [pieces[0].span[0], pieces.at(-1)!.span[1]]
}

/** Pairs of corresponding pieces: the aligned paragraphs of a document, the two sides of a segment. */
function correspondingPieces(unit: Unit): Array<{source: Piece[]; target: Piece[]}> {
  const whole = (side: Side): Piece[] => [{span: [0, side.text.length], text: side.text}]
  if (unit.kind === 'segment') return [{source: whole(unit.source), target: whole(unit.target)}]
  const {source, target} = unit
  return alignUnit(unit).flatMap((bead) => {
    if (bead.source.length === 0 || bead.target.length === 0) return []
    // A 2-2 bead (a heading and its paragraph, cut alike) pairs its members in order.
    if (bead.source.length === bead.target.length) {
      return bead.source.map((index, at) => ({source: [source.paragraphs[index]], target: [target.paragraphs[bead.target[at]]]}))
    }
    return [{source: bead.source.map((index) => source.paragraphs[index]), target: bead.target.map((index) => target.paragraphs[index])}]
  })
}

function checkIdentical(unit: Unit, pair: {source: Piece[]; target: Piece[]}, options: Options, allowed: Set<string>, report: Report): boolean {
  const sourceText = pair.source.map((piece) => piece.text).join(' ')
  const target = pair.target.map((piece) => piece.text).join(' ')
  // The scripts of the comparable text are among those of the raw one, so a
  // target letter of a script the source never writes settles it before the
  // source is normalised and split (an Arabic target of an English source).
  if (hasLetterOutside(target, sourceText)) return false
  const source = comparable(sourceText)
  if (source === '' || wordCount(source) < options.minWords || allowed.has(source)) return false
  if (!anyLetter.test(source) || hasLetterOutside(target, source) || comparable(target) !== source) return false
  report({
    side: unit.target,
    span: spanOf(pair.target),
    messageId: 'identical',
    data: {lang: languageName(unit.target.lang), otherLang: languageName(unit.source.lang)},
    related: [{side: unit.source, span: spanOf(pair.source)}]
  })
  return true
}

/** In a software string (a PO entry), the share of lower-case letters of the source's script from which it is untranslated. */
const CATALOG_SCRIPT_SHARE = 0.8

/** The text `sourceScriptIn` read last, and its answer: a segment's target is asked for the script check and again for leftover words. */
let lastSourceScript: {text: string; scripts: readonly string[]; found: boolean} = {text: '', scripts: [], found: false}

/** Whether `text` has a character of one of `scripts` (known script names), remembered for the last text. */
function sourceScriptIn(text: string, scripts: readonly string[]): boolean {
  if (lastSourceScript.text !== text || lastSourceScript.scripts !== scripts) lastSourceScript = {text, scripts, found: hasScriptCharacter(text, scripts)}
  return lastSourceScript.found
}

/** A target piece mostly in the source's script, where the two languages write different scripts; whether it was reported. */
function checkScript(unit: Unit, piece: Piece, options: Options, report: Report): boolean {
  const sourceScripts = languageScripts(unit.source.lang)
  // A share of the source's script needs one character of it (`scriptShare` is above 0): most targets have none.
  if (sourceScripts.every(isKnownScript) && !sourceScriptIn(piece.text, sourceScripts)) return false
  const {letters: total, inScripts} = countLetters(piece.text, sourceScripts)
  if (total < options.minLetters) return false
  const inSource = inScripts ?? countScriptLetters(piece.text, sourceScripts)
  if (inSource / total < options.scriptShare) return false
  // A software string keeps names of products and code in Latin (`LogEntry`, `PostgreSQL拡張`, `null`): there only
  // common words, lower-case, count, and only most of the letters make the string untranslated.
  if (unit.entry && lowerCaseLetters(piece.text, sourceScripts) / total < CATALOG_SCRIPT_SHARE) return false
  // A copy the alignment did not pair with its source paragraph is still a copy.
  const original = unit.kind === 'document' ? paragraphOfText(unit.source, comparable(piece.text)) : undefined
  if (original) {
    report({
      side: unit.target,
      span: piece.span,
      messageId: 'identical',
      data: {lang: languageName(unit.target.lang), otherLang: languageName(unit.source.lang)},
      related: [{side: unit.source, span: original.span}]
    })
    return true
  }
  report({
    side: unit.target,
    span: piece.span,
    messageId: 'sourceScript',
    data: {
      lang: languageName(unit.target.lang),
      script: scriptName(dominantScript(piece.text, sourceScripts) ?? sourceScripts[0]),
      percent: Math.round((100 * inSource) / total),
      expected: languageScripts(unit.target.lang).map(scriptName).join(', ')
    }
  })
  return true
}

/** Whether `text` has a lower-case letter of one of `scripts` (true when a script name is unknown: no shortcut then). */
function hasLowerCaseIn(text: string, scripts: readonly string[]): boolean {
  if (!scripts.every(isKnownScript)) return true
  if (!sourceScriptIn(text, scripts)) return false
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = codePointAt(text, offset)
    if (codePoint > 0xffff) offset++
    if (isLowerCase(codePoint) && countScriptLetters(String.fromCodePoint(codePoint), scripts) > 0) return true
  }
  return false
}

/**
 * Words of the source's script left in the target, lower-case and found in
 * the corresponding source text: `قطاع health` for "the health sector". Names
 * and acronyms, capitalised, are not words left behind.
 */
function checkLeftoverWords(unit: Unit, pair: {source: Piece[]; target: Piece[]}, allowed: Set<string>, report: Report): void {
  if (isSoftwareString(unit)) return
  const sourceScripts = languageScripts(unit.source.lang)
  let sourceWords: Set<string> | undefined
  for (const piece of pair.target) {
    // A word reported is all lower-case letters of the source's script: most targets have none.
    if (!hasLowerCaseIn(piece.text, sourceScripts)) continue
    for (const match of piece.text.matchAll(lowerCaseWord)) {
      const word = match[0]
      sourceWords ??= new Set(pair.source.flatMap((source) => source.text.toLowerCase().match(wordPattern) ?? []))
      if (!sourceWords.has(word) || allowed.has(word) || countScriptLetters(word, sourceScripts) < word.length) continue
      if (citedOrCode(piece.text, match.index, match.index + word.length) || isTerm(piece.text, match.index, word, sourceScripts)) continue
      const start = piece.span[0] + match.index
      report({
        side: unit.target,
        span: [start, start + word.length],
        messageId: 'leftoverWord',
        data: {word, lang: languageName(unit.target.lang), otherLang: languageName(unit.source.lang)},
        related: [{side: unit.source, span: spanOf(pair.source)}]
      })
    }
  }
}

export default defineRule<Options>({
  meta: {
    id: 'untranslated',
    description: 'The target is a translation, not a copy of the source',
    docs: {
      what:
        'Reports a target paragraph (a segment’s target) that repeats its aligned source paragraph — compared by ' +
        'letters and digits, case-folded, so that punctuation does not count as translation — and, where the two ' +
        'languages write different scripts, a target paragraph most of whose letters are in the source’s script. ' +
        'Texts shorter than `minWords` words (`Article 2`, a name) and the texts in `allow` may stay the same. It ' +
        'also reports a lower-case word of the source’s script left in the target when the source has it (`قطاع ' +
        'health`); capitalised names and acronyms are not reported. On ' +
        'the UDHR in English against Arabic, Persian, Russian, Hebrew, Chinese, Hindi, French and Spanish, and on ' +
        'the sample document, it reports nothing.',
      why:
        'A copied source is the commonest noise in crawled and machine-translated corpora (OpusFilter’s ' +
        'similarity filters and bicleaner’s `no_identical` exist for it); in a translation project it is a ' +
        'paragraph somebody forgot.',
      fix: 'Translate the paragraph. A name or code that is the same in both languages goes into `allow`.'
    },
    schema: {
      type: 'object',
      properties: {
        minWords: {type: 'integer', minimum: 1, description: 'Fewest words a source text needs before an identical target counts.'},
        minLetters: {type: 'integer', minimum: 1, description: 'Fewest letters a target paragraph needs before its script is judged.'},
        scriptShare: {type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Share of the letters in the source’s script from which a target counts as untranslated.'},
        allow: {type: 'array', items: {type: 'string'}, description: 'Texts that may stay the same in both versions.'}
      },
      additionalProperties: false
    },
    defaultOptions: {minWords: 3, minLetters: 10, scriptShare: 0.5, allow: []},
    messages: {
      identical: 'Unexpected copy of the {{otherLang}} text in the {{lang}} version: translate it',
      sourceScript: 'Unexpected {{script}} text in the {{lang}} version ({{percent}}% of the letters), expected {{expected}}: translate it',
      leftoverWord: 'Unexpected {{otherLang}} word `{{word}}` in the {{lang}} version: it was left untranslated'
    },
    recommended: 'error'
  },
  examples: {
    valid: [
      {
        name: 'A heading that is the same in both languages',
        languages: {source: 'en', target: 'fr'},
        source: 'Article 2\nEveryone is entitled to all the rights and freedoms.',
        target: 'Article 2\nChacun peut se prévaloir de tous les droits et de toutes les libertés.'
      },
      {
        name: 'A short segment that is the same in both languages',
        kind: 'segment',
        languages: {source: 'en', target: 'de'},
        source: 'Status: OK',
        target: 'Status: OK'
      },
      {
        name: 'A Latin name inside an Arabic sentence',
        source: 'The Caesar Act fights the Syrians.',
        target: 'قال إن قانون قيصر (Caesar Act) يحارب السوريين.'
      }
    ],
    invalid: [
      {
        name: 'A paragraph copied into the French version, after a heading copied on purpose',
        languages: {source: 'en', target: 'fr'},
        source: 'Article 3\nEveryone has the right to life, liberty and security of person.',
        target: 'Article 3\nEveryone has the right to life, liberty and security of person.',
        errors: [{messageId: 'identical', data: {lang: 'French', otherLang: 'English'}, side: 'target', line: 2, column: 1}]
      },
      {
        name: 'An English word left in an Arabic sentence, after a name kept in Latin',
        kind: 'segment',
        source: 'The Caesar Act covers the health sector.',
        target: 'يشمل قانون Caesar قطاع health.',
        errors: [{messageId: 'leftoverWord', data: {word: 'health', lang: 'Arabic', otherLang: 'English'}, side: 'target', line: 1, column: 24}]
      },
      {
        name: 'An English paragraph left in the Arabic version',
        source: 'Iran and Syria signed an agreement.\nThe agreement covers air defence.',
        target: 'وقعت إيران وسوريا اتفاقا.\nThe agreement covers the air defence systems.',
        errors: [{messageId: 'sourceScript', data: {lang: 'Arabic', script: 'Latin', percent: 100, expected: 'Arabic'}, side: 'target', line: 2, column: 1}]
      }
    ]
  },
  check(unit, context) {
    const {options, report} = context
    const allowed = allowedOf(options.allow)
    const copied = new Set<number>()
    const pairs = correspondingPieces(unit)
    for (const pair of pairs) {
      if (checkIdentical(unit, pair, options, allowed, report)) for (const piece of pair.target) copied.add(piece.span[0])
    }
    if (shareScript(unit.source.lang, unit.target.lang)) return
    const pieces: Piece[] = unit.kind === 'segment' ? [{span: [0, unit.target.text.length], text: unit.target.text}] : [...unit.target.paragraphs]
    for (const piece of pieces) if (!copied.has(piece.span[0]) && checkScript(unit, piece, options, report)) copied.add(piece.span[0])
    for (const pair of pairs) {
      if (!pair.target.some((piece) => copied.has(piece.span[0]))) checkLeftoverWords(unit, pair, allowed, report)
    }
  }
})
