// Growth of a piece of work as its input doubles, for #27's linearity tests:
// the work is timed at n, 2n and 4n in one run (the fastest of a few tries,
// after a warm-up), and the result is the growth per doubling, the square
// root of t(4n) / t(n). Linear work gives about 2; quadratic work 4. A ratio
// within one run does not depend on how fast or busy the machine is; choose
// n so that t(n) is some tens of milliseconds, above the timer's noise.

import {runExample} from '../../src/engine/examples.js'
import type {AnyRule, RuleExample} from '../../src/engine/rule.js'

function fastest(work: () => void, tries: number): number {
  let best = Infinity
  for (let attempt = 0; attempt < tries; attempt++) {
    const start = process.hrtime.bigint()
    work()
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6)
  }
  return best
}

export interface Growth {
  /** Milliseconds at n, 2n and 4n. */
  times: [number, number, number]
  /** The growth per doubling: √(t(4n) / t(n)). */
  perDoubling: number
}

/** Time `work(size)` at `n`, `2n` and `4n`. */
export function growth(work: (size: number) => void, n: number, tries = 3): Growth {
  work(n) // warm-up: compile and fill the caches at the smallest size
  const times = [n, 2 * n, 4 * n].map((size) => fastest(() => work(size), tries)) as Growth['times']
  return {times, perDoubling: Math.sqrt(times[2] / Math.max(times[0], 0.001))}
}

/** `growth` of one rule on the pair that `make(size)` builds. */
export function ruleGrowth(
  rule: AnyRule,
  make: (size: number) => Omit<RuleExample<unknown>, 'name'>,
  n: number,
  tries = 3
): Growth {
  return growth((size) => void runExample(rule, {name: 'doubling', ...make(size)}), n, tries)
}
