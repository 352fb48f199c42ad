// Tasks through the cache (`--cache`): a warm task's messages and corpus-wide
// states come from the cache; a cold one is linted (on this thread or a
// worker) and stored. Fixing and the document views (`html`) need the units,
// so they bypass it. A task's key signs its input's files once per run, even
// when the input is cut into many chunks.

import {inputPaths} from './corpus/layout.js'
import type {LintCache} from './engine/cache.js'
import {type LintTask, type TaskOptions, type TaskOutcome, taskName} from './lint-task.js'

export class TaskCache {
  private readonly keys = new Map<string, Promise<string | undefined>>()

  constructor(private readonly cache: LintCache) {}

  /** The task's key, or undefined when it is not cached (fixing, documents, an unsigned file). */
  async key(task: LintTask, options: TaskOptions): Promise<string | undefined> {
    if (options.fix || options.keepDocuments) return undefined
    const paths = inputPaths(task.input)
    const id = paths.join('\0')
    // The input's plan (layout, format, encodings) and the size limit change what is read.
    const reading = {input: task.input, maxUnitSize: options.maxUnitSize ?? null}
    if (!this.keys.has(id)) this.keys.set(id, this.cache.key(paths, {languages: options.languages, rules: options.rules, reading}))
    return this.keys.get(id)
  }

  get(task: LintTask, key: string | undefined): TaskOutcome | undefined {
    const hit = key === undefined ? undefined : this.cache.get(taskName(task), key)
    return hit && {messages: hit.messages, crashes: [], fixed: [], slice: hit.slice, units: hit.units}
  }

  set(task: LintTask, key: string | undefined, outcome: TaskOutcome): void {
    // A crashed rule left the input half-checked: lint it again next time.
    if (key === undefined || outcome.crashes.length > 0) return
    this.cache.set(taskName(task), {key, messages: outcome.messages, slice: outcome.slice, units: outcome.units})
  }
}
