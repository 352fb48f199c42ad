// #27: paragraph alignment of long documents in a band of fixed width, so
// time and memory grow with the paragraphs. The band follows the path it
// finds, so paragraphs missing together are still found where they are.

import {describe, expect, it} from 'vitest'
import {PythonRandom} from '../../bench/python-random.js'
import {alignParagraphs, type Bead} from '../../src/text/align.js'
import {growth} from '../helpers/doubling.js'

const latin = [...'abcdefghijklmnopqrstuvwxyz']
const arabic = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي']

/**
 * `count` paragraph pairs of 3 to 40 words; each Arabic word has as many
 * letters as its English one, give or take one. No numbers and no Latin
 * words in the Arabic: nothing but lengths aligns them.
 */
function paragraphPairs(count: number, seed: number): Array<[string, string]> {
  const random = new PythonRandom(seed)
  const word = (letters: string[], size: number) => Array.from({length: size}, () => random.choice(letters)).join('')
  return Array.from({length: count}, () => {
    const sizes = Array.from({length: random.randint(3, 40)}, () => random.randint(2, 9))
    const english = sizes.map((size) => word(latin, size)).join(' ')
    const translation = sizes.map((size) => word(arabic, size + random.randint(-1, 1))).join(' ')
    return [english + '.', translation + '.']
  })
}

/** For each source paragraph, the target paragraphs of its bead. */
function counterpartsOf(beads: Bead[]): string[] {
  const found: string[] = []
  for (const bead of beads) for (const index of bead.source) found[index] = bead.target.join('+')
  return found
}

describe('paragraph alignment of long documents', () => {
  it('matches every paragraph away from 100 missing together, in 2,000, to its own counterpart', () => {
    const pairs = paragraphPairs(2000, 7)
    const left = new Set([150, ...Array.from({length: 100}, (_, offset) => 700 + offset), 1500])
    const kept = pairs.map((_, index) => index).filter((index) => !left.has(index))
    const found = counterpartsOf(alignParagraphs(pairs.map(([source]) => source), kept.map((index) => pairs[index][1])))
    // Gale–Church smears a long gap into merges near it; a band that lost the path would misalign everything after.
    const away = kept.filter((index) => index < 690 || index >= 830)
    expect(away.filter((index) => found[index] !== String(kept.indexOf(index)))).toEqual([])
    expect([found[150], found[1500]]).toEqual(['', ''])
  })

  it('grows linearly with the paragraphs: 5,000, 10,000 and 20,000 a side, 1 % missing', () => {
    const pairs = paragraphPairs(20000, 11)
    const random = new PythonRandom(12)
    const kept = pairs.map(() => random.random() >= 0.01)
    const {times, perDoubling} = growth((size) => {
      alignParagraphs(
        pairs.slice(0, size).map(([source]) => source),
        pairs.slice(0, size).filter((_, index) => kept[index]).map(([, target]) => target)
      )
    }, 5000, 2)
    expect(perDoubling, `${times.map((time) => time.toFixed(0)).join(', ')} ms at 5,000, 10,000, 20,000`).toBeLessThan(2.5)
  }, 300_000)
})
