// Names in bilingual text: comparison keys per script, cross-script
// matching, mention extraction and spelling consistency.

export {arabicStems, orthographicKey, rasmKey, relateArabicSpellings, spellingInformation} from './arabic-keys.js'
export type {ArabicSpellingRelation} from './arabic-keys.js'
export {adjacentKeys, foldLatin, relateLatinSpellings, romanizationSkeleton} from './latin-keys.js'
export type {LatinSpellingRelation} from './latin-keys.js'
export {classDistance, consonantClasses, nameSimilarity} from './cross-script.js'
export {overlaps, pairNames} from './pairing.js'
export type {NamePair} from './pairing.js'
export {nameCandidates} from './candidates.js'
export type {NameCandidate} from './candidates.js'
export {findNameMentions, nameTokens} from './extract.js'
export type {NameMention, NameToken} from './extract.js'
export {isRegionName} from './places.js'
export {findInconsistencies, knownDistinct, nameLength, relateSpellings} from './spellings.js'
export type {ConsistencyOptions, Inconsistency, Occurrence, SpellingRelation} from './spellings.js'
export {paragraphPairs, unitNames} from './unit-names.js'
export type {CrossPair, ParagraphPair, SideName, UnitNameOptions, UnitNames} from './unit-names.js'
