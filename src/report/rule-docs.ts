// Rule documentation, generated from the rule object itself: its meta, its
// options schema and its examples, with the messages the rule really gives
// on them. `npm run generate` writes docs/rules/<id>.md; a test fails when a
// committed page differs from what the rule now says.

import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {rules as coreRules} from '../../rules/index.js'
import {runExample} from '../engine/examples.js'
import type {AnyRule, RuleExample} from '../engine/rule.js'
import {languageName} from '../text/languages.js'

interface PackageLinks {
  repository?: string | {url?: string}
  homepage?: string
}

/** bilint's package.json, found upward from this module (src/ in tests, dist/src/ when built). */
function packageLinks(): PackageLinks {
  let directory = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = path.join(directory, 'package.json')
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as PackageLinks & {name?: string}
      if (parsed.name === 'bilint') return parsed
    }
    const parent = path.dirname(directory)
    if (parent === directory) return {}
    directory = parent
  }
}

// npm's shorthands (`github:org/name`, `org/name`) and git URLs (`git+https://…/name.git`).
const gitPrefix = /^git\+/
const gitSuffix = /\.git$/
const githubShorthand = /^(?:github:)?(?<slug>[\w.-]+\/[\w.-]+)$/

function repositoryPage(repository: PackageLinks['repository']): string | undefined {
  const url = typeof repository === 'string' ? repository : repository?.url
  if (!url) return undefined
  const slug = githubShorthand.exec(url)?.groups?.slug
  if (slug) return `https://github.com/${slug}`
  const page = url.replace(gitPrefix, '').replace(gitSuffix, '')
  return /^https?:\/\//.test(page) ? page : undefined
}

let docsBase: string | undefined

/**
 * Where a rule's page lives, the same for every message of the rule: the page
 * in the repository named by package.json (`repository`, else `homepage`),
 * else the path of the page inside the package, `docs/rules/<id>.md` (the
 * package ships docs/). A plugin rule's own `meta.docs.url` wins; a plugin
 * rule without one has no URL. Reporters call this for `rulesMeta` and
 * SARIF's `helpUri`.
 */
export function ruleDocsUrl(rule: AnyRule | string): string | undefined {
  const id = typeof rule === 'string' ? rule : rule.meta.id
  if (typeof rule !== 'string' && rule.meta.docs.url) return rule.meta.docs.url
  const core = coreRules.find((candidate) => candidate.meta.id === id)
  if (!core || (typeof rule !== 'string' && rule !== core)) return undefined
  if (docsBase === undefined) {
    const links = packageLinks()
    const repository = repositoryPage(links.repository)
    docsBase = repository ? `${repository}/blob/HEAD/` : links.homepage ? links.homepage.replace(/#.*$/, '').replace(/\/?$/, '/') : ''
  }
  return `${docsBase}docs/rules/${id}.md`
}

const fixLabels = {safe: 'safe fix (`--fix`)', unsafe: 'unsafe fix (`--fix --unsafe-fixes`)'}

function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length))
  const marks = '`'.repeat(longest + 1)
  return `${marks}text\n${text}\n${marks}`
}

function bitext(example: RuleExample<unknown>): string {
  const languages = example.languages ?? {source: 'en', target: 'ar'}
  const options =
    (example.options ? `Options: \`${JSON.stringify(example.options)}\`\n\n` : '') + (example.entry ? `PO entry: \`${JSON.stringify(example.entry)}\`\n\n` : '')
  const kind = example.kind === 'segment' ? 'segment' : 'version'
  return (
    options +
    `Source ${kind} (${languageName(languages.source)}):\n\n${fence(example.source)}\n\n` +
    `Target ${kind} (${languageName(languages.target)}):\n\n${fence(example.target)}\n`
  )
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

interface SchemaProperty {
  type?: string | string[]
  description?: string
  enum?: unknown[]
}

function optionsSection(rule: AnyRule): string {
  const properties = (rule.meta.schema as {properties?: Record<string, SchemaProperty>}).properties ?? {}
  const names = Object.keys(properties)
  if (names.length === 0) return 'This rule has no options.\n'
  const defaults = rule.meta.defaultOptions as Record<string, unknown>
  const rows = names.map((name) => {
    const property = properties[name]
    const type = property.enum ? property.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' \\| ') : [property.type ?? 'object'].flat().join(' \\| ')
    return `| \`${name}\` | ${type} | \`${JSON.stringify(defaults[name])}\` | ${cell(property.description ?? '')} |`
  })
  return ['| option | type | default | description |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n'
}

export function renderRuleDoc(rule: AnyRule): string {
  const {meta, examples} = rule
  const parts: string[] = [
    `<!-- Generated by \`npm run generate\` from rules/${meta.id}.ts; edit the rule, not this file. -->\n`,
    `# ${meta.id}\n`,
    `${meta.description}.\n`,
    `- Recommended: ${meta.recommended ? `\`"${meta.recommended}"\` in \`bilint:recommended\`` : 'no'}`,
    `- Fix: ${meta.fixable ? fixLabels[meta.fixable] : 'none'}`,
    `- Units: ${(meta.units ?? ['document', 'segment']).join(', ')}\n`,
    `## What it does\n\n${meta.docs.what}\n`,
    `## Why it matters\n\n${meta.docs.why}\n`,
    `## What to do\n\n${meta.docs.fix}\n`,
    '## Examples\n'
  ]
  for (const example of examples.invalid) {
    const {messages, output} = runExample(rule, example)
    const rows = messages.map((message) => `| ${message.side} | ${message.line}:${message.column} | ${cell(message.message)} |`)
    parts.push(`### Invalid: ${example.name}\n`, bitext(example), '| side | line:column | message |\n| --- | --- | --- |\n' + rows.join('\n') + '\n')
    if (example.output) {
      const changed = (['source', 'target'] as const).filter((role) => output[role] !== example[role])
      for (const role of changed) parts.push(`Fixed ${role}:\n\n${fence(output[role])}\n`)
    }
  }
  for (const example of examples.valid) parts.push(`### Valid: ${example.name}\n`, bitext(example))
  parts.push('## Options\n', optionsSection(rule))
  parts.push(`Configure it in \`.lintrc.json\`:\n\n\`\`\`json\n${JSON.stringify({rules: {[meta.id]: ['error', meta.defaultOptions]}}, null, 2)}\n\`\`\`\n`)
  return parts.join('\n')
}

/** The README's table of rules: id, what it checks, recommended severity, fix. */
export function renderRuleTable(rules: readonly AnyRule[]): string {
  const rows = rules.map(
    (rule) =>
      `| [\`${rule.meta.id}\`](docs/rules/${rule.meta.id}.md) | ${cell(rule.meta.description)} | ${rule.meta.recommended || '-'} | ${rule.meta.fixable ?? '-'} |`
  )
  return ['| rule | checks that | recommended | fix |', '| --- | --- | --- | --- |', ...rows].join('\n')
}
