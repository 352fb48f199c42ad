// A worker thread of the pool (`--concurrency`): it loads the run's config
// once, from the same recipe the main thread used (plugins are modules, and
// functions do not cross threads), then lints the tasks it is given.

import {rules as coreRules} from '../rules/index.js'
import {loadConfig, type ResolvedConfig} from './config/load.js'
import {type LintTask, lintTask, type TaskOptions, type TaskOutcome, taskOptionsOf} from './lint-task.js'
import type {ConfigRecipe, WorkRequest} from './pool.js'

let loaded: {key: string; config: Promise<ResolvedConfig>} | undefined
/** The task options of the loaded config under the run's flags, shared by tasks as on the main thread. */
let options: {config: ResolvedConfig; flags: string; of: (task: LintTask) => TaskOptions} | undefined

async function configOf(recipe: ConfigRecipe): Promise<ResolvedConfig> {
  const key = JSON.stringify(recipe)
  if (loaded?.key !== key) {
    const config = loadConfig({...recipe.load, coreRules}).then((config) => {
      if (recipe.languages) config.languages = recipe.languages
      if (recipe.cliRules) config.cliRules = new Map(recipe.cliRules)
      return config
    })
    loaded = {key, config}
  }
  return loaded.config
}

export default async function work({recipe, task, flags}: WorkRequest): Promise<TaskOutcome> {
  const config = await configOf(recipe)
  const flagsKey = JSON.stringify(flags)
  if (options?.config !== config || options.flags !== flagsKey) options = {config, flags: flagsKey, of: taskOptionsOf(config, flags)}
  return lintTask(task, options.of(task))
}
