// Resource limits: a unit with a side larger than `maxUnitSize` (UTF-8 bytes)
// gets one fatal message and no rule runs on it, so that one runaway unit
// (a 100 MB line) can neither take the rules minutes nor exhaust memory,
// while the rest of the file is still linted. A rule reports at most
// `maxFindingsPerRule` findings on each side of a unit, then one summary of the rest,
// so a unit of 150,000 unbalanced brackets gives a report one can read and
// a run whose memory does not grow with the findings.

import type {ActiveRule, FileMessage} from './lint-unit.js'
import type {ReportDescriptor} from './rule.js'
import type {Side, Unit} from './types.js'
import {languageName} from '../text/languages.js'

/** Findings of one rule on one side of a unit that are reported one by one; the rest are counted in one message. */
export const maxFindingsPerRule = 1000

/** The default `maxUnitSize`: 10 MB a side (issue #11). */
export const defaultMaxUnitSize = 10_000_000

/** Made at first use: the first `Intl` object of a run loads ICU data (40–47 ms at start-up, measured), and most runs have no oversized unit. */
let bytesFormat: Intl.NumberFormat | undefined
const formatNumber = (bytes: number): string => (bytesFormat ??= new Intl.NumberFormat('en')).format(bytes)

/**
 * The UTF-8 size of a side's text when it is over `limit`. A UTF-16 code unit
 * takes at most 3 UTF-8 bytes, so the text is measured only when
 * `length × 3` can exceed the limit.
 */
export function sizeOver(text: string, limit: number): number | undefined {
  if (text.length * 3 <= limit) return undefined
  const bytes = Buffer.byteLength(text, 'utf8')
  return bytes > limit ? bytes : undefined
}

function tooLargeMessage(unit: Unit, side: Side, size: number, limit: number): FileMessage {
  const {line, column} = side.position(0)
  const message =
    `The ${languageName(side.lang)} version of this ${unit.kind} is ${formatNumber(size)} bytes, ` +
    `over the limit of ${formatNumber(limit)} (\`maxUnitSize\`); the ${unit.kind} is not linted`
  return {filePath: side.filePath, message: {ruleId: null, fatal: true, severity: 2, message, line, column}}
}

/** The message for a unit too large to lint, at the start of its first oversized side; undefined for the others. */
export function oversizedUnit(unit: Unit, limit = defaultMaxUnitSize): FileMessage | undefined {
  for (const side of [unit.source, unit.target]) {
    const size = sizeOver(side.text, limit)
    if (size !== undefined) return tooLargeMessage(unit, side, size, limit)
  }
  return undefined
}

/**
 * The message that stands for the findings of a rule past `maxFindingsPerRule`
 * on one side of a unit, at the first of them, with the rule's id and
 * severity; their fixes are left out with them.
 */
export function omittedFindings(active: ActiveRule, first: ReportDescriptor, omitted: number): FileMessage {
  const {line, column} = first.side.position(first.span[0])
  const {id} = active.rule.meta
  const message = `… and ${formatNumber(omitted)} more findings of \`${id}\` in the ${languageName(first.side.lang)} version of this unit (only the first ${formatNumber(maxFindingsPerRule)} are listed)`
  return {filePath: first.side.filePath, message: {ruleId: id, severity: first.severity ?? active.severity, message, line, column, side: first.side.role}}
}
