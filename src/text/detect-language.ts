// Which script a text is written in, and which language, for `bilint --init`.
// The script is counted (Unicode Script property); the language within a
// script is franc's trigram guess, restricted to the languages that script is
// written in (CLDR likely subtags through `Intl.Locale#maximize`) and that
// have CLDR locale data, since bilint's rules read that data.

import {francAll} from 'franc'
// franc's own table of languages by script: the only list of the languages it can name.
import {data as francTrigrams} from 'franc/data.js'
import {expressions as francScripts} from 'franc/expressions.js'
import {countScriptLetters, languageScripts} from './language-script.js'

// franc names single-language scripts (Hangul → `kor`) by code in its expressions table.
const languageCode = /^[a-z]{3}$/

/** A franc (ISO 639-3) code as a BCP 47 tag: CLDR's aliases fold `arb` to `ar`, `cmn` to `zh`. */
export function bcp47(code: string): string | undefined {
  try {
    return new Intl.Locale(code).toString()
  } catch {
    return undefined
  }
}

function hasLocaleData(tag: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0
}

interface Candidate {
  code: string
  tag: string
  scripts: string[]
}

let candidates: Candidate[] | undefined

/** franc's languages that CLDR has data for, with the scripts they are written in. */
function candidateLanguages(): Candidate[] {
  candidates ??= [...Object.values(francTrigrams).flatMap((byCode) => Object.keys(byCode)), ...Object.keys(francScripts).filter((key) => languageCode.test(key))]
    .map((code) => ({code, tag: bcp47(code)}))
    .filter((entry): entry is {code: string; tag: string} => entry.tag !== undefined && hasLocaleData(entry.tag))
    .map(({code, tag}) => ({code, tag, scripts: languageScripts(tag)}))
  return candidates
}

let scripts: string[] | undefined

/** The Unicode scripts (Script property values) of every candidate language. */
export function knownScripts(): string[] {
  scripts ??= [...new Set(candidateLanguages().flatMap((candidate) => candidate.scripts))].sort()
  return scripts
}

/** Letters of `text` per script, most first; scripts with no letter are left out. */
export function scriptCounts(text: string): Array<{script: string; letters: number}> {
  return knownScripts()
    .map((script) => ({script, letters: countScriptLetters(text, [script])}))
    .filter((entry) => entry.letters > 0)
    .sort((a, b) => b.letters - a.letters || a.script.localeCompare(b.script))
}

/** The script with the most letters in `text`, if it has letters. */
export function dominantScript(text: string): string | undefined {
  return scriptCounts(text)[0]?.script
}

/**
 * The language of a text written in `script`: franc's best guess among the
 * languages written in that script, else CLDR's most likely language for the
 * script (`und-Arab` → `ar`) when franc has too little text to go on.
 */
export function detectLanguage(text: string, script: string): string {
  const allowed = new Map(candidateLanguages().filter((candidate) => candidate.scripts.includes(script)).map((candidate) => [candidate.code, candidate.tag]))
  for (const [code] of francAll(text, {minLength: 1})) {
    const tag = allowed.get(code)
    if (tag) return tag
  }
  return new Intl.Locale(`und-${script}`).maximize().language
}
