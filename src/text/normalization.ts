// Text that is not in Unicode Normalization Form C, and Arabic presentation
// forms. NFC (UAX #15) is what the W3C Character Model asks of text on the
// wire: two spellings of the same letter (`é` and `e` + U+0301, `آ` and
// `ا` + U+0653) compare unequal, so search, deduplication and every
// cross-version check miss them. Presentation forms (U+FB50–U+FDFF,
// U+FE70–U+FEFE) are glyphs, not letters: they come from PDF extraction
// and legacy encodings, and NFKC maps them to the letters they show.

import type {Span} from '../engine/types.js'

export type NormalizationKind = 'composition' | 'markOrder' | 'presentationForm' | 'ligature'

export interface NormalizationFinding {
  span: Span
  found: string
  expected: string
  kind: NormalizationKind
}

/** Arabic Presentation Forms-A and -B, without the noncharacters U+FDD0–U+FDEF and U+FEFF (a BOM). */
const presentationForm = /[\uFB50-\uFDCF\uFDF0-\uFDFF\uFE70-\uFEFE]/u
const presentationForms = /[\uFB50-\uFDCF\uFDF0-\uFDFF\uFE70-\uFEFE]+/gu
/**
 * The word ligatures (ﷲ, ﷺ, ﷽ …, U+FDF0–U+FDFD) are written on purpose in
 * religious text, where NFKC would expand one sign into a phrase.
 */
const wordLigature = /^[\uFDF0-\uFDFD]$/u

// Made at first use: the first segmenter of a process loads ICU's break rules (about 20 ms of start-up).
let graphemes: Intl.Segmenter | undefined

/** Whether NFC only reorders the combining marks (same characters, another order). */
function onlyReordered(found: string, expected: string): boolean {
  if (found.length !== expected.length) return false
  return [...found].sort().join('') === [...expected].sort().join('')
}

const word = /\S+/gu

/** Longer texts are cut into windows for the segmenter, whose iteration slows down with the length of the text it walks. */
const WINDOW = 256

/**
 * Call `visit` with each grapheme cluster of `text` and its offset. A long
 * text is segmented a window at a time, each window starting at a cluster
 * boundary and its last cluster, perhaps cut, segmented again with the next.
 * UAX #29's rules look back no further than the cluster they are in, so the
 * clusters are those of the whole text.
 */
function eachCluster(text: string, visit: (cluster: string, index: number) => void): void {
  graphemes ??= new Intl.Segmenter('und', {granularity: 'grapheme'})
  if (text.length <= WINDOW) {
    for (const {segment, index} of graphemes.segment(text)) visit(segment, index)
    return
  }
  let start = 0
  let width = WINDOW
  while (start < text.length) {
    const end = Math.min(text.length, start + width)
    let next = end
    for (const {segment, index} of graphemes.segment(text.slice(start, end))) {
      if (end < text.length && start + index + segment.length === end) {
        next = start + index
        break
      }
      visit(segment, start + index)
    }
    // A cluster longer than the window: widen it.
    width = next === start ? width * 2 : WINDOW
    start = next
  }
}

/**
 * Clusters NFC changes, adjacent ones joined, in order. Only the words NFC
 * changes are cut into grapheme clusters: segmenting a whole text is ten
 * times slower, and NFC never composes across white space.
 */
function notNfc(text: string): NormalizationFinding[] {
  const findings: NormalizationFinding[] = []
  // The run of changed clusters being joined: where it starts and ends, its kind, and the NFC of each cluster.
  let start = 0
  let end = -1
  let kind: NormalizationKind = 'composition'
  let expected: string[] = []
  const flush = () => {
    if (expected.length > 0) findings.push({span: [start, end], found: text.slice(start, end), expected: expected.join(''), kind})
    expected = []
  }
  for (const match of text.matchAll(word)) {
    if (match[0].normalize('NFC') === match[0]) continue
    eachCluster(match[0], (segment, inWord) => {
      const nfc = segment.normalize('NFC')
      if (nfc === segment) return
      const index = match.index + inWord
      const clusterKind = onlyReordered(segment, nfc) ? 'markOrder' : 'composition'
      if (index !== end || clusterKind !== kind) {
        flush()
        start = index
        kind = clusterKind
      }
      end = index + segment.length
      expected.push(nfc)
    })
  }
  flush()
  return findings
}

function presentationRuns(text: string): NormalizationFinding[] {
  const findings: NormalizationFinding[] = []
  for (const match of text.matchAll(presentationForms)) {
    // Word ligatures split a run: each other stretch is its own finding.
    let start = match.index
    const flush = (end: number) => {
      if (end > start) {
        const found = text.slice(start, end)
        findings.push({span: [start, end], found, expected: found.normalize('NFKC'), kind: 'presentationForm'})
      }
    }
    for (let offset = match.index; offset < match.index + match[0].length; offset++) {
      const character = text[offset]
      if (!wordLigature.test(character)) continue
      flush(offset)
      findings.push({span: [offset, offset + 1], found: character, expected: character.normalize('NFKC'), kind: 'ligature'})
      start = offset + 1
    }
    flush(match.index + match[0].length)
  }
  return findings
}

/**
 * Every place where `text` is not in NFC, and every run of Arabic
 * presentation forms with the base letters it stands for, in order.
 */
export function normalizationFindings(text: string): NormalizationFinding[] {
  const nfc = text.normalize('NFC') === text
  if (nfc && !presentationForm.test(text)) return []
  const findings = [...(nfc ? [] : notNfc(text)), ...presentationRuns(text)]
  // A presentation form is NFC already, so the two kinds never overlap.
  return findings.sort((a, b) => a.span[0] - b.span[0])
}

/** `U+0627 U+0653`: the code points of a string, for messages about invisible differences. */
export function codePoints(text: string): string {
  return [...text].map((character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')
}
