// The start of a segment file, and the languages it names or its text is in,
// for `bilint --init`. Segment files can be gigabytes (a TSV of 5 GB from
// OPUS): only their first 64 KB are read, which holds a PO or XML header and
// the first rows of a TSV or JSON Lines file.

import {open} from 'node:fs/promises'
import type {FormatSetting} from '../corpus/formats/setting.js'
import {detectLanguage, dominantScript} from '../text/detect-language.js'
import {sameLanguage, type Languages} from '../text/languages.js'

export const sampleBytes = 64 << 10

/** What a segment file gives: its two languages (the source first when `ordered`), and the `format` it needs for a language pair. */
export interface SegmentLanguages {
  langs: [string, string]
  /** Whether the file says which language is the source (a PO catalog does; a Moses pair does not). */
  ordered: boolean
  /** The `format` override the file needs to be read with `languages`, if its extension's defaults do not do. */
  format?: (languages: Languages) => FormatSetting | undefined
}

/** The languages of a file, or why it is not a bilingual one. */
export type Detection = SegmentLanguages | {reason: string}

/** Whether the file gives `langs[1]` as the source of `languages`: the file is then read the other way round. */
export function reversedIn(languages: Languages, langs: readonly [string, string]): boolean {
  return sameLanguage(langs[1], languages.source) && !sameLanguage(langs[0], languages.source)
}

const lineFeed = 0x0a
// gettext writes a script as a modifier (`sr@latin`); BCP 47 as a subtag.
const scriptModifiers: Record<string, string> = {latin: 'Latn', cyrillic: 'Cyrl', arabic: 'Arab', devanagari: 'Deva'}

async function readBytes(file: string): Promise<{bytes: Buffer; whole: boolean}> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(sampleBytes + 1)
    const {bytesRead} = await handle.read(buffer, 0, buffer.length, 0)
    return {bytes: buffer.subarray(0, Math.min(bytesRead, sampleBytes)), whole: bytesRead <= sampleBytes}
  } finally {
    await handle.close()
  }
}

function encodingOf(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return 'utf-8'
}

/**
 * The first 64 KB of a file as text, without the BOM; when the file goes on,
 * cut after its last line break, so that no line (nor character) is read in
 * part. Or why it is not text.
 */
export async function readStart(file: string): Promise<string | {reason: string}> {
  const {bytes, whole} = await readBytes(file)
  const encoding = encodingOf(bytes)
  let kept = bytes
  if (!whole) {
    const end = bytes.lastIndexOf(lineFeed)
    if (end === -1) return {reason: `no line break in its first ${sampleBytes >> 10} KB`}
    // In UTF-16LE the line feed is followed by its zero byte.
    kept = bytes.subarray(0, end + (encoding === 'utf-16le' ? 2 : 1))
  }
  if (encoding === 'utf-8' && kept.includes(0)) return {reason: 'binary'}
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(kept).replace(/^\uFEFF/, '')
  } catch {
    return {reason: encoding === 'utf-8' ? 'not UTF-8' : `not ${encoding.toUpperCase()}`}
  }
}

function hasLocaleData(tag: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0
}

/**
 * A language as a file names it (`ar`, `pt_BR`, `sr@latin`, `EN-US`,
 * `ar_SA.UTF-8`) as a BCP 47 tag, if it is one with CLDR data, which bilint's
 * rules read.
 */
export function languageTag(named: string | undefined): string | undefined {
  const [locale, modifier] = (named ?? '').trim().split('@')
  const script = scriptModifiers[modifier?.toLowerCase() ?? '']
  const tag = locale.split('.')[0].replaceAll('_', '-') + (script ? `-${script}` : '')
  if (tag === '') return undefined
  try {
    const [canonical] = Intl.getCanonicalLocales(tag)
    return hasLocaleData(canonical) ? canonical : undefined
  } catch {
    return undefined
  }
}

/** The language texts are in: the script with the most letters, then franc among that script's languages. */
export function languageOfTexts(texts: readonly string[]): string | undefined {
  const text = texts.join('\n')
  const script = dominantScript(text)
  return script && detectLanguage(text, script)
}

/** The lines of a sample that hold something. */
export function sampleLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '')
}
