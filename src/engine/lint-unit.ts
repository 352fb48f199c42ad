// Run the configured rules on one unit and turn their reports into messages
// located in files. No I/O here: units come in, located messages go out.

import type {AnyRule, FileLocation, ReportDescriptor, RuleContext} from './rule.js'
import {gateSigns} from '../text/lexical/signs.js'
import {maxFindingsPerRule, omittedFindings} from './limits.js'
import {recordCheck, recordGate, type StatsCollector} from './stats.js'
import {CODE_MARK, type LintMessage, type Side, type Span, type Unit} from './types.js'

export interface ActiveRule {
  rule: AnyRule
  severity: 1 | 2
  options: Record<string, unknown>
}

/** A message with the file it belongs to. */
export interface FileMessage {
  filePath: string
  message: LintMessage
}

/**
 * A rule that threw on a unit, or a reader that threw on a file (`ruleId`
 * null): the file gets a fatal message, the run exits 2, and goes on with
 * the other units and files.
 */
export class RuleCrash extends Error {
  constructor(
    readonly ruleId: string | null,
    readonly unitId: string,
    readonly original: unknown
  ) {
    const reason = original instanceof Error ? original.message : String(original)
    super(ruleId === null ? `Linting ${unitId} crashed: ${reason}` : `Rule \`${ruleId}\` crashed on ${unitId}: ${reason}`)
  }
}

/** The fatal message a crashed rule leaves on its unit, at the start of the unit's source. */
export function crashMessage(crash: RuleCrash, unit: Unit): FileMessage {
  const {line, column} = unit.source.position(0)
  const reason = crash.original instanceof Error ? `${crash.original.name}: ${crash.original.message}` : String(crash.original)
  const message = `Rule \`${crash.ruleId}\` crashed on this ${unit.kind} (${reason}), so the ${unit.kind} is only partly checked; this is a bug in the rule`
  return {filePath: unit.source.filePath, message: {ruleId: null, fatal: true, severity: 2, message, line, column}}
}

const placeholder = /\{\{\s*([^{}\s]+)\s*\}\}/g

/** Fill `{{name}}` placeholders; unknown names stay as they are (ESLint's behaviour). */
export function interpolate(text: string, data: Record<string, string | number> = {}): string {
  return text.replace(placeholder, (whole, name: string) => (name in data ? String(data[name]) : whole))
}

/** The file location of a span of a side. */
export function locate(side: Side, [start, end]: Span): FileLocation {
  const from = side.position(start)
  const to = side.position(end)
  return {
    filePath: side.filePath,
    side: side.role,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column
  }
}

export interface LintUnitOptions {
  /** Give unsafe fixes as `fix` (applied by `--fix`) instead of as a suggestion. */
  unsafeFixes?: boolean
  /** `--stats`: count units and time each rule's `check`. */
  stats?: StatsCollector
  /**
   * Told of each rule that throws, which then leaves a fatal message on the
   * unit while the other rules still run; without it, `lintUnit` throws the
   * `RuleCrash`.
   */
  onCrash?: (crash: RuleCrash) => void
}


/**
 * Whether a fix may apply: never to a key (a PO msgid, an XLIFF source),
 * never over a protected span, whose U+FFFC stands for text the fix would
 * lose, and never writing a U+FFFC itself.
 */
function fixAllowed(side: Side, [start, end]: Span, text: string): boolean {
  if (!side.fixable || text.includes(CODE_MARK)) return false
  const at = side.text.indexOf(CODE_MARK, start)
  return at === -1 || at >= end
}

function toMessage(active: ActiveRule, descriptor: ReportDescriptor, options: LintUnitOptions): FileMessage {
  const {rule} = active
  const template = rule.meta.messages[descriptor.messageId]
  if (template === undefined) {
    throw new Error(`Rule \`${rule.meta.id}\` reported unknown messageId \`${descriptor.messageId}\``)
  }
  const location = locate(descriptor.side, descriptor.span)
  const message: LintMessage = {
    ruleId: rule.meta.id,
    severity: descriptor.severity ?? active.severity,
    message: interpolate(template, descriptor.data),
    messageId: descriptor.messageId,
    line: location.line,
    column: location.column,
    endLine: location.endLine,
    endColumn: location.endColumn,
    side: descriptor.side.role
  }
  if (descriptor.fix && fixAllowed(descriptor.side, descriptor.fix.span ?? descriptor.span, descriptor.fix.text)) {
    const [start, end] = descriptor.fix.span ?? descriptor.span
    const side = descriptor.side
    const fix = {range: [side.toFileOffset(start), side.toFileOffset(end)] as [number, number], text: side.encode(descriptor.fix.text)}
    const safety = descriptor.fix.safety ?? rule.meta.fixable ?? 'safe'
    // An unsafe fix is ESLint's suggestion: shown, never applied by `--fix`
    // unless `--unsafe-fixes` allows it (Ruff's applicability).
    if (safety === 'safe' || options.unsafeFixes) message.fix = fix
    else message.suggestions = [{desc: 'Apply the unsafe fix (`--fix --unsafe-fixes`)', fix}]
  }
  if (descriptor.related?.length) {
    message.related = descriptor.related.map((related) => locate(related.side, related.span))
  }
  return {filePath: location.filePath, message}
}

/** Where the reports of a rule's `check` go: the messages and options of the `lintUnit` call running it. */
interface RuleRun {
  context: RuleContext<Record<string, unknown>>
  messages: FileMessage[]
  options: LintUnitOptions
  /** Findings reported on each side of this unit (source, target); past `maxFindingsPerRule`, only counted. */
  found: [number, number]
  /** The first finding left out on each side, where the summary of those left out stands. */
  firstOmitted: [ReportDescriptor | undefined, ReportDescriptor | undefined]
}

/**
 * One context per active rule, reused for every unit: `lintUnit` runs once
 * per segment pair, and a context with its `report` closure per rule and unit
 * was garbage by the million. `check` is synchronous, so a run's fields are
 * set just before it and read only during it.
 */
const ruleRuns = new WeakMap<ActiveRule, RuleRun>()
/** What a run holds between units: a `report` outside `check` is a bug, and pushing here throws. */
const idleMessages = Object.freeze([]) as unknown as FileMessage[]
const idleOptions: LintUnitOptions = Object.freeze({})

function ruleRun(active: ActiveRule): RuleRun {
  let run = ruleRuns.get(active)
  if (!run) {
    const created: RuleRun = {
      context: {
        options: active.options,
        unit: undefined as unknown as Unit,
        report: (descriptor) => {
          // A side given again (a PO msgid_plural, once per plural form): its findings were reported with the first.
          if (descriptor.side.repeated) return
          const side = descriptor.side.role === 'source' ? 0 : 1
          const found = created.found[side]++
          if (found < maxFindingsPerRule) created.messages.push(toMessage(active, descriptor, created.options))
          else if (found === maxFindingsPerRule) created.firstOmitted[side] = descriptor
        }
      },
      messages: [],
      options: {},
      found: [0, 0],
      firstOmitted: [undefined, undefined]
    }
    ruleRuns.set(active, (run = created))
  }
  return run
}

const gateMasks = new WeakMap<AnyRule, number>()

/** The signs that open one of a rule's gates; 0 for a rule without gates. */
function gateMask(rule: AnyRule): number {
  let mask = gateMasks.get(rule)
  if (mask === undefined) {
    mask = 0
    for (const gate of rule.meta.gates ?? []) mask |= gateSigns[gate]
    gateMasks.set(rule, mask)
  }
  return mask
}

/** Lint one unit with every active rule that reads its kind of unit. */
export function lintUnit(unit: Unit, rules: readonly ActiveRule[], options: LintUnitOptions = {}): FileMessage[] {
  const messages: FileMessage[] = []
  const {stats} = options
  if (stats) stats.units++
  // What the unit's two sides hold, from their lexical scans: read once, by the first rule with gates.
  let signs = -1
  for (const active of rules) {
    const units = active.rule.meta.units
    if (units && !units.includes(unit.kind)) continue
    // An entry nobody has translated is read only by the rules that report it.
    if (unit.untranslated && !active.rule.meta.untranslated) continue
    const mask = gateMask(active.rule)
    if (mask !== 0) {
      if (signs === -1) signs = unit.source.lexicon.signs | unit.target.lexicon.signs
      const open = (signs & mask) !== 0
      if (stats) recordGate(stats, active.rule.meta.id, open)
      if (!open) continue
    }
    const run = ruleRun(active)
    run.messages = messages
    run.options = options
    run.context.options = active.options
    run.context.unit = unit
    run.found[0] = run.found[1] = 0
    const started = stats ? performance.now() : 0
    try {
      active.rule.check(unit, run.context)
      for (let side = 0; side < 2; side++) {
        const first = run.firstOmitted[side]
        if (first) messages.push(omittedFindings(active, first, run.found[side] - maxFindingsPerRule))
      }
    } catch (error) {
      const crash = new RuleCrash(active.rule.meta.id, unit.id, error)
      if (!options.onCrash) throw crash
      options.onCrash(crash)
      messages.push(crashMessage(crash, unit))
    } finally {
      // The run outlives this call (one per active rule, and a task keeps
      // its rules until the run ends): it must not keep the unit, its file's
      // text and its analyses alive, as it did for every file of a corpus.
      run.context.unit = undefined as unknown as Unit
      run.messages = idleMessages
      run.options = idleOptions
      run.firstOmitted[0] = run.firstOmitted[1] = undefined
    }
    if (stats) recordCheck(stats, active.rule.meta.id, performance.now() - started)
  }
  return messages
}
