// The checks that make a rule's examples its unit tests (ESLint's RuleTester
// model), free of any test framework: each check throws node's
// AssertionError, whose `actual`/`expected` every runner shows as a diff.
// The project's harness (test/rules.test.ts) and `bilint/testing` both run
// these, so a plugin is held to exactly what a core rule is.

import {AssertionError, deepStrictEqual, ok, strictEqual} from 'node:assert/strict'
import {validateRuleEntries} from '../config/validate.js'
import {runExample} from './examples.js'
import type {AnyRule, ExpectedMessage, InvalidExample, RuleExample} from './rule.js'
import type {LintMessage} from './types.js'

const ruleId = /^[a-z]+(?:-[a-z]+)*$/
const placeholder = /\{\{\s*[^{}\s]+\s*\}\}/

export interface RuleExamples {
  valid: ReadonlyArray<RuleExample<unknown>>
  invalid: ReadonlyArray<InvalidExample<unknown>>
}

/** One check, named as a test runner lists it. */
export interface ExampleCheck {
  name: string
  run(): void
}

type Placed = Pick<ExpectedMessage, 'side' | 'line' | 'column' | 'messageId'>

function byPlace(a: Placed, b: Placed): number {
  return a.side.localeCompare(b.side) || a.line - b.line || a.column - b.column || a.messageId.localeCompare(b.messageId)
}

function placed(message: LintMessage): Placed {
  return {side: message.side!, line: message.line, column: message.column, messageId: message.messageId!}
}

/** What a message shows of what an example expects: end positions only where the example gives them. */
function actual(message: LintMessage, expected: ExpectedMessage | undefined): Omit<ExpectedMessage, 'data'> {
  return {
    messageId: message.messageId!,
    side: message.side!,
    line: message.line,
    column: message.column,
    ...(expected?.endLine === undefined ? {} : {endLine: message.endLine}),
    ...(expected?.endColumn === undefined ? {} : {endColumn: message.endColumn})
  }
}

function validateOptions(rule: AnyRule, options: unknown, where: string): void {
  validateRuleEntries({[rule.meta.id]: ['error', options]}, new Map([[rule.meta.id, rule]]), where, '')
}

function fill(template: string, data: Record<string, string | number>): string {
  let text = template
  for (const [key, value] of Object.entries(data)) text = text.replaceAll(new RegExp(`\\{\\{\\s*${key}\\s*\\}\\}`, 'g'), String(value))
  return text
}

/** The rule's meta is complete, its defaults pass its own schema, and it has examples of both kinds. */
export function checkMeta(rule: AnyRule, examples: RuleExamples = rule.examples): void {
  const {meta} = rule
  ok(ruleId.test(meta.id), `rule id \`${meta.id}\` must be lowercase words joined by hyphens`)
  ok(meta.description.length > 10, 'meta.description is missing or too short')
  for (const field of ['what', 'why', 'fix'] as const) ok(meta.docs[field].length > 20, `meta.docs.${field} is missing or too short`)
  ok(Object.keys(meta.messages).length > 0, 'meta.messages is empty')
  validateOptions(rule, meta.defaultOptions, '<defaultOptions>')
  ok(examples.valid.length > 0, 'no valid examples')
  ok(examples.invalid.length > 0, 'no invalid examples')
  const names = [...examples.valid, ...examples.invalid].map((example) => example.name)
  deepStrictEqual(names.filter((name, index) => names.indexOf(name) !== index), [], 'duplicate example names')
}

/** A valid example gives no message. */
export function checkValid(rule: AnyRule, example: RuleExample<unknown>): void {
  if (example.options) validateOptions(rule, example.options, '<example options>')
  const {messages} = runExample(rule, example)
  deepStrictEqual(
    messages.map((message) => `${message.side} ${message.line}:${message.column} ${message.message}`),
    [],
    `valid example "${example.name}" gives messages`
  )
}

/**
 * An invalid example gives exactly its messages (id, side, line, column, and
 * end where given; the text filled with its data), its `output` after one
 * pass of fixes, and a second pass over the output changes nothing.
 */
export function checkInvalid(rule: AnyRule, example: InvalidExample<unknown>): void {
  if (example.options) validateOptions(rule, example.options, '<example options>')
  const {messages, output} = runExample(rule, example)
  const sorted = [...messages].sort((a, b) => byPlace(placed(a), placed(b)))
  const expected = [...example.errors].sort(byPlace)
  deepStrictEqual(
    sorted.map((message, index) => actual(message, expected[index] ?? expected[0])),
    expected.map(({data: _data, ...location}) => location),
    `messages of invalid example "${example.name}"`
  )
  for (const [index, want] of expected.entries()) {
    const template = rule.meta.messages[want.messageId]
    if (placeholder.test(template) && want.data === undefined) {
      throw new AssertionError({message: `expected message ${index + 1} (\`${want.messageId}\`) needs its \`data\`: the template has placeholders`})
    }
    if (want.data) strictEqual(sorted[index].message, fill(template, want.data), `text of message ${index + 1} (\`${want.messageId}\`)`)
  }
  const input = {source: example.source, target: example.target}
  if (!rule.meta.fixable) {
    strictEqual(example.output, undefined, 'an example of a rule without fixes has no `output`')
    return
  }
  deepStrictEqual(output, example.output ?? input, `output of invalid example "${example.name}" after one pass of fixes`)
  if (example.output) {
    ok(example.output.source !== input.source || example.output.target !== input.target, '`output` equals the input: leave it out instead')
    deepStrictEqual(runExample(rule, {...example, ...example.output}).output, example.output, 'a second pass of fixes changes the output')
  }
}

/** Every check of a rule, in the order the harness lists them. */
export function exampleChecks(rule: AnyRule, examples: RuleExamples = rule.examples): ExampleCheck[] {
  return [
    {name: 'has complete meta', run: () => checkMeta(rule, examples)},
    ...examples.valid.map((example) => ({name: `valid: ${example.name}`, run: () => checkValid(rule, example)})),
    ...examples.invalid.map((example) => ({name: `invalid: ${example.name}`, run: () => checkInvalid(rule, example)}))
  ]
}
