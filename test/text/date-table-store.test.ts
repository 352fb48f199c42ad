// Date tables stored between runs: a run that reads them reports what a run
// that builds them does, and a damaged file is built again.

import {mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {dateTables} from '../../src/text/dates/tables.js'
import {storedTables} from '../../src/text/dates/table-store.js'
import {makeProject, runCli} from '../helpers/cli.js'

describe('storedTables', () => {
  let saved: string | undefined
  beforeEach(() => {
    saved = process.env.BILINT_CACHE_DIR
    process.env.BILINT_CACHE_DIR = mkdtempSync(path.join(tmpdir(), 'bilint-tables-'))
  })
  afterEach(() => {
    process.env.BILINT_CACHE_DIR = saved
  })

  it('builds once, then reads back tables equal to the built ones', () => {
    const built = dateTables('ar')
    let builds = 0
    const build = () => {
      builds++
      return built
    }
    expect(storedTables('test:ar', build)).toBe(built)
    const read = storedTables('test:ar', build)
    expect(builds).toBe(1)
    expect(read).not.toBe(built)
    expect(read).toEqual(built)
    // The Syrian month names came through: تموز is July.
    expect(read.names.get('تموز')?.months).toContainEqual({calendar: 'gregory', monthId: '7'})
  })

  it('builds again when the file is damaged, and stores nothing when turned off', () => {
    const folder = process.env.BILINT_CACHE_DIR!
    const built = dateTables('en')
    storedTables('test:en', () => built)
    // `dateTables` stored its own tables too: damage the file of `test:en`.
    const file = readdirSync(folder).find((name) => readFileSync(path.join(folder, name), 'utf8').includes('"name":"test:en"'))!
    writeFileSync(path.join(folder, file), '{"name": "test:en", "tables": {')
    let builds = 0
    expect(storedTables('test:en', () => (builds++, built))).toEqual(built)
    expect(builds).toBe(1)
    expect(() => JSON.parse(readFileSync(path.join(folder, file), 'utf8'))).not.toThrow()
    process.env.BILINT_CACHE_DIR = 'off'
    storedTables('test:off', () => (builds++, built))
    storedTables('test:off', () => (builds++, built))
    expect(builds).toBe(3)
  })
})

it('a run with stored tables reports what a run that built them does', {timeout: 120_000}, async () => {
  const folder = makeProject({'.lintrc.json': {languages: {source: 'en', target: 'ar'}, rules: {'date-time-agreement': 'error'}}})
  // A dateline whose Arabic is a day off: the 9th of Tammuz for 8 July.
  writeFileSync(path.join(folder, 'doc.txt'), 'Damascus, Wednesday 8 July 2020\nدمشق، الأربعاء 9 تموز 2020\n')
  const store = mkdtempSync(path.join(tmpdir(), 'bilint-tables-'))
  const cold = await runCli(['--format', 'json', 'doc.txt'], folder, {BILINT_CACHE_DIR: store})
  const files = () => readdirSync(store).map((name) => `${name} ${statSync(path.join(store, name)).ino}`)
  const stored = files()
  expect(stored.length).toBeGreaterThan(0)
  const warm = await runCli(['--format', 'json', 'doc.txt'], folder, {BILINT_CACHE_DIR: store})
  // Read, not built again: a rebuilt table is written to a new file and renamed over the old one.
  expect(files()).toEqual(stored)
  expect(warm).toEqual(cold)
  expect(cold.stdout).toContain('date-time-agreement')
})
