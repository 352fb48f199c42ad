// Moses: `name.<src>` beside `name.<tgt>`, one segment per line, line N of
// one file translating line N of the other. When the line counts differ,
// Moses' `clean-corpus-n` dies without saying where; here the two files are
// aligned line by line (the paragraph alignment, on lines) to locate the
// likely inserted or deleted lines, and the lines that do correspond are
// still linted.

import {createReadStream} from 'node:fs'
import path from 'node:path'
import type {Role} from '../../engine/types.js'
import {alignParagraphs, type Bead} from '../../text/align.js'
import type {Languages} from '../../text/languages.js'
import type {ProtectSetting} from '../../text/lexical/syntaxes.js'
import {fileEncoding, isUtf16} from '../encoding.js'
import {InputError} from '../source-file.js'
import {FileReadError, readLines, type TextCache, type TextLine} from './lines.js'
import {segmentSide, verbatimMap} from './segment-side.js'
import type {SegmentItem} from './setting.js'

/**
 * A mismatched pair is aligned in windows of this many lines a side, and the
 * beads of the first `windowKept` lines are kept before the window moves on:
 * the whole-file alignment costs O(n·m) (10,000 lines: 170 s, 950 MB), while
 * windows keep time linear and memory bounded. The overlap lets a bead near a
 * window's end be decided again with the lines that follow it.
 */
export const alignmentWindow = 64
const windowKept = 48

const LF = 0x0a
const CR = 0x0d

/** Lines in a file, counted on bytes (CRLF, CR and LF end a line; a last line without one counts). */
export async function countLines(filePath: string, cache?: TextCache): Promise<number> {
  const cached = cache?.get(filePath)
  if (cached) return cached.lineStarts.length - (cached.text.length === 0 || cached.lineStarts.at(-1) === cached.text.length ? 1 : 0)
  try {
    return await countLinesOnDisk(filePath, cache)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code) throw new FileReadError(`Cannot read file (${code})`, {line: 1, column: 1}, filePath)
    throw error
  }
}

async function countLinesOnDisk(filePath: string, cache?: TextCache): Promise<number> {
  let count = 0
  let last = -1
  for await (const bytes of createReadStream(filePath) as AsyncIterable<Buffer>) {
    // In UTF-16 a line break is two bytes, and 0x0A or 0x0D may be half of another character: count decoded lines.
    if (last === -1 && isUtf16(fileEncoding(bytes, cache?.encodingOf?.(filePath)))) return countDecodedLines(filePath, cache)
    for (let index = 0; index < bytes.length; index++) {
      const byte = bytes[index]
      if (byte === LF) {
        if (last !== CR) count++
      } else if (byte === CR) count++
      last = byte
    }
  }
  return last === -1 || last === LF || last === CR ? count : count + 1
}

async function countDecodedLines(filePath: string, cache?: TextCache): Promise<number> {
  let count = 0
  for await (const line of readLines(filePath, cache)) count = line.number
  return count
}

/** A line break would end the segment, and an edit covers only part of the line, so it becomes a space. */
function encodeLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ')
}

function lineSide(role: Role, lang: string, filePath: string, line: TextLine, protect: ProtectSetting) {
  return segmentSide({
    role,
    lang,
    filePath,
    map: verbatimMap(line.text, line.start),
    lines: {firstLine: line.number, starts: [line.start]},
    encode: encodeLine,
    protect
  })
}

function lineUnit(sourcePath: string, targetPath: string, languages: Languages, protect: ProtectSetting, source: TextLine, target: TextLine): SegmentItem {
  return {
    unit: {
      kind: 'segment',
      id: `${sourcePath}:${source.number}`,
      source: lineSide('source', languages.source, sourcePath, source, protect),
      target: lineSide('target', languages.target, targetPath, target, protect)
    }
  }
}

function tooLong(filePath: string, line: TextLine): SegmentItem {
  return {problem: new InputError('Line is longer than 64 MiB; line pair skipped', {line: line.number, column: 1}), filePath}
}

async function* lockstep(sourcePath: string, targetPath: string, languages: Languages, protect: ProtectSetting, cache?: TextCache): AsyncGenerator<SegmentItem> {
  const targets = readLines(targetPath, cache)
  for await (const source of readLines(sourcePath, cache)) {
    const next = await targets.next()
    if (next.done) return
    const target = next.value
    if (source.tooLong || target.tooLong) {
      yield tooLong(source.tooLong ? sourcePath : targetPath, source.tooLong ? source : target)
      continue
    }
    yield lineUnit(sourcePath, targetPath, languages, protect, source, target)
  }
}

const range = (lines: readonly TextLine[]) => (lines.length === 1 ? `line ${lines[0].number}` : `lines ${lines[0].number}–${lines.at(-1)!.number}`)

/** The message for a bead that is not one line to one line. */
function beadProblem(bead: Bead, source: TextLine[], target: TextLine[], sourcePath: string, targetPath: string): SegmentItem {
  const sourceLines = bead.source.map((index) => source[index])
  const targetLines = bead.target.map((index) => target[index])
  const [here, hereLines, otherPath, otherLines] =
    sourceLines.length >= targetLines.length ? [sourcePath, sourceLines, targetPath, targetLines] : [targetPath, targetLines, sourcePath, sourceLines]
  const other = path.basename(otherPath)
  const message =
    otherLines.length === 0
      ? `Line ${hereLines[0].number} has no counterpart in \`${other}\`: likely inserted here, or deleted there; fix the files so that the lines correspond`
      : `${range(hereLines).replace(/^l/, 'L')} correspond to ${range(otherLines)} of \`${other}\` (lines merged or split); not linted`
  return {problem: new InputError(message, {line: hereLines[0].number, column: 1}), filePath: here}
}

/** Lines of a file, read ahead into a buffer of at most `alignmentWindow`. */
function lineBuffer(filePath: string, cache?: TextCache) {
  const lines = readLines(filePath, cache)
  let done = false
  const buffer: TextLine[] = []
  return {
    buffer,
    async fill() {
      while (!done && buffer.length < alignmentWindow) {
        const next = await lines.next()
        if (next.done) done = true
        else buffer.push(next.value)
      }
      return done
    }
  }
}

/** How many beads of a window to keep: those within the first `windowKept` lines of both sides, at least one. */
function keptBeads(beads: readonly Bead[], last: boolean): number {
  if (last) return beads.length
  const kept = beads.findIndex((bead) => bead.source.some((index) => index >= windowKept) || bead.target.some((index) => index >= windowKept))
  return Math.max(1, kept === -1 ? beads.length : kept)
}

const blockLines = 16

/** Length cost of pairing source line `i` with target line `i + shift`, over a block of lines. */
function shiftCost(source: readonly number[], target: readonly number[], ratio: number, from: number, shift: number): number {
  let cost = 0
  for (let index = from; index < from + blockLines; index++) {
    const other = target[index + shift]
    // Beyond the buffer: as costly as a bad pairing, so that shift is not preferred.
    cost += other === undefined ? 2 : Math.abs(Math.log((other + 1) / ((source[index] + 1) * ratio)))
  }
  return cost
}

/**
 * Whether a full window plainly pairs line for line: in every block of 16
 * lines the character lengths fit the unshifted pairing at least twice as
 * well as a pairing shifted by one line either way. After an inserted or
 * deleted line the shifted pairing fits better, so the window is aligned in
 * full; a window that passes skips the alignment, which costs about 0.5 ms
 * a line.
 */
export function looksLineForLine(source: readonly string[], target: readonly string[]): boolean {
  if (source.length < alignmentWindow || target.length < alignmentWindow) return false
  const sourceLengths = source.map((line) => line.length)
  const targetLengths = target.map((line) => line.length)
  const ratios = sourceLengths.map((length, index) => (targetLengths[index] + 1) / (length + 1)).sort((a, b) => a - b)
  const ratio = ratios[ratios.length >> 1]
  for (let from = 0; from + blockLines <= alignmentWindow; from += blockLines) {
    const straight = shiftCost(sourceLengths, targetLengths, ratio, from, 0)
    if (!(straight < 0.5 * Math.min(shiftCost(sourceLengths, targetLengths, ratio, from, 1), shiftCost(sourceLengths, targetLengths, ratio, from, -1)))) return false
  }
  return true
}

/** One-to-one beads for the first `count` lines. */
const straightBeads = (count: number): Bead[] => Array.from({length: count}, (_, index) => ({source: [index], target: [index]}))

async function* aligned(sourcePath: string, targetPath: string, languages: Languages, protect: ProtectSetting, cache?: TextCache): AsyncGenerator<SegmentItem> {
  const source = lineBuffer(sourcePath, cache)
  const target = lineBuffer(targetPath, cache)
  for (;;) {
    const [sourceDone, targetDone] = [await source.fill(), await target.fill()]
    const last = sourceDone && targetDone
    if (source.buffer.length === 0 && target.buffer.length === 0) return
    const sourceTexts = source.buffer.map((line) => line.text)
    const targetTexts = target.buffer.map((line) => line.text)
    const beads = looksLineForLine(sourceTexts, targetTexts)
      ? straightBeads(windowKept)
      : source.buffer.length === 0 || target.buffer.length === 0
        ? [...source.buffer.map((_, index): Bead => ({source: [index], target: []})), ...target.buffer.map((_, index): Bead => ({source: [], target: [index]}))]
        : alignParagraphs(sourceTexts, targetTexts)
    const kept = beads.slice(0, keptBeads(beads, last))
    for (const bead of kept) {
      // Two lines to two lines: line counts agree, so read them as two pairs.
      const pairs = bead.source.length === bead.target.length ? bead.source.map((index, at) => [index, bead.target[at]]) : []
      if (pairs.length === 0) {
        yield beadProblem(bead, source.buffer, target.buffer, sourcePath, targetPath)
        continue
      }
      for (const [sourceIndex, targetIndex] of pairs) {
        const [sourceLine, targetLine] = [source.buffer[sourceIndex], target.buffer[targetIndex]]
        if (sourceLine.tooLong || targetLine.tooLong) yield tooLong(sourceLine.tooLong ? sourcePath : targetPath, sourceLine.tooLong ? sourceLine : targetLine)
        else yield lineUnit(sourcePath, targetPath, languages, protect, sourceLine, targetLine)
      }
    }
    source.buffer.splice(0, kept.reduce((count, bead) => count + bead.source.length, 0))
    target.buffer.splice(0, kept.reduce((count, bead) => count + bead.target.length, 0))
  }
}

export async function* readMoses(sourcePath: string, targetPath: string, languages: Languages, protect: ProtectSetting, cache?: TextCache): AsyncGenerator<SegmentItem> {
  try {
    // Both settled, so that when both files fail, the source file's problem is the one reported, every run.
    const counted = await Promise.allSettled([countLines(sourcePath, cache), countLines(targetPath, cache)])
    const [sourceCount, targetCount] = counted.map((result) => {
      if (result.status === 'rejected') throw result.reason
      return result.value
    })
    if (sourceCount === targetCount) {
      yield* lockstep(sourcePath, targetPath, languages, protect, cache)
      return
    }
    const counts = `\`${path.basename(sourcePath)}\` has ${sourceCount} lines, \`${path.basename(targetPath)}\` has ${targetCount}`
    yield {problem: new InputError(`Line counts differ: ${counts}; the lines without counterpart are reported where the alignment finds them`, {line: 1, column: 1}), filePath: sourcePath}
    yield* aligned(sourcePath, targetPath, languages, protect, cache)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    yield {problem: error, filePath: error instanceof FileReadError ? error.filePath : sourcePath}
  }
}
