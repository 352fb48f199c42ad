// The CLI as a user runs it: the built binary on files in a temp folder;
// exit codes, output and messages are what is asserted.

import {chmodSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {ESLint} from 'eslint'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/engine/types.js'
import {copyOfCorpus, enAr, makeProject, repoRoot, runCli} from './helpers/cli.js'

const sample = readFileSync(path.join(repoRoot, 'corpus/alalam-2020-07-08.txt'), 'utf8')
const englishOnly = sample.split('\n').slice(0, 9).join('\n')

describe('the sample corpus', () => {
  it('reports the Arabic headline at line 10, nothing else from paragraph-count, exit 1', async () => {
    const {code, stdout} = await runCli([], copyOfCorpus())
    expect(code).toBe(1)
    const rows = stdout.split('\n').filter((line) => line.includes('paragraph-count'))
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row).toMatch(/^\s+10:1\s+error\s/)
    expect(stdout).toContain('Arabic paragraph 1 (line 10) has no English counterpart')
    expect(stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/)
  })

  it('prints ESLint-format JSON that ESLint itself formats', async () => {
    const {code, stdout} = await runCli(['--format', 'json'], copyOfCorpus())
    expect(code).toBe(1)
    const results = JSON.parse(stdout) as LintResult[]
    for (const result of results) {
      expect(Object.keys(result)).toEqual(
        expect.arrayContaining(['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules'])
      )
      expect(path.isAbsolute(result.filePath)).toBe(true)
      for (const message of result.messages) {
        expect(typeof message.ruleId === 'string' || message.ruleId === null).toBe(true)
        expect([1, 2]).toContain(message.severity)
        for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) expect(Number.isInteger(message[key])).toBe(true)
        expect(typeof message.message).toBe('string')
      }
    }
    const document = results.find((result) => result.filePath.endsWith('alalam-2020-07-08.txt'))!
    const paragraphCount = document.messages.filter((message) => message.ruleId === 'paragraph-count')
    expect(new Set(paragraphCount.map((message) => message.line))).toEqual(new Set([10]))
    // ESLint's own stylish formatter reads our results.
    const formatter = await new ESLint().loadFormatter('stylish')
    const text = await formatter.format(results as never, {cwd: repoRoot, rulesMeta: {}} as never)
    expect(text).toContain('Arabic paragraph 1 (line 10) has no English counterpart')
  })

  it('gives each rule\'s docs URL with its metadata', async () => {
    const {stdout} = await runCli(['--format', 'json-with-metadata'], copyOfCorpus())
    const {metadata} = JSON.parse(stdout)
    expect(metadata.rulesMeta['paragraph-count'].docs.url).toBe('docs/rules/paragraph-count.md')
  })

  it('keeps the exit code with --output-file and writes the report there', async () => {
    const folder = copyOfCorpus()
    const {code, stdout} = await runCli(['--format', 'json', '--output-file', 'reports/bilint.json'], folder)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(JSON.parse(readFileSync(path.join(folder, 'reports/bilint.json'), 'utf8'))).toHaveLength(5)
  })
})

describe('exit codes and warnings', () => {
  it('exits 0 on warnings alone, 1 above --max-warnings, and --quiet hides them', async () => {
    const folder = copyOfCorpus()
    const warned = await runCli(['--rule', 'paragraph-count:warn', 'corpus/alalam-2020-07-08.txt'], folder)
    expect(warned.stdout).toContain('warning')
    const onlyParagraphCount = ['--no-config-lookup', '--languages', 'en:ar', '--rule', 'paragraph-count:warn', 'corpus/alalam-2020-07-08.txt']
    const alone = await runCli(onlyParagraphCount, folder)
    expect(alone.code).toBe(0)
    expect(alone.stdout).toContain('✖ 2 problems (0 errors, 2 warnings)')
    const tooMany = await runCli([...onlyParagraphCount, '--max-warnings', '1'], folder)
    expect(tooMany.code).toBe(1)
    expect(tooMany.stderr).toContain('bilint found too many warnings (maximum: 1).')
    const quiet = await runCli([...onlyParagraphCount, '--quiet'], folder)
    expect(quiet.code).toBe(0)
    expect(quiet.stdout).toBe('')
  })

  it('exits 2 on a usage error and on a pattern that matches nothing', async () => {
    const folder = copyOfCorpus()
    const unknown = await runCli(['--frobnicate'], folder)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("Unknown option '--frobnicate'")
    const nothing = await runCli(['corpus/nothing-here/*.txt'], folder)
    expect(nothing.code).toBe(2)
    expect(nothing.stderr).toContain('No files matching the pattern "corpus/nothing-here/*.txt" were found')
    const format = await runCli(['--format', 'xml'], folder)
    expect(format.code).toBe(2)
    expect(format.stderr).toContain('Unknown format "xml"')
  })

  it('prints help, version, the rules and the config for a file', async () => {
    const folder = copyOfCorpus()
    const help = await runCli(['--help'], folder)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--max-warnings')
    const version = await runCli(['--version'], folder)
    expect(version.stdout.trim()).toBe('v' + JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version)
    const list = await runCli(['--list-rules'], folder)
    expect(list.stdout).toMatch(/^paragraph-count\s+error\s+error\s+-\s+The two versions/m)
    const printed = await runCli(['--print-config', 'corpus/udhr-ru/articles-1-6.en.txt'], folder)
    expect(printed.code).toBe(0)
    const config = JSON.parse(printed.stdout)
    expect(config.languages).toEqual({source: 'en', target: 'ru'})
    expect(config.rules['paragraph-count']).toEqual(['error', {reparagraphed: false}])
  })
})

describe('bad configs exit 2 with the file and the JSON path', () => {
  const cases: Array<[string, string | object, string]> = [
    ['an unknown rule', {...enAr, rules: {'paragraf-count': 'error'}}, '.lintrc.json: rules.paragraf-count: unknown rule; did you mean "paragraph-count"?'],
    ['an invalid severity', {...enAr, rules: {'paragraph-count': 'fatal'}}, '.lintrc.json: rules.paragraph-count: must be "off", "warn" or "error" (or 0, 1, 2)'],
    ['an unknown key', {...enAr, lang: 'en'}, '.lintrc.json: lang: unknown key; expected one of "$schema", "languages"'],
    ['a bad option', {...enAr, rules: {'paragraph-count': ['error', {reparagraphed: 'yes'}]}}, '.lintrc.json: rules.paragraph-count[1].reparagraphed: must be boolean'],
    ['an unknown option', {...enAr, rules: {'paragraph-count': ['error', {strict: true}]}}, '.lintrc.json: rules.paragraph-count[1].strict: unknown key'],
    ['an invalid language', {languages: {source: 'en', target: 'not a tag'}}, '.lintrc.json: languages.target: "not a tag" is not a valid BCP 47 language tag'],
    ['broken JSON', '{\n  "languages": {"source": "en", "target": "ar"},\n  "rules": {,}\n}', '.lintrc.json: invalid JSON at line 3, column 13'],
    ['an unknown preset', {...enAr, extends: ['bilint:strict']}, '.lintrc.json: extends: unknown preset "bilint:strict"']
  ]
  for (const [name, config, expected] of cases) {
    it(name, async () => {
      const folder = makeProject({'.lintrc.json': config, 'doc.txt': sample})
      const {code, stderr, stdout} = await runCli([], folder)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toContain(expected)
    })
  }

  it('names a config given with --config, and one that is a directory', async () => {
    const folder = makeProject({'configs/strict.json': {...enAr, rules: {nope: 'error'}}, 'doc.txt': sample})
    const named = await runCli(['--config', 'configs/strict.json'], folder)
    expect(named.code).toBe(2)
    expect(named.stderr).toContain('configs/strict.json: rules.nope: unknown rule')
    const directory = await runCli(['--config', 'configs'], folder)
    expect(directory.code).toBe(2)
    expect(directory.stderr).toContain('configs: is a directory, not a JSON file')
  })
})

describe('documents that cannot be read', () => {
  it('reports a missing partner and an unsplittable file, and lints the rest', async () => {
    const folder = makeProject({
      '.lintrc.json': enAr,
      'a/report.en.txt': englishOnly,
      'b/english-only.txt': englishOnly,
      'c/sample.txt': sample
    })
    const {code, stdout} = await runCli(['--format', 'json'], folder)
    expect(code).toBe(1)
    const results = JSON.parse(stdout) as LintResult[]
    const byName = Object.fromEntries(results.map((result) => [path.relative(folder, result.filePath), result]))
    expect(byName['a/report.en.txt'].messages).toEqual([
      {ruleId: null, fatal: true, severity: 2, message: 'Missing partner file `report.ar.txt`: a parallel document needs both versions', line: 1, column: 1}
    ])
    expect(byName['a/report.en.txt'].fatalErrorCount).toBe(1)
    expect(byName['b/english-only.txt'].messages[0]).toMatchObject({ruleId: null, fatal: true, message: 'Cannot split into two versions: no Arabic paragraph (script Arab) found'})
    expect(byName['c/sample.txt'].messages.some((message) => message.ruleId === 'paragraph-count' && message.line === 10)).toBe(true)
  })

  it('reports invalid UTF-8 and binary files with their offsets', async () => {
    const folder = makeProject({'.lintrc.json': enAr, 'ok.txt': sample})
    writeFileSync(path.join(folder, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]))
    writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))
    const {stdout} = await runCli(['--format', 'json'], folder)
    const results = JSON.parse(stdout) as LintResult[]
    const message = (name: string) => results.find((result) => result.filePath.endsWith(name))!.messages[0].message
    expect(message('latin1.txt')).toBe('Invalid UTF-8 at byte offset 3')
    expect(message('binary.txt')).toBe('Binary file (NUL byte at offset 4); not a text corpus')
  })
})

describe('positions', () => {
  it('are the same with CRLF line endings and a BOM', async () => {
    const folder = makeProject({'.lintrc.json': enAr, 'crlf.txt': '\uFEFF' + sample.replace(/\n/g, '\r\n')})
    const {stdout} = await runCli(['--format', 'json'], folder)
    const [result] = JSON.parse(stdout) as LintResult[]
    const missing = result.messages.find((message) => message.messageId === 'missing')!
    expect([missing.line, missing.column, missing.endLine, missing.endColumn]).toEqual([10, 1, 10, 41])
  })

  it('point into the right file of a parallel pair', async () => {
    const english = ['Article 1', 'All human beings are born free and equal in dignity and rights.', 'Article 2', 'Everyone is entitled to all the rights and freedoms set forth in this Declaration, without distinction of any kind.', 'Article 3', 'Everyone has the right to life, liberty and security of person.']
    const arabic = ['المادة 1', 'يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق.', 'المادة 3', 'لكل فرد الحق في الحياة والحرية وسلامة شخصه.']
    const folder = makeProject({'.lintrc.json': enAr, 'udhr.en.txt': english.join('\n'), 'udhr.ar.txt': arabic.join('\n')})
    const {stdout, code} = await runCli(['--format', 'json', '--rule', 'paragraph-count:error'], folder)
    expect(code).toBe(1)
    const results = JSON.parse(stdout) as LintResult[]
    const found = results.flatMap((result) => result.messages.map((message) => `${path.basename(result.filePath)}:${message.line} ${message.messageId}`))
    expect(found.sort()).toEqual(['udhr.en.txt:3 counts', 'udhr.en.txt:3 missing', 'udhr.en.txt:4 missing'])
  })
})

describe('plugins', () => {
  const plugin = `export const rules = [{
    meta: {id: 'no-todo', description: 'No TODO left in a version', docs: {what: '', why: '', fix: ''}, schema: {type: 'object'}, defaultOptions: {}, messages: {todo: 'Unexpected \`TODO\` in the {{role}} version'}, recommended: false},
    examples: {valid: [], invalid: []},
    check(unit, context) {
      for (const side of [unit.source, unit.target]) {
        const at = side.text.indexOf('TODO')
        if (at !== -1) context.report({side, span: [at, at + 4], messageId: 'todo', data: {role: side.role}})
      }
    }
  }]`
  it('runs a rule from a local plugin file', async () => {
    const folder = makeProject({
      '.lintrc.json': {languages: enAr.languages, plugins: ['./house-style.js'], rules: {'no-todo': 'warn'}},
      'house-style.js': plugin,
      'doc.txt': englishOnly.replace('Al-‘Ālam', 'TODO Al-‘Ālam') + '\n' + sample.split('\n').slice(9).join('\n')
    })
    const {code, stdout} = await runCli([], folder)
    expect(code).toBe(0)
    expect(stdout).toMatch(/3:1\s+warning\s+Unexpected `TODO` in the source version\s+no-todo/)
  })

  it('exits 2 when a plugin throws while loading', async () => {
    const folder = makeProject({'.lintrc.json': {...enAr, plugins: ['./broken.js']}, 'broken.js': 'throw new Error("boom")', 'doc.txt': sample})
    const {code, stderr} = await runCli([], folder)
    expect(code).toBe(2)
    expect(stderr).toContain('.lintrc.json: plugins[0]: cannot load plugin "./broken.js": boom')
  })

  it('exits 2 when a rule throws, naming it, with a fatal message on the unit, and still lints the other units and files', async () => {
    const throwing = plugin.replace("const at = side.text.indexOf('TODO')", "if (side.text.includes('CRASH')) throw new Error('unexpected input'); const at = side.text.indexOf('TODO')")
    const folder = makeProject({
      '.lintrc.json': {...enAr, plugins: ['./house-style.js'], rules: {'no-todo': 'error', 'terminal-punctuation': 'error'}},
      'house-style.js': throwing,
      'a.txt': englishOnly.replace('Al-‘Ālam', 'CRASH') + '\n' + sample.split('\n').slice(9).join('\n'),
      'b.txt': sample.replace('Al-‘Ālam', 'TODO'),
      'c.tsv': 'CRASH here.\tهنا.\nTODO there.\tهناك\n'
    })
    const {code, stdout, stderr} = await runCli([], folder)
    expect(code).toBe(2)
    expect(stderr).toMatch(/Rule `no-todo` crashed on .*a\.txt: unexpected input/)
    expect(stderr).toMatch(/Rule `no-todo` crashed on .*c\.tsv:1: unexpected input/)
    const json = await runCli(['-f', 'json'], folder)
    expect(json.code).toBe(2)
    const results = JSON.parse(json.stdout) as LintResult[]
    const crashed = (unit: string) => `Rule \`no-todo\` crashed on this ${unit} (Error: unexpected input), so the ${unit} is only partly checked; this is a bug in the rule`
    const summary = (result: LintResult) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? message.message}`)
    const [a, b, c] = results.map(summary)
    expect(a[0]).toBe(`1:1 ${crashed('document')}`)
    expect(b[0]).toBe('3:1 no-todo')
    // The other rules still ran on the unit where no-todo threw.
    expect(a.slice(1)).toEqual(b.slice(1))
    expect(a.length).toBeGreaterThan(10)
    expect(c).toEqual([`1:1 ${crashed('segment')}`, '2:1 no-todo', '2:17 terminal-punctuation'])
    expect(results[0].messages[0]).toMatchObject({ruleId: null, fatal: true, severity: 2})
    expect(stdout).toContain('b.txt')
  })
})

describe('a report path that cannot be written', () => {
  it('is one line naming the path, exit 2, before linting: a folder, a path under a file, a read-only folder', async () => {
    const folder = makeProject({'.lintrc.json': enAr, 'doc.txt': sample, 'locked/keep.txt': ''})
    chmodSync(path.join(folder, 'locked'), 0o555)
    const cases = {
      '.': 'it is a folder; expected a file path',
      'doc.txt/out.json': '`doc.txt` is a file, not a folder',
      'doc.txt/deeper/out.json': '`doc.txt` is a file, not a folder',
      'locked/out.json': 'the folder `locked` is read-only',
      'locked/new/out.json': 'the folder `locked` is read-only'
    }
    try {
      for (const [output, reason] of Object.entries(cases)) {
        const run = await runCli(['-o', output, 'doc.txt'], folder)
        expect(run, output).toEqual({code: 2, stdout: '', stderr: `bilint: Cannot write the report to \`${output}\`: ${reason}\n`})
      }
      expect(readdirSync(path.join(folder, 'locked'))).toEqual(['keep.txt'])
      // What the check before the run cannot foresee, a failed write, is one line too.
      expect(await runCli(['-o', '/dev/full', 'doc.txt'], folder)).toEqual({code: 2, stdout: '', stderr: 'bilint: Cannot write the report to `/dev/full`: the disk is full\n'})
    } finally {
      chmodSync(path.join(folder, 'locked'), 0o755)
    }
  })
})
