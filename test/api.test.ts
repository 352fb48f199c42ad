// The export surface is a contract: adding or removing an export is a change users see.

import {expect, it} from 'vitest'

it('exports the pipeline, the rule contract and the formatters', async () => {
  const api = await import('../src/index.js')
  expect(Object.keys(api).sort()).toEqual([
    'ConfigError',
    'alignParagraphs',
    'alignUnit',
    'counterparts',
    'defineRule',
    'exampleUnit',
    'findConfig',
    'formatters',
    'lintCorpus',
    'loadConfig',
    'rules',
    'runExample'
  ])
})
