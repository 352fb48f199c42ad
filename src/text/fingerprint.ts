// Fingerprints of texts for duplicate detection: a normalised key hashed
// to 64 bits, so that a corpus-wide state holds 16 hex digits per side
// instead of the text. OpusFilter's `remove_duplicates` (xxh64) and
// bifixer's dedup hash work the same way; SHA-1 comes with Node.

import {createHash} from 'node:crypto'

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
  if (mode === 'whitespace') return normalized.replace(whiteSpace, ' ').trim()
  return (normalized.match(lettersAndDigits) ?? []).join(' ').toLocaleLowerCase('und')
}

/** 16 hex digits of the SHA-1 of the key: collisions are negligible below billions of texts. */
export function fingerprint(text: string, mode: FingerprintMode): string {
  return createHash('sha1').update(fingerprintKey(text, mode)).digest('hex').slice(0, 16)
}
