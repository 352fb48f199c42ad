// `bilint/testing`: the rule tester for plugin authors, ESLint's RuleTester
// model. It runs the same checks as bilint's own harness (src/engine/
// check-examples.ts) on a rule's examples and on any extra cases:
//
//   import {describe, it} from 'vitest'
//   import {RuleTester} from 'bilint/testing'
//   RuleTester.describe = describe
//   RuleTester.it = it
//   new RuleTester().run(houseQuotes)
//
// Without `describe`/`it` given or global (mocha, jest, vitest's `globals`),
// `run` checks everything at once and throws on the first failure.

import {exampleChecks, type RuleExamples} from './engine/check-examples.js'
import type {AnyRule, InvalidExample, Rule, RuleExample} from './engine/rule.js'

export {checkInvalid, checkMeta, checkValid, exampleChecks, type ExampleCheck, type RuleExamples} from './engine/check-examples.js'
export type {ExpectedMessage, InvalidExample, RuleExample} from './engine/rule.js'

type Describe = (name: string, body: () => void) => unknown
type It = (name: string, body: () => void) => unknown

export interface RuleTesterOptions {
  /**
   * Languages of the extra cases given to `run` that name none; the default
   * is the harness's `en` → `ar`, which the rule's own examples always use
   * when they name none (the docs show them so).
   */
  languages?: {source: string; target: string}
}

export interface RuleTests<Options> {
  valid?: Array<RuleExample<Options>>
  invalid?: Array<InvalidExample<Options>>
}

function globalHook(name: 'describe' | 'it'): Describe | undefined {
  const hook = (globalThis as Record<string, unknown>)[name]
  return typeof hook === 'function' ? (hook as Describe) : undefined
}

export class RuleTester {
  /** The test runner's `describe`; `globalThis.describe` when not set. */
  static describe: Describe | undefined
  /** The test runner's `it`; `globalThis.it` when not set. */
  static it: It | undefined

  constructor(private readonly options: RuleTesterOptions = {}) {}

  /**
   * Check a rule: its meta, each of its own examples, and `tests` (extra
   * cases that are not worth a place in the docs) when given.
   */
  run<Options>(rule: Rule<Options>, tests?: RuleTests<Options>): void {
    const withLanguages = <Example extends RuleExample<Options>>(example: Example): Example => ({
      ...example,
      languages: example.languages ?? this.options.languages
    })
    const examples: RuleExamples = {
      valid: [...rule.examples.valid, ...(tests?.valid ?? []).map(withLanguages)] as RuleExamples['valid'],
      invalid: [...rule.examples.invalid, ...(tests?.invalid ?? []).map(withLanguages)] as RuleExamples['invalid']
    }
    const checks = exampleChecks(rule as AnyRule, examples)
    const describe = RuleTester.describe ?? globalHook('describe')
    const it = RuleTester.it ?? globalHook('it')
    if (!describe || !it) {
      for (const check of checks) check.run()
      return
    }
    describe(rule.meta.id, () => {
      for (const check of checks) it(check.name, check.run)
    })
  }
}
