// Which segment format a file has: the config's `format` for its glob, its
// extension (`.tsv`, `.tmx`, `.xlf`, `.po`, `.jsonl`), or, for Moses, a
// language extension (`train.en` beside `train.ar`).

import {existsSync} from 'node:fs'
import path from 'node:path'
import {sameLanguage, type Languages} from '../../text/languages.js'
import {formatByExtension, type FormatSetting} from './setting.js'

export type SegmentInput =
  | {layout: 'segment'; path: string; format: FormatSetting}
  | {layout: 'moses'; sourcePath: string; targetPath: string}
  | {layout: 'problem'; path: string; message: string}

/** `name.<lang>` where `<lang>` is the source or target language. */
function mosesRole(filePath: string, languages: Languages): 'source' | 'target' | undefined {
  const extension = path.extname(filePath).slice(1)
  if (!/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(extension)) return undefined
  if (sameLanguage(extension, languages.source)) return 'source'
  if (sameLanguage(extension, languages.target)) return 'target'
  return undefined
}

/**
 * The segment input a file starts, or undefined for documents. A Moses file
 * names its partner, which the caller must not plan again.
 */
export function planSegmentInput(filePath: string, languages: Languages, configured?: FormatSetting): SegmentInput | undefined {
  const extensionFormat = formatByExtension(filePath)
  const format = configured ?? (extensionFormat && {name: extensionFormat})
  if (format && format.name !== 'moses') return {layout: 'segment', path: filePath, format}
  const role = mosesRole(filePath, languages)
  if (!role) return undefined
  const otherLang = role === 'source' ? languages.target : languages.source
  const stem = filePath.slice(0, filePath.length - path.extname(filePath).length)
  const partner = `${stem}.${otherLang}`
  if (!existsSync(partner)) {
    return {layout: 'problem', path: filePath, message: `Missing partner file \`${path.basename(partner)}\`: a Moses corpus needs both line-aligned files`}
  }
  return role === 'source' ? {layout: 'moses', sourcePath: filePath, targetPath: partner} : {layout: 'moses', sourcePath: partner, targetPath: filePath}
}
