// The core rules, sorted by id: one import a line.

import type {AnyRule} from '../src/engine/rule.js'
import paragraphCount from './paragraph-count.js'

export const rules: readonly AnyRule[] = [paragraphCount]
