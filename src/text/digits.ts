// Decimal digits of every Unicode digit system, folded to ASCII.
//
// The table of systems is built from Intl on first use (each numbering system
// whose formatted "0123456789" is ten decimal digits), so it follows the ICU
// that Node ships instead of a hand-typed list. Building it formats with
// every numbering system (tens of milliseconds), so a run that never names
// a digit system never builds it.

let systemByZeroTable: Map<number, string> | undefined

/** Numbering-system id (`latn`, `arab`, `arabext`, `deva`, ...) by the code point of its zero. */
function systemByZero(): Map<number, string> {
  if (systemByZeroTable) return systemByZeroTable
  systemByZeroTable = new Map()
  for (const system of Intl.supportedValuesOf('numberingSystem')) {
    const format = new Intl.NumberFormat('en-u-nu-' + system, {useGrouping: false})
    const digits = [...format.format(1_234_567_890)]
    if (digits.length !== 10 || !digits.every((digit) => /^\p{Nd}$/u.test(digit))) continue
    const zero = digits[9].codePointAt(0)!
    // Keep the first id ICU lists for a zero (e.g. `lana` before `lanatham`).
    if (!systemByZeroTable.has(zero)) systemByZeroTable.set(zero, system)
  }
  return systemByZeroTable
}

const decimalDigit = /^\p{Nd}$/u

/** The code point of the zero of the digit system `codePoint` belongs to, or -1. */
function zeroOf(codePoint: number): number {
  if (codePoint >= 0x30 && codePoint <= 0x39) return 0x30
  if (!decimalDigit.test(String.fromCodePoint(codePoint))) return -1
  // Unicode encodes every decimal digit system as ten consecutive code points
  // starting at zero; runs of several systems (mathematical digits) are
  // multiples of ten, so the start of the run fixes the value.
  let start = codePoint
  while (decimalDigit.test(String.fromCodePoint(start - 1))) start--
  return codePoint - ((codePoint - start) % 10)
}

/** The value 0-9 of a decimal digit of any system, or -1 for any other character. */
export function digitValue(codePoint: number): number {
  const zero = zeroOf(codePoint)
  return zero === -1 ? -1 : codePoint - zero
}

/** The numbering-system id of a decimal digit (`latn`, `arab`, `arabext`, ...), or undefined. */
export function digitSystem(codePoint: number): string | undefined {
  const zero = zeroOf(codePoint)
  if (zero === -1) return undefined
  return systemByZero().get(zero) ?? 'U+' + zero.toString(16).toUpperCase().padStart(4, '0')
}

/**
 * Replace every decimal digit by its ASCII digit. Only digits change and
 * every digit of the Basic Multilingual Plane stays one code unit, so offsets
 * are kept for BMP text; a digit outside the BMP (two code units) becomes one.
 */
export function foldDigits(text: string): string {
  let folded = ''
  for (const character of text) {
    const value = digitValue(character.codePointAt(0)!)
    folded += value === -1 ? character : String.fromCharCode(0x30 + value)
  }
  return folded
}
