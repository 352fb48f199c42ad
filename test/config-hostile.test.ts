// #27: configs and paths that a hostile or unlucky user gives: a diamond of
// `extends`, an extended file that is not JSON (and may hold a secret), a
// FIFO where a config should be, 200,000 `ignores`, a language tag that is not
// BCP 47 on the command line, and a backslash in a file name.

import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {configForFile} from '../src/config/for-file.js'
import {compileGlobs, matchesPathOrFolder} from '../src/config/globs.js'
import {checkedConfig, loadConfig, mergeLayer, type ResolvedConfig} from '../src/config/load.js'
import {parseJson} from '../src/config/read.js'
import {discoverFiles} from '../src/corpus/discover.js'
import type {LintResult} from '../src/engine/types.js'
import {growth} from './helpers/doubling.js'
import {enAr, makeProject, repoRoot, runCli} from './helpers/cli.js'

const load = (cwd: string, configPath?: string) => loadConfig({cwd, lookup: true, configPath, coreRules: rules})
const sample = readFileSync(path.join(repoRoot, 'corpus/alalam-2020-07-08.txt'), 'utf8')
const posix = process.platform !== 'win32'

describe('extends', () => {
  it('loads a diamond (A → B, C; B, C → D), D first, so B and C still override it', async () => {
    const folder = makeProject({
      'd.json': {languages: {source: 'en', target: 'fr'}, rules: {'paragraph-count': ['warn', {reparagraphed: true}], 'quote-balance': 'error'}},
      'b.json': {extends: ['./d.json'], rules: {'paragraph-count': 'error'}},
      'c.json': {extends: ['./d.json'], languages: {source: 'en', target: 'ar'}},
      '.lintrc.json': {extends: ['./b.json', './c.json']}
    })
    const config = await load(folder)
    expect(config.languages).toEqual({source: 'en', target: 'ar'})
    // Read twice, D would come again after B and undo B's `error`.
    expect(config.rules.get('paragraph-count')).toEqual({severity: 2, options: {reparagraphed: true}})
    expect(config.rules.get('quote-balance')).toEqual({severity: 2, options: undefined})
  })

  it('loads a diamond from an inline config too', async () => {
    const folder = makeProject({'d.json': {rules: {'quote-balance': 'warn'}}, 'b.json': {extends: ['./d.json']}, 'c.json': {extends: ['./d.json']}})
    const config = await loadConfig({cwd: folder, lookup: false, coreRules: rules, inline: {extends: ['./b.json', './c.json']}})
    expect(config.rules.get('quote-balance')?.severity).toBe(1)
  })

  it('rejects a real cycle, naming the configs along it; exit 2 on the CLI', async () => {
    const folder = makeProject({
      '.lintrc.json': {...enAr, extends: ['./b.json', './c.json']},
      'b.json': {extends: ['./d.json']},
      'c.json': {extends: ['./d.json']},
      'd.json': {extends: ['./c.json']},
      'doc.txt': sample
    })
    const {code, stdout, stderr} = await runCli([], folder)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('bilint: d.json: extends: extends itself (a cycle of configs): d.json → c.json → d.json\n')
  })
})

describe('a config that is not JSON', () => {
  it('names the file, line, column and what is wrong, and quotes none of it', async () => {
    const folder = makeProject({
      '.lintrc.json': {...enAr, extends: ['./secrets.env']},
      'secrets.env': 'API_TOKEN=hunter2-very-secret\n',
      'doc.txt': sample
    })
    const {code, stdout, stderr} = await runCli([], folder)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('bilint: secrets.env: invalid JSON at line 1, column 1: expected a value\n')
  })

  const cases: Array<[name: string, text: string, expected: string]> = [
    ['a bare word as a value', '{\n  "token": hunter2\n}', 'line 2, column 12: expected a value'],
    ['a single-quoted string', "{'token': 'hunter2'}", 'line 1, column 2: expected a property name in double quotes or `}`'],
    ['a missing comma', '{"a": 1\n "hunter2": 2}', 'line 2, column 2: expected `,` or `}`'],
    ['a trailing comma', '{"a": [1, 2,]}', 'line 1, column 13: expected a value'],
    ['a missing colon', '{"hunter2" 1}', 'line 1, column 12: expected `:`'],
    ['text after the object', '{}\nhunter2', 'line 2, column 1: expected the end of the file'],
    ['a comment', '{\r\n// hunter2\r\n}', 'line 2, column 1: comments are not allowed in JSON'],
    ['an unterminated string', '{"a": "hunter2', 'line 1, column 7: unterminated string'],
    ['a tab inside a string', '{"a": "hunter\t2"}', 'line 1, column 7: control character in a string'],
    ['a cut-off file', '{"a": {"b": [1', 'line 1, column 15: unexpected end of file; expected `,` or `]`'],
    ['nesting 100,000 deep', '['.repeat(100_000) + 'hunter2', 'line 1, column 100001: expected a value or `]`']
  ]
  for (const [name, text, expected] of cases) {
    it(name, async () => {
      expect(() => JSON.parse(text)).toThrow()
      const message = await parseJson(text, 'secrets.json').then(
        () => '',
        (error: Error) => error.message
      )
      expect(message).toBe(`secrets.json: invalid JSON at ${expected}`)
      expect(message).not.toContain('hunter')
    })
  }
})

describe.runIf(posix)('a config path that is a FIFO', () => {
  const fifoProject = (fifo: string, files: Record<string, string | object>) => {
    const folder = makeProject({'doc.txt': sample, ...files})
    execFileSync('mkfifo', [path.join(folder, fifo)])
    return folder
  }

  it('--config names it and exits 2 without waiting for a writer', async () => {
    const {code, stdout, stderr} = await runCli(['--config', 'pipe.json'], fifoProject('pipe.json', {}))
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('bilint: pipe.json: not a regular file (a FIFO)\n')
  }, 20_000)

  it('in extends, and as the .lintrc.json found by lookup', async () => {
    const extended = await runCli([], fifoProject('pipe.json', {'.lintrc.json': {...enAr, extends: ['./pipe.json']}}))
    expect(extended.code).toBe(2)
    expect(extended.stderr).toBe('bilint: pipe.json: not a regular file (a FIFO)\n')
    const found = await runCli([], fifoProject('.lintrc.json', {}))
    expect(found.code).toBe(2)
    expect(found.stderr).toBe('bilint: .lintrc.json: not a regular file (a FIFO)\n')
  }, 20_000)

  it('as a plugin', async () => {
    const {code, stderr} = await runCli([], fifoProject('rules.js', {'.lintrc.json': {...enAr, plugins: ['./rules.js']}}))
    expect(code).toBe(2)
    expect(stderr).toBe('bilint: .lintrc.json: plugins[0]: cannot load plugin "./rules.js": not a regular file (a FIFO)\n')
  }, 20_000)
})

describe('globs compiled into one matcher', () => {
  const globs = [
    'notes.txt', './drafts/old.txt', 'a b/c#d.txt', 'vendor/**', './build/out/**', '**/*.bak', '**/*~', '**/README.md',
    'x/*.tmp', '**/cache/**', 'docs/{a,b}.md', 'v[12]/*.txt', '!keep.txt', 'esc\\*aped', '.hidden/**', 'deep/**/*.po',
    'a/@(b|c)', '../up/*.txt', 'y/**/', 'p/q/**/*.po', 'esc\\*aped/x*', '*.md', 'back\\slash.txt'
  ]
  const paths = [
    'notes.txt', 'sub/notes.txt', 'drafts/old.txt', 'a b/c#d.txt', 'vendor', 'vendor/x.txt', 'vendor/.x/y.txt', 'vendorx/a.txt', 'build/out/a',
    'build/outer/a', 'a.bak', '.bak', 'x/y/z.bak', 'z.bak.txt', 'file~', 'README.md', 'docs/README.md', 'READMEx.md', 'x/a.tmp', 'x/y/a.tmp',
    'cache/a', 'p/cache/q/r.txt', 'docs/a.md', 'docs/c.md', 'v1/a.txt', 'v3/a.txt', 'keep.txt', 'other.txt', 'esc*aped', '.hidden/x', 'deep/a/b.po', 'back\\slash.txt',
    'a/b', 'a/c', 'a/d', '../up/a.txt', 'up/a.txt', 'y', 'y/z', 'p/q/r/s.po', 'p/q.po', 'esc*aped/xy', 'readme.md', 'docs/readme.md', 'backslash.txt'
  ]
  it('matches what picomatch matches, glob by glob', () => {
    const each = globs.map((glob) => picomatch(glob, {dot: true}))
    for (const glob of globs) {
      const one = compileGlobs([glob])
      for (const file of paths) expect([glob, file, one(file)]).toEqual([glob, file, picomatch(glob, {dot: true})(file)])
    }
    const all = compileGlobs(globs)
    for (const file of paths) expect([file, all(file)]).toEqual([file, each.some((matcher) => matcher(file))])
  })

  it('leaves out the files of a folder that a glob names, for the walk of `files`', () => {
    const matcher = compileGlobs(['drafts', 'old/*'])
    expect(matchesPathOrFolder(matcher, 'drafts/a/b.txt')).toBe(true)
    expect(matchesPathOrFolder(matcher, 'old/2019/a.txt')).toBe(true)
    expect(matchesPathOrFolder(matcher, 'drafts2/a.txt')).toBe(false)
    expect(matcher('drafts/a/b.txt')).toBe(false)
  })
})

describe('a long `ignores` list', () => {
  /** `size` ignores of every shape: literal paths, folders, endings, and globs matched one by one. */
  const ignoresOf = (size: number) =>
    Array.from({length: size}, (_, index) => [`texts/${index}.txt`, `old-${index}/**`, `**/*.x${index}`, `notes-${index}/*.tmp`][index % 4])
  const files = Array.from({length: 500}, (_, index) => `texts/${index * 7}.txt`)

  it('loads and matches in time linear in the list (growth per doubling < 2.5)', () => {
    const n = 10_000
    const texts = new Map([n, 2 * n, 4 * n].map((size) => [size, JSON.stringify({...enAr, ignores: ignoresOf(size)})]))
    const ruleMap = new Map(rules.map((rule) => [rule.meta.id, rule]))
    const {times, perDoubling} = growth((size) => {
      const config: ResolvedConfig = {baseDir: '/corpus', files: [], ignores: [], rules: new Map(), overrides: [], ruleMap}
      mergeLayer(config, {raw: checkedConfig(JSON.parse(texts.get(size)!), '.lintrc.json'), displayPath: '.lintrc.json', directory: '/corpus'})
      const ignored = compileGlobs(config.ignores)
      for (const file of files) ignored(file)
    }, n)
    expect(perDoubling, `times ${times.join(', ')} ms`).toBeLessThan(2.5)
  }, 60_000)

  it('200,000 entries load without overflowing the stack, and leave out exactly what they name', async () => {
    const ignores = ignoresOf(200_000)
    const folder = makeProject({'.lintrc.json': {...enAr, files: ['**/*.txt'], ignores}, 'texts/0.txt': sample, 'texts/1.txt': sample, 'texts/2.txt': sample})
    const config = await load(folder)
    expect(config.ignores.length).toBe(200_000)
    const discovered = await discoverFiles([], config, folder)
    expect(discovered.map((file) => path.relative(folder, file))).toEqual(['texts/1.txt', 'texts/2.txt'])
    const named = await discoverFiles(['texts'], config, folder)
    expect(named.map((file) => path.relative(folder, file))).toEqual(['texts/1.txt', 'texts/2.txt'])
  }, 60_000)

  it('a folder named in `ignores` leaves out its files, whether the walk skipped it or the matcher did', async () => {
    const fillers = Array.from({length: 100}, (_, index) => `filler-${index}.txt`)
    const named = ['drafts', 'old/*', 'build/', 'cache/**', 'kept/']
    for (const ignores of [[...named, ...fillers], [...fillers, ...named]]) {
      const files = {'drafts/a.txt': sample, 'old/2019/a.txt': sample, 'build/a.txt': sample, 'cache/x/a.txt': sample, 'kept/a.txt': sample, 'kept.txt': sample}
      const folder = makeProject({'.lintrc.json': {...enAr, files: ['**/*.txt'], ignores}, ...files})
      const config = await load(folder)
      const relative = (found: string[]) => found.map((file) => path.relative(folder, file))
      expect(relative(await discoverFiles([], config, folder))).toEqual(['kept.txt'])
      expect(relative(await discoverFiles(['.'], config, folder))).toEqual(['kept.txt'])
      expect(relative(await discoverFiles(['**/*.txt'], config, folder))).toEqual(['kept.txt'])
    }
  })

  it('overrides with long `files` and `ignores` lists apply as before', async () => {
    const folder = makeProject({
      '.lintrc.json': {...enAr, rules: {'paragraph-count': 'error'}, overrides: [{files: ['legacy/**', ...ignoresOf(50_000)], ignores: ['legacy/kept/**', ...ignoresOf(50_000)], rules: {'paragraph-count': 'off'}}]}
    })
    const config = await load(folder)
    expect(configForFile(config, path.join(folder, 'legacy/a.txt')).rules.get('paragraph-count')?.severity).toBe(0)
    expect(configForFile(config, path.join(folder, 'legacy/kept/a.txt')).rules.get('paragraph-count')?.severity).toBe(2)
    expect(configForFile(config, path.join(folder, 'old-1/a.txt')).rules.get('paragraph-count')?.severity).toBe(2)
  })
})

describe('--languages on the command line', () => {
  it('rejects a tag that is not BCP 47, as the config does, with exit 2', async () => {
    const folder = makeProject({'doc.txt': sample})
    const {code, stdout, stderr} = await runCli(['--no-config-lookup', '--languages', 'xx-!!:ar', 'doc.txt'], folder)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('bilint: Invalid --languages "xx-!!:ar": "xx-!!" is not a valid BCP 47 language tag; expected one such as "en", "ar", "fa" or "zh-Hans"\nRun `bilint --help` for the options.\n')
    const target = await runCli(['--no-config-lookup', '--languages', 'en:a r', 'doc.txt'], folder)
    expect(target.code).toBe(2)
    expect(target.stderr).toContain('"a r" is not a valid BCP 47 language tag')
  })

  it('takes a valid tag with a script and region', async () => {
    const folder = makeProject({'doc.txt': sample})
    const {code, stdout, stderr} = await runCli(['--no-config-lookup', '--languages', 'en-GB:ar-Arab-EG', '--rule', 'date-time-agreement:error', 'doc.txt'], folder)
    expect(stderr).toBe('')
    expect(stdout).toBe('')
    expect(code).toBe(0)
  })
})

describe.runIf(posix)('a backslash in a file name', () => {
  // Two English paragraphs against one Arabic: paragraph-count reports it.
  const pair = 'The council met on Monday.\n\nIt adjourned at noon.\n\nاجتمع المجلس يوم الاثنين.\n'
  const project = () => makeProject({'.lintrc.json': {...enAr, files: ['**/*.txt'], rules: {'paragraph-count': 'error'}}, 'back\\slash.txt': pair})

  for (const [how, args] of [['the config\'s `files`', []], ['a folder', ['.']], ['its name', ['back\\slash.txt']]] as const) {
    it(`is linted under its own name, found by ${how}`, async () => {
      const folder = project()
      const {code, stdout} = await runCli(['--format', 'json', ...args], folder)
      const results = JSON.parse(stdout) as LintResult[]
      expect(results.map((result) => path.relative(folder, result.filePath))).toEqual(['back\\slash.txt'])
      expect(results[0].messages.map((message) => [message.ruleId, message.fatal ?? false])).toContainEqual(['paragraph-count', false])
      expect(results[0].messages.some((message) => message.fatal)).toBe(false)
      expect(code).toBe(1)
    })
  }
})
