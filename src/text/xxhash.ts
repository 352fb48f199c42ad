// XXH64 and XXH32 (Yann Collet's xxHash, `doc/xxhash_spec.md`, seed 0) over
// the bytes of a DataView, in 32-bit integer arithmetic: fingerprints are
// computed inside a rule's synchronous `collect`, where the WebAssembly build
// needs an asynchronous start and returns a BigInt (README, development notes).
//
// A 64-bit value is two int32 words, high and low. Speed depends on V8
// inlining `productHigh` (an int32 that crosses a call is boxed when it does
// not fit in 31 bits), and V8 inlines only so much into one function: so
// each step below is a function of its own with few products, and the steps
// pass the hash through `state` rather than as arguments. Integer products by
// 16-bit halves are three times faster than a double product here.

const P64_1_HIGH = 0x9e3779b1 | 0
const P64_1_LOW = 0x85ebca87 | 0
const P64_2_HIGH = 0xc2b2ae3d | 0
const P64_2_LOW = 0x27d4eb4f | 0
const P64_3_HIGH = 0x165667b1 | 0
const P64_3_LOW = 0x9e3779f9 | 0
const P64_4_HIGH = 0x85ebca77 | 0
const P64_4_LOW = 0xc2b2ae63 | 0
const P64_5_HIGH = 0x27d4eb2f | 0
const P64_5_LOW = 0x165667c5 | 0

const P32_1 = 0x9e3779b1 | 0
const P32_2 = 0x85ebca77 | 0
const P32_3 = 0xc2b2ae3d | 0
const P32_4 = 0x27d4eb2f | 0
const P32_5 = 0x165667b1 | 0

/** The hash between steps: high word, low word. */
const state = new Int32Array(2)
/** XXH64's four accumulators, each high word then low word, and their seeds (seed + P1 + P2, seed + P2, seed, seed - P1). */
const lanes = new Int32Array(8)
const laneSeeds = Int32Array.of(0x60ea27ee, 0xadc0b5d6 | 0, P64_2_HIGH, P64_2_LOW, 0, 0, 0x61c8864e, 0x7a143579)

/** The high word of a × b mod 2^64 (the low word is `Math.imul(aLow, bLow)`): aLow × bLow by 16-bit halves, plus the cross products. */
function productHigh(aHigh: number, aLow: number, bHigh: number, bLow: number): number {
  const a0 = aLow & 0xffff
  const a1 = aLow >>> 16
  const b0 = bLow & 0xffff
  const b1 = bLow >>> 16
  const p00 = Math.imul(a0, b0)
  const p01 = Math.imul(a0, b1)
  const p10 = Math.imul(a1, b0)
  const middle = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff)
  return (((Math.imul(a1, b1) + (p01 >>> 16)) | 0) + (((p10 >>> 16) + (middle >>> 16)) | 0) + ((Math.imul(aHigh, bLow) + Math.imul(aLow, bHigh)) | 0)) | 0
}

/** The carry out of a low-word sum `sum = a + b`. */
function carry(sum: number, a: number): number {
  return (sum >>> 0) < (a >>> 0) ? 1 : 0
}

/** The 32-byte stripes into `lanes`, each lane by XXH64's round: acc = rotl(acc + input × P2, 31) × P1. */
function stripes(view: DataView, end: number): void {
  lanes.set(laneSeeds)
  for (let offset = 0; offset < end; offset += 32) {
    for (let lane = 0; lane < 8; lane += 2) {
      const accHigh = lanes[lane]
      const accLow = lanes[lane + 1]
      const inputLow = view.getInt32(offset + 4 * lane, true)
      const inputHigh = view.getInt32(offset + 4 * lane + 4, true)
      const sumLow = (accLow + Math.imul(inputLow, P64_2_LOW)) | 0
      const sumHigh = (accHigh + productHigh(inputHigh, inputLow, P64_2_HIGH, P64_2_LOW) + carry(sumLow, accLow)) | 0
      const rotatedHigh = (sumHigh << 31) | (sumLow >>> 1)
      const rotatedLow = (sumLow << 31) | (sumHigh >>> 1)
      lanes[lane] = productHigh(rotatedHigh, rotatedLow, P64_1_HIGH, P64_1_LOW)
      lanes[lane + 1] = Math.imul(rotatedLow, P64_1_LOW)
    }
  }
}

/** The lanes into one hash: rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18), then each lane merged: h = (h ^ round(0, v)) × P1 + P4. */
function mergeLanes(): void {
  let high = 0
  let low = 0
  for (let lane = 0; lane < 8; lane += 2) {
    const bits = lane === 0 ? 1 : lane === 2 ? 7 : lane === 4 ? 12 : 18
    const laneHigh = lanes[lane]
    const laneLow = lanes[lane + 1]
    const sumLow = (low + ((laneLow << bits) | (laneHigh >>> (32 - bits)))) | 0
    high = (high + ((laneHigh << bits) | (laneLow >>> (32 - bits))) + carry(sumLow, low)) | 0
    low = sumLow
  }
  for (let lane = 0; lane < 8; lane += 2) {
    const laneHigh = lanes[lane]
    const laneLow = lanes[lane + 1]
    const productHighWord = productHigh(laneHigh, laneLow, P64_2_HIGH, P64_2_LOW)
    const productLowWord = Math.imul(laneLow, P64_2_LOW)
    const rotatedHigh = (productHighWord << 31) | (productLowWord >>> 1)
    const rotatedLow = (productLowWord << 31) | (productHighWord >>> 1)
    const mixedHigh = high ^ productHigh(rotatedHigh, rotatedLow, P64_1_HIGH, P64_1_LOW)
    const mixedLow = low ^ Math.imul(rotatedLow, P64_1_LOW)
    const timesLow = Math.imul(mixedLow, P64_1_LOW)
    low = (timesLow + P64_4_LOW) | 0
    high = (productHigh(mixedHigh, mixedLow, P64_1_HIGH, P64_1_LOW) + P64_4_HIGH + carry(low, timesLow)) | 0
  }
  state[0] = high
  state[1] = low
}

/** The 8-byte words after the stripes: h = rotl(h ^ round(0, input), 27) × P1 + P4. Returns where they end. */
function tailWords(view: DataView, offset: number, length: number): number {
  let high = state[0]
  let low = state[1]
  for (; offset + 8 <= length; offset += 8) {
    const inputLow = view.getInt32(offset, true)
    const inputHigh = view.getInt32(offset + 4, true)
    const productHighWord = productHigh(inputHigh, inputLow, P64_2_HIGH, P64_2_LOW)
    const productLowWord = Math.imul(inputLow, P64_2_LOW)
    const rotatedHigh = (productHighWord << 31) | (productLowWord >>> 1)
    const rotatedLow = (productLowWord << 31) | (productHighWord >>> 1)
    const mixedHigh = high ^ productHigh(rotatedHigh, rotatedLow, P64_1_HIGH, P64_1_LOW)
    const mixedLow = low ^ Math.imul(rotatedLow, P64_1_LOW)
    const turnedHigh = (mixedHigh << 27) | (mixedLow >>> 5)
    const turnedLow = (mixedLow << 27) | (mixedHigh >>> 5)
    const timesLow = Math.imul(turnedLow, P64_1_LOW)
    low = (timesLow + P64_4_LOW) | 0
    high = (productHigh(turnedHigh, turnedLow, P64_1_HIGH, P64_1_LOW) + P64_4_HIGH + carry(low, timesLow)) | 0
  }
  state[0] = high
  state[1] = low
  return offset
}

/** A 4-byte word after those: h = rotl(h ^ input × P1, 23) × P2 + P3. Returns where the bytes left start. */
function tailHalfWord(view: DataView, offset: number, length: number): number {
  if (offset + 4 > length) return offset
  const input = view.getInt32(offset, true)
  const mixedHigh = state[0] ^ productHigh(0, input, P64_1_HIGH, P64_1_LOW)
  const mixedLow = state[1] ^ Math.imul(input, P64_1_LOW)
  const turnedHigh = (mixedHigh << 23) | (mixedLow >>> 9)
  const turnedLow = (mixedLow << 23) | (mixedHigh >>> 9)
  const timesLow = Math.imul(turnedLow, P64_2_LOW)
  state[1] = (timesLow + P64_3_LOW) | 0
  state[0] = (productHigh(turnedHigh, turnedLow, P64_2_HIGH, P64_2_LOW) + P64_3_HIGH + carry(state[1], timesLow)) | 0
  return offset + 4
}

/** The last bytes, each: h = rotl(h ^ byte × P5, 11) × P1. */
function tailBytes(view: DataView, offset: number, length: number): void {
  let high = state[0]
  let low = state[1]
  for (; offset < length; offset++) {
    const input = view.getUint8(offset)
    const mixedHigh = high ^ productHigh(0, input, P64_5_HIGH, P64_5_LOW)
    const mixedLow = low ^ Math.imul(input, P64_5_LOW)
    const turnedHigh = (mixedHigh << 11) | (mixedLow >>> 21)
    const turnedLow = (mixedLow << 11) | (mixedHigh >>> 21)
    high = productHigh(turnedHigh, turnedLow, P64_1_HIGH, P64_1_LOW)
    low = Math.imul(turnedLow, P64_1_LOW)
  }
  state[0] = high
  state[1] = low
}

/** h ^= h >> 33; h *= P2; h ^= h >> 29; h *= P3; h ^= h >> 32. */
function avalanche(): void {
  let high = state[0]
  let low = state[1] ^ (high >>> 1)
  const timesHigh = productHigh(high, low, P64_2_HIGH, P64_2_LOW)
  low = Math.imul(low, P64_2_LOW)
  high = timesHigh
  low ^= (low >>> 29) | (high << 3)
  high ^= high >>> 29
  state[0] = productHigh(high, low, P64_3_HIGH, P64_3_LOW)
  state[1] = Math.imul(low, P64_3_LOW) ^ state[0]
}

/**
 * XXH64 (seed 0) of the first `length` bytes of `view`: the high and low
 * 32 bits, unsigned, in `out[0]` and `out[1]`.
 */
export function xxh64(view: DataView, length: number, out: Uint32Array): void {
  const end = length - (length % 32)
  if (end > 0) {
    stripes(view, end)
    mergeLanes()
  } else {
    state[0] = P64_5_HIGH
    state[1] = P64_5_LOW
  }
  // h += length
  const low = (state[1] + length) | 0
  state[0] = (state[0] + carry(low, state[1])) | 0
  state[1] = low
  tailBytes(view, tailHalfWord(view, tailWords(view, end, length), length), length)
  avalanche()
  out[0] = state[0]
  out[1] = state[1]
}

function rotate32(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits))
}

function round32(acc: number, input: number): number {
  return Math.imul(rotate32((acc + Math.imul(input, P32_2)) | 0, 13), P32_1)
}

/** XXH32 (seed 0) of the first `length` bytes of `view`, unsigned. */
export function xxh32(view: DataView, length: number): number {
  let offset = 0
  let hash: number
  if (length >= 16) {
    let v1 = (P32_1 + P32_2) | 0
    let v2 = P32_2
    let v3 = 0
    let v4 = -P32_1 | 0
    do {
      v1 = round32(v1, view.getInt32(offset, true))
      v2 = round32(v2, view.getInt32(offset + 4, true))
      v3 = round32(v3, view.getInt32(offset + 8, true))
      v4 = round32(v4, view.getInt32(offset + 12, true))
      offset += 16
    } while (offset <= length - 16)
    hash = (rotate32(v1, 1) + rotate32(v2, 7) + rotate32(v3, 12) + rotate32(v4, 18)) | 0
  } else {
    hash = P32_5
  }
  hash = (hash + length) | 0
  for (; offset + 4 <= length; offset += 4) hash = Math.imul(rotate32((hash + Math.imul(view.getInt32(offset, true), P32_3)) | 0, 17), P32_4)
  for (; offset < length; offset++) hash = Math.imul(rotate32((hash + Math.imul(view.getUint8(offset), P32_5)) | 0, 11), P32_1)
  hash = Math.imul(hash ^ (hash >>> 15), P32_2)
  hash = Math.imul(hash ^ (hash >>> 13), P32_3)
  return (hash ^ (hash >>> 16)) >>> 0
}
