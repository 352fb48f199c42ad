// A formatter written once, as pieces: the CLI writes the pieces as they
// come (each file's messages read from the spool as they are formatted, so
// neither the messages nor the report are ever whole in memory), and the
// API's formatter joins them into the one string ESLint's formatters return.

import type {StreamedResult} from '../engine/message-list.js'
import type {LintResult} from '../engine/types.js'

export type Pieces<Context> = (results: readonly StreamedResult[], context: Context) => Iterable<string>

/** `(results, context) => string` from the pieces, with `pieces` on it for the CLI. */
export function fromPieces<Context>(pieces: Pieces<Context>): ((results: readonly LintResult[], context: Context) => string) & {pieces: Pieces<Context>} {
  const format = (results: readonly LintResult[], context: Context) => {
    let text = ''
    for (const piece of pieces(results, context)) text += piece
    return text
  }
  return Object.assign(format, {pieces})
}
