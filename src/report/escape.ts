// Control characters in what a report writes: a document or a file name that
// holds `ESC ] 0 ; … BEL` must not set the title of the terminal that shows
// the report, nor clear its screen, and a RIGHT-TO-LEFT OVERRIDE must not
// reorder the line around it (Trojan Source, CVE-2021-42574). Every text
// format writes such characters as `⟨U+001B⟩`, the label the HTML report and
// the messages ("U+001B ESCAPE") already use.

/**
 * C0 controls but tab, LF and CR; DEL; C1 controls; the bidi controls
 * ARABIC LETTER MARK, LRM, RLM, the embeddings and overrides, the isolates.
 */
const controls = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069'

/** Which of tab, LF and CR a place of the output writes as they are. */
export type Kept = 'nothing' | 'tab and LF' | 'tab, LF and CR'

const patterns: Record<Kept, RegExp> = {
  // File names, rule ids: one line of a report, no layout of their own.
  nothing: new RegExp(`[${controls}\\t\\n\\r]`, 'g'),
  // Messages on a terminal: a CR would return to the line's start and let the text after it overwrite the line.
  'tab and LF': new RegExp(`[${controls}\\r]`, 'g'),
  // Formats that encode line breaks themselves (XML, workflow commands).
  'tab, LF and CR': new RegExp(`[${controls}]`, 'g')
}

/** `⟨U+001B⟩`: a code point named so that it shows and does nothing. */
export function codePointLabel(codePoint: number): string {
  return `⟨U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}⟩`
}

/** The text with every control character (see `controls`) but those `kept` written as `⟨U+001B⟩`. */
export function escapeControls(text: string, kept: Kept = 'tab and LF'): string {
  const pattern = patterns[kept]
  pattern.lastIndex = 0
  if (!pattern.test(text)) return text
  return text.replace(pattern, (character) => codePointLabel(character.charCodeAt(0)))
}

/** A file name or a rule id in a report: every control character escaped, tab and line breaks included. */
export function escapeName(name: string): string {
  return escapeControls(name, 'nothing')
}
