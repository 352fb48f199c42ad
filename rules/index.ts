// The core rules, sorted by id: one import a line.

import type {AnyRule} from '../src/engine/rule.js'
import dateTimeAgreement from './date-time-agreement.js'
import invisibleCharacters from './invisible-characters.js'
import mixedScript from './mixed-script.js'
import nameConsistency from './name-consistency.js'
import paragraphCount from './paragraph-count.js'

export const rules: readonly AnyRule[] = [dateTimeAgreement, invisibleCharacters, mixedScript, nameConsistency, paragraphCount]
