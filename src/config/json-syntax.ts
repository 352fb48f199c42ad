// Where and why a config is not JSON, without quoting it: JSON.parse's
// messages quote the text around the error ("SECRET=hun"...), and a file named
// in `extends` by mistake may hold a secret. The tokens are read with
// jsonc-parser's scanner and the nesting kept in an array, so a file nested
// deeply cannot overflow the call stack.

import {createScanner, ScanError, SyntaxKind} from 'jsonc-parser'

export interface JsonSyntaxError {
  /** Offset of the error in the text, in UTF-16 code units. */
  offset: number
  /** What is wrong, in the parser's words, with nothing of the text. */
  kind: string
}

const scanErrors: Record<number, string> = {
  [ScanError.UnexpectedEndOfComment]: 'unterminated comment',
  [ScanError.UnexpectedEndOfString]: 'unterminated string',
  [ScanError.UnexpectedEndOfNumber]: 'incomplete number',
  [ScanError.InvalidUnicode]: 'invalid `\\u` escape in a string',
  [ScanError.InvalidEscapeCharacter]: 'invalid escape in a string',
  [ScanError.InvalidCharacter]: 'control character in a string'
}

/** What the grammar allows next. */
type Expected = 'value' | 'value or ]' | 'name' | 'name or }' | ':' | ', or ]' | ', or }' | 'end'

const describeExpected: Record<Expected, string> = {
  value: 'expected a value',
  'value or ]': 'expected a value or `]`',
  name: 'expected a property name in double quotes',
  'name or }': 'expected a property name in double quotes or `}`',
  ':': 'expected `:`',
  ', or ]': 'expected `,` or `]`',
  ', or }': 'expected `,` or `}`',
  end: 'expected the end of the file'
}

const valueTokens = new Set([SyntaxKind.NullKeyword, SyntaxKind.TrueKeyword, SyntaxKind.FalseKeyword, SyntaxKind.StringLiteral, SyntaxKind.NumericLiteral])

/** What may follow a complete value, given the containers open around it. */
function afterValue(open: readonly string[]): Expected {
  const container = open.at(-1)
  return container === '[' ? ', or ]' : container === '{' ? ', or }' : 'end'
}

/** The next state after `token`, or undefined when the token is not allowed. */
function step(expected: Expected, token: SyntaxKind, open: string[]): Expected | undefined {
  if ((expected === 'value' || expected === 'value or ]') && valueTokens.has(token)) return afterValue(open)
  if ((expected === 'value' || expected === 'value or ]') && (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken)) {
    open.push(token === SyntaxKind.OpenBraceToken ? '{' : '[')
    return token === SyntaxKind.OpenBraceToken ? 'name or }' : 'value or ]'
  }
  if ((expected === 'name' || expected === 'name or }') && token === SyntaxKind.StringLiteral) return ':'
  if (expected === ':' && token === SyntaxKind.ColonToken) return 'value'
  if (expected === ', or ]' && token === SyntaxKind.CommaToken) return 'value'
  if (expected === ', or }' && token === SyntaxKind.CommaToken) return 'name'
  const closes = (expected === 'value or ]' || expected === ', or ]') && token === SyntaxKind.CloseBracketToken
  if (closes || ((expected === 'name or }' || expected === ', or }') && token === SyntaxKind.CloseBraceToken)) {
    open.pop()
    return afterValue(open)
  }
  return undefined
}

/** The first syntax error in `text`, or undefined if the scanner finds none that JSON.parse would. */
export function firstJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = createScanner(text, false)
  const open: string[] = []
  let expected: Expected = 'value'
  for (;;) {
    const token = scanner.scan()
    const offset = scanner.getTokenOffset()
    if (token === SyntaxKind.Trivia || token === SyntaxKind.LineBreakTrivia) continue
    if (token === SyntaxKind.LineCommentTrivia || token === SyntaxKind.BlockCommentTrivia) return {offset, kind: 'comments are not allowed in JSON'}
    const scanError = scanner.getTokenError()
    if (scanError !== ScanError.None) return {offset, kind: scanErrors[scanError] ?? 'invalid token'}
    if (token === SyntaxKind.EOF) return expected === 'end' ? undefined : {offset, kind: `unexpected end of file; ${describeExpected[expected]}`}
    const next = step(expected, token, open)
    if (next === undefined) return {offset, kind: describeExpected[expected]}
    expected = next
  }
}

/** Line and column (1-based, in UTF-16 code units as editors count) of `offset`. */
export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}
