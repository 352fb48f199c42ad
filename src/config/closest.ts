// "Did you mean": the nearest known name by edit distance, for unknown rules,
// options and flags. Kept apart from the validator so that the CLI's
// argument parser loads no schema compiler.

/** The known id nearest to a misspelt one, when it is near enough to suggest. */
export function closest(id: string, known: string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(3, Math.floor(id.length / 3)) + 1
  for (const candidate of known) {
    const distance = editDistance(id, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}
