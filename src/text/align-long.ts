// Alignment of long documents in a band of fixed width, so time and memory
// grow with the paragraphs, not their square. The first band follows the
// sure anchors (numbers and Latin tokens found in exactly one paragraph of
// each version); while a band doubled around the path found holds a cheaper
// one, or the path runs along the band's edge, it is doubled again.

import {bandAround, bandCells, beadPath, polylinePath, solveBand, type BeadCost, type Path, type Solution} from './align-band.js'
import type {AnchorRuns, SideFeatures} from './align-features.js'

/** Columns either side of the expected path in the first band. */
const firstWidth = 8
/** Cells the band may hold (a byte each for the moves): 64 MB whatever the length. */
const cellBudget = 64 * 1024 * 1024
/** Bands tried at most, each twice as wide as the last. */
const attempts = 6

/** Paragraphs of one side that hold each anchor, or -1 when more than one does. */
function onlyHolders(anchors: AnchorRuns): Map<number, number> {
  const holders = new Map<number, number>()
  for (let paragraph = 0; paragraph + 1 < anchors.start.length; paragraph++) {
    for (let at = anchors.start[paragraph]; at < anchors.start[paragraph + 1]; at++) {
      const anchor = anchors.ids[at]
      holders.set(anchor, holders.has(anchor) ? -1 : paragraph)
    }
  }
  return holders
}

/**
 * Paragraph pairs that share an anchor no other paragraph of either version
 * has, where neither paragraph is paired otherwise, as the longest chain
 * rising on both sides (pairs that cross it are dropped).
 */
export function sureAnchors(source: SideFeatures, target: SideFeatures): Array<[number, number]> {
  const inSource = onlyHolders(source.anchors)
  const inTarget = onlyHolders(target.anchors)
  const partner = new Map<number, number>()
  const claimed = new Map<number, number>()
  for (const [anchor, sourceIndex] of inSource) {
    const targetIndex = inTarget.get(anchor)
    if (sourceIndex < 0 || targetIndex === undefined || targetIndex < 0) continue
    // A paragraph paired with two different ones is no sure pair.
    partner.set(sourceIndex, partner.has(sourceIndex) && partner.get(sourceIndex) !== targetIndex ? -1 : targetIndex)
    claimed.set(targetIndex, claimed.has(targetIndex) && claimed.get(targetIndex) !== sourceIndex ? -1 : sourceIndex)
  }
  const pairs = [...partner]
    .filter(([sourceIndex, targetIndex]) => targetIndex >= 0 && claimed.get(targetIndex) === sourceIndex)
    .sort((a, b) => a[0] - b[0])
  return longestRisingChain(pairs)
}

/** The longest subsequence of `pairs` (sorted by source) whose targets rise too, by patience sorting. */
function longestRisingChain(pairs: Array<[number, number]>): Array<[number, number]> {
  const tails: number[] = []
  const before = new Int32Array(pairs.length)
  pairs.forEach(([, target], index) => {
    let lowest = 0
    let highest = tails.length
    while (lowest < highest) {
      const middle = (lowest + highest) >> 1
      if (pairs[tails[middle]][1] < target) lowest = middle + 1
      else highest = middle
    }
    before[index] = lowest > 0 ? tails[lowest - 1] : -1
    tails[lowest] = index
  })
  const chain: Array<[number, number]> = []
  for (let index = tails.length > 0 ? tails[tails.length - 1] : -1; index >= 0; index = before[index]) chain.push(pairs[index])
  return chain.reverse()
}

/** The path a long alignment starts from: straight lines through the sure anchors, each pair one 1-1 bead. */
export function anchorPath(source: SideFeatures, target: SideFeatures): Path {
  const points = sureAnchors(source, target).flatMap(([row, column]): Array<[number, number]> => [
    [row, column],
    [row + 1, column + 1]
  ])
  return polylinePath(source.lengths.length, target.lengths.length, points)
}

/**
 * The cheapest alignment in a band around `expected`, doubled around the
 * path found while that path runs along the band's edge or doubling finds a
 * cheaper one (paragraphs missing together pull the true path far from the
 * expected one, and a narrow band then holds a wrong path that need not
 * touch its edge), within the budget of cells.
 */
export function solveLong(rows: number, columns: number, cost: BeadCost, expected: Path): Solution {
  let width = firstWidth
  let best = solveBand(bandAround(rows, columns, expected, width), cost)
  let cheaper = true
  for (let attempt = 1; attempt < attempts && (best.touchesEdge || cheaper); attempt++) {
    const band = bandAround(rows, columns, best.cost < Number.POSITIVE_INFINITY ? beadPath(rows, best.beads) : expected, 2 * width)
    if (bandCells(band) > cellBudget) break
    width *= 2
    // The wider band holds the last path, so its cost is no higher.
    const wider = solveBand(band, cost)
    cheaper = wider.cost < best.cost
    best = wider
  }
  return best
}
