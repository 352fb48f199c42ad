// Severities as ESLint writes them: "off" | "warn" | "error", 0 | 1 | 2, or "0" | "1" | "2".

import type {Severity} from '../engine/types.js'

const byName: Record<string, Severity> = {off: 0, warn: 1, error: 2, '0': 0, '1': 1, '2': 2}

export function parseSeverity(value: unknown): Severity | undefined {
  if (value === 0 || value === 1 || value === 2) return value
  return typeof value === 'string' && Object.hasOwn(byName, value) ? byName[value] : undefined
}

export function severityName(severity: Severity): 'off' | 'warn' | 'error' {
  return (['off', 'warn', 'error'] as const)[severity]
}
