// Paragraphs of a document side: lines, or blank-line-separated blocks where
// the text uses blank lines (hard-wrapped Markdown, for instance).

import type {Paragraph, Span} from '../engine/types.js'

const line = /[^\r\n]*(?:\r\n|\r|\n|$)/g
const blank = /^\s*$/u
/** U+FFFC and white space: a line that holds protected spans only. */
const codesOnly = /^[\s\uFFFC]*$/u

interface Line {
  start: number
  /** End of the content, before the line break. */
  end: number
  isBlank: boolean
}

/** The lines of `text` with their content spans. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = []
  line.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = line.exec(text)) && match.index < text.length) {
    const content = match[0].replace(/(?:\r\n|\r|\n)$/, '')
    lines.push({start: match.index, end: match.index + content.length, isBlank: blank.test(content)})
    if (match[0].length === 0) line.lastIndex++
  }
  return lines
}

/** Trim white space off both ends of a span. */
export function trimSpan(text: string, [start, end]: Span): Span {
  while (start < end && /\s/u.test(text[start])) start++
  while (end > start && /\s/u.test(text[end - 1])) end--
  return [start, end]
}

/**
 * Whether the text separates its paragraphs by blank lines: blank runs
 * between content lines, about one for every few lines (blocks of at most
 * `maxBlockLines` on average). One stray blank line in a file of
 * one-paragraph lines does not turn the file into two blocks.
 */
function usesBlankLineBlocks(lines: Line[], maxBlockLines = 8): boolean {
  let contentLines = 0
  let separators = 0
  let previousBlank = false
  for (const entry of lines) {
    if (entry.isBlank) {
      previousBlank = contentLines > 0
      continue
    }
    if (previousBlank) separators++
    previousBlank = false
    contentLines++
  }
  return separators > 0 && (separators + 1) * maxBlockLines >= contentLines
}

/**
 * Split text into paragraphs: blank-line-separated blocks where the text
 * uses them, otherwise every non-empty line. Both readings agree when blocks
 * are single lines.
 */
export function splitParagraphs(text: string): Paragraph[] {
  // A line of protected spans only (a Markdown comment such as a directive, a lone tag or link) is no paragraph, nor a break between two.
  const lines = linesOf(text).filter((entry) => entry.isBlank || !codesOnly.test(text.slice(entry.start, entry.end)))
  const usesBlocks = usesBlankLineBlocks(lines)
  const spans: Span[] = []
  let blockStart = -1
  let blockEnd = -1
  for (const entry of lines) {
    if (entry.isBlank) {
      if (blockStart !== -1) spans.push([blockStart, blockEnd])
      blockStart = -1
      continue
    }
    if (!usesBlocks) {
      spans.push([entry.start, entry.end])
      continue
    }
    if (blockStart === -1) blockStart = entry.start
    blockEnd = entry.end
  }
  if (blockStart !== -1) spans.push([blockStart, blockEnd])
  return spans.map((span, index) => {
    const trimmed = trimSpan(text, span)
    return {index, span: trimmed, text: text.slice(trimmed[0], trimmed[1])}
  })
}
