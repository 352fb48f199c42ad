// Config resolution: extends, overrides, presets and --rule, through loadConfig.

import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {configForFile} from '../src/config/for-file.js'
import {applyCliRules, loadConfig} from '../src/config/load.js'
import {makeProject} from './helpers/cli.js'

const load = (cwd: string, configPath?: string) => loadConfig({cwd, lookup: true, configPath, coreRules: rules})

describe('loadConfig', () => {
  it('finds .lintrc.json in a parent folder', async () => {
    const folder = makeProject({'.lintrc.json': {languages: {source: 'en', target: 'fr'}}, 'deep/er/x.txt': ''})
    const config = await load(path.join(folder, 'deep/er'))
    expect(config.configPath).toBe(path.join(folder, '.lintrc.json'))
    expect(config.languages).toEqual({source: 'en', target: 'fr'})
  })

  it('merges extended configs, keeping options when a later config gives only a severity', async () => {
    const folder = makeProject({
      'base.json': {languages: {source: 'en', target: 'ar'}, rules: {'paragraph-count': ['warn', {reparagraphed: true}]}},
      '.lintrc.json': {extends: ['./base.json'], rules: {'paragraph-count': 'error'}}
    })
    const config = await load(folder)
    expect(config.languages).toEqual({source: 'en', target: 'ar'})
    expect(config.rules.get('paragraph-count')).toEqual({severity: 2, options: {reparagraphed: true}})
  })

  it('rejects a cycle of extends', async () => {
    const folder = makeProject({'a.json': {extends: ['./.lintrc.json']}, '.lintrc.json': {extends: ['./a.json']}})
    await expect(load(folder)).rejects.toThrow('extends: extends itself (a cycle of configs)')
  })

  it('turns on the recommended rules with bilint:recommended, every rule with bilint:all', async () => {
    const recommended = await load(makeProject({'.lintrc.json': {extends: ['bilint:recommended']}}))
    expect([...recommended.rules.keys()].sort()).toEqual(rules.filter((rule) => rule.meta.recommended).map((rule) => rule.meta.id).sort())
    const all = await load(makeProject({'.lintrc.json': {extends: ['bilint:all']}}))
    expect([...all.rules.keys()].sort()).toEqual(rules.map((rule) => rule.meta.id).sort())
  })

  it('applies overrides by glob, then --rule over everything', async () => {
    const folder = makeProject({
      '.lintrc.json': {
        languages: {source: 'en', target: 'ar'},
        rules: {'paragraph-count': 'error'},
        overrides: [{files: ['legacy/**'], languages: {source: 'en', target: 'fa'}, rules: {'paragraph-count': 'off'}}]
      }
    })
    const config = await load(folder)
    const legacy = configForFile(config, path.join(folder, 'legacy/a.txt'))
    expect(legacy.languages).toEqual({source: 'en', target: 'fa'})
    expect(legacy.rules.get('paragraph-count')?.severity).toBe(0)
    expect(configForFile(config, path.join(folder, 'new/a.txt')).rules.get('paragraph-count')?.severity).toBe(2)
    applyCliRules(config, {'paragraph-count': 'warn'})
    expect(configForFile(config, path.join(folder, 'legacy/a.txt')).rules.get('paragraph-count')?.severity).toBe(1)
    expect(() => applyCliRules(config, {'paragraph-count': 'loud'})).toThrow('--rule: rules.paragraph-count: must be "off", "warn" or "error" (or 0, 1, 2)')
  })
})
