// Every piece of corpus or message text reaches the page through these
// functions: escaped for HTML, with invisible characters made visible.

import path from 'node:path'
import {describeCodePoint, invisibleCharacter} from '../../text/scripts/invisibles.js'
import {codePointLabel, escapeControls, escapeName} from '../escape.js'

const htmlSpecial = /[&<>"']/g
const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/**
 * Escape text for element content and for quoted attribute values alike;
 * control characters (bidi controls too) become `⟨U+202E⟩`, since a tooltip
 * or a heading has no room for `visibleText`'s markup.
 */
export function escapeHtml(text: string): string {
  return escapeControls(text, 'tab, LF and CR').replace(htmlSpecial, (character) => entities[character])
}

/** A file's name relative to `cwd`, escaped: controls, tabs and line breaks in it as `⟨U+202E⟩`. */
export function fileNameHtml(cwd: string, filePath: string): string {
  return escapeHtml(escapeName(path.relative(cwd, filePath) || filePath))
}

const invisibleCandidate = /[\p{Cf}\p{Cc}\u2028\u2029]/u
const specialOrInvisible = /[&<>"'\p{Cf}\p{Cc}\u2028\u2029]/gu
// Joiners shape Persian, Urdu and Indic words: the raw character stays in the
// page beside its label, so hiding the labels shows the word as it is written.
const keepRaw = new Set([0x200c, 0x200d])

function invisibleMarkup(character: string): string {
  const codePoint = character.codePointAt(0)!
  const raw = keepRaw.has(codePoint) ? `<span class="raw">${character}</span>` : ''
  // Bidi controls and the rest are dropped from the page: an unbalanced
  // override must not reorder the report around it.
  return `<span class="inv" title="${escapeHtml(describeCodePoint(codePoint))}"><span class="tok">${codePointLabel(codePoint)}</span>${raw}</span>`
}

/**
 * Escaped text in which each invisible character (bidi controls, zero-width
 * characters, BOMs, soft hyphens, controls; not tab or line breaks) is shown
 * as `⟨U+200B⟩`, named in a tooltip.
 */
export function visibleText(text: string): string {
  if (!invisibleCandidate.test(text)) return text.replace(htmlSpecial, (character) => entities[character])
  return text.replace(specialOrInvisible, (character) => {
    const entity = entities[character]
    if (entity) return entity
    return invisibleCharacter(character.codePointAt(0)!) ? invisibleMarkup(character) : character
  })
}
