// Applying fixes, as ESLint's source-code-fixer does: one edit per message,
// edits sorted by position, an edit that overlaps or touches one already
// applied waits for the next pass.

import type {Fix, LintMessage} from './types.js'

export interface FixPass {
  output: string
  /** How many edits were applied in this pass. */
  applied: number
}

/** Apply the non-conflicting edits of `fixes` to `text` in one pass. */
export function applyEdits(text: string, fixes: readonly Fix[]): FixPass {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let output = ''
  let position = 0
  let lastEnd = Number.NEGATIVE_INFINITY
  let applied = 0
  for (const {range, text: replacement} of sorted) {
    const [start, end] = range
    // ESLint's rule: adjacent edits conflict too, so two fixes never merge silently.
    if (lastEnd >= start || start > end || end > text.length) continue
    output += text.slice(position, start) + replacement
    position = end
    lastEnd = end
    applied++
  }
  return {output: output + text.slice(position), applied}
}

/** The fixes carried by messages (only `fix`; unsafe fixes travel as suggestions until allowed). */
export function fixesOf(messages: readonly LintMessage[]): Fix[] {
  return messages.flatMap((message) => (message.fix ? [message.fix] : []))
}

/** The most passes of fix-and-relint, as in ESLint. */
export const maxFixPasses = 10

