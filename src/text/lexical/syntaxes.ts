// The syntaxes of protected spans: the placeholders of software strings, markup,
// links and code. Text inside them is not language: no rule reads it as words,
// numbers or script, and no fix touches it (see protect.ts).

import type {ProtectedKind} from '../../engine/types.js'

/** Placeholder syntaxes a user can choose in `placeholders` (or a PO entry's flags choose). */
export const placeholderSyntaxes = ['printf', 'python', 'brace', 'dollar', 'icu'] as const
export type PlaceholderSyntax = (typeof placeholderSyntaxes)[number]

export type {ProtectedKind}

/** A user's own placeholder pattern (`{"name": "angular", "pattern": "\\{\\{[^}]+\\}\\}"}`). */
export interface CustomPlaceholder {
  name?: string
  pattern: string
}

export type PlaceholderSetting = PlaceholderSyntax | CustomPlaceholder

/** Which protected spans a side has: its placeholder syntaxes, and whether markup, links and code count. */
export interface ProtectSetting {
  placeholders: readonly PlaceholderSetting[]
  markup: boolean
  links: boolean
  code: boolean
}

/** Segments of software strings and corpora: what was protected before any setting existed, and markup, links and code. */
export const segmentDefault: ProtectSetting = Object.freeze({placeholders: Object.freeze(['printf', 'python', 'brace'] as const), markup: true, links: true, code: true})

/** Prose documents: links only (a news report's `50%` and `{` are text). */
export const documentDefault: ProtectSetting = Object.freeze({placeholders: Object.freeze([]), markup: false, links: true, code: false})

/** Markdown documents: links, HTML and code spans. */
export const markdownDefault: ProtectSetting = Object.freeze({placeholders: Object.freeze([]), markup: true, links: true, code: true})

/**
 * gettext's format flags (`#, python-format`), and the placeholder syntaxes
 * each means (GNU gettext manual, "Special Comments preceding Keywords").
 * A flag not listed here (`lisp-format`, `qt-format`, …) keeps the defaults.
 */
const syntaxesOfFlag: Readonly<Record<string, readonly PlaceholderSyntax[]>> = {
  'c-format': ['printf'],
  'objc-format': ['printf'],
  'c++-format': ['brace'],
  'python-format': ['printf', 'python'],
  'python-brace-format': ['brace'],
  'javascript-format': ['printf', 'python'],
  'java-format': ['brace'],
  'java-printf-format': ['printf'],
  'csharp-format': ['brace'],
  'php-format': ['printf', 'dollar'],
  'perl-format': ['printf', 'dollar'],
  'perl-brace-format': ['brace'],
  'sh-format': ['dollar'],
  'awk-format': ['printf'],
  'ruby-format': ['printf', 'python'],
  'boost-format': ['printf'],
  'gcc-internal-format': ['printf'],
  'gfc-internal-format': ['printf'],
  'qt-plural-format': ['printf'],
  'kde-format': ['printf'],
  'icu-format': ['icu']
}

/**
 * The placeholder syntaxes of an entry by its flags: the ones its format
 * flags name (a `no-…-format` flag takes its syntaxes out), or `fallback`
 * when no flag says.
 */
export function syntaxesOfFlags(flags: readonly string[], fallback: readonly PlaceholderSetting[]): readonly PlaceholderSetting[] {
  let chosen: PlaceholderSetting[] | undefined
  const refused = new Set<PlaceholderSyntax>()
  for (const flag of flags) {
    if (flag.startsWith('no-')) for (const syntax of syntaxesOfFlag[flag.slice(3)] ?? []) refused.add(syntax)
    else if (flag in syntaxesOfFlag) (chosen ??= []).push(...syntaxesOfFlag[flag])
  }
  if (!chosen && refused.size === 0) return fallback
  // A user's own patterns always apply.
  const custom = fallback.filter((setting) => typeof setting !== 'string')
  return [...new Set([...(chosen ?? fallback.filter((setting) => typeof setting === 'string')), ...custom])].filter(
    (setting) => typeof setting !== 'string' || !refused.has(setting)
  )
}

/** What a file is, for its default protected spans. */
export type ProtectKind = 'segment' | 'document' | 'markdown'

const defaults: Readonly<Record<ProtectKind, ProtectSetting>> = {segment: segmentDefault, document: documentDefault, markdown: markdownDefault}
const withPlaceholders = new WeakMap<readonly PlaceholderSetting[], Map<ProtectKind, ProtectSetting>>()

/**
 * The protected spans of a kind of file, with the config's `placeholders`
 * where it sets them; one object per setting, so that the patterns of a
 * setting are compiled once.
 */
export function protectSetting(kind: ProtectKind, placeholders?: readonly PlaceholderSetting[]): ProtectSetting {
  if (!placeholders) return defaults[kind]
  let byKind = withPlaceholders.get(placeholders)
  if (!byKind) withPlaceholders.set(placeholders, (byKind = new Map()))
  let setting = byKind.get(kind)
  if (!setting) byKind.set(kind, (setting = Object.freeze({...defaults[kind], placeholders})))
  return setting
}

const byFlags = new WeakMap<ProtectSetting, Map<string, ProtectSetting>>()

/** `setting` for an entry with these flags (a PO entry's `#, python-format`): one object per flag set. */
export function protectForFlags(setting: ProtectSetting, flags: readonly string[]): ProtectSetting {
  if (flags.length === 0) return setting
  const key = flags.join(',')
  let known = byFlags.get(setting)
  if (!known) byFlags.set(setting, (known = new Map()))
  let found = known.get(key)
  if (!found) {
    const placeholders = syntaxesOfFlags(flags, setting.placeholders)
    known.set(key, (found = placeholders === setting.placeholders ? setting : Object.freeze({...setting, placeholders})))
  }
  return found
}
