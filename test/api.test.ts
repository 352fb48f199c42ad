// The export surface is a contract: adding or removing an export is a change users see.
// Then the programmatic API as a program uses it: `lint()` and `fix()` on real files.

import {chmodSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigError, fix, lint} from '../src/index.js'
import {copyOfCorpus, repoRoot} from './helpers/cli.js'

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
    'fix',
    'formatters',
    'lint',
    'lintCorpus',
    'loadConfig',
    'ruleDocsUrl',
    'rules',
    'runExample'
  ])
})

it('exports the rule tester from bilint/testing', async () => {
  const testing = await import('../src/testing.js')
  expect(Object.keys(testing).sort()).toEqual(['RuleTester', 'checkInvalid', 'checkMeta', 'checkValid', 'exampleChecks'])
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'))
  expect(manifest.exports).toMatchObject({'.': './dist/src/index.js', './testing': './dist/src/testing.js'})
})

// Rules named one by one, so the results do not change when a rule joins `bilint:recommended`.
const sampleConfig = {languages: {source: 'en', target: 'ar'}, files: ['corpus/*.txt'], rules: {'paragraph-count': 'error'}}

describe('lint()', () => {
  it('returns ESLint results for a config object, a config file, or the nearest .lintrc.json', async () => {
    const cwd = copyOfCorpus()
    const fromObject = await lint({cwd, config: sampleConfig})
    expect(fromObject.map((result) => path.relative(cwd, result.filePath))).toEqual(['corpus/alalam-2020-07-08.txt'])
    const [result] = fromObject
    expect(result.errorCount).toBeGreaterThan(0)
    expect(result.messages).toContainEqual(expect.objectContaining({ruleId: 'paragraph-count', messageId: 'missing', line: 10, column: 1, severity: 2}))

    // The same config as a file: found from cwd, or named.
    writeFileSync(path.join(cwd, '.lintrc.json'), JSON.stringify({...sampleConfig, files: ['corpus/**/*.txt']}))
    const looked = await lint({cwd: path.join(cwd, 'corpus')})
    expect(looked.map((entry) => path.relative(cwd, entry.filePath))).toContain('corpus/udhr/articles-1-6.ar.txt')
    const named = await lint({cwd, config: '.lintrc.json', files: ['corpus/alalam-2020-07-08.txt']})
    expect(named).toEqual(fromObject)
  })

  it('throws a ConfigError that names the problem', async () => {
    const cwd = copyOfCorpus()
    const error = await lint({cwd, config: {...sampleConfig, rules: {'paragraf-count': 'error'}}}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toBe('<config>: rules.paragraf-count: unknown rule; did you mean "paragraph-count"? (bilint --list-rules lists them)')
  })
})

describe('fix()', () => {
  it('writes the safe fixes of a plugin rule and returns the results after fixing', async () => {
    const cwd = copyOfCorpus()
    mkdirSync(path.join(cwd, 'node_modules'))
    symlinkSync(repoRoot, path.join(cwd, 'node_modules/bilint'), 'dir')
    cpSync(path.join(repoRoot, 'examples/plugin'), path.join(cwd, 'lint-rules'), {recursive: true})
    const config = {...sampleConfig, plugins: ['./lint-rules/index.js'], rules: {'house-quotes': 'error'}}
    chmodSync(path.join(cwd, 'corpus/alalam-2020-07-08.txt'), 0o644)
    const before = await lint({cwd, config})
    expect(before[0].messages.map((message) => `${message.line}:${message.column}`)).toEqual(['14:132', '15:52', '15:141', '16:209', '17:112', '17:120'])
    const after = await fix({cwd, config})
    expect(after[0].messages).toEqual([])
    const text = readFileSync(path.join(cwd, 'corpus/alalam-2020-07-08.txt'), 'utf8')
    expect(text).toContain('«تركيا متأخرة')
    expect(text).toContain('«إسرائيل»')
    // The English version keeps its own house marks.
    expect(text).toContain('“Israel”')
  })
})
