// The rule tester (ESLint's RuleTester model): every registered rule's
// examples are its unit tests. Each invalid example asserts every message's
// id, data, side, line and column, and the fixed output where the rule fixes.
// The checks live in src/engine/check-examples.ts, which `bilint/testing`
// runs for plugin authors too.

import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {exampleChecks} from '../src/engine/check-examples.js'

describe('registry', () => {
  it('is sorted by id and has unique ids', () => {
    const ids = rules.map((rule) => rule.meta.id)
    expect(ids).toEqual([...ids].sort())
    expect(new Set(ids).size).toBe(ids.length)
  })
})

for (const rule of rules) {
  describe(rule.meta.id, () => {
    for (const check of exampleChecks(rule)) it(check.name, check.run)
  })
}
