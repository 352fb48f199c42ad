// The progress line on a terminal's stderr: shown only for runs over a
// second, redrawn at most every 100 ms, cleared at the end.

import {expect, it} from 'vitest'
import {progressLine} from '../src/cli/main.js'

it('draws after a second, throttles, and clears the line at the end', () => {
  const written: string[] = []
  let now = 0
  const progress = progressLine({write: (text: string) => written.push(text), isTTY: true}, () => now)
  progress(1, 4)
  expect(written).toEqual([])
  now = 1500
  progress(2, 4)
  now = 1550
  progress(3, 4)
  now = 1700
  progress(4, 4)
  expect(written).toEqual(['\r\u001B[Kbilint: 2/4 inputs (50%)', '\r\u001B[K'])
})
