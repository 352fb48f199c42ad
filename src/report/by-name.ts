// The built-in formatters by name, each loaded when asked for: the CLI needs
// one, and loading all ten (HTML's page, SARIF's rule tables …) cost 40–50 ms
// of every run. \`formatters\` (./index.ts) keeps the API's object of all.

import type {Formatter} from './index.js'

const loaders: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  'json-with-metadata': async () => (await import('./json-with-metadata.js')).jsonWithMetadata,
  compact: async () => (await import('./compact.js')).compact,
  unix: async () => (await import('./unix.js')).unix,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  html: async () => (await import('./html/index.js')).html,
  junit: async () => (await import('./junit.js')).junit
}

/** The names of the built-in formatters, in the order \`--help\` and errors list them. */
export const formatterNames: readonly string[] = Object.keys(loaders)

/** The built-in formatter of this name, or undefined. */
export function builtInFormatter(name: string): Promise<Formatter> | undefined {
  return Object.hasOwn(loaders, name) ? loaders[name]() : undefined
}
