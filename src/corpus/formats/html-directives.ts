// Directives in the HTML comments of a Markdown document:
// `<!-- bilint-disable-next-line whitespace -->`, `<!-- bilint-disable -->` …
// `<!-- bilint-enable -->`.

import {type Directive, parseDirective} from '../../engine/directives.js'
import type {SourceFile} from '../../engine/types.js'
import {positionAt} from '../source-file.js'

/** The HTML comments of a text, each as its offset, its end and what it says: one search forward, no backtracking. */
function* htmlComments(text: string): Generator<{start: number; end: number; body: string}> {
  for (let start = text.indexOf('<!--'); start !== -1; ) {
    const close = text.indexOf('-->', start + 4)
    // An unclosed comment runs to the end: no later one can close.
    if (close === -1) return
    yield {start, end: close + 3, body: text.slice(start + 4, close)}
    start = text.indexOf('<!--', close + 3)
  }
}

export function htmlDirectives(file: SourceFile): Directive[] {
  if (!file.text.includes('bilint-')) return []
  const directives: Directive[] = []
  for (const comment of htmlComments(file.text)) {
    const parsed = parseDirective(comment.body)
    if (!parsed) continue
    const {rules, justification} = parsed
    const line = positionAt(file, comment.start).line
    const lastLine = positionAt(file, comment.end).line
    if (parsed.kind === 'disable-next-line') directives.push({kind: 'range', line: lastLine + 1, endLine: lastLine + 1, rules, justification})
    else if (parsed.kind === 'disable-line') directives.push({kind: 'range', line, endLine: lastLine, rules, justification})
    else directives.push({kind: parsed.kind, line, rules, justification})
  }
  return directives
}
