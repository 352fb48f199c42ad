// JUnit XML, after ESLint's legacy `junit` formatter (eslint `5304da03d^`,
// now `eslint-formatter-junit`): a testsuite per file, a testcase per
// message (`<error>` for fatal ones, `<failure>` otherwise), one passing
// testcase for a clean file. Written with the XML writer, never templates.

import path from 'node:path'
import type {LintMessage, LintResult} from '../engine/types.js'
import {messageType} from './compact.js'
import {serialiseXml, type XmlElement} from './xml.js'

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

function testsuite(result: LintResult): XmlElement {
  const messages = result.messages
  const fatal = messages.filter((message) => message.fatal).length
  return {
    name: 'testsuite',
    attributes: {
      package: suitePackage,
      time: '0',
      tests: Math.max(1, messages.length),
      errors: fatal,
      failures: messages.length - fatal,
      name: result.filePath
    },
    children:
      messages.length > 0
        ? messages.map((message) => testcase(message, result.filePath))
        : [{name: 'testcase', attributes: {time: '0', name: result.filePath, classname: classname(result.filePath)}}]
  }
}

export function junit(results: readonly LintResult[]): string {
  const suites = results.map(testsuite)
  const count = (key: 'tests' | 'errors' | 'failures') => suites.reduce((sum, suite) => sum + Number(suite.attributes![key]), 0)
  return serialiseXml({
    name: 'testsuites',
    attributes: {name: 'bilint', tests: count('tests'), failures: count('failures'), errors: count('errors'), time: '0'},
    children: suites
  })
}
