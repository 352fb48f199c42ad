// `bilint --explain <rule>`: a rule's page, as `docs/rules/<id>.md` has it,
// laid out for the terminal. Plugin rules are found through the config.

import pc from 'picocolors'
import {rules as coreRules} from '../../rules/index.js'
import {loadConfig} from '../config/load.js'
import {closest} from '../config/validate.js'
import type {AnyRule} from '../engine/rule.js'
import {renderRuleDoc, ruleDocsUrl} from '../report/rule-docs.js'
import {renderDocForTerminal} from '../report/terminal-doc.js'
import type {CliOptions} from './args.js'

/** What the command writes to (main.ts's `CliIo`, without importing the CLI back). */
export interface CommandIo {
  cwd: string
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown}
}

/** Core rules, and the config's plugin rules when the id is not a core one. */
async function knownRules(id: string, options: CliOptions, cwd: string): Promise<ReadonlyMap<string, AnyRule>> {
  const core = new Map(coreRules.map((rule) => [rule.meta.id, rule]))
  if (core.has(id)) return core
  const config = await loadConfig({configPath: options.config, lookup: options.configLookup, cwd, coreRules})
  return config.ruleMap
}

/** Print the rule's docs and return 0, or name the nearest rule and return 2. */
export async function explainRule(id: string, options: CliOptions, io: CommandIo): Promise<number> {
  const known = await knownRules(id, options, io.cwd)
  const rule = known.get(id)
  if (!rule) {
    const suggestion = closest(id, [...known.keys()])
    io.stderr.write(`bilint: Unknown rule \`${id}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''} (bilint --list-rules lists them)\n`)
    return 2
  }
  const color = options.color ?? (pc.isColorSupported && Boolean(io.stdout.isTTY))
  const url = ruleDocsUrl(rule)
  io.stdout.write(renderDocForTerminal(renderRuleDoc(rule), {color}) + (url ? `\nDocs: ${url}\n` : ''))
  return 0
}
