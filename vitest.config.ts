import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // examples/: the example plugin's own RuleTester tests run with the suite.
    include: ['test/**/*.test.ts', 'examples/**/*.test.js'],
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
