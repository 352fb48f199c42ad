// A catalog's `Plural-Forms` header (`nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : …;`):
// how many forms an entry has, and which values of n each form is for. The
// expression is C's, parsed here into a function rather than evaluated as
// JavaScript: it comes from the file. No npm package evaluates it without
// `eval` or `new Function`.

export interface PluralForms {
  nplurals: number
  /** The form gettext picks for `n`. */
  formOf(n: number): number
  /**
   * Per form, whether it is for few values of n: fewer than 5 of 0–999
   * (Arabic's `zero`, `one`, `two`). msgfmt lets such a form leave out the
   * count, and checks the others strictly (gettext's `often`, OFTEN = 5).
   */
  fewValues: readonly boolean[]
}

type Expression = (n: number) => number

const tokenPattern = /\s*(?:(\d+)|(n)|(\|\||&&|==|!=|<=|>=|[-+*/%<>!?:()]))/y

/** Binding power of C's binary operators, loosest first. */
const binary: Record<string, [power: number, apply: (a: number, b: number) => number]> = {
  '||': [1, (a, b) => (a || b ? 1 : 0)],
  '&&': [2, (a, b) => (a && b ? 1 : 0)],
  '==': [3, (a, b) => (a === b ? 1 : 0)],
  '!=': [3, (a, b) => (a !== b ? 1 : 0)],
  '<': [4, (a, b) => (a < b ? 1 : 0)],
  '>': [4, (a, b) => (a > b ? 1 : 0)],
  '<=': [4, (a, b) => (a <= b ? 1 : 0)],
  '>=': [4, (a, b) => (a >= b ? 1 : 0)],
  '+': [5, (a, b) => a + b],
  '-': [5, (a, b) => a - b],
  '*': [6, (a, b) => a * b],
  '/': [6, (a, b) => (b === 0 ? 0 : Math.trunc(a / b))],
  '%': [6, (a, b) => (b === 0 ? 0 : a % b)]
}

function tokenize(source: string): string[] {
  const tokens: string[] = []
  tokenPattern.lastIndex = 0
  while (tokenPattern.lastIndex < source.length) {
    const at = tokenPattern.lastIndex
    const match = tokenPattern.exec(source)
    if (!match) {
      if (/^\s*$/.test(source.slice(at))) break
      throw new Error(`unexpected \`${source.slice(at).trim().slice(0, 10)}\``)
    }
    tokens.push(match[1] ?? match[2] ?? match[3])
  }
  return tokens
}

/** A Pratt parser of C's conditional expressions over `n`. */
function parse(tokens: readonly string[]): Expression {
  let at = 0
  const peek = () => tokens[at]
  const take = (expected?: string) => {
    const token = tokens[at++]
    if (token === undefined || (expected !== undefined && token !== expected)) throw new Error(`expected \`${expected ?? 'a value'}\``)
    return token
  }
  function operand(): Expression {
    const token = take()
    if (token === 'n') return (n) => n
    if (/^\d+$/.test(token)) {
      const value = Number(token)
      return () => value
    }
    if (token === '!') {
      const inner = operand()
      return (n) => (inner(n) ? 0 : 1)
    }
    if (token === '-') {
      const inner = operand()
      return (n) => -inner(n)
    }
    if (token === '(') {
      const inner = conditional()
      take(')')
      return inner
    }
    throw new Error(`unexpected \`${token}\``)
  }
  function binaryFrom(minimum: number): Expression {
    let left = operand()
    for (let operator = peek(); operator !== undefined && operator in binary && binary[operator][0] >= minimum; operator = peek()) {
      take()
      const [power, apply] = binary[operator]
      const right = binaryFrom(power + 1)
      const before = left
      left = (n) => apply(before(n), right(n))
    }
    return left
  }
  function conditional(): Expression {
    const test = binaryFrom(1)
    if (peek() !== '?') return test
    take('?')
    const then = conditional()
    take(':')
    const otherwise = conditional()
    return (n) => (test(n) ? then(n) : otherwise(n))
  }
  const expression = conditional()
  if (at !== tokens.length) throw new Error(`unexpected \`${tokens[at]}\``)
  return expression
}

const headerPattern = /^\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]*);?\s*$/

/** More forms than any language has (Arabic and Welsh have 6): a header asking for more is broken. */
export const MAX_FORMS = 16
/** Longer than any real plural expression (Slavic ones are about 80 tokens): the parser recurses, so it is bounded. */
const MAX_TOKENS = 500

/** The plural forms a `Plural-Forms` value gives, or an error message saying what is wrong with it. */
export function parsePluralForms(value: string): PluralForms | string {
  const match = headerPattern.exec(value)
  if (!match) return 'expected `nplurals=N; plural=EXPRESSION;`'
  const nplurals = Number(match[1])
  if (nplurals < 1 || nplurals > MAX_FORMS) return `\`nplurals\` must be from 1 to ${MAX_FORMS}`
  let expression: Expression
  try {
    const tokens = tokenize(match[2])
    if (tokens.length > MAX_TOKENS) return `the plural expression: more than ${MAX_TOKENS} tokens`
    expression = parse(tokens)
  } catch (error) {
    return `the plural expression: ${(error as Error).message}`
  }
  // As msgfmt does: every value of n from 0 to 999 must give a form the header has.
  const forms = new Int32Array(1000)
  for (let n = 0; n < 1000; n++) {
    const form = expression(n)
    if (!Number.isInteger(form) || form < 0 || form >= nplurals) return `the plural expression gives ${form} for n = ${n}, outside the ${nplurals} forms`
    forms[n] = form
  }
  const valueCounts = new Array<number>(nplurals).fill(0)
  for (const form of forms) valueCounts[form]++
  const formOf = (n: number) => (Number.isInteger(n) && n >= 0 && n < 1000 ? forms[n] : expression(n))
  return {nplurals, formOf, fewValues: valueCounts.map((count) => count < 5)}
}
