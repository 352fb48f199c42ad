// Fingerprints for duplicate-unit: the fast key must be the plain definition
// (NFC, white space folded), and the hand-written XXH64 and XXH32 must give
// the reference implementation's digests (`xxhsum -H1`, `-H0`) of the key's
// UTF-8, checked against the spec's test vectors and, for any text, against
// the spec written out in BigInt arithmetic.

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fingerprint, fingerprintKey, fingerprintWords, type FingerprintMode} from '../../src/text/fingerprint.js'
import {xxh32, xxh64} from '../../src/text/xxhash.js'
import {udhrArticles} from '../fixtures/udhr.js'

/** The keys as first written: no shortcut. */
function plainKey(text: string, mode: FingerprintMode): string {
  if (mode === 'exact') return text
  const normalized = text.normalize('NFC')
  if (mode === 'whitespace') return normalized.replace(/\s+/gu, ' ').trim()
  return (normalized.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ').toLocaleLowerCase('und')
}

const mask64 = (1n << 64n) - 1n
const P64 = [0x9e3779b185ebca87n, 0xc2b2ae3d27d4eb4fn, 0x165667b19e3779f9n, 0x85ebca77c2b2ae63n, 0x27d4eb2f165667c5n]
const rotl64 = (value: bigint, bits: bigint) => ((value << bits) | (value >> (64n - bits))) & mask64
const round64 = (acc: bigint, input: bigint) => (rotl64((acc + input * P64[1]) & mask64, 31n) * P64[0]) & mask64

/** XXH64 with seed 0 as `doc/xxhash_spec.md` states it, in BigInt arithmetic. */
function plainXxh64(bytes: Uint8Array): bigint {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length)
  let offset = 0
  let hash: bigint
  if (bytes.length >= 32) {
    const lanes = [(P64[0] + P64[1]) & mask64, P64[1], 0n, -P64[0] & mask64]
    for (; offset + 32 <= bytes.length; offset += 32) {
      for (let lane = 0; lane < 4; lane++) lanes[lane] = round64(lanes[lane], view.getBigUint64(offset + 8 * lane, true))
    }
    hash = (rotl64(lanes[0], 1n) + rotl64(lanes[1], 7n) + rotl64(lanes[2], 12n) + rotl64(lanes[3], 18n)) & mask64
    for (const lane of lanes) hash = (((hash ^ round64(0n, lane)) * P64[0]) + P64[3]) & mask64
  } else {
    hash = P64[4]
  }
  hash = (hash + BigInt(bytes.length)) & mask64
  for (; offset + 8 <= bytes.length; offset += 8) hash = (rotl64(hash ^ round64(0n, view.getBigUint64(offset, true)), 27n) * P64[0] + P64[3]) & mask64
  if (offset + 4 <= bytes.length) {
    hash = (rotl64(hash ^ ((BigInt(view.getUint32(offset, true)) * P64[0]) & mask64), 23n) * P64[1] + P64[2]) & mask64
    offset += 4
  }
  for (; offset < bytes.length; offset++) hash = (rotl64(hash ^ ((BigInt(bytes[offset]) * P64[4]) & mask64), 11n) * P64[0]) & mask64
  hash = ((hash ^ (hash >> 33n)) * P64[1]) & mask64
  hash = ((hash ^ (hash >> 29n)) * P64[2]) & mask64
  return hash ^ (hash >> 32n)
}

const P32 = [0x9e3779b1n, 0x85ebca77n, 0xc2b2ae3dn, 0x27d4eb2fn, 0x165667b1n]
const mask32 = 0xffffffffn
const rotl32 = (value: bigint, bits: bigint) => ((value << bits) | (value >> (32n - bits))) & mask32
const round32 = (acc: bigint, input: bigint) => (rotl32((acc + input * P32[1]) & mask32, 13n) * P32[0]) & mask32

/** XXH32 with seed 0, as the spec states it. */
function plainXxh32(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length)
  let offset = 0
  let hash: bigint
  if (bytes.length >= 16) {
    const lanes = [(P32[0] + P32[1]) & mask32, P32[1], 0n, -P32[0] & mask32]
    for (; offset + 16 <= bytes.length; offset += 16) {
      for (let lane = 0; lane < 4; lane++) lanes[lane] = round32(lanes[lane], BigInt(view.getUint32(offset + 4 * lane, true)))
    }
    hash = (rotl32(lanes[0], 1n) + rotl32(lanes[1], 7n) + rotl32(lanes[2], 12n) + rotl32(lanes[3], 18n)) & mask32
  } else {
    hash = P32[4]
  }
  hash = (hash + BigInt(bytes.length)) & mask32
  for (; offset + 4 <= bytes.length; offset += 4) hash = (rotl32((hash + BigInt(view.getUint32(offset, true)) * P32[2]) & mask32, 17n) * P32[3]) & mask32
  for (; offset < bytes.length; offset++) hash = (rotl32((hash + BigInt(bytes[offset]) * P32[4]) & mask32, 11n) * P32[0]) & mask32
  hash = ((hash ^ (hash >> 15n)) * P32[1]) & mask32
  hash = ((hash ^ (hash >> 13n)) * P32[2]) & mask32
  return Number(hash ^ (hash >> 16n))
}

function hashed(bytes: Uint8Array): {xxh64: string; xxh32: number} {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length)
  const out = new Uint32Array(2)
  xxh64(view, bytes.length, out)
  return {xxh64: out[0].toString(16).padStart(8, '0') + out[1].toString(16).padStart(8, '0'), xxh32: xxh32(view, bytes.length)}
}

const utf8 = (text: string) => new TextEncoder().encode(text)

/** Each code point's UTF-8 bytes, a lone surrogate's as well (WTF-8): a well-formed text's UTF-8. */
function wtf8(text: string): Uint8Array {
  const bytes: number[] = []
  for (const character of text) {
    const code = character.codePointAt(0)!
    if (code < 0x80) bytes.push(code)
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f))
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f))
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f))
  }
  return Uint8Array.from(bytes)
}

const modes: FingerprintMode[] = ['exact', 'whitespace', 'letters']
const piece = fc.oneof(
  fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', '\u2028', 'e\u0301', '\u0130', 'ß', 'ﺍ', '\ud800', '\udc00', '😀'),
  fc.string({unit: 'binary', maxLength: 4}),
  fc.constantFrom('All', 'human', 'beings', 'يولد', 'جميع', 'الناس', '١٩٤٨', 'Всe')
)
const text = fc.array(piece, {maxLength: 24}).map((pieces) => pieces.join(''))

describe('xxh64 and xxh32', () => {
  it('export their API', async () => {
    expect(Object.keys(await import('../../src/text/xxhash.js')).sort()).toEqual(['xxh32', 'xxh64'])
  })

  it('give the test vectors of the reference implementation', () => {
    // `printf %s TEXT | xxhsum -H1` and `-H0`: the spec's vectors, one past the 32-byte stripes, one in Arabic (94 bytes).
    const vectors: Array<[string, string, number]> = [
      ['', 'ef46db3751d8e999', 0x02cc5d05],
      ['a', 'd24ec4f1a98c6e5b', 0x550d7456],
      ['abc', '44bc2cf5ad770999', 0x32d153ff],
      ['Nobody inspects the spammish repetition', 'fbcea83c8a378bf1', 0xe2293b2f],
      ['يولد جميع الناس أحراراً متساوين في الكرامة والحقوق.', 'de8b300c1a0ce8a7', 0x45245353]
    ]
    for (const [value, xxh64Hex, xxh32Value] of vectors) {
      expect(hashed(utf8(value)), value).toEqual({xxh64: xxh64Hex, xxh32: xxh32Value})
      expect(plainXxh64(utf8(value)).toString(16).padStart(16, '0')).toBe(xxh64Hex)
      expect(plainXxh32(utf8(value))).toBe(xxh32Value)
    }
  })

  it('agree with the spec for any bytes, at every length through each path (stripes, 8, 4 and 1 byte)', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 300}), (bytes) => {
        expect(hashed(bytes)).toEqual({xxh64: plainXxh64(bytes).toString(16).padStart(16, '0'), xxh32: plainXxh32(bytes)})
      }),
      {numRuns: 1000}
    )
    const bytes = Uint8Array.from({length: 200}, (_, index) => (index * 151 + 7) & 0xff)
    for (let length = 0; length <= bytes.length; length++) {
      const prefix = bytes.subarray(0, length)
      expect(hashed(prefix).xxh64, `length ${length}`).toBe(plainXxh64(prefix).toString(16).padStart(16, '0'))
      expect(hashed(prefix).xxh32, `length ${length}`).toBe(plainXxh32(prefix))
    }
  })
})

describe('fingerprint', () => {
  it('exports its API', async () => {
    expect(Object.keys(await import('../../src/text/fingerprint.js')).sort()).toEqual(['fingerprint', 'fingerprintKey', 'fingerprintWords'])
  })

  it('keys as the plain definition, and hashes the UTF-8 of the key, for any text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...modes), (value, mode) => {
        const key = plainKey(value, mode)
        const digest = plainXxh64(wtf8(key))
        expect(fingerprintKey(value, mode)).toBe(key)
        expect(fingerprint(value, mode)).toBe(digest.toString(16).padStart(16, '0'))
        expect(fingerprintWords(value, mode)).toEqual([Number(digest >> 34n), Number((digest & 0xffffffffn) >> 2n), plainXxh32(wtf8(key)) >>> 2])
      }),
      {numRuns: 500}
    )
  })

  it('gives `xxhsum` digests: the empty text, and one too long for the shared buffer', () => {
    expect(fingerprint('', 'exact')).toBe('ef46db3751d8e999')
    expect(fingerprint('abc', 'whitespace')).toBe('44bc2cf5ad770999')
    const long = udhrArticles('arb').get(1)![0].repeat(6000)
    expect(fingerprint(long, 'exact')).toBe(plainXxh64(utf8(long)).toString(16).padStart(16, '0'))
    expect(fingerprint('abc', 'exact')).toBe('44bc2cf5ad770999')
  })

  it('tells apart texts that differ only in a lone surrogate, which UTF-8 would write as U+FFFD', () => {
    const texts = ['tweet \ud83d', 'tweet \ud83e', 'tweet \ufffd', 'tweet \udc00', 'tweet 😀', '\ud83d\ud83d']
    const prints = texts.map((value) => fingerprintWords(value, 'exact').join())
    expect(new Set(prints).size).toBe(texts.length)
    // A well-formed text hashes its plain UTF-8; a lone surrogate its three WTF-8 bytes (ED A0 BD for U+D83D).
    expect(fingerprint('tweet 😀', 'exact')).toBe(plainXxh64(utf8('tweet 😀')).toString(16).padStart(16, '0'))
    expect(fingerprint('tweet \ud83d', 'exact')).toBe(plainXxh64(Uint8Array.from([...utf8('tweet '), 0xed, 0xa0, 0xbd])).toString(16).padStart(16, '0'))
    expect(wtf8('tweet \ud83d')).toEqual(Uint8Array.from([...utf8('tweet '), 0xed, 0xa0, 0xbd]))
  })

  it('folds white space and NFC in `whitespace` mode, and nothing else', () => {
    const article = udhrArticles('arb').get(1)![0]
    const spaced = `  ${article.replace(/ /g, '\u00a0 ')}\n`
    expect(fingerprintWords(spaced, 'whitespace')).toEqual(fingerprintWords(article, 'whitespace'))
    expect(fingerprintWords(spaced, 'exact')).not.toEqual(fingerprintWords(article, 'exact'))
    expect(fingerprint('caf\u00e9', 'whitespace')).toBe(fingerprint('cafe\u0301', 'whitespace'))
    expect(fingerprint(article, 'whitespace')).not.toBe(fingerprint(article.slice(1), 'whitespace'))
  })

  it('keeps the words below 2^30, and the hex print 16 digits', () => {
    for (const word of fingerprintWords(udhrArticles('eng').get(1)![0], 'letters')) {
      expect(word).toBeGreaterThanOrEqual(0)
      expect(word).toBeLessThan(2 ** 30)
    }
    expect(fingerprint('All human beings', 'letters')).toMatch(/^[\da-f]{16}$/)
  })

  it('gives every paragraph of the UDHR in three scripts its own print', () => {
    for (const code of ['eng', 'arb', 'rus']) {
      const paragraphs = [...new Set([...udhrArticles(code).values()].flat())]
      const prints = new Set(paragraphs.map((paragraph) => fingerprintWords(paragraph, 'exact').join()))
      expect(prints.size).toBe(paragraphs.length)
    }
  })
})
