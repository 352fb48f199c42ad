// Fingerprints for duplicate-unit: the fast key and one-shot hash must give the
// digests of the plain definition (NFC, white space folded, SHA-1), which
// `--cache` files and shard reports of earlier versions hold.

import {createHash} from 'node:crypto'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fingerprint, fingerprintKey, fingerprintWords, type FingerprintMode} from '../../src/text/fingerprint.js'
import {udhrArticles} from '../fixtures/udhr.js'

/** The keys as first written: no shortcut. */
function plainKey(text: string, mode: FingerprintMode): string {
  if (mode === 'exact') return text
  const normalized = text.normalize('NFC')
  if (mode === 'whitespace') return normalized.replace(/\s+/gu, ' ').trim()
  return (normalized.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ').toLocaleLowerCase('und')
}

function plainWords(text: string, mode: FingerprintMode): [number, number] {
  const digest = createHash('sha1').update(plainKey(text, mode)).digest()
  return [digest.readUInt32BE(0) >>> 2, digest.readUInt32BE(4) >>> 2]
}

const modes: FingerprintMode[] = ['exact', 'whitespace', 'letters']
const piece = fc.oneof(
  fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', '\u2028', 'e\u0301', '\u0130', 'ß', 'ﺍ', '\ud800', '\udc00', '😀'),
  fc.string({unit: 'binary', maxLength: 4}),
  fc.constantFrom('All', 'human', 'beings', 'يولد', 'جميع', 'الناس', '١٩٤٨', 'Всe')
)
const text = fc.array(piece, {maxLength: 12}).map((pieces) => pieces.join(''))

describe('fingerprint', () => {
  it('exports its API', async () => {
    expect(Object.keys(await import('../../src/text/fingerprint.js')).sort()).toEqual(['fingerprint', 'fingerprintKey', 'fingerprintWords'])
  })

  it('keys and hashes exactly as the plain definition, for any text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...modes), (value, mode) => {
        expect(fingerprintKey(value, mode)).toBe(plainKey(value, mode))
        expect(fingerprintWords(value, mode)).toEqual(plainWords(value, mode))
        expect(fingerprint(value, mode)).toBe(createHash('sha1').update(plainKey(value, mode)).digest('hex').slice(0, 16))
      }),
      {numRuns: 500}
    )
  })

  it('gives the digests of earlier versions on real text in three scripts', () => {
    for (const code of ['eng', 'arb', 'rus']) {
      for (const paragraph of [...udhrArticles(code).values()].flat()) {
        for (const mode of modes) expect(fingerprintWords(paragraph, mode)).toEqual(plainWords(paragraph, mode))
      }
    }
  })

  it('folds white space and NFC in `whitespace` mode, and nothing else', () => {
    const article = udhrArticles('arb').get(1)![0]
    const spaced = `  ${article.replace(/ /g, '\u00a0 ')}\n`
    expect(fingerprintWords(spaced, 'whitespace')).toEqual(fingerprintWords(article, 'whitespace'))
    expect(fingerprintWords(spaced, 'exact')).not.toEqual(fingerprintWords(article, 'exact'))
    expect(fingerprint('caf\u00e9', 'whitespace')).toBe(fingerprint('cafe\u0301', 'whitespace'))
    expect(fingerprint(article, 'whitespace')).not.toBe(fingerprint(article.slice(1), 'whitespace'))
  })

  it('keeps both words below 2^30, and the hex print 16 digits', () => {
    const [high, low] = fingerprintWords(udhrArticles('eng').get(1)![0], 'letters')
    expect(high).toBeLessThan(2 ** 30)
    expect(low).toBeLessThan(2 ** 30)
    expect(fingerprint('All human beings', 'letters')).toMatch(/^[\da-f]{16}$/)
  })
})
