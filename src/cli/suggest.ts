// "Did you mean" for command-line options: an unknown flag is most often a
// typo of a real one (`--max-warning`), so name the nearest.

import {closest} from '../config/closest.js'

interface OptionSpec {
  type: 'string' | 'boolean'
}

// Node's parseArgs names the flag in quotes: "Unknown option '--max-warning'. To specify …".
const unknownOption = /^Unknown option '(?<flag>-[^']*)'/

/** Every spelling a user may type: `--name`, and `--no-name` for booleans (parseArgs' allowNegative). */
export function optionNames(spec: Record<string, OptionSpec>): string[] {
  return Object.entries(spec).flatMap(([name, {type}]) => (type === 'boolean' ? [`--${name}`, `--no-${name}`] : [`--${name}`]))
}

/**
 * The message for an error thrown by `parseArgs`: node's own text without its
 * advice about positionals, plus the nearest option when one is near enough.
 */
export function describeArgsError(error: Error, spec: Record<string, OptionSpec>): string {
  const message = error.message.replace(/\. To specify a positional argument.*$/s, '')
  const flag = unknownOption.exec(message)?.groups?.flag
  if (!flag?.startsWith('--')) return message
  const typed = flag.split('=')[0]
  const suggestion = closest(typed, optionNames(spec))
  return suggestion ? `Unknown option \`${typed}\`; did you mean \`${suggestion}\`?` : message
}
