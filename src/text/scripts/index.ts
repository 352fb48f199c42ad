// Scripts of a text: Script_Extensions and resolved script sets, homoglyphs,
// Persian and Arabic orthography, digit systems, foreign-script runs, and
// the invisible characters with the contexts where they belong.

export {prototypeOf, skeleton, lookalikesIn} from './confusables.js'
export {bidiBalance, formatInScript, zwjInContext, zwspInContext, type BidiBalance, type BidiPair} from './invisible-context.js'
export {
  describeCodePoint,
  invisibleCharacter,
  invisibleCharacters,
  windows1252Character,
  type InvisibleCharacter,
  type InvisibleKind,
  type InvisibleOccurrence
} from './invisibles.js'
export {foreignPunctuation, foreignRuns, type ForeignPunctuation, type ForeignRun} from './foreign-runs.js'
export {followsVirama, isVirama, joiningType, zwnjInContext} from './joining.js'
export {
  analyseMixedWord,
  isGreekSymbol,
  mixedScriptWords,
  scriptWords,
  wordAround,
  type ForeignCharacter,
  type MixedWord,
  type RestrictionLevel,
  type ScriptWord
} from './mixed-words.js'
export {
  digitFindings,
  digitSystemName,
  isDigitSystem,
  languageDigitSystem,
  numberTokens,
  toDigitSystem,
  type DigitFinding,
  type DigitFindingKind,
  type DigitPolicy,
  type NumberToken
} from './numbers.js'
export {
  arabicDigits,
  arabicLettersInPersian,
  persianDigits,
  persianLettersInArabic,
  writesArabic,
  writesPersian,
  type LetterFinding
} from './persian-arabic.js'
export {
  augmentedScripts,
  dominantScript,
  expectedScripts,
  isCompositeScript,
  isRightToLeft,
  mainScript,
  outsideScripts,
  resolvedScriptSet,
  scriptExtensions,
  scriptName,
  wordScripts,
  type ScriptSet
} from './script-sets.js'
