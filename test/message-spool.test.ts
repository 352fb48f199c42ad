// Messages past `messagesInMemory` go to a spool on disk (issue #22, item 5):
// sorted into report order in runs and merged, read back by the formatters
// a file at a time. The report is the one a run in memory gives, field for
// field and byte for byte in every format, and no file is left behind.

import {mkdtempSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {rules as coreRules} from '../rules/index.js'
import {loadConfig} from '../src/config/load.js'
import {JsonLines} from '../src/engine/json-lines.js'
import {toLintResult} from '../src/engine/message-list.js'
import {MessageSpool} from '../src/engine/message-spool.js'
import {countOccurrences} from '../src/engine/occurrences.js'
import {createResult} from '../src/engine/results.js'
import type {LintMessage} from '../src/engine/types.js'
import {lintCorpus, type LintCorpusReport} from '../src/lint.js'
import {formatters} from '../src/report/index.js'
import {spoolProject} from './helpers/spool-project.js'

it('exports what the run and the formatters use', async () => {
  const exported = async (module: Promise<object>) => Object.keys(await module).sort()
  expect(await exported(import('../src/engine/message-spool.js'))).toEqual(['MessageSpool', 'messagesInMemory'])
  expect(await exported(import('../src/engine/message-list.js'))).toEqual([
    'filterMessages',
    'inMemory',
    'isMessageList',
    'joinMessages',
    'mapMessages',
    'messageList',
    'toLintResult'
  ])
  expect(await exported(import('../src/engine/occurrences.js'))).toEqual(['countOccurrences', 'keyBytes'])
})

describe('MessageSpool', () => {
  /** The spool made by `make`, in a temporary folder of its own, and the files of its folder. */
  const isolated = <T>(make: () => T): {made: T; files: () => string[]; folders: () => string[]} => {
    const temporary = mkdtempSync(path.join(tmpdir(), 'bilint-test-tmp-'))
    const previous = process.env.TMPDIR
    process.env.TMPDIR = temporary
    try {
      const made = make()
      const folders = () => readdirSync(temporary)
      return {made, folders, files: () => folders().flatMap((folder) => readdirSync(path.join(temporary, folder)))}
    } finally {
      if (previous === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = previous
    }
  }

  it('gives a file\'s messages in report order, merged from its runs: as createResult sorts them, equal ones in the order they came', () => {
    const files = ['/c/b.tsv', '/c/a.tsv', '/c/é.tsv', '/c/B.tsv']
    const messages = Array.from({length: 500}, (_, index): [string, LintMessage] => [
      files[(index * 7) % files.length],
      // Few lines and columns, so that many messages tie and their rule, text and arrival decide.
      {ruleId: ['whitespace', 'duplicate-unit', null][index % 3], severity: index % 5 === 0 ? 1 : 2, message: `found ${(index * 13) % 3} اثنان`, line: (index * 11) % 9, column: index % 2, endColumn: index}
    ])
    // Runs of 37; and runs of one, 500 of them, merged 64 at a time into 7, with 52 left.
    for (const [runLength, runs] of [[37, 14], [1, 59]]) {
      const {made: spool, files: runFiles} = isolated(() => new MessageSpool(runLength))
      for (const [filePath, message] of messages) spool.add(filePath, message)
      spool.finish()
      expect(runFiles()).toHaveLength(runs)
      for (const filePath of files) {
        const expected = createResult(
          filePath,
          messages.filter(([file]) => file === filePath).map(([, message]) => message)
        )
        const spooled = spool.file(filePath)!
        expect(spooled.messages.length).toBe(expected.messages.length)
        // Twice: formatters read a file more than once.
        expect([...spooled.messages]).toEqual(expected.messages)
        expect([...spooled.messages]).toEqual(expected.messages)
        expect(spooled.counts).toMatchObject({errorCount: expected.errorCount, warningCount: expected.warningCount})
      }
      expect(spool.file('/c/none.tsv')).toBeUndefined()
      spool.dispose()
    }
  })

  it('removes its folder when disposed', () => {
    const {made: spool, folders} = isolated(() => new MessageSpool(1))
    spool.add('/a.tsv', {ruleId: 'x', severity: 1, message: 'm', line: 1, column: 1})
    expect(folders()).toHaveLength(1)
    spool.dispose()
    expect(folders()).toEqual([])
  })
})

describe('JsonLines', () => {
  it('reads back a range of values, lines longer than the read block and astral characters included', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bilint-test-lines-'))
    const lines = new JsonLines(path.join(folder, 'lines.jsonl'))
    const values = [{text: 'أيوب \u{1F600} "q" \\ \n'}, 'x'.repeat(5000), null, [1, 2, 3], {text: '抄送'}]
    const start = lines.size
    for (const value of values.slice(0, 2)) lines.append(value)
    const middle = lines.size
    for (const value of values.slice(2)) lines.append(value)
    expect([...lines.read(start, middle, 64)]).toEqual(values.slice(0, 2))
    expect([...lines.read(middle, lines.size, 64)]).toEqual(values.slice(2))
    expect([...lines.read()]).toEqual(values)
    lines.close()
  })
})

describe('countOccurrences', () => {
  it('counts the repeats of keys before each one, in buckets on disk, as a map in memory does', () => {
    const keyOf = (value: number) => {
      const key = Buffer.alloc(16)
      key.writeUInt32BE((value * 2654435761) >>> 0, 0)
      key.writeUInt32BE(value, 8)
      return key
    }
    // 150,000 keys: three buckets. Most come once, some many times.
    const values = Array.from({length: 150_000}, (_, index) => (index % 5 === 0 ? index % 97 : index))
    const counter = countOccurrences(
      values.map((value) => keyOf(value)),
      values.length
    )
    const seen = new Map<number, number>()
    const wrong = values.filter((value) => {
      const before = seen.get(value) ?? 0
      seen.set(value, before + 1)
      return counter.next(keyOf(value)) !== before
    })
    counter.dispose()
    expect(wrong).toEqual([])
  })
})

describe('a run with more messages than it keeps in memory', () => {
  const folder = spoolProject()
  const reports: LintCorpusReport[] = []
  const run = async (messagesInMemory: number, options: {fix?: boolean} = {}) => {
    const config = await loadConfig({configPath: '.lintrc.json', lookup: false, cwd: folder, coreRules})
    const report = await lintCorpus({cwd: folder, patterns: [], config, messagesInMemory, ...options})
    reports.push(report)
    return report
  }
  afterEach(() => {
    for (const report of reports.splice(0)) report.dispose()
    delete process.env.BILINT_MESSAGES_IN_MEMORY
    delete process.env.BILINT_CHUNK_BYTES
  })

  it('gives the results of a run in memory, field for field, read from disk as often as asked', async () => {
    const memory = await run(Infinity)
    // In chunks of 4 KB: a file's messages come from several tasks, and several runs of the spool.
    process.env.BILINT_CHUNK_BYTES = '4096'
    const spooled = await run(10)
    expect(memory.spooled).toBe(false)
    expect(spooled.spooled).toBe(true)
    const count = memory.results.reduce((sum, result) => sum + result.messages.length, 0)
    expect(count).toBeGreaterThan(200)
    expect(memory.results.some((result) => result.suppressedMessages.length > 0)).toBe(true)
    expect(spooled.results).toEqual(memory.results)
    // Twice, and with the fields in the same order.
    expect(JSON.stringify(spooled.resultFiles.map(toLintResult))).toBe(JSON.stringify(memory.results))
    expect(JSON.stringify(spooled.resultFiles.map(toLintResult))).toBe(JSON.stringify(memory.results))
  })

  it('gives the same text in every format, fingerprints counted on disk included', async () => {
    const memory = await run(Infinity)
    const spooled = await run(25)
    const context = {cwd: folder, color: false, documents: []}
    for (const [name, formatter] of Object.entries(formatters)) {
      const expected = formatter(memory.results, context)
      process.env.BILINT_MESSAGES_IN_MEMORY = '25'
      expect([...formatter.pieces!(spooled.resultFiles, context)].join(''), name).toBe(expected)
      delete process.env.BILINT_MESSAGES_IN_MEMORY
    }
  })

  it('keeps the fixed output of each file', async () => {
    const memory = await run(Infinity, {fix: true})
    const spooled = await run(5, {fix: true})
    expect(memory.results.some((result) => result.output !== undefined)).toBe(true)
    expect(spooled.results).toEqual(memory.results)
  })
})
