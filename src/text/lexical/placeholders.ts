// What a placeholder or tag of a side is, for comparing the two sides:
// gettext's checks (`msgfmt -c`) and pofilter's `printf`, `variables` and
// `xmltags`. Named placeholders (`%(name)s`, `{name}`, `$name`, `%1$s`) match
// by name in any order; unnamed ones (`%s`, `{}`) in order; tags by name
// and the placeholders inside them; entities by what they stand for.

import type {ProtectedKind, ProtectedSpan} from '../../engine/types.js'
import {findProtected} from './protect.js'
import {segmentDefault} from './syntaxes.js'

/** A code as compared: its family (`%`, `{`, `$`, `<`…), name or place, and what it converts to. */
export interface Code {
  /** Where it is among the side's codes. */
  span: ProtectedSpan
  /** Codes of one family compare with each other: printf and Python's `%`, `{`, `$`, ICU, tags, entities, inline codes, a user's patterns. */
  family: '%' | '{' | '$' | 'icu' | 'tag' | 'inline' | 'custom'
  /** A named or numbered code's name; undefined for an unnamed one, compared by order. */
  name?: string
  /** The conversion's kind (`%d` and `%i` are one: `int`), where a code has one. */
  conversion?: string
}

/** Kinds compared by name or order; entities by what they stand for (`missingEntities`); links, paths and code are text a translation may change. */
const comparedKinds = new Set<ProtectedKind>(['printf', 'python', 'brace', 'dollar', 'icu', 'custom', 'tag', 'inline'])

/** printf conversions by kind: `%d` and `%i` print the same, `%d` and `%s` do not (gettext's `format-c.c`). */
const conversionKinds: Record<string, string> = {
  d: 'int', i: 'int', u: 'unsigned', o: 'octal', x: 'hex', X: 'hex',
  e: 'float', E: 'float', f: 'float', F: 'float', g: 'float', G: 'float', a: 'float', A: 'float',
  s: 'string', S: 'string', c: 'char', C: 'char', p: 'pointer', n: 'count', '@': 'object', r: 'repr', b: 'bytes'
}

const printfPattern = /^%(?:(\d+)\$)?.*?([A-Za-z@%])$/s
const pythonPattern = /^%\(([^()]*)\).*?([A-Za-z%])$/s
const bracePattern = /^\{\{?\s*%?\s*([^\s!:.[\]{},%]*)/
const tagPattern = /^<(\/?)([A-Za-z][\w:.-]*)/
const icuArgument = /\{\s*([^\s{},]+)\s*[,}]/g

const placeholdersOnly = {...segmentDefault, markup: false, links: false, code: false}

/** The placeholders inside a tag, a code span or a link (`<a href="%(url)s">`, `` `%(app)s.%(model)s` ``), which a translation must keep. */
function placeholdersIn(span: ProtectedSpan): ProtectedSpan[] {
  return findProtected(span.text, placeholdersOnly).map((found) => ({offset: span.offset, text: span.text.slice(found.start, found.end), kind: found.kind}))
}

/** How a protected span compares, or undefined for spans that are not compared (links, code). */
export function describeCode(span: ProtectedSpan): Code | Code[] | undefined {
  const {text, kind} = span
  if (!comparedKinds.has(kind)) return undefined
  switch (kind) {
    case 'python': {
      const [, name, conversion] = pythonPattern.exec(text) ?? []
      return {span, family: '%', name, conversion: conversionKinds[conversion] ?? conversion}
    }
    case 'printf': {
      if (text === '%%') return undefined
      const [, position, conversion] = printfPattern.exec(text) ?? []
      return {span, family: '%', name: position, conversion: conversionKinds[conversion] ?? conversion}
    }
    case 'brace': {
      // `{{`/`}}` are escapes, not fields.
      if (text === '{{' || text === '}}') return undefined
      const name = bracePattern.exec(text)?.[1]
      return {span, family: '{', name: name || undefined}
    }
    case 'dollar':
      return {span, family: '$', name: text.replace(/^\$\{?|\}$/g, '')}
    case 'icu':
      return [...text.matchAll(icuArgument)].map((match) => ({span, family: 'icu', name: match[1]}))
    case 'tag': {
      if (text.startsWith('<!--')) return undefined
      const [, closing, name] = tagPattern.exec(text) ?? []
      const inside = placeholdersIn(span)
        .map((code) => code.text)
        .sort()
        .join(' ')
      const element = name?.toLowerCase() ?? ''
      if (formattingElements.has(element) && inside === '') return undefined
      return {span, family: 'tag', name: `<${closing}${element}${closing ? '' : ` ${inside}`.trimEnd()}>`}
    }
    case 'entity':
      return undefined
    default:
      return {span, family: kind === 'inline' ? 'inline' : 'custom', name: text.replace(/\s+/g, ' ')}
  }
}

/** The compared codes of a side, in order. */
export function codesOf(codes: readonly ProtectedSpan[]): Code[] {
  const described: Code[] = []
  for (const span of codes) {
    // A code span or a link is not compared, but the placeholders in it are.
    if (span.kind === 'code' || span.kind === 'path' || span.kind === 'url' || span.kind === 'email') {
      for (const inner of placeholdersIn(span)) for (const code of [describeCode(inner) ?? []].flat()) described.push(code)
      continue
    }
    const code = describeCode(span)
    // Loops, not push(...): a side may hold more codes than a call takes arguments.
    if (Array.isArray(code)) for (const each of code) described.push(each)
    else if (code) described.push(code)
  }
  return described
}

/** The escapes of markup's own characters: `&lt;b&gt;` shows a tag as text, and lost it becomes one. */
const markupEscape = /^&(?:lt|gt|#0*6[02]|#[xX]0*3[cCeE]);$/

/**
 * The source's escapes of `<` and `>` that the target lacks. Other entities
 * are characters a translation may write its own way: `&amp;` as a word
 * (`et`, `و`), `&nbsp;` as its typography wants.
 */
export function missingEntities(source: readonly ProtectedSpan[], target: readonly ProtectedSpan[]): ProtectedSpan[] {
  const written = new Set(target.filter((code) => code.kind === 'entity').map((code) => code.text))
  const missing = new Map<string, ProtectedSpan>()
  for (const code of source) if (code.kind === 'entity' && markupEscape.test(code.text) && !written.has(code.text)) missing.set(code.text, code)
  return [...missing.values()]
}

/**
 * Elements that only style their text: a translation may add them (French
 * `1<sup>er</sup>`), drop them, or use its own typography (`<q>` as quotes).
 * Other tags (links, structure, `code`) and any tag with a placeholder in it
 * must agree.
 */
const formattingElements = new Set(['b', 'i', 'em', 'strong', 'sup', 'sub', 'small', 'big', 'span', 'br', 'wbr', 'u', 's', 'abbr', 'q', 'mark', 'nobr', 'cite', 'dfn', 'bdi', 'bdo'])

/** Codes a target lacks, has in excess, or has with another conversion or name. */
export type CodeDifference =
  | {kind: 'missing'; source: Code}
  | {kind: 'extra'; target: Code}
  | {kind: 'renamed'; source: Code; target: Code}
  | {kind: 'conversion'; source: Code; target: Code}

/** Levenshtein distance, for names of a few characters. */
function distance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = row
  }
  return previous[b.length]
}

const key = (code: Code) => `${code.family} ${code.name}`

/**
 * Pair what one side lacks with what the other has in excess, of one family:
 * a name one or two edits away (`%(nme)s` for `%(name)s`), or the only two
 * left, is a rename.
 */
// Past this many pairs of one family to weigh, codes are left missing and extra rather than paired as renames.
const maxRenamePairs = 10_000

function byFamily(codes: readonly Code[]): Map<Code['family'], Code[]> {
  const families = new Map<Code['family'], Code[]>()
  for (const code of codes) {
    const family = families.get(code.family)
    if (family) family.push(code)
    else families.set(code.family, [code])
  }
  return families
}

/**
 * Pair a missing code with an extra one of its family whose name is a near
 * spelling of its own (a rename), in the order of the missing codes. Each
 * family is weighed pair by pair, up to `maxRenamePairs` pairs.
 */
function pairRenames(missing: Code[], extra: Code[], differences: CodeDifference[]): void {
  if (missing.length === 0 || extra.length === 0) return
  const extraOf = byFamily(extra)
  const missingCount = new Map<Code['family'], number>()
  for (const code of missing) missingCount.set(code.family, (missingCount.get(code.family) ?? 0) + 1)
  const paired = new Set<Code>()
  for (const source of missing) {
    const candidates = extraOf.get(source.family)
    const sameFamilyMissing = missingCount.get(source.family)!
    if (!candidates || candidates.length === 0 || candidates.length * sameFamilyMissing > maxRenamePairs) continue
    let near: Code | undefined
    let nearCost = Infinity
    const limit = Math.max(2, Math.floor((source.name?.length ?? 0) / 3))
    const alone = candidates.length === 1 && sameFamilyMissing === 1
    for (const target of candidates) {
      const cost = distance(source.name ?? '', target.name ?? '')
      if ((cost <= limit || alone) && cost < nearCost) {
        near = target
        nearCost = cost
      }
    }
    if (!near) continue
    differences.push({kind: 'renamed', source, target: near})
    paired.add(source).add(near)
    candidates.splice(candidates.indexOf(near), 1)
    missingCount.set(source.family, sameFamilyMissing - 1)
  }
  if (paired.size === 0) return
  removeAll(missing, paired)
  removeAll(extra, paired)
}

function removeAll(codes: Code[], removed: ReadonlySet<Code>): void {
  let kept = 0
  for (const code of codes) if (!removed.has(code)) codes[kept++] = code
  codes.length = kept
}

/**
 * How the target's codes differ from the source's. `mayOmit`: the target may
 * leave codes out (a plural form for one value of n, as gettext allows), but
 * not add, rename or convert any.
 */
export function compareCodes(source: readonly Code[], target: readonly Code[], mayOmit = false): CodeDifference[] {
  const differences: CodeDifference[] = []
  const missing: Code[] = []
  const extra: Code[] = []
  // Named codes: by name, in any order, as often as either side likes.
  const targetNamed = new Map<string, Code>()
  for (const code of target) if (code.name !== undefined && !targetNamed.has(key(code))) targetNamed.set(key(code), code)
  const sourceNamed = new Set<string>()
  for (const code of source) {
    if (code.name === undefined || sourceNamed.has(key(code))) continue
    sourceNamed.add(key(code))
    const match = targetNamed.get(key(code))
    if (!match) missing.push(code)
    else if (match.conversion !== code.conversion) differences.push({kind: 'conversion', source: code, target: match})
  }
  for (const [name, code] of targetNamed) if (!sourceNamed.has(name)) extra.push(code)
  // Unnamed codes: in order, per family.
  for (const family of new Set([...source, ...target].filter((code) => code.name === undefined).map((code) => code.family))) {
    const sourceOrder = source.filter((code) => code.name === undefined && code.family === family)
    const targetOrder = target.filter((code) => code.name === undefined && code.family === family)
    const common = Math.min(sourceOrder.length, targetOrder.length)
    for (let index = 0; index < common; index++) {
      if (sourceOrder[index].conversion !== targetOrder[index].conversion) differences.push({kind: 'conversion', source: sourceOrder[index], target: targetOrder[index]})
    }
    for (let index = common; index < sourceOrder.length; index++) missing.push(sourceOrder[index])
    for (let index = common; index < targetOrder.length; index++) extra.push(targetOrder[index])
  }
  pairRenames(missing, extra, differences)
  if (!mayOmit) for (const code of missing) differences.push({kind: 'missing', source: code})
  for (const code of extra) differences.push({kind: 'extra', target: code})
  return differences
}
