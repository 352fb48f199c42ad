// Protected spans: placeholders, markup, links and code in a side's text,
// found in one pass before any rule reads the side. Each becomes one U+FFFC
// in the text rules read (mask.ts), so no rule reads inside one as words,
// numbers or script, and a fix that would touch one is refused.

import {lazyModule} from '../lazy-module.js'
import {findIcuCodes} from './icu.js'
import type {CustomPlaceholder, PlaceholderSetting, ProtectedKind, ProtectSetting} from './syntaxes.js'

/** A protected span of a text: `[start, end)` and what it is. */
export interface FoundSpan {
  start: number
  end: number
  kind: ProtectedKind
}

const linkifyModule = lazyModule<typeof import('linkify-it')>('linkify-it')
let linkify: import('linkify-it').LinkifyIt | undefined

/** linkify-it finds URLs with a scheme and e-mail addresses, and where they end before punctuation; bare domains (`manage.py`) are not links. */
function linker(): import('linkify-it').LinkifyIt {
  return (linkify ??= new (linkifyModule().LinkifyIt)({fuzzyLink: false, fuzzyEmail: true, fuzzyIP: false}))
}

// The patterns, as regex sources: one alternation per setting, each kind a group.
const kindPatterns: ReadonlyArray<[ProtectedKind, string, keyof ProtectSetting | PlaceholderSetting]> = [
  // HTML/XML: comments, tags with their attributes, entities.
  // A comment and a tag's attributes hold no `<` (a comment no `>` either), so a failed try stops at the next one.
  ['tag', '<!--[^<>]*-->|<\\/?[A-Za-z][\\w:.-]*(?:\\s(?:"[^"<]*"|\'[^\'<]*\'|[^<>"\'])*)?\\/?>', 'markup'],
  ['entity', '&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});', 'markup'],
  ['url', '(?<![\\w.-])www\\.[\\w-]+(?:\\.[\\w-]+)+(?:\\/[^\\s<>"\']*[^\\s<>"\'.,;:!?)\\]}،؛])?', 'links'],
  // Python's named conversions: `%(name)s`, `%(value).1f`, `%(count)-5d`.
  ['python', '%\\([^()\\s]{1,64}\\)[-+#0 ]*(?:\\d+|\\*)?(?:\\.(?:\\d+|\\*))?[diouxXeEfFgGcrsab%]', 'python'],
  // printf: `%s`, `%1$d`, `%-5.2f`, `%lld`, `%@`, `%%`. No space flag: `50% off` is text.
  ['printf', "%%|%(?:\\d+\\$)?[-+#0']*(?:\\d+|\\*(?:\\d+\\$)?)?(?:\\.(?:\\d+|\\*(?:\\d+\\$)?))?(?:hh|h|ll|l|L|q|j|z|Z|t|I64|I32|I)?[diouxXeEfFgGaAcCsSpn@]", 'printf'],
  // Templates (`{{ name }}`, `{% url %}`), and format fields: `{}`, `{0}`, `{name}`, `{name!r:>10}`, `{0,10:N2}`, `{{`/`}}`.
  ['brace', '\\{\\{[^{}]*\\}\\}|\\{%[^%]*%\\}|\\{(?:\\d+|[A-Za-z_]\\w*)?(?:\\.[A-Za-z_]\\w*|\\[[^\\]{}]*\\])*(?:,-?\\d+)?(?:![rsa])?(?::[^{}]*)?\\}', 'brace'],
  ['dollar', '\\$\\{[A-Za-z_][\\w.]*\\}|\\$[A-Za-z_]\\w*', 'dollar'],
  // Paths: `/about/contact/`, `~/x/y`, `../a/b`, `C:\\dir\\file`.
  ['path', '(?<![\\w/.~-])(?:~|\\.\\.?)?\\/(?:[\\w.%~+@:=-]+\\/)+[\\w.%~+@:=-]*|(?<![\\w])[A-Za-z]:\\\\(?:[^\\\\\\s<>:"|?*]+\\\\)*[^\\\\\\s<>:"|?*]*', 'code'],
  // Code: the empty values of programs (`null`, `nil`, `NaN`), date and time masks (`YYYY-MM-DD HH:MM[:ss[.uuuuuu]]`),
  // `get_absolute_url()`, `snake_case`,
  // `django.contrib.admin`, `settings.py`, `` `code` ``.
  [
    'code',
    '(?<![\\w.])(?:null|NULL|nil|NaN)(?![\\w.])|(?<![\\w[])\\[*(?:YYYY|YY|MM|DD|HH|hh|mm|ss|SS|uuuuuu|TZ)(?:[-:./\\[\\] ]{0,3}(?:YYYY|YY|MM|DD|HH|hh|mm|ss|SS|uuuuuu|TZ))+\\]*(?!\\w)|(?<![\\w$.])[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*\\(\\)|(?<!\\w)\\w*(?:[A-Za-z0-9]_|_[A-Za-z0-9])\\w*(?!\\w)|(?<![\\w.])[A-Za-z_]\\w+(?:\\.[A-Za-z_]\\w+){2,}(?!\\w)|(?<![\\w./-])[\\w-]+\\.(?:py|js|mjs|ts|json|html?|css|txt|xml|po|pot|mo|ya?ml|ini|cfg|conf|sh|md|csv|tsv|sql|php|rb|java|cpp|go|rs|png|jpe?g|gif|svg|pdf|zip|gz)(?!\\w)|`[^`\\n]+`',
    'code'
  ]
]

interface Matcher {
  pattern: RegExp
  kinds: ProtectedKind[]
  custom: Array<{pattern: RegExp}>
  links: boolean
  icu: boolean
}

/** Matchers by setting object (settings are shared: see `protectSetting`), and by content for a setting made anew. */
const matchers = new WeakMap<ProtectSetting, Matcher>()
const matchersByKey = new Map<string, Matcher>()

function compile(setting: ProtectSetting): Matcher {
  const chosen = new Set<unknown>(setting.placeholders)
  if (setting.markup) chosen.add('markup')
  if (setting.links) chosen.add('links')
  if (setting.code) chosen.add('code')
  // ICU's simple arguments (`{name}`) are what the brace syntax finds where a message does not parse.
  if (chosen.has('icu')) chosen.add('brace')
  const kinds: ProtectedKind[] = []
  const sources: string[] = []
  for (const [kind, source, when] of kindPatterns) {
    if (!chosen.has(when)) continue
    kinds.push(kind)
    sources.push(`(${source})`)
  }
  const custom = setting.placeholders
    .filter((entry): entry is CustomPlaceholder => typeof entry !== 'string')
    .map((entry) => ({pattern: new RegExp(entry.pattern, 'gu')}))
  return {pattern: new RegExp(sources.join('|') || '(?!)', 'g'), kinds, custom, links: setting.links, icu: chosen.has('icu')}
}

function matcherOf(setting: ProtectSetting): Matcher {
  let matcher = matchers.get(setting)
  if (!matcher) {
    const key = JSON.stringify(setting)
    matcher = matchersByKey.get(key)
    if (!matcher) matchersByKey.set(key, (matcher = compile(setting)))
    matchers.set(setting, matcher)
  }
  return matcher
}

/**
 * What no pattern can match without: a sign that starts a placeholder, tag,
 * entity or code, a slash before a letter (a path, a URL), a dot or colon
 * inside a word (`settings.py`, `HH:MM`, `mailto:`), an empty value, a date
 * mask. A sentence's full stops do not count: most texts skip the regexes.
 */
const trigger = /[%{}<&$\\_(`@]|\/\w|\w[.:][\w/]|null|NULL|nil|NaN|YY|MM|DD|HH/

/**
 * The protected spans of `text`, in order, none overlapping: where two
 * overlap, the one that starts first wins, and of two that start together
 * the longer (a tag's URL is part of the tag).
 */
export function findProtected(text: string, setting: ProtectSetting): FoundSpan[] {
  const matcher = matcherOf(setting)
  // A user's own pattern may start with anything.
  if (matcher.custom.length === 0 && !trigger.test(text)) return []
  const found: FoundSpan[] = []
  // A loop, not push(...): a text may hold more codes than a call takes arguments.
  if (matcher.icu && text.includes('{')) for (const code of findIcuCodes(text)) found.push(code)
  if (matcher.links && (text.includes('://') || text.includes('@') || text.includes('mailto:'))) {
    for (const match of linker().match(text) ?? []) found.push({start: match.index, end: match.lastIndex, kind: match.schema === 'mailto:' ? 'email' : 'url'})
  }
  const {pattern, kinds} = matcher
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++
      continue
    }
    let group = 1
    while (match[group] === undefined) group++
    found.push({start: match.index, end: match.index + match[0].length, kind: kinds[group - 1]})
  }
  for (const {pattern: custom} of matcher.custom) {
    custom.lastIndex = 0
    for (let match = custom.exec(text); match; match = custom.exec(text)) {
      if (match[0].length === 0) custom.lastIndex++
      else found.push({start: match.index, end: match.index + match[0].length, kind: 'custom'})
    }
  }
  if (found.length < 2) return found
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: FoundSpan[] = [found[0]]
  for (let index = 1; index < found.length; index++) if (found[index].start >= kept.at(-1)!.end) kept.push(found[index])
  return kept
}

/** Whether a custom placeholder pattern compiles: the config's check, so a bad one is reported before anything runs. */
export function customPatternProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'gu')
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}
