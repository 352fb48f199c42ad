// Growth of a piece of work as its input doubles, for #27's linearity tests:
// the work is timed at n, 2n and 4n in one run (the fastest of a few tries,
// after a warm-up), and the result is the growth per doubling, the square
// root of t(4n) / t(n). Linear work gives about 2; quadratic work 4. The time
// is the process's CPU time, not the clock's, so that other processes on a
// busy machine do not count; a ratio within one run does not depend on how
// fast the machine is. Choose n so that t(n) is some tens of milliseconds,
// above the timer's noise.

import {runExample} from '../../src/engine/examples.js'
import type {AnyRule, RuleExample} from '../../src/engine/rule.js'

function fastest(work: () => void, tries: number): number {
  let best = Infinity
  for (let attempt = 0; attempt < tries; attempt++) {
    const start = process.cpuUsage()
    work()
    const {user, system} = process.cpuUsage(start)
    best = Math.min(best, (user + system) / 1000)
  }
  return best
}

export interface Growth {
  /** Milliseconds of CPU time at n, 2n and 4n. */
  times: [number, number, number]
  /** The growth per doubling: √(t(4n) / t(n)). */
  perDoubling: number
}

/** Time `work(size)` at `n`, `2n` and `4n`. */
export function growth(work: (size: number) => void, n: number, tries = 3): Growth {
  // Warm-up: compile and fill the caches at the smallest size, twice, so that the optimising compiler is done.
  work(n)
  work(n)
  const times = [n, 2 * n, 4 * n].map((size) => fastest(() => work(size), tries)) as Growth['times']
  return {times, perDoubling: Math.sqrt(times[2] / Math.max(times[0], 0.001))}
}

let tries = 0

/**
 * `growth` of one rule on the pair that `make(size)` builds. Each try's
 * sides end in a word of their own (`z`, `zz`, …), so that no memo of a
 * recent text (the date scan keeps the last few) answers a later try.
 */
export function ruleGrowth(
  rule: AnyRule,
  make: (size: number) => Omit<RuleExample<unknown>, 'name'>,
  n: number,
  tryCount = 3
): Growth {
  return growth((size) => {
    const example = make(size)
    tries = (tries + 1) % 13
    const word = 'z'.repeat(tries + 1)
    void runExample(rule, {name: 'doubling', ...example, source: `${example.source} ${word}`, target: `${example.target} ${word}`})
  }, n, tryCount)
}
