// Script_Extensions from the stored list of code points that have them
// (src/text/scripts/listed-extensions.ts) answer as testing every script does.

import {readdirSync} from 'node:fs'
import {afterEach, describe, expect, it} from 'vitest'
import {buildListedExtensions, listedExtensions} from '../../src/text/scripts/listed-extensions.js'
import {mainScript, scanScriptExtensions, scriptExtensions} from '../../src/text/scripts/script-sets.js'

const storeFolder = process.env.BILINT_CACHE_DIR!
const scripts = () => ['Arab', 'Beng', 'Deva', 'Latn', 'Syrc']

describe('stored Script_Extensions', () => {
  const saved = process.env.BILINT_CACHE_DIR
  afterEach(() => {
    process.env.BILINT_CACHE_DIR = saved
  })

  it('answer as the scan of every script for every code point of the first three planes', () => {
    const differing: string[] = []
    for (let codePoint = 0; codePoint < 0x30000; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue
      // Sets are interned, so equal answers are the same object.
      if (scriptExtensions(codePoint) !== scanScriptExtensions(codePoint)) differing.push(codePoint.toString(16))
    }
    expect(differing).toEqual([])
    // The answers came from the stored list (over 600 code points in Unicode 17), not from a scan.
    expect(readdirSync(storeFolder).some((name) => name.startsWith('script-extensions-'))).toBe(true)
    expect(listedExtensions(scripts, scanScriptExtensions)!.size).toBeGreaterThan(600)
  })

  it('list the characters several scripts share: the Arabic comma, the Devanagari danda', () => {
    const listed = new Map(buildListedExtensions(scripts(), scanScriptExtensions))
    expect(listed.get(0x060c)).toEqual(expect.arrayContaining(['Arab', 'Syrc']))
    expect(listed.get(0x0964)).toEqual(expect.arrayContaining(['Beng', 'Deva']))
    // A letter of one script is not listed; its extensions are its script.
    expect(listed.has(0x0627)).toBe(false)
    expect(scriptExtensions(0x0627)).toEqual(new Set(['Arab']))
    expect(mainScript(scriptExtensions(0x060c))).toBe('Arab')
  })

  it('are not built when the store is off: the scan is cheaper for one run', () => {
    process.env.BILINT_CACHE_DIR = 'off'
    expect(listedExtensions(scripts, scanScriptExtensions)).toBeUndefined()
  })
})
