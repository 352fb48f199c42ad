// Per-code-point answers memoised in flat tables, so that a hot loop over a
// text costs one array read per character instead of a regex test and a
// one-character string. The answers still come from the regex engine's
// Unicode properties (the running Node's Unicode version): each code point
// is asked once, the first time it is seen. The Basic Multilingual Plane
// gets an array; the rare astral code points a Map.

const BMP = 0x10000

/** A code point predicate backed by a one-character pattern (`/^\p{L}$/u`), memoised. */
export function codePointTest(pattern: RegExp): (codePoint: number) => boolean {
  const answer = codePointByte((codePoint) => (pattern.test(String.fromCodePoint(codePoint)) ? 1 : 0))
  return (codePoint) => answer(codePoint) === 1
}

/** The rare astral code points of a table: a Map, each computed once. */
function astralMemo<T>(compute: (codePoint: number) => T): (codePoint: number) => T {
  const known = new Map<number, T>()
  return (codePoint) => {
    let found = known.get(codePoint)
    if (found === undefined) {
      found = compute(codePoint)
      known.set(codePoint, found)
    }
    return found
  }
}

/**
 * A small number (0–254) per code point, computed once by `compute`: a byte
 * a BMP code point, where `codePointMemo` takes four.
 */
export function codePointByte(compute: (codePoint: number) => number): (codePoint: number) => number {
  // 0: not computed yet; otherwise 1 + the value.
  const bmp = new Uint8Array(BMP)
  const astral = astralMemo(compute)
  return (codePoint) => {
    if (codePoint >= BMP) return astral(codePoint)
    const known = bmp[codePoint]
    if (known !== 0) return known - 1
    const found = compute(codePoint)
    bmp[codePoint] = found + 1
    return found
  }
}

/**
 * Any per-code-point value, computed once by `compute` and kept. The BMP
 * table holds an index into the distinct values: a typed array is zeroed
 * memory outside the heap, where one flat array of 65,536 slots was 512 KB
 * on it, took 3–6 ms to allocate and was scanned by every full collection.
 */
export function codePointMemo<T>(compute: (codePoint: number) => T): (codePoint: number) => T {
  // 0: not computed yet; otherwise 1 + the index of the value in `values`.
  const bmp = new Uint32Array(BMP)
  const values: T[] = []
  const indexOf = new Map<T, number>()
  const astral = astralMemo(compute)
  return (codePoint) => {
    if (codePoint >= BMP) return astral(codePoint)
    const known = bmp[codePoint]
    if (known !== 0) return values[known - 1]
    const found = compute(codePoint)
    let index = indexOf.get(found)
    if (index === undefined) {
      index = values.push(found)
      indexOf.set(found, index)
    }
    bmp[codePoint] = index
    return found
  }
}

/** The code point at `offset` of `text`, as `codePointAt` (a lone surrogate is itself). */
export function codePointAt(text: string, offset: number): number {
  const unit = text.charCodeAt(offset)
  if (unit < 0xd800 || unit > 0xdbff || offset + 1 >= text.length) return unit
  const next = text.charCodeAt(offset + 1)
  return next < 0xdc00 || next > 0xdfff ? unit : (unit - 0xd800) * 0x400 + next - 0xdc00 + BMP
}
