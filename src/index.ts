// bilint's programmatic API: the pipeline, the rule contract, the formatters.

export {lintCorpus, type LintCorpusOptions, type LintCorpusReport} from './lint.js'
export {loadConfig, findConfig, type ResolvedConfig} from './config/load.js'
export {ConfigError} from './config/validate.js'
export {defineRule, type Rule, type RuleMeta, type RuleContext, type ReportDescriptor} from './engine/rule.js'
export {runExample, exampleUnit} from './engine/examples.js'
export {alignParagraphs, alignUnit, counterparts, type Bead} from './text/align.js'
export {formatters, type Formatter} from './report/index.js'
export {rules} from '../rules/index.js'
export type {LintMessage, LintResult, Side, Span, Unit} from './engine/types.js'
