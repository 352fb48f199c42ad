// The rule tester (ESLint's RuleTester model): every registered rule's
// examples are its unit tests. Each invalid example asserts every message's
// id, data, side, line and column, and the fixed output where the rule fixes.

import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {runExample} from '../src/engine/examples.js'
import type {AnyRule, ExpectedMessage} from '../src/engine/rule.js'
import type {LintMessage} from '../src/engine/types.js'
import {validateRuleEntries} from '../src/config/validate.js'

const placeholder = /\{\{\s*[^{}\s]+\s*\}\}/

function actual(message: LintMessage, expected: ExpectedMessage): ExpectedMessage {
  return {
    messageId: message.messageId!,
    side: message.side!,
    line: message.line,
    column: message.column,
    ...(expected.endLine === undefined ? {} : {endLine: message.endLine}),
    ...(expected.endColumn === undefined ? {} : {endColumn: message.endColumn})
  }
}

type Placed = Pick<ExpectedMessage, 'side' | 'line' | 'column' | 'messageId'>

function byPlace(a: Placed, b: Placed): number {
  return a.side.localeCompare(b.side) || a.line - b.line || a.column - b.column || a.messageId.localeCompare(b.messageId)
}

function checkMeta(rule: AnyRule) {
  const {meta} = rule
  expect(meta.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
  expect(meta.description.length).toBeGreaterThan(10)
  for (const field of ['what', 'why', 'fix'] as const) expect(meta.docs[field].length, `docs.${field}`).toBeGreaterThan(20)
  expect(Object.keys(meta.messages).length).toBeGreaterThan(0)
  // The default options must satisfy the rule's own schema.
  expect(() => validateRuleEntries({[meta.id]: ['error', meta.defaultOptions]}, new Map([[meta.id, rule]]), '<defaults>', '')).not.toThrow()
  expect(rule.examples.valid.length, 'valid examples').toBeGreaterThan(0)
  expect(rule.examples.invalid.length, 'invalid examples').toBeGreaterThan(0)
  const names = [...rule.examples.valid, ...rule.examples.invalid].map((example) => example.name)
  expect(new Set(names).size, 'duplicate example names').toBe(names.length)
}

describe('registry', () => {
  it('is sorted by id and has unique ids', () => {
    const ids = rules.map((rule) => rule.meta.id)
    expect(ids).toEqual([...ids].sort())
    expect(new Set(ids).size).toBe(ids.length)
  })
})

for (const rule of rules) {
  describe(rule.meta.id, () => {
    it('has complete meta', () => checkMeta(rule))

    for (const example of rule.examples.valid) {
      it(`valid: ${example.name}`, () => {
        if (example.options) validateRuleEntries({[rule.meta.id]: ['error', example.options]}, new Map([[rule.meta.id, rule]]), '<example>', '')
        const {messages} = runExample(rule, example)
        expect(messages.map((message) => `${message.side} ${message.line}:${message.column} ${message.message}`)).toEqual([])
      })
    }

    for (const example of rule.examples.invalid) {
      it(`invalid: ${example.name}`, () => {
        if (example.options) validateRuleEntries({[rule.meta.id]: ['error', example.options]}, new Map([[rule.meta.id, rule]]), '<example>', '')
        const {messages, output} = runExample(rule, example)
        const sorted = [...messages].sort((a, b) => byPlace({...a, side: a.side!, messageId: a.messageId!}, {...b, side: b.side!, messageId: b.messageId!}))
        const expected = [...example.errors].sort(byPlace)
        expect(sorted.map((message, index) => actual(message, expected[index] ?? expected[0]))).toEqual(
          expected.map(({data: _data, ...location}) => location)
        )
        for (const [index, want] of expected.entries()) {
          const got = sorted[index]
          const template = rule.meta.messages[want.messageId]
          if (placeholder.test(template)) expect(want.data, `data of ${want.messageId}`).toBeDefined()
          if (want.data) {
            // The message text is the template filled with exactly the expected data.
            let text = template
            for (const [key, value] of Object.entries(want.data)) text = text.replaceAll(new RegExp(`\\{\\{\\s*${key}\\s*\\}\\}`, 'g'), String(value))
            expect(got.message).toBe(text)
          }
        }
        if (rule.meta.fixable) {
          const fixed = example.output ?? {source: example.source, target: example.target}
          expect(output).toEqual(fixed)
          if (example.output) {
            expect(example.output, 'output equals the input').not.toEqual({source: example.source, target: example.target})
            // A second pass over the output changes nothing.
            expect(runExample(rule, {...example, ...example.output}).output).toEqual(example.output)
          }
        } else {
          expect(example.output, 'output on a rule without fixes').toBeUndefined()
        }
      })
    }
  })
}
