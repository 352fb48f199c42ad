// Every piece of corpus or message text reaches the page through these
// functions: escaped for HTML, with invisible characters made visible.

import {describeCodePoint, invisibleCharacter} from '../../text/scripts/invisibles.js'

const htmlSpecial = /[&<>"']/g
const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** Escape text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(htmlSpecial, (character) => entities[character])
}

const invisibleCandidate = /[\p{Cf}\p{Cc}\u2028\u2029]/u
const invisibleCandidates = /[\p{Cf}\p{Cc}\u2028\u2029]/gu
// Joiners shape Persian, Urdu and Indic words: the raw character stays in the
// page beside its label, so hiding the labels shows the word as it is written.
const keepRaw = new Set([0x200c, 0x200d])

function codePointLabel(codePoint: number): string {
  return 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0')
}

function invisibleMarkup(character: string): string {
  const codePoint = character.codePointAt(0)!
  const raw = keepRaw.has(codePoint) ? `<span class="raw">${character}</span>` : ''
  // Bidi controls and the rest are dropped from the page: an unbalanced
  // override must not reorder the report around it.
  return `<span class="inv" title="${escapeHtml(describeCodePoint(codePoint))}"><span class="tok">⟨${codePointLabel(codePoint)}⟩</span>${raw}</span>`
}

/**
 * Escaped text in which each invisible character (bidi controls, zero-width
 * characters, BOMs, soft hyphens, controls; not tab or line breaks) is shown
 * as `⟨U+200B⟩`, named in a tooltip.
 */
export function visibleText(text: string): string {
  if (!invisibleCandidate.test(text)) return escapeHtml(text)
  return escapeHtml(text).replace(invisibleCandidates, (character) =>
    invisibleCharacter(character.codePointAt(0)!) ? invisibleMarkup(character) : character
  )
}
