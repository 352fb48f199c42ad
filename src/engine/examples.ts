// Run a rule on one of its examples: the bitext snippet becomes a unit whose
// two sides are separate virtual files, so lines and columns count from the
// start of each snippet. The rule tester and the docs both use it.

import {createSourceFile, sliceSide} from '../corpus/source-file.js'
import {lintUnit} from './lint-unit.js'
import type {AnyRule, RuleExample} from './rule.js'
import type {LintMessage, Role, Unit} from './types.js'

export const exampleLanguages = {source: 'en', target: 'ar'}

export function exampleUnit(example: RuleExample<unknown>): Unit {
  const languages = example.languages ?? exampleLanguages
  const side = (role: Role, text: string) => sliceSide(role, languages[role], createSourceFile(`<${role}>`, text))
  return {
    kind: example.kind ?? 'document',
    id: example.name,
    source: side('source', example.source),
    target: side('target', example.target)
  }
}

export interface ExampleRun {
  messages: LintMessage[]
  /** Both sides after applying every non-overlapping fix once. */
  output: {source: string; target: string}
}

/** Apply fixes in order of their start; a fix that overlaps or touches an applied one waits (ESLint). */
export function applyFixes(text: string, messages: readonly LintMessage[]): string {
  const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let output = ''
  let position = 0
  let lastEnd = -1
  for (const fix of fixes) {
    const [start, end] = fix.range
    if (start <= lastEnd || start > end) continue
    output += text.slice(position, start) + fix.text
    position = end
    lastEnd = end
  }
  return output + text.slice(position)
}

export function runExample(rule: AnyRule, example: RuleExample<unknown>): ExampleRun {
  const unit = exampleUnit(example)
  const located = lintUnit(unit, [{rule, severity: 2, options: {...rule.meta.defaultOptions, ...example.options}}])
  const messages = located.map(({message}) => message)
  const onSide = (role: Role) => messages.filter((message) => message.side === role)
  return {
    messages,
    output: {source: applyFixes(example.source, onSide('source')), target: applyFixes(example.target, onSide('target'))}
  }
}
