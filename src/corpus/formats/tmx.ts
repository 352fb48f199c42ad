// TMX 1.4: one segment per `<tu>`, its sides the `<seg>` of the `<tuv>`
// whose `xml:lang` is the source or target language.

import path from 'node:path'
import {sameLanguage, type Languages} from '../../text/languages.js'
import {InputError} from '../source-file.js'
import type {SegmentItem} from './setting.js'
import type {ProtectSetting} from '../../text/lexical/syntaxes.js'
import {contentSide} from './xml-inline.js'
import {withNoteDirectives} from './xml-notes.js'
import type {TextCache} from './lines.js'
import {readXml, type XmlHandler, type XmlTag, type XmlWindow} from './xml-stream.js'

interface Variant {
  lang: string
  start: number
  end: number
}

function tmxHandler(filePath: string, languages: Languages, window: XmlWindow, protect: ProtectSetting): XmlHandler {
  let unitStart: number | undefined
  let lang = ''
  let segStart = 0
  let variants: Variant[] = []
  let units = 0
  let paired = 0
  return {
    keepFrom: () => unitStart,
    open(tag: XmlTag) {
      if (tag.name === 'tu') {
        unitStart = tag.start
        variants = []
      } else if (tag.name === 'tuv') lang = tag.attributes['xml:lang'] ?? tag.attributes.lang ?? ''
      else if (tag.name === 'seg') segStart = tag.end
    },
    close(name: string, start: number): SegmentItem[] | void {
      if (name === 'seg' && unitStart !== undefined) variants.push({lang, start: segStart, end: start})
      if (name !== 'tu' || unitStart === undefined) return
      const at = unitStart
      unitStart = undefined
      units++
      const source = variants.find((variant) => sameLanguage(variant.lang, languages.source))
      const target = variants.find((variant) => sameLanguage(variant.lang, languages.target))
      if (!source || !target) return
      paired++
      return [
        {
          unit: {
            kind: 'segment',
            id: `${filePath}:${window.position(at).line}`,
            source: contentSide('source', languages.source, filePath, window, source.start, source.end, {protect}),
            target: contentSide('target', languages.target, filePath, window, target.start, target.end, {protect})
          }
        }
      ]
    },
    end() {
      if (units === 0 || paired > 0) return
      const message = `None of the ${units} \`<tu>\` in \`${path.basename(filePath)}\` has both a \`${languages.source}\` and a \`${languages.target}\` \`<tuv>\``
      return [{problem: new InputError(message, {line: 1, column: 1}), filePath}]
    }
  }
}

export function readTmx(filePath: string, languages: Languages, protect: ProtectSetting, cache?: TextCache) {
  return readXml(filePath, (window) => withNoteDirectives(tmxHandler(filePath, languages, window, protect), new Set(['tu']), window, filePath), cache, 'tmx')
}
