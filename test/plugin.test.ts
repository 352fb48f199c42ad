// The example plugin (examples/plugin/) as a project uses it: copied into
// the project, named in `.lintrc.json`, run, explained and fixed by the
// built binary. Then `--explain` and the "did you mean" of the CLI.

import {chmodSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {main} from '../src/cli/main.js'
import {ruleDocsUrl} from '../src/report/rule-docs.js'
import {copyOfCorpus, repoRoot, runCli} from './helpers/cli.js'

/** The CLI in this process (quicker than the binary): exit code, stdout, stderr. */
async function inProcess(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {cwd, stdout: {write: (text: string) => (stdout += text)}, stderr: {write: (text: string) => (stderr += text)}})
  return {code, stdout, stderr}
}

/** The sample corpus with the example plugin in `lint-rules/` and bilint installed. */
function projectWithPlugin(): string {
  const folder = copyOfCorpus()
  mkdirSync(path.join(folder, 'node_modules'))
  symlinkSync(repoRoot, path.join(folder, 'node_modules/bilint'), 'dir')
  cpSync(path.join(repoRoot, 'examples/plugin'), path.join(folder, 'lint-rules'), {recursive: true})
  const config = {
    languages: {source: 'en', target: 'ar'},
    files: ['corpus/alalam-2020-07-08.txt'],
    plugins: ['./lint-rules/index.js'],
    rules: {'house-quotes': ['error', {marks: {ar: ['«', '»'], en: ['“', '”']}}]}
  }
  writeFileSync(path.join(folder, '.lintrc.json'), JSON.stringify(config, null, 2))
  chmodSync(path.join(folder, 'corpus/alalam-2020-07-08.txt'), 0o644)
  return folder
}

describe('the example plugin from .lintrc.json', () => {
  it('reports the Arabic version’s English quotation marks, explains the rule, and --fix applies the house marks', async () => {
    const folder = projectWithPlugin()
    const linted = await runCli([], folder)
    expect(linted.stderr).toBe('')
    expect(linted.code).toBe(1)
    const rows = linted.stdout.split('\n').filter((line) => line.includes('house-quotes'))
    expect(rows.map((row) => row.trim().split(/\s+/)[0])).toEqual(['14:132', '15:52', '15:141', '16:209', '17:112', '17:120'])
    expect(linted.stdout).toContain('Unexpected `“` in the Arabic version, expected `«`: the house quotes Arabic with `«…»`')

    const explained = await inProcess(['--explain', 'house-quotes'], folder)
    expect(explained.code).toBe(0)
    expect(explained.stdout).toMatch(/^house-quotes\n\nQuotations use the house quotation marks of their language\./)
    expect(explained.stdout).toContain('Invalid: English quotation marks in the Arabic version')

    const fixed = await runCli(['--fix'], folder)
    expect(fixed.code).toBe(0)
    const text = readFileSync(path.join(folder, 'corpus/alalam-2020-07-08.txt'), 'utf8')
    expect(text.split('\n')[16]).toContain('«إسرائيل»')
    expect(text.split('\n')[5]).toContain('“The Caesar Act')
  })
})

describe('bilint --explain', () => {
  it('prints a core rule’s page for the terminal, with its docs URL', async () => {
    const {code, stdout} = await inProcess(['--explain', 'paragraph-count'], repoRoot)
    expect(code).toBe(0)
    expect(stdout).not.toContain('<!--')
    expect(stdout).not.toContain('```')
    expect(stdout).toContain('What it does')
    expect(stdout).toContain(rules.find((rule) => rule.meta.id === 'paragraph-count')!.meta.docs.what.slice(0, 60))
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`Docs: ${ruleDocsUrl('paragraph-count')}`)
  })

  it('exits 2 on an unknown rule, naming the nearest, and on an unknown flag', async () => {
    const rule = await inProcess(['--explain', 'paragraph-counts'], repoRoot)
    expect(rule.code).toBe(2)
    expect(rule.stdout).toBe('')
    expect(rule.stderr).toContain('Unknown rule `paragraph-counts`; did you mean `paragraph-count`?')
    const flag = await inProcess(['--max-warning', '3'], repoRoot)
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain('Unknown option `--max-warning`; did you mean `--max-warnings`?')
  })
})

describe('ruleDocsUrl', () => {
  it('gives every core rule the path of its generated page, and a plugin rule its own URL or none', () => {
    for (const rule of rules) expect(ruleDocsUrl(rule)).toMatch(new RegExp(`(^|/)docs/rules/${rule.meta.id}\\.md$`))
    const plugin = {...rules[0], meta: {...rules[0].meta, id: 'house-quotes', docs: {...rules[0].meta.docs, url: 'https://example.org/house-quotes'}}}
    expect(ruleDocsUrl(plugin)).toBe('https://example.org/house-quotes')
    expect(ruleDocsUrl({...plugin, meta: {...plugin.meta, docs: rules[0].meta.docs}})).toBeUndefined()
    expect(ruleDocsUrl('house-quotes')).toBeUndefined()
  })
})
