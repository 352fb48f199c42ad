// Directives in the HTML comments of a Markdown document:
// `<!-- bilint-disable-next-line whitespace -->`, `<!-- bilint-disable -->` …
// `<!-- bilint-enable -->`.

import {type Directive, parseDirective} from '../../engine/directives.js'
import type {SourceFile} from '../../engine/types.js'
import {positionAt} from '../source-file.js'

const htmlComment = /<!--([^]*?)-->/g

export function htmlDirectives(file: SourceFile): Directive[] {
  if (!file.text.includes('bilint-')) return []
  const directives: Directive[] = []
  for (const match of file.text.matchAll(htmlComment)) {
    const parsed = parseDirective(match[1])
    if (!parsed) continue
    const {rules, justification} = parsed
    const line = positionAt(file, match.index).line
    const lastLine = positionAt(file, match.index + match[0].length).line
    if (parsed.kind === 'disable-next-line') directives.push({kind: 'range', line: lastLine + 1, endLine: lastLine + 1, rules, justification})
    else if (parsed.kind === 'disable-line') directives.push({kind: 'range', line, endLine: lastLine, rules, justification})
    else directives.push({kind: parsed.kind, line, rules, justification})
  }
  return directives
}
