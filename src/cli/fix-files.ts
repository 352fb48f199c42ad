// `--fix` in the CLI: write the fixed files. A file that could not be written
// keeps all its findings (none of them was fixed): it is reported as a plain
// run reports it, after a fatal message that says why.

import {joinMessages, type StreamedResult} from '../engine/message-list.js'
import type {LintMessage} from '../engine/types.js'
import {type LintCorpusReport, writeFixes} from '../lint.js'
import type {DocumentView} from '../report/document-view.js'

function withFatal(result: StreamedResult, message: string): StreamedResult {
  const fatal: LintMessage = {ruleId: null, fatal: true, severity: 2, message, line: 1, column: 1}
  const {output: _unwritten, ...rest} = result
  return {...rest, messages: joinMessages([fatal], result.messages), errorCount: result.errorCount + 1, fatalErrorCount: result.fatalErrorCount + 1}
}

/**
 * Write the fixes of `report`. When some file cannot be written, `lintPlain`
 * lints the corpus once more without fixes, as it now is on disk (corpus-wide
 * rules included), and each such file's result becomes that run's, with the
 * fatal message first. The second run's spool goes when the report's does.
 */
export async function writeFixesReported(report: LintCorpusReport, lintPlain: () => Promise<LintCorpusReport>): Promise<void> {
  const problems = await writeFixes(report)
  if (problems.length === 0) return
  const plain = await lintPlain()
  const dispose = report.dispose.bind(report)
  report.dispose = () => {
    dispose()
    plain.dispose()
  }
  for (const {filePath, message} of problems) {
    const index = report.resultFiles.findIndex((result) => result.filePath === filePath)
    if (index === -1) continue
    const unfixed = plain.resultFiles.find((result) => result.filePath === filePath) ?? report.resultFiles[index]
    report.resultFiles[index] = withFatal(unfixed, message)
  }
  if (report.documents && plain.documents) report.documents = unwrittenViews(report.documents, plain.documents, new Set(problems.map(({filePath}) => filePath)))
}

/** The views of the fixed run, where those of a file left unwritten are the plain run's: its findings are placed on the text on disk. */
function unwrittenViews(fixed: readonly DocumentView[], plain: readonly DocumentView[], unwritten: ReadonlySet<string>): DocumentView[] {
  const isUnwritten = (view: DocumentView) => unwritten.has(view.source.filePath) || unwritten.has(view.target.filePath)
  return [...fixed.filter((view) => !isUnwritten(view)), ...plain.filter(isUnwritten)]
}
