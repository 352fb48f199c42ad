// Directives in the notes of TMX and XLIFF: a `<note>` of a unit
// (`bilint-disable-next-line whitespace`, or `bilint-disable …`) turns rules
// off for that unit's lines; a note outside every unit (in a file's header)
// opens or closes a block, from its line on.

import {type Directive, parseDirective, type ParsedDirective} from '../../engine/directives.js'
import type {SegmentItem} from './setting.js'
import type {XmlHandler, XmlTag, XmlWindow} from './xml-stream.js'

const xmlEscape = /&(lt|gt|amp|quot|apos);/g
const xmlEscapes: Record<string, string> = {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"}

export class NoteDirectives {
  #pending: ParsedDirective[] = []

  constructor(private readonly filePath: string) {}

  /** A note's raw content at `line`; inside a unit it waits for the unit's end. */
  note(raw: string, line: number, inUnit: boolean): SegmentItem[] {
    const parsed = parseDirective(raw.replace(xmlEscape, (_, name: string) => xmlEscapes[name]))
    if (!parsed) return []
    if (inUnit) {
      this.#pending.push(parsed)
      return []
    }
    // Outside a unit only a block means anything: there is no next unit to point at.
    if (parsed.kind !== 'disable' && parsed.kind !== 'enable') return []
    return [this.#item({kind: parsed.kind, line, rules: parsed.rules, justification: parsed.justification})]
  }

  /** The unit that held the notes ends: their directives cover its lines. */
  unitEnd(firstLine: number, lastLine: number): SegmentItem[] {
    const items = this.#pending
      .filter((parsed) => parsed.kind !== 'enable')
      .map((parsed) => this.#item({kind: 'range', line: firstLine, endLine: lastLine, rules: parsed.rules, justification: parsed.justification}))
    this.#pending = []
    return items
  }

  #item(directive: Directive): SegmentItem {
    return {directive, filePath: this.filePath}
  }
}

/**
 * `inner` with the directives of notes read: a note inside one of `scopes`
 * (`<trans-unit>`, `<unit>`, `<tu>`) covers that element's lines.
 */
export function withNoteDirectives(inner: XmlHandler, scopes: ReadonlySet<string>, window: XmlWindow, filePath: string): XmlHandler {
  const notes = new NoteDirectives(filePath)
  let scopeStart: number | undefined
  let noteStart: number | undefined
  return {
    keepFrom() {
      // The note being read and the unit its directives cover must stay in the window.
      const starts = [inner.keepFrom(), scopeStart, noteStart].filter((start) => start !== undefined)
      return starts.length === 0 ? undefined : Math.min(...starts)
    },
    open(tag: XmlTag) {
      if (scopes.has(tag.name)) scopeStart = tag.start
      if (tag.name === 'note' && !tag.selfClosing) noteStart = tag.end
      return inner.open(tag)
    },
    close(name: string, start: number, end: number) {
      const items = [...(inner.close(name, start, end) ?? [])]
      if (name === 'note' && noteStart !== undefined) {
        // Loops, not push(...): a note may hold more directives than a call takes arguments.
        for (const item of notes.note(window.slice(noteStart, start), window.position(noteStart).line, scopeStart !== undefined)) items.push(item)
        noteStart = undefined
      }
      if (scopes.has(name) && scopeStart !== undefined) {
        for (const item of notes.unitEnd(window.position(scopeStart).line, window.position(end).line)) items.push(item)
        scopeStart = undefined
      }
      return items
    },
    end: () => inner.end?.()
  }
}
