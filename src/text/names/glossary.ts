// A project's glossary of names (`name-consistency`'s `glossary` option):
// source terms and the target spellings the project accepts, the first of
// which is the one a fix writes.

import {orthographicKey} from './arabic-keys.js'
import {foldLatin} from './latin-keys.js'

export type Glossary = Record<string, string | string[]>

const arabicLetter = /\p{sc=Arabic}/u

/** The key two spellings of one name share: the Arabic orthographic key, or the folded Latin letters. */
export const nameKey = (name: string): string => (arabicLetter.test(name) ? orthographicKey(name) : foldLatin(name))

export const spellingsOf = (entry: string | string[]): string[] => (Array.isArray(entry) ? entry : [entry])

/** Whether both spellings are accepted by one glossary entry. */
export function glossaryAllows(glossary: Glossary, a: string, b: string): boolean {
  return Object.values(glossary).some((entry) => {
    const spellings = spellingsOf(entry)
    return spellings.includes(a) && spellings.includes(b)
  })
}

/** The glossary spelling for a name, when one entry lists a spelling of the same key. */
export function glossarySpelling(glossary: Glossary, name: string): string | undefined {
  for (const entry of Object.values(glossary)) {
    const spellings = spellingsOf(entry)
    if (spellings.some((spelling) => nameKey(spelling) === nameKey(name))) return spellings[0]
  }
  return undefined
}
