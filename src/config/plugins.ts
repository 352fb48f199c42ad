// Plugins: rules from a local file or an npm package named in the config.
// A plugin exports `rules`, as an array of rule objects or an object by id,
// as its default export or as a named export.

import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {AnyRule} from '../engine/rule.js'
import {specialFileKind} from './read.js'
import {ConfigError} from './validate.js'

function isRule(value: unknown): value is AnyRule {
  const rule = value as AnyRule
  return Boolean(rule && typeof rule === 'object' && rule.meta && typeof rule.meta.id === 'string' && typeof rule.check === 'function')
}

function resolvePlugin(specifier: string, directory: string): string {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) return path.resolve(directory, specifier)
  return createRequire(path.join(directory, 'noop.js')).resolve(specifier)
}

export async function loadPlugins(specifiers: readonly string[], directory: string, displayPath: string): Promise<AnyRule[]> {
  const rules: AnyRule[] = []
  for (const [index, specifier] of specifiers.entries()) {
    const where = `plugins[${index}]`
    let module: Record<string, unknown>
    try {
      const resolved = resolvePlugin(specifier, directory)
      // Importing a FIFO waits for a writer that may never come.
      const special = specialFileKind(resolved)
      if (special) throw new ConfigError(displayPath, where, `cannot load plugin "${specifier}": not a regular file (${special})`)
      module = await import(pathToFileURL(resolved).href)
    } catch (error) {
      if (error instanceof ConfigError) throw error
      throw new ConfigError(displayPath, where, `cannot load plugin "${specifier}": ${(error as Error).message}`)
    }
    const exported = (module.rules ?? (module.default as Record<string, unknown> | undefined)?.rules) as unknown
    const list = Array.isArray(exported) ? exported : exported && typeof exported === 'object' ? Object.values(exported) : undefined
    if (!list || list.length === 0) throw new ConfigError(displayPath, where, `plugin "${specifier}" exports no \`rules\``)
    for (const rule of list) {
      if (!isRule(rule)) throw new ConfigError(displayPath, where, `plugin "${specifier}" exports a rule without \`meta.id\` and \`check\``)
      rules.push(rule)
    }
  }
  return rules
}
