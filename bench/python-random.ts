// Python's `random.Random(seed)` for an integer seed, draw for draw, so that
// a generator ported from Python writes the same bytes (bench/news-po.ts).
// The Mersenne Twister MT19937 of Matsumoto and Nishimura (1998), seeded by
// `init_by_array` as CPython's `random_seed` does (the seed's 32-bit words),
// and the methods as CPython 3.11's `random.py` defines them.

const N = 624
const M = 397

export class PythonRandom {
  private readonly state = new Uint32Array(N)
  private index = N + 1

  /** `random.Random(seed)` for a seed 0 ≤ seed < 2³² (one key word). */
  constructor(seed: number) {
    this.initByArray([seed >>> 0])
  }

  private initGenrand(seed: number): void {
    const mt = this.state
    mt[0] = seed >>> 0
    for (let i = 1; i < N; i++) {
      const previous = mt[i - 1] ^ (mt[i - 1] >>> 30)
      mt[i] = (Math.imul(1812433253, previous) + i) >>> 0
    }
    this.index = N
  }

  private initByArray(key: number[]): void {
    const mt = this.state
    this.initGenrand(19650218)
    let i = 1
    let j = 0
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const previous = mt[i - 1] ^ (mt[i - 1] >>> 30)
      mt[i] = ((mt[i] ^ Math.imul(previous, 1664525)) + key[j] + j) >>> 0
      i++
      j++
      if (i >= N) {
        mt[0] = mt[N - 1]
        i = 1
      }
      if (j >= key.length) j = 0
    }
    for (let k = N - 1; k > 0; k--) {
      const previous = mt[i - 1] ^ (mt[i - 1] >>> 30)
      mt[i] = ((mt[i] ^ Math.imul(previous, 1566083941)) - i) >>> 0
      i++
      if (i >= N) {
        mt[0] = mt[N - 1]
        i = 1
      }
    }
    mt[0] = 0x80000000
  }

  /** `genrand_uint32`: the next 32-bit word. */
  private next(): number {
    const mt = this.state
    if (this.index >= N) {
      for (let k = 0; k < N; k++) {
        const y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff)
        mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)
      }
      this.index = 0
    }
    let y = mt[this.index++]
    y ^= y >>> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    y ^= y >>> 18
    return y >>> 0
  }

  /** `random()`: 53 random bits in [0, 1). */
  random(): number {
    const high = this.next() >>> 5
    const low = this.next() >>> 6
    return (high * 67108864 + low) / 9007199254740992
  }

  /** `getrandbits(k)` for 0 < k ≤ 32. */
  private bits(k: number): number {
    return this.next() >>> (32 - k)
  }

  /** `_randbelow_with_getrandbits(n)`: 0 ≤ r < n, by rejection. */
  private below(n: number): number {
    const k = 32 - Math.clz32(n)
    let r = this.bits(k)
    while (r >= n) r = this.bits(k)
    return r
  }

  /** `randint(a, b)`: a ≤ r ≤ b. */
  randint(a: number, b: number): number {
    return a + this.below(b - a + 1)
  }

  /** `choice(seq)`. */
  choice<T>(items: readonly T[]): T {
    return items[this.below(items.length)]
  }

  /** `uniform(a, b)`. */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random()
  }
}

/**
 * `str(round(x, 1))` for 0 ≤ x < 10⁶: toFixed rounds the exact binary value,
 * as Python's round does, but a tie (x·10 ending in exactly .5, only where x
 * is an odd multiple of 1/4) goes up in toFixed and to even in Python.
 */
export function pythonRoundOne(x: number): string {
  const quarters = x * 4
  if (Number.isInteger(quarters) && quarters % 2 === 1) {
    const tenths = Math.floor(x * 10)
    return ((tenths % 2 === 0 ? tenths : tenths + 1) / 10).toFixed(1)
  }
  return x.toFixed(1)
}
