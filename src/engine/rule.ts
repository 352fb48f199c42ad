// The rule module contract (DESIGN.md "A rule") and `defineRule`.

import type {Gate} from '../text/lexical/signs.js'
import type {StateSequence} from './state-log.js'
import type {RelatedLocation, Role, Side, Span, Unit, UnitEntry} from './types.js'

export type FixSafety = 'safe' | 'unsafe'

export interface RuleDocs {
  /** What the rule checks, in a paragraph. */
  what: string
  /** Why it matters to a corpus. */
  why: string
  /** What to do about a finding. */
  fix: string
  /** Where the rule's page lives; plugins set it, core rules get theirs from `ruleDocsUrl`. */
  url?: string
}

export interface RuleMeta<Options> {
  id: string
  description: string
  docs: RuleDocs
  fixable?: FixSafety
  /** JSON Schema of the options object (the second item of `[severity, options]`). */
  schema: Record<string, unknown>
  defaultOptions: Options
  messages: Record<string, string>
  /** Whether `bilint:recommended` turns the rule on, and at which severity. */
  recommended: false | 'warn' | 'error'
  /** Which units the rule reads; the default is both kinds. */
  units?: ReadonlyArray<'document' | 'segment'>
  /**
   * What a unit must hold for the rule to find anything in it (a number, a
   * quotation mark…): the rule runs where one of these gates opens on either
   * side, and costs nothing elsewhere. `--stats` counts how often they open.
   */
  gates?: readonly Gate[]
  /** Whether the rule reads untranslated units (a PO entry with an empty `msgstr`); other rules never see them. */
  untranslated?: boolean
}

/** A message an example expects, located on one side of the example's bitext. */
export interface ExpectedMessage {
  messageId: string
  data?: Record<string, string | number>
  side: Role
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

export interface RuleExample<Options> {
  /** What the example shows; becomes the heading in the docs. */
  name: string
  kind?: 'document' | 'segment'
  languages?: {source: string; target: string}
  source: string
  target: string
  options?: Partial<Options>
  /** What the catalog says of the segment (a PO entry's context, flags, plural form), as a reader gives `Unit.entry`. */
  entry?: UnitEntry
}

export interface InvalidExample<Options> extends RuleExample<Options> {
  errors: ExpectedMessage[]
  /** The sides after one pass of fixes, where the rule fixes. */
  output?: {source: string; target: string}
}

export interface ReportDescriptor {
  side: Side
  span: Span
  messageId: string
  data?: Record<string, string | number>
  /** A replacement for `span` (or for `fix.span`), in side text. */
  fix?: {span?: Span; text: string; safety?: FixSafety}
  /** The corresponding place on the other side. */
  related?: Array<{side: Side; span: Span}>
  /**
   * Lower the message to a warning (1) or raise it to an error (2) instead of
   * the configured severity: a rule that tells a likely typo from a mere
   * variant reports the variant at 1. Ignored when the rule is off.
   */
  severity?: 1 | 2
}

/** A place in a file, resolved while the unit is at hand, so corpus-wide states stay small. */
export type FileLocation = RelatedLocation

export interface CollectContext<Options> {
  options: Options
  /** The file location of a span, to keep in a corpus-wide state. */
  locate(side: Side, span: Span): FileLocation
}

export interface FinalizeContext<Options> {
  options: Options
  /** A file's path as a message shows it: relative to the working folder, as the report prints paths. */
  displayPath(filePath: string): string
  report(descriptor: {
    location: FileLocation
    messageId: string
    data?: Record<string, string | number>
    severity?: 1 | 2
    related?: FileLocation[]
  }): void
}

export interface RuleContext<Options> {
  options: Options
  /** The alignment and other shared analyses, computed once per unit. */
  unit: Unit
  report(descriptor: ReportDescriptor): void
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta<Options>
  examples: {
    valid: Array<RuleExample<Options>>
    invalid: Array<InvalidExample<Options>>
  }
  check(unit: Unit, context: RuleContext<Options>): void
  /**
   * Corpus-wide rules: `collect` returns a small, JSON-serialisable state per
   * unit; `finalize` merges the states of the whole corpus (in corpus order,
   * whatever order units were read in) and reports. The same pair runs in one
   * thread, in workers or across CI shards. `states` is iterable (as many
   * times as needed) with a `length`, not an array: on a large corpus the
   * states are read back from a temporary file, so keep only what the
   * findings need.
   */
  collect?(unit: Unit, context: CollectContext<Options>): unknown
  finalize?(states: StateSequence, context: FinalizeContext<Options>): void
}

// The registry and the config see every rule through the same erased type.
// eslint-style variance: options are validated by schema before `check` runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>

/** Identity function that gives a rule file its types. */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule
}
