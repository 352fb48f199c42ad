// SARIF 2.1.0 for GitHub code scanning (github/docs `sarif-support.md`;
// validated in tests against the OASIS schema). Columns are UTF-16 code
// units, which is what bilint counts, and SARIF's default is code points,
// so `columnKind` is always given (oasis-tcs/sarif-spec #178).

import {pathToFileURL} from 'node:url'
import type {RuleMeta} from '../engine/rule.js'
import type {StreamedResult} from '../engine/message-list.js'
import type {LintMessage, RelatedLocation} from '../engine/types.js'
import {fingerprints} from './fingerprint.js'
import {relativeUri} from './paths.js'
import {fromPieces} from './pieces.js'
import {ruleIdsOf} from './rule-meta.js'
import type {FormatContext} from './stylish.js'

const schemaUri = 'https://json.schemastore.org/sarif-2.1.0.json'
const informationUri = 'https://www.npmjs.com/package/bilint'
// GitHub cuts descriptions at 1024 characters.
const maxDescription = 1024
const sourceRoot = 'SRCROOT'

type Level = 'error' | 'warning' | 'note'

function clip(text: string): string {
  return text.length <= maxDescription ? text : text.slice(0, maxDescription - 1) + '…'
}

function defaultLevel(meta: RuleMeta<unknown>): Level {
  return meta.recommended === 'error' ? 'error' : 'warning'
}

function reportingDescriptor(id: string, meta: RuleMeta<unknown> | undefined) {
  if (!meta) return {id, shortDescription: {text: id}, fullDescription: {text: id}, help: {text: id}}
  return {
    id,
    shortDescription: {text: clip(meta.description)},
    fullDescription: {text: clip(meta.docs.what)},
    help: {
      text: `${meta.docs.what}\n\nWhy: ${meta.docs.why}\n\nWhat to do: ${meta.docs.fix}`,
      markdown: `${meta.docs.what}\n\n## Why it matters\n\n${meta.docs.why}\n\n## What to do\n\n${meta.docs.fix}`
    },
    // SARIF wants an absolute URI; a checkout without a repository URL has only relative docs paths.
    ...(meta.docs.url && /^[a-z][a-z0-9+.-]*:/i.test(meta.docs.url) ? {helpUri: meta.docs.url} : {}),
    defaultConfiguration: {level: defaultLevel(meta)},
    properties: {tags: ['bilingual-corpus', 'data-quality'], ...(meta.fixable ? {fixable: meta.fixable} : {})}
  }
}

interface Place {
  filePath: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

function physicalLocation(cwd: string, place: Place) {
  // SARIF's endColumn is the column after the end, as ESLint's is.
  return {
    artifactLocation: {uri: relativeUri(cwd, place.filePath), uriBaseId: sourceRoot},
    region: {
      startLine: place.line,
      startColumn: place.column,
      endLine: place.endLine ?? place.line,
      endColumn: place.endColumn ?? place.column
    }
  }
}

function level(message: LintMessage): Level {
  return message.fatal || message.severity === 2 ? 'error' : 'warning'
}

function relatedLocation(cwd: string, related: RelatedLocation, index: number) {
  return {id: index, physicalLocation: physicalLocation(cwd, related), message: {text: `The ${related.side} version`}}
}

/** Where the results go in the log's text: a string JSON leaves as it is, found once. */
const resultsMark = '\u0000results'
/** The indentation of a result in `JSON.stringify(log, null, 2)`: log, runs, run, results. */
const resultIndent = ' '.repeat(8)

/** `JSON.stringify(log, null, 2)` of the SARIF log, a result at a time. */
function* pieces(results: readonly StreamedResult[], context: FormatContext): Generator<string> {
  const ruleIds = ruleIdsOf(results)
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]))
  const log = {
    $schema: schemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'bilint', informationUri, rules: ruleIds.map((id) => reportingDescriptor(id, context.rulesMeta?.[id]))}},
        originalUriBaseIds: {[sourceRoot]: {uri: pathToDirectoryUri(context.cwd)}},
        columnKind: 'utf16CodeUnits',
        results: resultsMark
      }
    ]
  }
  const [before, after] = JSON.stringify(log, null, 2).split(JSON.stringify(resultsMark))
  yield before
  if (results.every((result) => result.messages.length === 0)) {
    yield '[]' + after
    return
  }
  const fingerprintOf = fingerprints(results, context.cwd)
  try {
    let opening = '[\n'
    for (const result of results) {
      for (const message of result.messages) {
        const sarifResult = {
          ...(message.ruleId ? {ruleId: message.ruleId, ruleIndex: ruleIndex.get(message.ruleId)} : {}),
          level: level(message),
          message: {text: message.message},
          locations: [{physicalLocation: physicalLocation(context.cwd, {...message, filePath: result.filePath})}],
          ...(message.related?.length ? {relatedLocations: message.related.map((related, index) => relatedLocation(context.cwd, related, index))} : {}),
          // GitHub matches alerts across runs by this key; a hash of the rule,
          // path, side and text survives lines moving above the finding.
          partialFingerprints: {primaryLocationLineHash: fingerprintOf.next(result.filePath, message)}
        }
        // JSON escapes line breaks inside strings: every line break is the layout's.
        yield opening + resultIndent + JSON.stringify(sarifResult, null, 2).replaceAll('\n', '\n' + resultIndent)
        opening = ',\n'
      }
    }
  } finally {
    fingerprintOf.dispose()
  }
  yield '\n' + resultIndent.slice(2) + ']' + after
}

export const sarif = fromPieces(pieces)

function pathToDirectoryUri(directory: string): string {
  const uri = pathToFileURL(directory).href
  return uri.endsWith('/') ? uri : uri + '/'
}
