// #27: a document or a file name holding `ESC ] 0 ; PWNED BEL` or a bidi
// override must neither set the window title of the terminal that shows the
// report nor reorder its lines. Every text format writes control characters
// as `⟨U+001B⟩`; the tests read the bytes each format writes.

import {SaxesParser} from 'saxes'
import {beforeAll, describe, expect, it} from 'vitest'
import type {LintMessage, LintResult} from '../../src/engine/types.js'
import {createResult} from '../../src/engine/results.js'
import {codePointLabel, escapeControls, escapeName} from '../../src/report/escape.js'
import {type FormatContext, formatters} from '../../src/report/index.js'
import {enAr, makeProject, runCli} from '../helpers/cli.js'

/** What no report may write raw: C0 but tab, LF and CR, DEL, C1, and the bidi controls. */
const unsafe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u
const terminalAttack = '\u001b[2J\u001b[H\u001b]0;PWNED\u0007'
const hostileName = `d\u001b]0;FILE\u0007\u202e.txt`
/** Stylish's own isolates around a right-to-left run (`isolateRtl`), which are not from the text. */
const withoutOwnIsolates = (text: string) => text.replace(/\u2068(\p{sc=Arab}[^\u2066-\u2069]*)\u2069/gu, '$1')

it('exports the escaping functions and nothing else', async () => {
  expect(Object.keys(await import('../../src/report/escape.js')).sort()).toEqual(['codePointLabel', 'escapeControls', 'escapeName'])
})

describe('escapeControls', () => {
  it('writes C0 and C1 controls, ESC, DEL and the bidi controls as ⟨U+001B⟩', () => {
    expect(escapeControls(terminalAttack)).toBe('⟨U+001B⟩[2J⟨U+001B⟩[H⟨U+001B⟩]0;PWNED⟨U+0007⟩')
    expect(escapeControls('a\u0000b\u007fc\u0085d\u009be')).toBe('a⟨U+0000⟩b⟨U+007F⟩c⟨U+0085⟩d⟨U+009B⟩e')
    const bidi = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]
    expect(escapeControls(bidi.map((codePoint) => String.fromCodePoint(codePoint)).join(' '))).toBe(bidi.map(codePointLabel).join(' '))
  })

  it('keeps tab and LF in messages, escapes CR; keeps all three where a format encodes them; none in file names', () => {
    expect(escapeControls('a\tb\nc\rd')).toBe('a\tb\nc⟨U+000D⟩d')
    expect(escapeControls('a\tb\nc\rd', 'tab, LF and CR')).toBe('a\tb\nc\rd')
    expect(escapeName('a\tb\nc\rd')).toBe('a⟨U+0009⟩b⟨U+000A⟩c⟨U+000D⟩d')
  })

  it('leaves other text as it is: Arabic, joiners that shape Persian, zero-width space, astral characters', () => {
    const text = 'خانه\u200cها `ابوب` \u200d\u200b 𝐀 "50%" <b>'
    expect(escapeControls(text)).toBe(text)
    expect(escapeName(text)).toBe(text)
  })
})

/** The strings of a JSON document, as a parser decodes them. */
function jsonStrings(json: string): string[] {
  const strings: string[] = []
  JSON.parse(json, (_, value: unknown) => (typeof value === 'string' && strings.push(value), value))
  return strings
}

/** The attribute values and text of an XML document, as a parser decodes them. */
function xmlStrings(xml: string): string[] {
  const strings: string[] = []
  const parser = new SaxesParser()
  parser.on('opentag', (tag) => strings.push(...Object.values(tag.attributes as Record<string, string>)))
  parser.on('text', (text) => strings.push(text))
  parser.write(xml).close()
  return strings
}

/** A result as the CLI would give it for a document quoting the attack, in a file named with ESC and U+202E. */
function hostileResults(cwd: string): LintResult[] {
  const messages: LintMessage[] = [
    {ruleId: 'invisible-characters', severity: 2, message: `Unexpected control character U+001B ESCAPE in \`Hello ${terminalAttack}\``, line: 1, column: 7, endLine: 1, endColumn: 8, side: 'source'},
    {ruleId: 'whitespace', severity: 1, message: `Unexpected \`a\u202eb\u0085\r\`:\texpected one line`, line: 2, column: 1, endLine: 2, endColumn: 4, side: 'target'}
  ]
  return [createResult(`${cwd}/${hostileName}`, messages)]
}

describe('every text format', () => {
  const cwd = '/corpus'
  const context: FormatContext = {cwd, color: false}
  const results = hostileResults(cwd)

  for (const name of ['stylish', 'compact', 'unix', 'github', 'gitlab', 'junit', 'html']) {
    it(`${name}: writes no control character from the text or the file name`, () => {
      const output = formatters[name](results, context)
      expect(output).toContain('PWNED')
      expect(output).not.toMatch(unsafe)
      // JSON and XML could hide a control behind their own escapes (`\u001b`, `&#27;`): decoded, none either.
      if (name === 'gitlab') expect(jsonStrings(output).join('\n')).not.toMatch(unsafe)
      if (name === 'junit') expect(xmlStrings(output).join('\n')).not.toMatch(unsafe)
    })
  }

  it('stylish, compact and unix show each control as ⟨U+001B⟩, in file names too', () => {
    const file = `${cwd}/d⟨U+001B⟩]0;FILE⟨U+0007⟩⟨U+202E⟩.txt`
    expect(formatters.stylish(results, context).split('\n').slice(1, 4)).toEqual([
      file,
      '  1:7  error    Unexpected control character U+001B ESCAPE in `Hello ⟨U+001B⟩[2J⟨U+001B⟩[H⟨U+001B⟩]0;PWNED⟨U+0007⟩`  invisible-characters',
      '  2:1  warning  Unexpected `a⟨U+202E⟩b⟨U+0085⟩⟨U+000D⟩`:\texpected one line                                           whitespace'
    ])
    expect(formatters.compact(results, context)).toContain(`${file}: line 1, col 7, Error - Unexpected control character U+001B ESCAPE in \`Hello ⟨U+001B⟩[2J`)
    expect(formatters.unix(results, context)).toContain(`${file}:2:1: Unexpected \`a⟨U+202E⟩b⟨U+0085⟩⟨U+000D⟩\`:\texpected one line [Warning/whitespace]`)
  })

  it('github: controls escaped, line breaks still the toolkit’s `%0A`', () => {
    const lines = formatters.github([createResult(`${cwd}/${hostileName}`, [{ruleId: 'x', severity: 2, message: `a\u001b[2Jb\nc\rd`, line: 1, column: 1}])], context).split('\n')
    expect(lines[0]).toBe('::error file=d⟨U+001B⟩]0;FILE⟨U+0007⟩⟨U+202E⟩.txt,line=1,col=1,title=bilint (x)::a⟨U+001B⟩[2Jb%0Ac%0Dd')
  })

  it('gitlab and junit: the same labels inside their strings', () => {
    const [issue] = JSON.parse(formatters.gitlab(results, context)) as Array<{description: string; location: {path: string}}>
    expect(issue.location.path).toBe('d⟨U+001B⟩]0;FILE⟨U+0007⟩⟨U+202E⟩.txt')
    expect(issue.description).toBe('invisible-characters: Unexpected control character U+001B ESCAPE in `Hello ⟨U+001B⟩[2J⟨U+001B⟩[H⟨U+001B⟩]0;PWNED⟨U+0007⟩`')
    const xml = formatters.junit(results, context)
    expect(xml).toContain(`<testsuite package="org.bilint" time="0" tests="2" errors="0" failures="2" name="${cwd}/d⟨U+001B⟩]0;FILE⟨U+0007⟩⟨U+202E⟩.txt">`)
    expect(xml).toContain('message="Unexpected `a⟨U+202E⟩b⟨U+0085⟩&#13;`:&#9;expected one line"')
  })

  it('keeps right-to-left runs isolated in stylish, after escaping the controls inside them', () => {
    const arabic = [createResult(`${cwd}/a.txt`, [{ruleId: 'x', severity: 2, message: 'Unexpected `ابوب\u202eأيوب`', line: 1, column: 1}])]
    expect(formatters.stylish(arabic, context)).toContain('Unexpected `\u2068ابوب\u2069⟨U+202E⟩\u2068أيوب\u2069`')
  })
})

describe('bilint on a file named and filled with terminal escapes', () => {
  let cwd: string
  beforeAll(() => {
    cwd = makeProject({
      '.lintrc.json': {...enAr, files: ['*.txt']},
      [hostileName]: `Hello ${terminalAttack} world.\n\nمرحبا ${terminalAttack} بالعالم.\n`
    })
  })

  it('--format stylish prints no ESC byte', async () => {
    const run = await runCli(['--format', 'stylish'], cwd)
    expect(run.code).toBe(1)
    const bytes = Buffer.from(run.stdout, 'utf8')
    expect(bytes.includes(0x1b)).toBe(false)
    expect(withoutOwnIsolates(run.stdout)).not.toMatch(unsafe)
    expect(run.stdout).toContain('d⟨U+001B⟩]0;FILE⟨U+0007⟩⟨U+202E⟩.txt')
    expect(run.stdout).toContain('Unexpected control character U+001B ESCAPE in `Hello ⟨U+001B⟩[2J⟨U+001B⟩[H⟨U+001B⟩]`')
    expect(run.stdout).toContain('Unexpected control character U+0007 ALERT in `PWNED⟨U+0007⟩`')
  })

  it('with colours forced, every ESC byte starts one of its own colour codes', async () => {
    const run = await runCli(['--format', 'stylish', '--color'], cwd)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/\u001b\[\d+m/)
    expect(withoutOwnIsolates(run.stdout.replace(/\u001b\[\d+m/g, ''))).not.toMatch(unsafe)
    expect(run.stdout).not.toContain('\u001b]0;PWNED')
  })

  it('an error on stderr that quotes a file name writes its controls escaped', async () => {
    const run = await runCli(['--format', 'stylish', `missing${terminalAttack}.txt`], cwd)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('bilint: No files matching the pattern "missing⟨U+001B⟩[2J⟨U+001B⟩[H⟨U+001B⟩]0;PWNED⟨U+0007⟩.txt" were found\n')
  })
})
