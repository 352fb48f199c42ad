// A rule's Markdown page (`renderRuleDoc`) laid out for a terminal, for
// `bilint --explain`: headings in bold, code blocks indented, tables in
// aligned columns, the generator's comment dropped. Only the Markdown that
// `renderRuleDoc` writes is handled; a full Markdown renderer would be a
// dependency for a dozen lines of layout.

import {createColors} from 'picocolors'
import {displayWidth, isolateRtl} from './bidi.js'

const htmlComment = /^<!--.*-->$/
const heading = /^(?<marks>#{1,6}) (?<title>.*)$/
const fenceLine = /^(?<marks>`{3,})/
const tableRow = /^\|.*\|$/
const tableRule = /^\|(?:\s*:?-{3,}:?\s*\|)+$/
// A pipe that separates cells: not the escaped `\|` inside one.
const cellSeparator = /(?<!\\)\|/

function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(cellSeparator)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'))
}

function table(rows: string[], bold: (text: string) => string): string[] {
  const grid = rows.filter((row) => !tableRule.test(row)).map((row) => cells(row).map(isolateRtl))
  const widths = grid[0].map((_, column) => Math.max(...grid.map((row) => displayWidth(row[column] ?? ''))))
  return grid.map((row, index) => {
    const line = row.map((cell, column) => (column < row.length - 1 ? cell + ' '.repeat(widths[column] - displayWidth(cell)) : cell)).join('  ')
    return '  ' + (index === 0 ? bold(line) : line)
  })
}

export function renderDocForTerminal(markdown: string, {color}: {color: boolean}): string {
  const colors = createColors(color)
  const lines = markdown.split('\n')
  const output: string[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (htmlComment.test(line)) continue
    const fence = fenceLine.exec(line)?.groups?.marks
    if (fence) {
      // Until the closing fence of the same length; the language tag is dropped.
      while (++index < lines.length && lines[index] !== fence) output.push('    ' + colors.dim('│ ') + isolateRtl(lines[index]))
      continue
    }
    if (tableRow.test(line)) {
      const rows = [line]
      while (index + 1 < lines.length && tableRow.test(lines[index + 1])) rows.push(lines[++index])
      output.push(...table(rows, colors.bold))
      continue
    }
    const title = heading.exec(line)?.groups
    if (title) {
      const text = title.marks.length === 1 ? colors.bold(colors.underline(title.title)) : colors.bold(title.title)
      output.push(title.marks.length <= 2 ? text : '  ' + text)
      continue
    }
    output.push(line === '' ? '' : isolateRtl(line))
  }
  // Blank lines never come in runs of more than one.
  return output.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n'
}
