// Right-to-left text inside terminal messages, and display widths.

// Runs of strong right-to-left characters, with the neutral characters
// between them (spaces, punctuation, digits), but not trailing neutrals.
const rtl = '\\p{sc=Arab}\\p{sc=Hebr}\\p{sc=Syrc}\\p{sc=Thaa}\\p{sc=Nkoo}\\p{sc=Adlm}'
const neutral = "[^\\p{L}`'\"()[\\]]"
const rtlRun = new RegExp(`[${rtl}](?:${neutral}*[${rtl}])*`, 'gu')

const firstStrongIsolate = '\u2068'
const popDirectionalIsolate = '\u2069'

/**
 * Wrap every right-to-left run in FIRST STRONG ISOLATE … POP DIRECTIONAL
 * ISOLATE, so a terminal that reorders bidi text keeps the columns around it
 * (the rule id, the line number) in place.
 */
export function isolateRtl(text: string): string {
  return text.replace(rtlRun, (run) => firstStrongIsolate + run + popDirectionalIsolate)
}

const zeroWidth = /[\p{Mn}\p{Me}\p{Cf}]/u
const wide = /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Hang}\u3000-\u303f\uff01-\uff60]/u
const ansi = /\u001B\[[0-9;]*m/g

/** Columns a string takes in a terminal: marks and format characters take none, CJK two. */
export function displayWidth(text: string): number {
  let width = 0
  for (const character of text.replace(ansi, '')) {
    if (zeroWidth.test(character)) continue
    width += wide.test(character) ? 2 : 1
  }
  return width
}
