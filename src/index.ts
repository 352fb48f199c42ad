// bilint's programmatic API: the pipeline, the rule contract, the formatters.

export {lint, fix, type LintOptions, type FixOptions} from './api.js'
export {lintCorpus, type LintCorpusOptions, type LintCorpusReport} from './lint.js'
export type {Concurrency} from './pool.js'
export type {RunProgress} from './lint-task.js'
export {loadConfig, findConfig, type ResolvedConfig} from './config/load.js'
export {ConfigError} from './config/validate.js'
export {
  defineRule,
  type Rule,
  type RuleMeta,
  type RuleDocs,
  type RuleContext,
  type ReportDescriptor,
  type RuleExample,
  type InvalidExample,
  type ExpectedMessage,
  type FixSafety,
  type CollectContext,
  type FinalizeContext,
  type FileLocation
} from './engine/rule.js'
export type {StateSequence} from './engine/state-log.js'
export {runExample, exampleUnit} from './engine/examples.js'
export {alignParagraphs, alignUnit, counterparts, type Bead} from './text/align.js'
export {formatters, type Formatter} from './report/index.js'
export {ruleDocsUrl} from './report/rule-docs.js'
export {rules} from '../rules/index.js'
export type {MessageList, StreamedResult} from './engine/message-list.js'
export type {Fix, LintMessage, LintResult, Paragraph, Position, Role, Side, Span, Token, Unit, UnitKind} from './engine/types.js'
