// Stable, unique fingerprints for findings (GitLab Code Quality, SARIF).
// Built from what survives an edit elsewhere in the file (the rule, the
// repo-relative path, the side and the message text), not from the line
// number, so an alert keeps its identity when lines shift. Identical findings
// are told apart by re-salting on collision, as Ruff's GitLab reporter does
// (`crates/ruff_db/src/diagnostic/render/gitlab.rs`): identical fingerprints
// collapse into one entry in GitLab's merge request widget.

import {createHash} from 'node:crypto'
import type {StreamedResult} from '../engine/message-list.js'
import {messagesInMemory} from '../engine/message-spool.js'
import {countOccurrences, keyBytes} from '../engine/occurrences.js'
import type {LintMessage} from '../engine/types.js'
import {relativePath} from './paths.js'

function hash(parts: readonly unknown[]): Buffer {
  return createHash('sha256').update(JSON.stringify(parts)).digest()
}

const hex = (digest: Buffer) => digest.toString('hex', 0, keyBytes)

export interface Fingerprints {
  /** The fingerprint of the next message; messages come in report order. */
  next(filePath: string, message: LintMessage): string
  dispose(): void
}

/**
 * Fingerprints for the messages of the results, unique within them and
 * stable across runs, given a message at a time in report order. A finding's
 * key is salted with the first number whose digest is not taken yet; for
 * more messages than the run keeps in memory, the n-th repeat of a key gets
 * n, counted on disk (`src/engine/occurrences.ts`), which is the same
 * unless two of the 128-bit digests collide.
 */
export function fingerprints(results: readonly StreamedResult[], cwd: string): Fingerprints {
  const keyOf = (filePath: string, message: LintMessage) => [message.ruleId, relativePath(cwd, filePath), message.side ?? null, message.message]
  const total = results.reduce((sum, result) => sum + result.messages.length, 0)
  if (total <= messagesInMemory()) {
    const taken = new Set<string>()
    return {
      next(filePath, message) {
        const key = keyOf(filePath, message)
        let salt = 0
        let fingerprint = hex(hash(key))
        while (taken.has(fingerprint)) fingerprint = hex(hash([...key, ++salt]))
        taken.add(fingerprint)
        return fingerprint
      },
      dispose() {}
    }
  }
  const paths = results.map((result) => relativePath(cwd, result.filePath))
  function* keys(): Generator<Buffer> {
    for (const [index, result] of results.entries()) {
      for (const message of result.messages) yield hash([message.ruleId, paths[index], message.side ?? null, message.message])
    }
  }
  const repeats = countOccurrences(keys(), total)
  return {
    next(filePath, message) {
      const key = keyOf(filePath, message)
      const digest = hash(key)
      const before = repeats.next(digest)
      return hex(before === 0 ? digest : hash([...key, before]))
    },
    dispose: () => repeats.dispose()
  }
}
