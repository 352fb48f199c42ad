// Start-up: the config's schemas are compiled when bilint is built, and a
// run loads only what its rules and paths need (issue #10, item 4).

import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {ValidateFunction} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {disagreements, schemasToCompile} from '../scripts/build-validators.js'
import {configSchema} from '../src/config/schema.js'
import {schemaKey} from '../src/config/schema-key.js'
import {copyOfCorpus, enAr, makeProject, repoRoot, runCli} from './helpers/cli.js'
import {udhrPair} from './fixtures/udhr.js'

const generatedFile = path.join(repoRoot, 'dist/src/config/validators.generated.cjs')
const generated = () => createRequire(import.meta.url)(generatedFile) as Record<string, ValidateFunction>

describe('validators compiled by the build', () => {
  it('cover the core keys and the options of every core rule, and answer as Ajv does', () => {
    const validators = generated()
    expect(Object.keys(validators)).toContain(schemaKey(configSchema([], {ruleEntries: false})))
    for (const rule of rules) expect(Object.keys(validators), rule.meta.id).toContain(schemaKey(rule.meta.schema))
    expect(disagreements(validators)).toEqual([])
  })

  it('fail the build when one answers otherwise than its schema', () => {
    const validators = {...generated()}
    const core = schemaKey(configSchema([], {ruleEntries: false}))
    const lengthRatio = schemaKey(rules.find((rule) => rule.meta.id === 'length-ratio')!.meta.schema)
    // The core validator under the key of length-ratio's options, and no core validator at all.
    validators[lengthRatio] = validators[core]
    delete validators[core]
    const found = disagreements(validators, schemasToCompile())
    expect(found).toContain(`${core}: no validator generated`)
    expect(found.some((line) => line.startsWith(`${lengthRatio} on `))).toBe(true)
  })
})

describe('what a run loads', () => {
  /** The CLI run in `cwd` with a module-load trace: ES modules by the loader hook, CommonJS ones from require.cache. */
  async function loadedModules(cwd: string, args: string[] = []): Promise<{code: number; modules: string[]}> {
    const trace = path.join(cwd, 'loaded.txt')
    const preload = path.join(cwd, 'trace.mjs')
    const hook = `import {appendFileSync} from 'node:fs'; export async function load(url, context, next) { appendFileSync(${JSON.stringify(trace)}, url + '\\n'); return next(url, context) }`
    writeFileSync(
      preload,
      [
        `import {register, createRequire} from 'node:module'`,
        `import {appendFileSync} from 'node:fs'`,
        `register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}))`,
        `const require = createRequire(import.meta.url)`,
        `process.on('exit', () => appendFileSync(${JSON.stringify(trace)}, Object.keys(require.cache).join('\\n') + '\\n'))`
      ].join('\n')
    )
    const {code} = await runCli(args, cwd, {NODE_OPTIONS: `--import=${preload}`})
    return {code, modules: readFileSync(trace, 'utf8').split('\n').filter(Boolean)}
  }
  const packages = (modules: string[]) => new Set(modules.flatMap((module) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(module)?.[1] ?? []))

  it('lints the sample corpus without Ajv\'s compiler, franc, retext, the confusables table, the XML parser, the thread pool or nine of the ten formatters', async () => {
    const {code, modules} = await loadedModules(copyOfCorpus())
    expect(code).toBe(1)
    const loaded = packages(modules)
    expect(loaded).toContain('globby')
    // Nor the XML and JSONL readers' parsers, the pool of threads, the diffs of --fix-dry-run.
    for (const name of ['franc', 'retext', 'unified', 'unicode-confusables', 'saxes', 'jsonc-parser', 'piscina', 'diff']) expect(loaded, name).not.toContain(name)
    // One formatter: the default, stylish.
    expect(modules.filter((module) => /\/src\/report\/(stylish|json|sarif|html\/index|junit|compact)\.js$/.test(module)).map((module) => path.basename(module))).toEqual(['stylish.js'])
    // The generated code needs two of Ajv's run-time helpers, not its compiler.
    expect(modules.filter((module) => module.includes('/node_modules/ajv/')).map((module) => path.basename(module)).sort()).toEqual(['equal.js', 'ucs2length.js'])
    expect(modules.some((module) => module.endsWith('/validators.generated.cjs'))).toBe(true)
    expect(modules.some((module) => /\/src\/cli\/(init(-\w+)?|explain|shard|cache)\.js$/.test(module))).toBe(false)
  })

  it('reports a wrong option of a core rule without compiling its schema', async () => {
    // length-ratio's options are compiled by the build; a wrong one is reported with its path as before.
    const pair = udhrPair('eng', 'arb', 2)
    const folder = makeProject({
      '.lintrc.json': {...enAr, files: ['*.txt'], rules: {'length-ratio': ['error', {threshold: 'high'}]}},
      'a.txt': [...pair.source, ...pair.target].join('\n\n') + '\n'
    })
    const run = await runCli([], folder)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('bilint: .lintrc.json: rules.length-ratio[1].threshold: must be number\n')
    const {modules} = await loadedModules(folder)
    expect(modules.some((module) => module.includes('/node_modules/ajv/dist/compile/'))).toBe(false)
  })
})
