// The pipeline: discover files, read units, run rules, build results.
// Used by the CLI and by programs (`import {lintCorpus} from 'bilint'`).

import {activeRules, configForFile} from './config/for-file.js'
import type {ResolvedConfig} from './config/load.js'
import {discoverFiles} from './corpus/discover.js'
import path from 'node:path'
import {type Input, inputPaths, planInputs} from './corpus/layout.js'
import type {Languages} from './text/languages.js'
import {readInput, type ReadProblem} from './corpus/read.js'
import {ConfigError} from './config/validate.js'
import {type ActiveRule, type FileMessage, interpolate, lintUnit, locate, RuleCrash} from './engine/lint-unit.js'
import {createResult} from './engine/results.js'
import type {LintMessage, LintResult} from './engine/types.js'

export interface LintCorpusOptions {
  cwd: string
  /** Paths or globs; none: the config's `files`. */
  patterns: readonly string[]
  config: ResolvedConfig
}

export interface LintCorpusReport {
  results: LintResult[]
  /** Rules that threw; the run still reports every other finding, and exits 2. */
  crashes: RuleCrash[]
}

function fatalMessage({problem}: ReadProblem): LintMessage {
  return {
    ruleId: null,
    fatal: true,
    severity: 2,
    message: problem.message,
    line: problem.position?.line ?? 1,
    column: problem.position?.column ?? 1
  }
}

interface CorpusState {
  active: ActiveRule
  states: unknown[]
}

function finalizeMessages(corpus: Map<string, CorpusState>): FileMessage[] {
  const messages: FileMessage[] = []
  for (const {active, states} of corpus.values()) {
    const {rule} = active
    rule.finalize!(states, {
      options: active.options,
      report({location, messageId, data, severity, related}) {
        const template = rule.meta.messages[messageId]
        if (template === undefined) throw new Error(`Rule \`${rule.meta.id}\` reported unknown messageId \`${messageId}\``)
        const message: LintMessage = {
          ruleId: rule.meta.id,
          severity: severity ?? active.severity,
          message: interpolate(template, data),
          messageId,
          line: location.line,
          column: location.column,
          endLine: location.endLine,
          endColumn: location.endColumn,
          side: location.side
        }
        if (related?.length) message.related = related
        messages.push({filePath: location.filePath, message})
      }
    })
  }
  return messages
}

/**
 * Pair files into inputs, per language pair: an override may give a folder
 * other languages (`name.en.txt` pairs with `name.ru.txt` there).
 */
function planByLanguages(files: readonly string[], config: ResolvedConfig): Input[] {
  const groups = new Map<string, {languages: Languages; files: string[]}>()
  for (const file of files) {
    const languages = configForFile(config, file).languages
    if (!languages) {
      throw new ConfigError(
        config.configPath ? path.relative(process.cwd(), config.configPath) || config.configPath : '--languages',
        'languages',
        'missing: bilint needs the language of each version, e.g. {"source": "en", "target": "ar"}'
      )
    }
    const key = `${languages.source}:${languages.target}`
    if (!groups.has(key)) groups.set(key, {languages, files: []})
    groups.get(key)!.files.push(file)
  }
  const inputs = [...groups.values()].flatMap((group) => planInputs(group.files, group.languages))
  return inputs.sort((a, b) => inputPaths(a)[0].localeCompare(inputPaths(b)[0]))
}

export async function lintCorpus({cwd, patterns, config}: LintCorpusOptions): Promise<LintCorpusReport> {
  const files = await discoverFiles(patterns, config, cwd)
  const inputs = planByLanguages(files, config)
  const byFile = new Map<string, LintMessage[]>()
  const crashes: RuleCrash[] = []
  const corpus = new Map<string, CorpusState>()
  const add = ({filePath, message}: FileMessage) => {
    if (!byFile.has(filePath)) byFile.set(filePath, [])
    byFile.get(filePath)!.push(message)
  }

  for (const input of inputs) {
    for (const filePath of inputPaths(input)) byFile.set(filePath, byFile.get(filePath) ?? [])
    const fileConfig = configForFile(config, inputPaths(input)[0])
    const languages = fileConfig.languages!
    const rules = activeRules(config, fileConfig)
    for await (const item of readInput(input, languages)) {
      if (!('unit' in item)) {
        add({filePath: item.filePath, message: fatalMessage(item)})
        continue
      }
      try {
        for (const message of lintUnit(item.unit, rules)) add(message)
        for (const active of rules) {
          if (!active.rule.collect) continue
          const state = corpus.get(active.rule.meta.id) ?? {active, states: []}
          state.states.push(active.rule.collect(item.unit, {options: active.options, locate}))
          corpus.set(active.rule.meta.id, state)
        }
      } catch (error) {
        if (!(error instanceof RuleCrash)) throw error
        crashes.push(error)
      }
    }
  }
  for (const message of finalizeMessages(corpus)) add(message)

  const results = [...byFile.keys()].sort().map((filePath) => createResult(filePath, byFile.get(filePath)!))
  return {results, crashes}
}

