// Stable, unique fingerprints for findings (GitLab Code Quality, SARIF).
// Built from what survives an edit elsewhere in the file (the rule, the
// repo-relative path, the side and the message text), not from the line
// number, so an alert keeps its identity when lines shift. Identical findings
// are told apart by re-salting on collision, as Ruff's GitLab reporter does
// (`crates/ruff_db/src/diagnostic/render/gitlab.rs`): identical fingerprints
// collapse into one entry in GitLab's merge request widget.

import {createHash} from 'node:crypto'
import type {LintMessage, LintResult} from '../engine/types.js'
import {relativePath} from './paths.js'

function digest(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32)
}

/** A fingerprint for every message of the results, unique within them and stable across runs. */
export function fingerprints(results: readonly LintResult[], cwd: string): Map<LintMessage, string> {
  const byMessage = new Map<LintMessage, string>()
  const taken = new Set<string>()
  for (const result of results) {
    const file = relativePath(cwd, result.filePath)
    for (const message of result.messages) {
      const key = [message.ruleId, file, message.side ?? null, message.message]
      let salt = 0
      let fingerprint = digest(key)
      while (taken.has(fingerprint)) fingerprint = digest([...key, ++salt])
      taken.add(fingerprint)
      byMessage.set(message, fingerprint)
    }
  }
  return byMessage
}
