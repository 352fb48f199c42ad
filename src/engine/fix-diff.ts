// The unified diffs of `--fix-dry-run`, in a module of their own: the diff
// package is loaded only when they are asked for.

import {createTwoFilesPatch} from 'diff'

/** A unified diff of a file before and after fixing, for `--fix-dry-run`. */
export function unifiedDiff(displayPath: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${displayPath}`, `b/${displayPath}`, before, after, undefined, undefined, {context: 2}).replace(/^=+\n/m, '')
}
