// JUnit XML, after ESLint's legacy `junit` formatter (eslint `5304da03d^`,
// now `eslint-formatter-junit`): a testsuite per file, a testcase per
// message (`<error>` for fatal ones, `<failure>` otherwise), one passing
// testcase for a clean file. Written with the XML writer, never templates.

import path from 'node:path'
import type {StreamedResult} from '../engine/message-list.js'
import type {LintMessage} from '../engine/types.js'
import {messageType} from './compact.js'
import {escapeName} from './escape.js'
import {fromPieces} from './pieces.js'
import {endTag, serialiseElement, startTag, xmlDeclaration, type XmlElement} from './xml.js'

const suitePackage = 'org.bilint'

function classname(filePath: string): string {
  return filePath.slice(0, filePath.length - path.extname(filePath).length)
}

function testcase(message: LintMessage, filePath: string): XmlElement {
  const rule = message.ruleId ? ` (${message.ruleId})` : ''
  return {
    name: 'testcase',
    attributes: {time: '0', name: `${suitePackage}.${message.ruleId ?? 'unknown'}`, classname: classname(filePath)},
    children: [
      {
        name: message.fatal ? 'error' : 'failure',
        attributes: {message: message.message, type: messageType(message)},
        children: [`line ${message.line}, col ${message.column}, ${messageType(message)} - ${message.message}${rule}`]
      }
    ]
  }
}

/** The testsuite of a file, without its testcases. */
function testsuite(result: StreamedResult, fatal: number): XmlElement {
  const count = result.messages.length
  return {
    name: 'testsuite',
    attributes: {package: suitePackage, time: '0', tests: Math.max(1, count), errors: fatal, failures: count - fatal, name: escapeName(result.filePath)}
  }
}

/** The document `serialiseXml` writes, a testcase at a time. */
function* pieces(results: readonly StreamedResult[]): Generator<string> {
  const fatal = results.map((result) => {
    let count = 0
    for (const message of result.messages) if (message.fatal) count++
    return count
  })
  const suites = results.map((result, index) => testsuite(result, fatal[index]))
  const count = (key: 'tests' | 'errors' | 'failures') => suites.reduce((sum, suite) => sum + Number(suite.attributes![key]), 0)
  const root: XmlElement = {name: 'testsuites', attributes: {name: 'bilint', tests: count('tests'), failures: count('failures'), errors: count('errors'), time: '0'}}
  yield xmlDeclaration
  if (results.length === 0) {
    yield serialiseElement(root, 0) + '\n'
    return
  }
  yield startTag(root, 0)
  for (const [index, result] of results.entries()) {
    const filePath = escapeName(result.filePath)
    yield '\n' + startTag(suites[index], 1)
    if (result.messages.length === 0) {
      yield '\n' + serialiseElement({name: 'testcase', attributes: {time: '0', name: filePath, classname: classname(filePath)}}, 2)
    }
    for (const message of result.messages) yield '\n' + serialiseElement(testcase(message, filePath), 2)
    yield '\n' + endTag('testsuite', 1)
  }
  yield '\n' + endTag('testsuites', 0) + '\n'
}

export const junit = fromPieces(pieces)
