// XLIFF 1.2 (`<trans-unit>`) and 2.x (`<segment>` in `<unit>`): one segment
// per translation unit with a non-empty `<target>`. Sources and targets of
// `<alt-trans>` (translation suggestions), `<seg-source>` (1.2) and
// `<ignorable>` (2.x) are not the unit's text; `<note>`s are read for
// directives only (`xml-notes.ts`).
// Units whose state says nobody translated them yet (1.2 `<target state>`,
// 2.x `<segment state>`) are left out, as PO's fuzzy entries are: the
// `skipStates` option lists the states to leave out.

import type {Languages} from '../../text/languages.js'
import {type FormatSetting, type SegmentItem, untranslatedStates} from './setting.js'
import type {ProtectSetting} from '../../text/lexical/syntaxes.js'
import {contentSide} from './xml-inline.js'
import {withNoteDirectives} from './xml-notes.js'
import type {TextCache} from './lines.js'
import {readXml, type XmlHandler, type XmlTag, type XmlWindow} from './xml-stream.js'

const outsideText = new Set(['alt-trans', 'seg-source', 'ignorable', 'note'])

interface Content {
  start: number
  end: number
}

function xliffHandler(filePath: string, languages: Languages, window: XmlWindow, skipStates: ReadonlySet<string>, protect: ProtectSetting): XmlHandler {
  /** `trans-unit` in 1.2, `segment` in 2.x; set from the root's version. */
  let unitName = 'trans-unit'
  let unitStart: number | undefined
  let skipDepth = 0
  let contentStart = 0
  let source: Content | undefined
  let target: Content | undefined
  let state: string | undefined
  return {
    keepFrom: () => unitStart,
    open(tag: XmlTag) {
      if (tag.name === 'xliff') unitName = (tag.attributes.version ?? '').startsWith('2') ? 'segment' : 'trans-unit'
      if (outsideText.has(tag.name) && !tag.selfClosing) skipDepth++
      if (skipDepth > 0) return
      if (tag.name === unitName) {
        unitStart = tag.start
        source = target = undefined
        // 2.x puts the state on the segment, 1.2 on the target.
        state = tag.attributes.state
      } else if ((tag.name === 'source' || tag.name === 'target') && unitStart !== undefined) {
        contentStart = tag.end
        if (tag.name === 'target' && tag.attributes.state !== undefined) state = tag.attributes.state
      }
    },
    close(name: string, start: number): SegmentItem[] | void {
      if (outsideText.has(name) && skipDepth > 0) {
        skipDepth--
        return
      }
      if (skipDepth > 0 || unitStart === undefined) return
      if (name === 'source') source = {start: contentStart, end: start}
      else if (name === 'target') target = {start: contentStart, end: start}
      if (name !== unitName) return
      const at = unitStart
      unitStart = undefined
      if (!source || !target || target.end === target.start || (state !== undefined && skipStates.has(state))) return
      return [
        {
          unit: {
            kind: 'segment',
            id: `${filePath}:${window.position(at).line}`,
            source: contentSide('source', languages.source, filePath, window, source.start, source.end, {protect, fixable: false}),
            target: contentSide('target', languages.target, filePath, window, target.start, target.end, {protect})
          }
        }
      ]
    }
  }
}

export function readXliff(filePath: string, languages: Languages, setting: FormatSetting, protect: ProtectSetting, cache?: TextCache) {
  const skipStates = new Set(setting.skipStates ?? untranslatedStates)
  const notesOf = new Set(['trans-unit', 'unit'])
  return readXml(filePath, (window) => withNoteDirectives(xliffHandler(filePath, languages, window, skipStates, protect), notesOf, window, filePath), cache, 'xliff')
}
