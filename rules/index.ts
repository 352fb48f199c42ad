// The core rules, sorted by id: one import a line.

import type {AnyRule} from '../src/engine/rule.js'
import dateTimeAgreement from './date-time-agreement.js'
import duplicateUnit from './duplicate-unit.js'
import emptySegment from './empty-segment.js'
import invisibleCharacters from './invisible-characters.js'
import languageMismatch from './language-mismatch.js'
import lengthRatio from './length-ratio.js'
import mixedScript from './mixed-script.js'
import mojibake from './mojibake.js'
import nameConsistency from './name-consistency.js'
import numberAgreement from './number-agreement.js'
import paragraphCount from './paragraph-count.js'
import placeholderAgreement from './placeholder-agreement.js'
import pluralForms from './plural-forms.js'
import punctuationSpacing from './punctuation-spacing.js'
import quoteBalance from './quote-balance.js'
import terminalPunctuation from './terminal-punctuation.js'
import unicodeNormalization from './unicode-normalization.js'
import untranslated from './untranslated.js'
import whitespace from './whitespace.js'

export const rules: readonly AnyRule[] = [dateTimeAgreement, duplicateUnit, emptySegment, invisibleCharacters, languageMismatch, lengthRatio, mixedScript, mojibake, nameConsistency, numberAgreement, paragraphCount, placeholderAgreement, pluralForms, punctuationSpacing, quoteBalance, terminalPunctuation, unicodeNormalization, untranslated, whitespace]
