// Fingerprints of texts for duplicate detection: a normalised key hashed
// to 64 bits (16 hex digits, within a document) or 60 (two small integers,
// in a corpus-wide state), so that nothing holds the text itself. OpusFilter's `remove_duplicates` (xxh64) and
// bifixer's dedup hash work the same way; SHA-1 comes with Node.

import {hash} from 'node:crypto'
import {hasUnusualSpace} from './whitespace.js'

/**
 * How texts are compared: `exact`; `whitespace` (NFC, runs of white space
 * as one space, trimmed); `letters` (letters and digits only, case-folded:
 * OpusFilter's `letters_only` + `lowercase`).
 */
export type FingerprintMode = 'exact' | 'whitespace' | 'letters'

const whiteSpace = /\s+/gu
const lettersAndDigits = /[\p{L}\p{N}]+/gu

export function fingerprintKey(text: string, mode: FingerprintMode): string {
  if (mode === 'exact') return text
  const normalized = text.normalize('NFC')
  if (mode === 'whitespace') {
    // Most texts are their own key: one scan spares the copies of `replace` and `trim`.
    return hasUnusualSpace(normalized) ? normalized.replace(whiteSpace, ' ').trim() : normalized
  }
  return (normalized.match(lettersAndDigits) ?? []).join(' ').toLocaleLowerCase('und')
}

/**
 * SHA-1 of the key by the one-shot `crypto.hash` (Node ≥ 20.12), a third of
 * the time of `createHash().update().digest()` on a segment. The digests are
 * those of earlier versions, so `--cache` files and shard reports made by
 * them still hold the same fingerprints.
 */
function digestOf(text: string, mode: FingerprintMode): Buffer {
  return hash('sha1', fingerprintKey(text, mode), 'buffer')
}

/** 16 hex digits of the SHA-1 of the key: collisions are negligible below billions of texts. */
export function fingerprint(text: string, mode: FingerprintMode): string {
  return digestOf(text, mode).toString('hex', 0, 8)
}

/**
 * 60 bits of the same hash as two 30-bit integers: V8 keeps integers below
 * 2^30 inside an array slot, where 16 hex digits are a string object and a
 * 32-bit word a heap number. Collisions stay negligible below a billion texts.
 */
export function fingerprintWords(text: string, mode: FingerprintMode): [number, number] {
  const digest = digestOf(text, mode)
  return [digest.readUInt32BE(0) >>> 2, digest.readUInt32BE(4) >>> 2]
}
