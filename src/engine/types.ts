// The data that flows through bilint: units of two sides, spans on a side,
// messages with their positions, and ESLint-shaped results.

/** `[start, end)` offsets in a side's text, UTF-16 code units. */
export type Span = readonly [start: number, end: number]

export type Role = 'source' | 'target'

export type Severity = 0 | 1 | 2
export type SeverityName = 'off' | 'warn' | 'error'

/** A 1-based position in the file the user opens (UTF-16 columns). */
export interface Position {
  line: number
  column: number
}

/** A WHATWG encoding name: UTF-8, UTF-16 by its BOM, or the config's `encoding` (`windows-1256`). */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | (string & {})

/** A file as read: decoded text (BOM removed) and its line starts. */
export interface SourceFile {
  /** Absolute path. */
  path: string
  text: string
  /** Whether the file started with a byte order mark (removed from `text`). */
  bom: boolean
  /** How the file's bytes were decoded, and how fixes are written back. */
  encoding: TextEncoding
  /** Offsets where each line starts in `text`. */
  lineStarts: number[]
  /** Size, modification time and hash of the bytes read from disk: `--fix` writes only over the same file. */
  stamp?: {size: number; mtimeMs: number; hash: string}
}

/** A paragraph of a document side: a line, or a blank-line-separated block. */
export interface Paragraph {
  /** 0-based index among the side's paragraphs. */
  index: number
  /** Span in the side's text, without surrounding blank space. */
  span: Span
  text: string
}

/** U+FFFC OBJECT REPLACEMENT CHARACTER: what a protected span is in the text rules read. */
export const CODE_MARK = '\uFFFC'

/** What a protected span is: a placeholder syntax, markup, a link, code, or a format's inline code. */
export type ProtectedKind = 'printf' | 'python' | 'brace' | 'dollar' | 'icu' | 'custom' | 'tag' | 'entity' | 'url' | 'email' | 'path' | 'code' | 'inline'

/** A protected span of a side: where its U+FFFC is in the side's text, and what it stands for. */
export interface ProtectedSpan {
  /** Offset of its U+FFFC in `Side.text`. */
  offset: number
  /** The original text: `%(name)s`, `<a href="…">`, `&amp;`, `https://…`, an inline code's XML. */
  text: string
  kind: ProtectedKind
}

/**
 * The lexical layer of a side (`src/text/lexical/scan.ts`): its text as runs
 * of characters of one class (letter, mark, digit, space, punctuation,
 * format character, protected span…).
 */
export interface Lexicon {
  /** The class of each run (`src/text/lexical/classes.ts`). */
  readonly classes: Uint8Array
  /** Where each run starts, and after the last, the text's length. */
  readonly starts: Uint32Array
  readonly count: number
  /** The classes the text holds, as bits: what a rule may skip a side by. */
  readonly present: number
  /** The signs the text holds (`src/text/lexical/signs.ts`: digits, quotation marks, invisible characters…), as bits: what opens a rule's gates. */
  readonly signs: number
}

/** A word or sentence of a side. */
export interface Token {
  span: Span
  text: string
}

/**
 * One language version of a unit. Analyses (`paragraphs`, `words`,
 * `sentences`, `tree`) are computed on first access, once per side.
 */
export interface Side {
  role: Role
  /** BCP 47 tag of the side's language. */
  lang: string
  /** Absolute path of the file this side was read from. */
  filePath: string
  text: string
  /** Maps an offset in `text` to an offset in the file's decoded text (what a fix's `range` counts). */
  toFileOffset(offset: number): number
  /** The 1-based line and UTF-16 column in the file of an offset in `text`. */
  position(offset: number): Position
  /**
   * The format's encoding of replacement text (XML escapes, PO string
   * escapes, TSV quoting); identity for plain text.
   */
  encode(text: string): string
  /**
   * The protected spans of the text (placeholders, markup, links, code,
   * inline codes), each one U+FFFC in `text`, in order.
   */
  readonly codes: readonly ProtectedSpan[]
  /** Whether fixes may change this side: not where it is a key (a PO `msgid`, an XLIFF `<source>`). */
  readonly fixable: boolean
  /**
   * The same text at the same place as a side of an earlier unit (a PO
   * entry's `msgid_plural`, paired with each plural form): what rules report
   * on it was reported there, and is dropped here.
   */
  readonly repeated: boolean
  /** One scan of the text: the runs every word, number and gate is read from. */
  readonly lexicon: Lexicon
  readonly paragraphs: readonly Paragraph[]
  /** Words: runs of letters, marks and digits; by `Intl.Segmenter` in scripts written without spaces. */
  readonly words: readonly Token[]
  readonly sentences: readonly Token[]
  /** The NLCST tree of the side's text (retext), for rules that want one. */
  readonly tree: unknown
}

export type UnitKind = 'document' | 'segment'

/** A form of a PO entry with plural forms (`msgstr[n]`), and what the entry's other forms are. */
export interface PluralForm {
  /** This unit's `n`. */
  form: number
  /** How many `msgstr[n]` the entry has. */
  forms: number
  /** How many the catalog's `Plural-Forms` header says every entry has, where it says. */
  nplurals?: number
  /** The forms left empty. */
  empty: readonly number[]
  /**
   * Whether this form is for few values of n (fewer than 5 of 0–999: Arabic's
   * `zero`, `one`, `two`): it may leave the count out, as `msgfmt -c` allows.
   */
  countOptional: boolean
  /** The first translated form of the entry: where what concerns the whole entry is reported. */
  first: boolean
}

/** What a catalog says of a segment besides its two texts: a PO entry's context, flags and comments. */
export interface UnitEntry {
  /** `msgctxt`: the same source with another context is another message. */
  context?: string
  /** Flags (`#, python-format, no-wrap`). */
  flags: readonly string[]
  /** Translator (`# `) and extracted (`#.`) comments. */
  comments: readonly string[]
  plural?: PluralForm
}

/** One bitext: two versions of the same text. */
export interface Unit {
  kind: UnitKind
  /** Stable id, unique within a run: the file path, plus a segment key for segment units. */
  id: string
  source: Side
  target: Side
  /** What a catalog says of the segment (PO). */
  entry?: UnitEntry
  /**
   * A PO entry nobody has translated: its target is empty. Only rules that
   * say so (`meta.untranslated`) read it; `--stats` counts it.
   */
  untranslated?: boolean
}

export interface Fix {
  /** `[start, end)` in file offsets. */
  range: [number, number]
  text: string
}

/** A location on the other side, carried by messages that compare versions. */
export interface RelatedLocation {
  filePath: string
  side: Role
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** ESLint's `LintMessage`, with bilint's `side` and `related` added. */
export interface LintMessage {
  ruleId: string | null
  severity: 1 | 2
  fatal?: true
  message: string
  messageId?: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  fix?: Fix
  /** Unsafe fixes, as ESLint's suggestions: shown, applied only with `--unsafe-fixes`. */
  suggestions?: Array<{desc: string; fix: Fix}>
  side?: Role
  related?: RelatedLocation[]
  /** In `suppressedMessages`: what turned the message off (ESLint's field). */
  suppressions?: Array<{kind: 'directive' | 'file'; justification: string}>
}

/** ESLint's `LintResult`. */
export interface LintResult {
  filePath: string
  messages: LintMessage[]
  suppressedMessages: LintMessage[]
  errorCount: number
  fatalErrorCount: number
  warningCount: number
  fixableErrorCount: number
  fixableWarningCount: number
  output?: string
  source?: string
  usedDeprecatedRules: unknown[]
}
