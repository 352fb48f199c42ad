// Inline directives, as ESLint's: `bilint-disable-next-line rule`, and
// `bilint-disable rule` … `bilint-enable rule` in the comments a format has
// (PO comments, XLIFF and TMX notes, HTML comments in Markdown). Readers turn
// them into directives located by line; the run applies every directive of a
// file to its messages at the end, corpus-wide findings included, and moves
// the messages they cover to `suppressedMessages`, as ESLint does.

import type {LintMessage} from './types.js'

/** Rules a directive names; `null` for every rule. */
export type DirectiveRules = readonly string[] | null

export type Directive =
  /** From `line` on (a block), until a matching `enable`. */
  | {kind: 'disable' | 'enable'; line: number; rules: DirectiveRules; justification?: string}
  /** Lines `line` to `endLine`: the entry or line a `disable-next-line` stands before. */
  | {kind: 'range'; line: number; endLine: number; rules: DirectiveRules; justification?: string}

export interface ParsedDirective {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line'
  rules: DirectiveRules
  justification?: string
}

const directivePattern = /^\s*bilint-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/s

/** The directive a comment's text is (`bilint-disable-next-line whitespace -- a reason`), or undefined. */
export function parseDirective(comment: string): ParsedDirective | undefined {
  const match = directivePattern.exec(comment)
  if (!match) return undefined
  const [rest, justification] = match[2].split(/\s--\s/, 2)
  const rules = rest
    .split(/[\s,]+/)
    .map((rule) => rule.trim())
    .filter(Boolean)
  return {kind: match[1] as ParsedDirective['kind'], rules: rules.length > 0 ? rules : null, ...(justification?.trim() ? {justification: justification.trim()} : {})}
}

/** Messages for the rules a file's directives name that the run does not know, at the directive (ESLint reports them too). */
export function unknownRuleMessages(directives: readonly Directive[], known: ReadonlySet<string>): LintMessage[] {
  const messages: LintMessage[] = []
  for (const directive of directives) {
    for (const rule of directive.rules ?? []) {
      if (known.has(rule)) continue
      messages.push({ruleId: null, severity: 2, message: `Unknown rule \`${rule}\` in a bilint directive; \`bilint --list-rules\` lists the rules`, line: directive.line, column: 1})
    }
  }
  return messages
}

const covers = (rules: DirectiveRules, ruleId: string) => rules === null || rules.includes(ruleId)

/** The directive that turns `message` off, if one does: a range around its line, or the last block before it. */
function directiveOf(message: LintMessage, directives: readonly Directive[]): Directive | undefined {
  const ruleId = message.ruleId
  if (ruleId === null) return undefined
  let block: Directive | undefined
  for (const directive of directives) {
    if (directive.line > message.line) break
    if (directive.kind === 'range') {
      if (message.line <= directive.endLine && covers(directive.rules, ruleId)) return directive
    } else if (covers(directive.rules, ruleId)) {
      // The last block directive that covers this rule decides: `disable` turns it off, `enable` on.
      block = directive.kind === 'disable' ? directive : undefined
    }
  }
  return block
}

/** The directive that turns a message of the file off, if one does (the file's directives in any order). */
export function directiveMatcher(directives: readonly Directive[]): (message: LintMessage) => Directive | undefined {
  const sorted = [...directives].sort((a, b) => a.line - b.line)
  return (message) => (sorted.length > 0 ? directiveOf(message, sorted) : undefined)
}

/** A message that `directive` turns off, with ESLint's `suppressions` entry. */
export function suppressedBy(message: LintMessage, directive: Directive): LintMessage {
  return {...message, suppressions: [{kind: 'directive', justification: directive.justification ?? ''}]}
}

/**
 * Split a file's messages into those its directives leave and those they
 * turn off, which get ESLint's `suppressions` entry. Fatal messages are
 * never turned off.
 */
export function applyDirectives(
  messages: readonly LintMessage[],
  directives: readonly Directive[]
): {messages: LintMessage[]; suppressed: LintMessage[]; suppressedOriginals: LintMessage[]} {
  const kept: LintMessage[] = []
  const suppressed: LintMessage[] = []
  const suppressedOriginals: LintMessage[] = []
  const directiveFor = directiveMatcher(directives)
  for (const message of messages) {
    const directive = directiveFor(message)
    if (!directive) {
      kept.push(message)
      continue
    }
    suppressedOriginals.push(message)
    suppressed.push(suppressedBy(message, directive))
  }
  return {messages: kept, suppressed, suppressedOriginals}
}
