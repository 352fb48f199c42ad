// Streamed XML for TMX and XLIFF: saxes checks well-formedness and reports
// tags with their file offsets, while a window keeps only the raw text of the
// unit being read. Safety: saxes never reads a DTD or resolves an entity it
// was not given, and a document type with entity declarations (XXE, billion
// laughs) is refused before anything is read.

import {SaxesParser} from 'saxes'
import {InputError} from '../source-file.js'
import {maxLineLength, readChunks, type TextCache} from './lines.js'
import type {LineIndex} from './segment-side.js'
import type {SegmentItem} from './setting.js'

const entityDeclaration = /<!ENTITY/i
const saxesLocation = /^.*?:\d+:\d+: /

/** The raw text of the file from `base` on, with the line where `base` stands. */
export class XmlWindow {
  private text = ''
  private base = 0
  private baseLine = 1
  private baseLineStart = 0

  append(chunk: string) {
    this.text += chunk
  }

  slice(start: number, end: number): string {
    return this.text.slice(start - this.base, end - this.base)
  }

  lastIndexOf(search: string, before: number): number {
    return this.text.lastIndexOf(search, before - this.base) + this.base
  }

  /** Line starts of `[start, end]` (a line break just before `end` starts a line there); both must be inside the window. */
  lines(start: number, end: number): LineIndex {
    let line = this.baseLine
    let lineStart = this.baseLineStart
    const starts: number[] = []
    for (let index = 0; index < end - this.base; index++) {
      const char = this.text.charCodeAt(index)
      const isBreak = char === 0x0a || (char === 0x0d && this.text.charCodeAt(index + 1) !== 0x0a)
      if (!isBreak) continue
      const next = this.base + index + 1
      if (next <= start) {
        line++
        lineStart = next
      } else if (next <= end) starts.push(next)
    }
    return {firstLine: line, starts: [lineStart, ...starts]}
  }

  /** Forget the text before `offset`, counting its lines. */
  release(offset: number) {
    let cut = Math.min(offset, this.base + this.text.length) - this.base
    // Keep a CR whose LF may still come, so CRLF counts as one line break.
    if (cut > 0 && this.text.charCodeAt(cut - 1) === 0x0d) cut--
    if (cut <= 0) return
    const {firstLine, starts} = this.lines(this.base + cut, this.base + cut)
    this.baseLine = firstLine
    this.baseLineStart = starts[0]
    this.text = this.text.slice(cut)
    this.base += cut
  }

  /** The file offset where the text read so far ends. */
  get end(): number {
    return this.base + this.text.length
  }

  /** The file offset of the first character kept: the start of the unit being read. */
  get start(): number {
    return this.base
  }

  position(offset: number) {
    const {firstLine, starts} = this.lines(offset, offset)
    return {line: firstLine, column: offset - starts[0] + 1}
  }
}

export interface XmlTag {
  /** Local name, without prefix. */
  name: string
  attributes: Record<string, string>
  /** File offset of `<`. */
  start: number
  /** File offset after `>`. */
  end: number
  selfClosing: boolean
}

/** A format's view of the XML events; it returns the units and problems each event completes. */
export interface XmlHandler {
  open(tag: XmlTag): SegmentItem[] | void
  close(name: string, start: number, end: number): SegmentItem[] | void
  /** The earliest offset still needed (the start of the unit being read), if any. */
  keepFrom(): number | undefined
  /** After the whole file: a problem such as "no unit had both languages". */
  end?(): SegmentItem[] | void
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1)

/** What a handler threw that is no `InputError`: a fault of bilint's, kept apart from saxes' errors about the XML. */
class HandlerFault {
  constructor(readonly error: unknown) {}
}

/** `handle`, with its faults marked, so that they are not reported as malformed XML. */
function guarded<T extends unknown[]>(handle: (...args: T) => void): (...args: T) => void {
  return (...args) => {
    try {
      handle(...args)
    } catch (error) {
      throw error instanceof InputError ? error : new HandlerFault(error)
    }
  }
}

/**
 * The units of an XML file, read by `handlerFor`'s handler. `root` is the
 * element the format's documents start with: another root (a `.xlf` file
 * that is some other XML) is a problem at that element, and nothing is read.
 */
export async function* readXml(filePath: string, handlerFor: (window: XmlWindow) => XmlHandler, cache?: TextCache, root?: string): AsyncGenerator<SegmentItem> {
  const window = new XmlWindow()
  let atRoot = true
  const handler = handlerFor(window)
  const parser = new SaxesParser({position: true})
  const queue: SegmentItem[] = []
  const push = (items: SegmentItem[] | void) => {
    // A loop, not push(...): an element may complete more items than a call takes arguments.
    if (items) for (const item of items) queue.push(item)
  }
  parser.on('doctype', (doctype) => {
    if (entityDeclaration.test(doctype)) {
      throw new InputError(
        'The document type declares entities; bilint does not process DTDs or entities (a guard against XXE and billion-laughs files), so this file is not read',
        window.position(window.lastIndexOf('<!DOCTYPE', parser.position))
      )
    }
  })
  parser.on('opentag', guarded((tag) => {
    const end = parser.position
    const start = window.lastIndexOf('<' + tag.name, end)
    if (atRoot && root !== undefined && localName(tag.name) !== root) {
      throw new InputError(`The root element is \`<${tag.name}>\`, expected \`<${root}>\`: not ${root === 'tmx' ? 'a TMX' : 'an XLIFF'} file, so it is not read`, window.position(start))
    }
    atRoot = false
    push(handler.open({name: localName(tag.name), attributes: tag.attributes as Record<string, string>, start, end, selfClosing: tag.isSelfClosing}))
    // Between units, keep no text: positions of later units are counted from here.
    window.release(handler.keepFrom() ?? start)
  }))
  parser.on('closetag', guarded((tag) => {
    const end = parser.position
    // `</x>` ends at `end`: its `</` is at least three before (another `</` may start just at `end`).
    const start = tag.isSelfClosing ? end : window.lastIndexOf('</', end - 3)
    push(handler.close(localName(tag.name), start, end))
    window.release(handler.keepFrom() ?? end)
  }))
  // saxes' `position` runs past the text read at the end of a chunk (`<a>xy` gives 11): an error stands at most where the text ends.
  const errorOffset = () => Math.min(parser.position, window.end)
  try {
    // A read error stands where the text read so far ends.
    for await (const chunk of readChunks(filePath, () => window.position(window.end), cache)) {
      window.append(chunk)
      // One unit's text, as one line of a TSV file, is bounded: a `<seg>` of a gigabyte would exhaust memory.
      if (window.end - window.start > maxLineLength) throw new InputError('An element is longer than 64 MiB; the rest of the file is not read', window.position(window.start))
      try {
        parser.write(chunk)
      } catch (error) {
        if (error instanceof InputError) throw error
        if (error instanceof HandlerFault) throw error.error
        const reason = (error as Error).message.replace(saxesLocation, '')
        throw new InputError(`Malformed XML: ${reason}; the rest of the file is not read`, window.position(errorOffset()))
      }
      yield* queue.splice(0)
      window.release(handler.keepFrom() ?? parser.position)
    }
    try {
      parser.close()
    } catch (error) {
      throw new InputError(`Malformed XML: ${(error as Error).message.replace(saxesLocation, '')}`, window.position(errorOffset()))
    }
    yield* queue.splice(0)
    push(handler.end?.())
    yield* queue.splice(0)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    yield* queue.splice(0)
    yield {problem: error, filePath}
  }
}
