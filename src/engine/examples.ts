// Run a rule on one of its examples: the bitext snippet becomes a unit whose
// two sides are separate virtual files, so lines and columns count from the
// start of each snippet. The rule tester and the docs both use it.

import {createSourceFile, sliceSide} from '../corpus/source-file.js'
import {protectSetting} from '../text/lexical/syntaxes.js'
import {applyEdits, fixesOf} from './fix.js'
import {lintUnit} from './lint-unit.js'
import type {AnyRule, RuleExample} from './rule.js'
import type {LintMessage, Role, Unit} from './types.js'

export const exampleLanguages = {source: 'en', target: 'ar'}

export function exampleUnit(example: RuleExample<unknown>): Unit {
  const languages = example.languages ?? exampleLanguages
  const kind = example.kind ?? 'document'
  // As a reader would: a segment's placeholders and markup are protected, a document's links.
  const protect = protectSetting(kind)
  const side = (role: Role, text: string) => sliceSide(role, languages[role], createSourceFile(`<${role}>`, text), protect)
  const unit: Unit = {
    kind,
    id: example.name,
    source: side('source', example.source),
    target: side('target', example.target)
  }
  if (example.entry) unit.entry = example.entry
  return unit
}

export interface ExampleRun {
  messages: LintMessage[]
  /** Both sides after applying every non-overlapping fix once. */
  output: {source: string; target: string}
}

export function runExample(rule: AnyRule, example: RuleExample<unknown>): ExampleRun {
  const unit = exampleUnit(example)
  // Examples show every fix, unsafe ones too: their `output` documents what the fix does.
  const located = lintUnit(unit, [{rule, severity: 2, options: {...rule.meta.defaultOptions, ...example.options}}], {unsafeFixes: true})
  const messages = located.map(({message}) => message)
  const onSide = (role: Role) => messages.filter((message) => message.side === role)
  return {
    messages,
    output: {
      source: applyEdits(example.source, fixesOf(onSide('source'))).output,
      target: applyEdits(example.target, fixesOf(onSide('target'))).output
    }
  }
}
