// Lint files written to fresh folders, in-process as the CLI does, and check
// that every message points inside its file: the property and fuzz tests.

import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect} from 'vitest'
import {rules as coreRules} from '../../rules/index.js'
import {loadConfig, type ResolvedConfig} from '../../src/config/load.js'
import {fileEncoding} from '../../src/corpus/encoding.js'
import type {LintResult} from '../../src/engine/types.js'
import {lintCorpus} from '../../src/lint.js'

export interface LintedFiles {
  results: LintResult[]
  /** Each file's text as bilint decodes it, by path. */
  texts: Map<string, string>
}

export interface FileLinter {
  /** Write the files (name → bytes) to a fresh folder and lint them with every rule; a crash fails the test. */
  lint(files: Record<string, Buffer>): Promise<LintedFiles>
  /** Remove the folders. */
  remove(): void
}

/** A linter of English–Arabic files with `bilint:all`. */
export async function fileLinter(prefix: string): Promise<FileLinter> {
  const root = mkdtempSync(path.join(tmpdir(), prefix))
  const config: ResolvedConfig = await loadConfig({lookup: false, cwd: root, coreRules, inline: {languages: {source: 'en', target: 'ar'}, files: ['**/*'], extends: ['bilint:all']}})
  let runs = 0
  return {
    async lint(files) {
      const folder = path.join(root, String(runs++))
      mkdirSync(folder)
      const texts = new Map<string, string>()
      for (const [name, bytes] of Object.entries(files)) {
        const filePath = path.join(folder, name)
        writeFileSync(filePath, bytes)
        // The text positions count in: the file decoded as bilint decodes it, leniently, BOM excluded.
        texts.set(filePath, new TextDecoder(fileEncoding(bytes)).decode(bytes))
      }
      const report = await lintCorpus({cwd: root, patterns: [...texts.keys()], config})
      expect(report.crashes.map((crash) => crash.message)).toEqual([])
      return {results: report.results, texts}
    },
    remove: () => rmSync(root, {recursive: true, force: true})
  }
}

/** Every message's line and column, start and end, within the file: line ≤ lines, column ≤ that line's length + 1. */
export function expectPositionsInside(results: LintResult[], texts: Map<string, string>) {
  for (const result of results) {
    const lines = texts.get(result.filePath)!.split(/\r\n|\r|\n/)
    for (const message of result.messages) {
      const points = [[message.line, message.column]]
      if (message.endLine !== undefined) points.push([message.endLine, message.endColumn!])
      for (const [line, column] of points) {
        const where = `${path.basename(result.filePath)} ${line}:${column} (${message.ruleId}: ${message.message.slice(0, 200)}), ${lines.length} lines`
        expect(line, where).toBeGreaterThanOrEqual(1)
        expect(line, where).toBeLessThanOrEqual(lines.length)
        expect(column, where).toBeGreaterThanOrEqual(1)
        expect(column, where).toBeLessThanOrEqual(lines[line - 1].length + 1)
      }
    }
  }
}
