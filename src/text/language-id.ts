// Which of two languages a text is in, when script cannot tell: franc's
// trigram profiles restricted to the pair, and for Arabic against Persian a
// letter and function-word count, which is right on short text where franc
// is not (domain-text.md §5).

import {arabicPersianEvidence} from './arabic-persian.js'
import {lazyModule} from './lazy-module.js'

// Loaded when a text must be told from a language of its own script (most
// pairs differ by script and never ask franc).
const franc = lazyModule<typeof import('franc')>('franc')
// franc's own table of languages by script: the only list of the codes it can answer.
const francData = lazyModule<typeof import('franc/data.js')>('franc/data.js')

/** franc's answer for a text it cannot decide on. */
export const undetermined = 'und'

/** A tag's language subtag as CLDR canonicalises it (`arb` → `ar`, `pes` → `fa`, `iw` → `he`). */
function canonicalLanguage(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).language
  } catch {
    return undefined
  }
}

let francByLanguage: Map<string, string[]> | undefined

/**
 * The ISO 639-3 codes franc may answer for a BCP 47 tag: franc knows the
 * individual languages of a macrolanguage (`arb`, `pes` and `prs`), and
 * CLDR's alias data (through `Intl.Locale`) folds them to `ar` and `fa`.
 */
export function francCodes(lang: string): string[] {
  if (!francByLanguage) {
    francByLanguage = new Map()
    for (const code of new Set(Object.values(francData().data).flatMap((languages) => Object.keys(languages)))) {
      const language = canonicalLanguage(code)
      if (!language) continue
      francByLanguage.set(language, [...(francByLanguage.get(language) ?? []), code])
    }
  }
  const language = canonicalLanguage(lang)
  return language ? (francByLanguage.get(language) ?? []) : []
}

export interface PairVerdict {
  /** The language of the pair the text is in, or `und`. */
  lang: string
  /** How sure: franc's margin between the two, or the share of the letter evidence. */
  margin: number
}

/**
 * Which of `langs` (BCP 47 tags) franc finds `text` is in, restricted to
 * them; `und` when the text is shorter than `minLength` characters or the
 * top two are closer than `minMargin` (franc's scores run 0–1).
 */
export function francPair(text: string, langs: readonly string[], minLength: number, minMargin: number): PairVerdict {
  const codes = langs.map((lang) => francCodes(lang))
  const only = codes.flat()
  if (only.length === 0 || text.length < minLength) return {lang: undetermined, margin: 0}
  const scores = franc().francAll(text, {only, minLength})
  if (scores[0][0] === undetermined) return {lang: undetermined, margin: 0}
  const best = (index: number) => Math.max(0, ...scores.filter(([code]) => codes[index].includes(code)).map(([, score]) => score))
  const ranked = langs.map((lang, index) => ({lang, score: best(index)})).sort((a, b) => b.score - a.score)
  const margin = ranked[0].score - (ranked[1]?.score ?? 0)
  return margin < minMargin ? {lang: undetermined, margin} : {lang: ranked[0].lang, margin}
}

/**
 * Arabic or Persian by their letters and function words: `ar` or `fa`
 * when at least `minEvidence` signs point one way and three quarters of
 * all signs agree, `und` otherwise (a short name, `سلام دوستان`).
 */
export function arabicOrPersian(text: string, minEvidence = 3): PairVerdict {
  const {persian, arabic} = arabicPersianEvidence(text)
  const total = persian + arabic
  if (total < minEvidence) return {lang: undetermined, margin: 0}
  const share = Math.max(persian, arabic) / total
  if (share < 0.75) return {lang: undetermined, margin: share}
  return {lang: persian > arabic ? 'fa' : 'ar', margin: share}
}
