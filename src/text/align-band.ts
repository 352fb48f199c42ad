// The aligner's dynamic programme over a band: each row (source paragraph
// boundary) keeps one interval of columns (target boundaries), and the cells
// are stored row after row, so memory and time follow the band's area, never
// rows × columns. Costs are kept for the last three rows only, since no bead
// takes more than two paragraphs of a side.

export interface Bead {
  /** Paragraph indices of the source side (0, 1 or 2 of them, consecutive). */
  source: readonly number[]
  /** Paragraph indices of the target side. */
  target: readonly number[]
  /**
   * For a paragraph without counterpart: a neighbour on the same side that
   * fits the alignment almost as well in its place (two paragraphs of about
   * the same length), so either may be the one without counterpart.
   */
  alternative?: number
}

/** The cost of a bead of `sourceCount` paragraphs from `sourceFrom` and `targetCount` from `targetFrom`, its prior not included. */
export type BeadCost = (sourceFrom: number, sourceCount: number, targetFrom: number, targetCount: number) => number

/** Gale & Church's bead priors (NLTK `PRIORS`) as costs; 1-0 and 0-1 use the flat skip cost (NaN: no prior). */
const beadShapes: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, -Math.log(0.89)],
  [1, 0, Number.NaN],
  [0, 1, Number.NaN],
  [2, 1, -Math.log(0.089)],
  [1, 2, -Math.log(0.089)],
  [2, 2, -Math.log(0.011)]
]

/** The columns kept in each row, `low[row]` to `high[row]`, and where each row's cells start in the flat storage. */
export interface Band {
  rows: number
  columns: number
  low: Int32Array
  high: Int32Array
  start: Float64Array
}

function bandOf(rows: number, columns: number, low: Int32Array, high: Int32Array): Band {
  const start = new Float64Array(rows + 2)
  for (let row = 0; row <= rows; row++) start[row + 1] = start[row] + high[row] - low[row] + 1
  return {rows, columns, low, high, start}
}

/** Cells a band keeps. */
export function bandCells(band: Band): number {
  return band.start[band.rows + 1]
}

/** `width` columns either side of the straight line from the first cell to the last. */
export function diagonalBand(rows: number, columns: number, width: number): Band {
  const low = new Int32Array(rows + 1)
  const high = new Int32Array(rows + 1)
  for (let row = 0; row <= rows; row++) {
    const centre = rows === 0 ? 0 : Math.round((row * columns) / rows)
    low[row] = Math.max(0, centre - width)
    high[row] = Math.min(columns, centre + width)
  }
  return bandOf(rows, columns, low, high)
}

/** A path through the grid: the first and last column it takes in each row. */
export interface Path {
  first: Int32Array
  last: Int32Array
}

function emptyPath(rows: number): Path {
  return {first: new Int32Array(rows + 1).fill(2 ** 31 - 1), last: new Int32Array(rows + 1).fill(-1)}
}

function extend(path: Path, row: number, column: number): void {
  if (column < path.first[row]) path.first[row] = column
  if (column > path.last[row]) path.last[row] = column
}

/** The polyline through `points` (row, column), rising in both, from the first cell to the last. */
export function polylinePath(rows: number, columns: number, points: ReadonlyArray<readonly [number, number]>): Path {
  const path = emptyPath(rows)
  const corners = [[0, 0] as const, ...points, [rows, columns] as const]
  for (let index = 1; index < corners.length; index++) {
    const [fromRow, fromColumn] = corners[index - 1]
    const [toRow, toColumn] = corners[index]
    const slope = toRow === fromRow ? 0 : (toColumn - fromColumn) / (toRow - fromRow)
    for (let row = fromRow; row <= toRow; row++) {
      const here = fromColumn + (row - fromRow) * slope
      const next = row === toRow ? toColumn : here + slope
      extend(path, row, Math.max(0, Math.floor(here)))
      extend(path, row, Math.min(columns, Math.ceil(next)))
    }
  }
  return path
}

/** The cells a sequence of beads passes through, each bead's first and last row taking both its columns. */
export function beadPath(rows: number, beads: readonly Bead[]): Path {
  const path = emptyPath(rows)
  let row = 0
  let column = 0
  for (const bead of beads) {
    const nextRow = row + bead.source.length
    const nextColumn = column + bead.target.length
    for (let at = row; at <= nextRow; at++) {
      extend(path, at, column)
      extend(path, at, nextColumn)
    }
    row = nextRow
    column = nextColumn
  }
  return path
}

/** `width` columns either side of a path. */
export function bandAround(rows: number, columns: number, path: Path, width: number): Band {
  const low = new Int32Array(rows + 1)
  const high = new Int32Array(rows + 1)
  for (let row = 0; row <= rows; row++) {
    low[row] = Math.max(0, path.first[row] - width)
    high[row] = Math.min(columns, path.last[row] + width)
  }
  return bandOf(rows, columns, low, high)
}

export interface Solution {
  beads: Bead[]
  /** Infinite when the band holds no path from the first cell to the last. */
  cost: number
  /** Whether the path runs along an edge of the band that is not the grid's: a wider band might find a cheaper one. */
  touchesEdge: boolean
}

/** The cheapest sequence of beads inside `band`; among equal costs, the earlier shape of `beadShapes`. */
export function solveBand(band: Band, cost: BeadCost): Solution {
  const {rows, low, high, start} = band
  const move = new Uint8Array(bandCells(band))
  let widest = 0
  for (let row = 0; row <= rows; row++) widest = Math.max(widest, high[row] - low[row] + 1)
  const costs = [0, 1, 2].map(() => new Float64Array(widest))
  for (let row = 0; row <= rows; row++) {
    const here = costs[row % 3]
    for (let column = low[row]; column <= high[row]; column++) {
      if (row === 0 && column === 0) {
        here[0] = 0
        continue
      }
      let best = Number.POSITIVE_INFINITY
      let bestShape = 0
      for (let shape = 0; shape < beadShapes.length; shape++) {
        // Indexed, not destructured: array destructuring runs the iterator
        // protocol, which cold (not yet optimised) code pays per cell and shape.
        const bead = beadShapes[shape]
        const takeSource = bead[0]
        const takeTarget = bead[1]
        const priorCost = bead[2]
        const fromRow = row - takeSource
        const fromColumn = column - takeTarget
        if (fromRow < 0 || fromColumn < low[fromRow] || fromColumn > high[fromRow]) continue
        const previous = costs[fromRow % 3][fromColumn - low[fromRow]]
        if (previous === Number.POSITIVE_INFINITY) continue
        const beadCost = (Number.isNaN(priorCost) ? 0 : priorCost) + cost(fromRow, takeSource, fromColumn, takeTarget)
        if (previous + beadCost < best) {
          best = previous + beadCost
          bestShape = shape
        }
      }
      here[column - low[row]] = best
      move[start[row] + column - low[row]] = bestShape
    }
  }
  const total = band.columns >= low[rows] && band.columns <= high[rows] ? costs[rows % 3][band.columns - low[rows]] : Number.POSITIVE_INFINITY
  if (total === Number.POSITIVE_INFINITY) return {beads: [], cost: total, touchesEdge: true}
  return backtrack(band, move, total)
}

function range(from: number, count: number): number[] {
  return Array.from({length: count}, (_, offset) => from + offset)
}

function backtrack(band: Band, move: Uint8Array, total: number): Solution {
  const {low, high, start, columns} = band
  const beads: Bead[] = []
  let touchesEdge = false
  let row = band.rows
  let column = columns
  while (row > 0 || column > 0) {
    touchesEdge ||= (column === low[row] && low[row] > 0) || (column === high[row] && high[row] < columns)
    const [takeSource, takeTarget] = beadShapes[move[start[row] + column - low[row]]]
    beads.push({source: range(row - takeSource, takeSource), target: range(column - takeTarget, takeTarget)})
    row -= takeSource
    column -= takeTarget
  }
  return {beads: beads.reverse(), cost: total, touchesEdge}
}
