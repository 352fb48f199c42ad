// GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array
// of Code Climate issues with repo-relative paths and unique, stable
// fingerprints (gitlab `doc/ci/testing/code_quality.md`, "Implement a custom
// tool"). Severity mapping as Ruff's: warning→minor, error→major, fatal→critical.

import type {StreamedResult} from '../engine/message-list.js'
import type {LintMessage} from '../engine/types.js'
import {escapeControls, escapeName} from './escape.js'
import {fingerprints} from './fingerprint.js'
import {relativePath} from './paths.js'
import {fromPieces} from './pieces.js'
import type {FormatContext} from './stylish.js'

function severity(message: LintMessage): 'minor' | 'major' | 'critical' {
  if (message.fatal) return 'critical'
  return message.severity === 2 ? 'major' : 'minor'
}

/** `JSON.stringify(issues, null, 2)`, an issue at a time. */
function* pieces(results: readonly StreamedResult[], context: FormatContext): Generator<string> {
  if (results.every((result) => result.messages.length === 0)) {
    yield '[]'
    return
  }
  const fingerprintOf = fingerprints(results, context.cwd)
  try {
    let opening = '[\n  '
    for (const result of results) {
      // GitLab shows the JSON's strings as they decode: controls are escaped before JSON's own escaping.
      const filePath = escapeName(relativePath(context.cwd, result.filePath))
      for (const message of result.messages) {
        const ruleId = message.ruleId && escapeName(message.ruleId)
        const text = escapeControls(message.message)
        const issue = {
          // GitLab does not show `check_name`, so the description carries the rule id (as Ruff does).
          description: ruleId ? `${ruleId}: ${text}` : text,
          check_name: ruleId ?? 'fatal',
          fingerprint: fingerprintOf.next(result.filePath, message),
          severity: severity(message),
          location: {
            path: filePath,
            positions: {
              begin: {line: message.line, column: message.column},
              end: {line: message.endLine ?? message.line, column: message.endColumn ?? message.column}
            }
          }
        }
        // JSON escapes line breaks inside strings: every line break is the layout's.
        yield opening + JSON.stringify(issue, null, 2).replaceAll('\n', '\n  ')
        opening = ',\n  '
      }
    }
  } finally {
    fingerprintOf.dispose()
  }
  yield '\n]'
}

export const gitlab = fromPieces(pieces)
