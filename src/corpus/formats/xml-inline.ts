// The text of a TMX `<seg>` or an XLIFF `<source>`/`<target>`: character
// references and the predefined entities decoded, CDATA kept, inline codes
// (`<ph>…</ph>`, `<bpt>`, `<x/>`, ...) replaced by one placeholder each so
// that rules compare them without reading their native code, wrapping
// elements (`<g>`, `<mrk>`, `<pc>`, `<hi>`) dropped around the text they hold.
// saxes has already checked the content is well-formed, so a flat scan suffices.

import type {Role} from '../../engine/types.js'
import type {XmlWindow} from './xml-stream.js'
import type {ProtectSetting} from '../../text/lexical/syntaxes.js'
import {OffsetMapBuilder, segmentSide} from './segment-side.js'

/** Elements whose content is native code, not text: TMX 1.4 §3.7, XLIFF 1.2 §2.4.2. */
export const codeElements = new Set(['bpt', 'ept', 'ph', 'it', 'ut'])
/** Empty elements standing for a code: XLIFF 1.2 `<x/>`, `<bx/>`, `<ex/>`; XLIFF 2.0 `<ph/>`, `<sc/>`, `<ec/>`. */
export const placeholderElements = new Set(['x', 'bx', 'ex', 'ph', 'sc', 'ec'])

const markup =
  /<!\[CDATA\[(?<cdata>[\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(?<closing>\/)?(?<name>[^\s/>]+)(?<attributes>(?:"[^"]*"|'[^']*'|[^'">])*?)(?<empty>\/)?>|&(?<entity>#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g
const predefined: Record<string, string> = {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"}
const hexAttribute = /\bhex\s*=\s*["']([0-9A-Fa-f]+)["']/

const localName = (name: string) => name.slice(name.indexOf(':') + 1)

/** The character of a code point; U+FFFD past U+10FFFF (an XLIFF `<cp hex="FFFFFFF"/>`, which XML does not check). */
const character = (codePoint: number) => (codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\ufffd')

function decodeEntity(entity: string): string {
  if (entity.startsWith('#x')) return character(Number.parseInt(entity.slice(2), 16))
  if (entity.startsWith('#')) return character(Number.parseInt(entity.slice(1), 10))
  return predefined[entity] ?? ''
}

/** XML's escapes for a replacement in element content. */
export function encodeXml(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'))
}

/** Decode the raw content `[start, end)` of the file (offsets) into `builder`. */
export function decodeContent(raw: string, start: number, builder: OffsetMapBuilder) {
  let from = 0
  /** Depth inside a code element, and where the outermost began. */
  let codeDepth = 0
  let codeStart = 0
  markup.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = markup.exec(raw))) {
    const {cdata, closing, name, attributes, empty, entity} = match.groups!
    const at = match.index
    const after = at + match[0].length
    if (codeDepth > 0) {
      if (name && codeElements.has(localName(name)) && !empty) codeDepth += closing ? -1 : 1
      if (codeDepth === 0) builder.code(raw.slice(codeStart, after), start + codeStart, start + after)
      from = after
      continue
    }
    builder.verbatim(raw.slice(from, at), start + from)
    from = after
    if (cdata !== undefined) builder.verbatim(cdata, start + at + '<![CDATA['.length)
    else if (entity !== undefined) builder.decoded(decodeEntity(entity), start + at, start + after)
    else if (name === undefined) builder.skipped(start + at, start + after, 'after')
    else {
      const local = localName(name)
      if (local === 'cp' && !closing) builder.decoded(character(Number.parseInt(hexAttribute.exec(attributes)?.[1] ?? 'FFFD', 16)), start + at, start + after)
      else if (codeElements.has(local) && !closing && !empty) {
        codeDepth = 1
        codeStart = at
      } else if (placeholderElements.has(local) && empty) builder.code(match[0], start + at, start + after)
      else builder.skipped(start + at, start + after, closing ? 'before' : 'after')
    }
  }
  builder.verbatim(raw.slice(from), start + from)
}

/** What a content side needs besides its place: the protected spans to find, and whether fixes may change it (not an XLIFF `<source>`). */
export interface ContentSetting {
  protect: ProtectSetting
  fixable?: boolean
}

/** A side whose text is the content `[start, end)` of an element in the window. */
export function contentSide(role: Role, lang: string, filePath: string, window: XmlWindow, start: number, end: number, setting: ContentSetting) {
  const builder = new OffsetMapBuilder()
  decodeContent(window.slice(start, end), start, builder)
  return segmentSide({role, lang, filePath, map: builder.finish(end), lines: window.lines(start, end), encode: encodeXml, ...setting})
}
