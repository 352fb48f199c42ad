// GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array
// of Code Climate issues with repo-relative paths and unique, stable
// fingerprints (gitlab `doc/ci/testing/code_quality.md`, "Implement a custom
// tool"). Severity mapping as Ruff's: warning→minor, error→major, fatal→critical.

import type {LintMessage, LintResult} from '../engine/types.js'
import {fingerprints} from './fingerprint.js'
import {relativePath} from './paths.js'
import type {FormatContext} from './stylish.js'

function severity(message: LintMessage): 'minor' | 'major' | 'critical' {
  if (message.fatal) return 'critical'
  return message.severity === 2 ? 'major' : 'minor'
}

export function gitlab(results: readonly LintResult[], context: FormatContext): string {
  const fingerprintOf = fingerprints(results, context.cwd)
  const issues = results.flatMap((result) =>
    result.messages.map((message) => ({
      // GitLab does not show `check_name`, so the description carries the rule id (as Ruff does).
      description: message.ruleId ? `${message.ruleId}: ${message.message}` : message.message,
      check_name: message.ruleId ?? 'fatal',
      fingerprint: fingerprintOf.get(message)!,
      severity: severity(message),
      location: {
        path: relativePath(context.cwd, result.filePath),
        positions: {
          begin: {line: message.line, column: message.column},
          end: {line: message.endLine ?? message.line, column: message.endColumn ?? message.column}
        }
      }
    }))
  )
  return JSON.stringify(issues, null, 2)
}
