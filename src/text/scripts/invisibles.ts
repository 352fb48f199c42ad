// Characters a reader cannot see: bidi controls, zero-width characters,
// byte order marks, soft hyphens, other format (Cf) and control (Cc)
// characters, each with its Unicode name so a message can say which.
//
// The names are those of UnicodeData.txt (NameAliases.txt for controls,
// whose UnicodeData name is `<control>`), Unicode 17. No JavaScript API
// returns a character's name, so the few that a text meets are listed here.

export type InvisibleKind =
  | 'bidi-mark'
  | 'bidi-embedding'
  | 'bidi-override'
  | 'bidi-pop'
  | 'bidi-isolate'
  | 'bidi-pop-isolate'
  | 'zero-width-space'
  | 'zero-width-non-joiner'
  | 'zero-width-joiner'
  | 'byte-order-mark'
  | 'soft-hyphen'
  | 'word-joiner'
  | 'separator'
  | 'format'
  | 'control'

interface CatalogueEntry {
  name: string
  kind: InvisibleKind
}

const named = (kind: InvisibleKind, entries: Record<number, string>): Array<[number, CatalogueEntry]> =>
  Object.entries(entries).map(([codePoint, name]) => [Number(codePoint), {name, kind}])

/** The invisible characters with a kind of their own, and the names of the other format characters of the BMP. */
const catalogue = new Map<number, CatalogueEntry>([
  ...named('bidi-mark', {0x061c: 'ARABIC LETTER MARK', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK'}),
  ...named('bidi-embedding', {0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING'}),
  ...named('bidi-pop', {0x202c: 'POP DIRECTIONAL FORMATTING'}),
  ...named('bidi-override', {0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE'}),
  ...named('bidi-isolate', {
    0x2066: 'LEFT-TO-RIGHT ISOLATE',
    0x2067: 'RIGHT-TO-LEFT ISOLATE',
    0x2068: 'FIRST STRONG ISOLATE'
  }),
  ...named('bidi-pop-isolate', {0x2069: 'POP DIRECTIONAL ISOLATE'}),
  ...named('zero-width-space', {0x200b: 'ZERO WIDTH SPACE'}),
  ...named('zero-width-non-joiner', {0x200c: 'ZERO WIDTH NON-JOINER'}),
  ...named('zero-width-joiner', {0x200d: 'ZERO WIDTH JOINER'}),
  ...named('byte-order-mark', {0xfeff: 'ZERO WIDTH NO-BREAK SPACE'}),
  ...named('soft-hyphen', {0x00ad: 'SOFT HYPHEN'}),
  ...named('word-joiner', {0x2060: 'WORD JOINER'}),
  ...named('separator', {0x2028: 'LINE SEPARATOR', 0x2029: 'PARAGRAPH SEPARATOR'}),
  ...named('format', {
    0x0600: 'ARABIC NUMBER SIGN',
    0x0601: 'ARABIC SIGN SANAH',
    0x0602: 'ARABIC FOOTNOTE MARKER',
    0x0603: 'ARABIC SIGN SAFHA',
    0x0604: 'ARABIC SIGN SAMVAT',
    0x0605: 'ARABIC NUMBER MARK ABOVE',
    0x06dd: 'ARABIC END OF AYAH',
    0x070f: 'SYRIAC ABBREVIATION MARK',
    0x0890: 'ARABIC POUND MARK ABOVE',
    0x0891: 'ARABIC PIASTRE MARK ABOVE',
    0x08e2: 'ARABIC DISPUTED END OF AYAH',
    0x180e: 'MONGOLIAN VOWEL SEPARATOR',
    0x2061: 'FUNCTION APPLICATION',
    0x2062: 'INVISIBLE TIMES',
    0x2063: 'INVISIBLE SEPARATOR',
    0x2064: 'INVISIBLE PLUS',
    0x206a: 'INHIBIT SYMMETRIC SWAPPING',
    0x206b: 'ACTIVATE SYMMETRIC SWAPPING',
    0x206c: 'INHIBIT ARABIC FORM SHAPING',
    0x206d: 'ACTIVATE ARABIC FORM SHAPING',
    0x206e: 'NATIONAL DIGIT SHAPES',
    0x206f: 'NOMINAL DIGIT SHAPES',
    0xfff9: 'INTERLINEAR ANNOTATION ANCHOR',
    0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR',
    0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
    0xe0001: 'LANGUAGE TAG',
    0xe007f: 'CANCEL TAG'
  })
])

/** NameAliases.txt control names of C0, DEL and NEL. */
const controlNames = (
  'NULL|START OF HEADING|START OF TEXT|END OF TEXT|END OF TRANSMISSION|ENQUIRY|ACKNOWLEDGE|ALERT|' +
  'BACKSPACE|CHARACTER TABULATION|LINE FEED|LINE TABULATION|FORM FEED|CARRIAGE RETURN|SHIFT OUT|' +
  'SHIFT IN|DATA LINK ESCAPE|DEVICE CONTROL ONE|DEVICE CONTROL TWO|DEVICE CONTROL THREE|' +
  'DEVICE CONTROL FOUR|NEGATIVE ACKNOWLEDGE|SYNCHRONOUS IDLE|END OF TRANSMISSION BLOCK|CANCEL|' +
  'END OF MEDIUM|SUBSTITUTE|ESCAPE|INFORMATION SEPARATOR FOUR|INFORMATION SEPARATOR THREE|' +
  'INFORMATION SEPARATOR TWO|INFORMATION SEPARATOR ONE'
).split('|')
controlNames[0x7f] = 'DELETE'
controlNames[0x85] = 'NEXT LINE'

/** Tab and line breaks are the controls plain text is made of. */
const textControl = /^[\t\n\r]$/
const format = /^\p{Cf}$/u
const control = /^\p{Cc}$/u

export interface InvisibleCharacter {
  codePoint: number
  kind: InvisibleKind
  /** The Unicode name, when the catalogue has it. */
  name?: string
}

/** What an invisible code point is, or undefined for a visible one (and for tab and line breaks). */
export function invisibleCharacter(codePoint: number): InvisibleCharacter | undefined {
  const entry = catalogue.get(codePoint)
  if (entry) return {codePoint, ...entry}
  const character = String.fromCodePoint(codePoint)
  if (format.test(character)) return {codePoint, kind: 'format'}
  if (control.test(character) && !textControl.test(character)) {
    return {codePoint, kind: 'control', name: controlNames[codePoint]}
  }
  return undefined
}

/** `U+200B ZERO WIDTH SPACE`: how a message names a character nobody can see. */
export function describeCodePoint(codePoint: number, name?: string): string {
  const hex = 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0')
  const known = name ?? catalogue.get(codePoint)?.name ?? controlNames[codePoint]
  if (known) return `${hex} ${known}`
  return control.test(String.fromCodePoint(codePoint)) ? `${hex} <control>` : `${hex} <format>`
}

/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG Encoding Standard,
 * index-windows-1252); the five unassigned bytes keep their C1 control.
 * Written out because Node 20's TextDecoder decodes `windows-1252` as Latin-1.
 */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/**
 * The character a C1 control stands for when Windows-1252 text was decoded
 * as Latin-1 (U+0092 for `’`), the usual way such controls get into text;
 * undefined for the five bytes Windows-1252 leaves unassigned.
 */
export function windows1252Character(codePoint: number): string | undefined {
  if (codePoint < 0x80 || codePoint > 0x9f) return undefined
  const character = windows1252High[codePoint - 0x80]
  return control.test(character) ? undefined : character
}

const candidate = /[\p{Cf}\p{Cc}\u2028\u2029]/gu

export interface InvisibleOccurrence {
  offset: number
  /** Length in UTF-16 code units (2 for a tag character). */
  length: number
  character: InvisibleCharacter
}

/** Every invisible character of a text, in order. */
export function invisibleCharacters(text: string): InvisibleOccurrence[] {
  const found: InvisibleOccurrence[] = []
  for (const match of text.matchAll(candidate)) {
    const character = invisibleCharacter(match[0].codePointAt(0)!)
    if (character) found.push({offset: match.index, length: match[0].length, character})
  }
  return found
}
