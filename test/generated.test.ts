// Docs, schema and the README's rules table are generated from the rules;
// a committed copy that differs from what the rules now say is stale.

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {generatedFiles} from '../src/report/generated.js'

describe('generated files', () => {
  for (const [file, render] of Object.entries(generatedFiles)) {
    it(`${file} is up to date (run \`npm run generate\`)`, () => {
      const committed = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')
      expect(render(committed)).toBe(committed)
    })
  }
})
