// The metadata of the rules a report mentions, as ESLint's
// `getRulesMetaForResults` gives it to formatters.

import type {StreamedResult} from '../engine/message-list.js'
import type {RuleMeta} from '../engine/rule.js'

/** Ids of the rules that reported in `results` (suppressed messages included), sorted. */
export function ruleIdsOf(results: readonly StreamedResult[]): string[] {
  const ids = new Set<string>()
  for (const result of results) {
    for (const list of [result.messages, result.suppressedMessages]) for (const message of list) if (message.ruleId) ids.add(message.ruleId)
  }
  return [...ids].sort()
}

export function rulesMetaForResults(
  results: readonly StreamedResult[],
  rulesMeta: Readonly<Record<string, RuleMeta<unknown>>> = {}
): Record<string, RuleMeta<unknown>> {
  return Object.fromEntries(ruleIdsOf(results).flatMap((id) => (rulesMeta[id] ? [[id, rulesMeta[id]]] : [])))
}
