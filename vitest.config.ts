import {tmpdir} from 'node:os'
import path from 'node:path'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // examples/: the example plugin's own RuleTester tests run with the suite.
    include: ['test/**/*.test.ts', 'examples/**/*.test.js'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Stored date tables go to a folder of the test run, not the user's cache (the CLI runs inherit it).
    env: {BILINT_CACHE_DIR: path.join(tmpdir(), `bilint-test-cache-${process.pid}`)}
  }
})
