// Worker threads for `--concurrency`: a Piscina pool runs tasks (inputs and
// chunks of large segment files) on several cores. The run collects the
// outcomes by task index and assembles them in task order, so the report is
// byte for byte the single-threaded one.

import {availableParallelism} from 'node:os'
import type {ResolvedConfig} from './config/load.js'
import {crashedTask, type LintTask, type RunFlags, type TaskOutcome} from './lint-task.js'

/** `--concurrency`: `off` lints on the main thread; `auto` picks a thread count from the cores and the corpus. */
export type Concurrency = 'off' | 'auto' | number

/** What a worker thread is given for a task (`src/worker.ts`). */
export interface WorkRequest {
  recipe: ConfigRecipe
  task: LintTask
  flags: RunFlags
}

/** What a worker needs to load the run's config. */
export interface ConfigRecipe {
  load: NonNullable<ResolvedConfig['recipe']>
  languages?: ResolvedConfig['languages']
  cliRules?: Array<[string, {severity: 0 | 1 | 2; options?: Record<string, unknown>}]>
}

/**
 * Below this much text, starting threads (each loads the rules and warms its
 * own caches) costs more than it saves: on 2 cores, 10 MB of TSV took as long
 * with 2 threads as without (6.0–8.2 s both), 30 MB 12.3 s instead of 18.2 s.
 */
const autoMinimumBytes = 16 * 1024 * 1024

export function configRecipe(config: ResolvedConfig): ConfigRecipe | undefined {
  if (!config.recipe) return undefined
  return {load: config.recipe, languages: config.languages, cliRules: config.cliRules ? [...config.cliRules] : undefined}
}

/**
 * The threads' young generation, in MB. V8's default on a machine with this
 * much memory is 48 MB (three 16 MB semi-spaces); 16 MB gives semi-spaces of
 * about 5 MB. A unit's garbage is small and short-lived, so the scavenges
 * stay cheap, and each thread holds less. Measured on 30 MB of TSV with 2
 * threads, three runs each: peak RSS 294–303 MB with V8's default, 261–266
 * MB with 16, 251–267 MB with 8; CPU time 21.1 s, 21.7 s (+3 %) and 22.6 s
 * on average.
 */
const threadYoungGenerationMb = 16

/** How many threads to use: 0 for the main thread alone. */
export function threadCount(concurrency: Concurrency, tasks: number, totalBytes: number): number {
  if (concurrency === 'off' || tasks < 2) return 0
  const wanted = concurrency === 'auto' ? (totalBytes < autoMinimumBytes ? 0 : availableParallelism()) : concurrency
  const threads = Math.min(wanted, tasks)
  return threads < 2 ? 0 : threads
}

/**
 * Run the tasks on `threads` worker threads; `onOutcome` gets each outcome
 * with its task's index as it comes, in any order. Two tasks per thread are
 * out at a time, in task order: a thread always has the next one waiting,
 * and outcomes cannot pile up faster than the main thread takes them (all
 * tasks given at once, 1 GB of TSV peaked at 2 GB: the threads' outcomes
 * waited for a main thread that shared the cores with them).
 */
export async function runOnPool(
  tasks: readonly LintTask[],
  threads: number,
  request: {recipe: ConfigRecipe; flags: RunFlags},
  onOutcome: (index: number, outcome: TaskOutcome) => void
): Promise<void> {
  // Loaded here: a run on the main thread (a small corpus) never needs it.
  const {Piscina} = await import('piscina')
  const pool = new Piscina<WorkRequest, TaskOutcome>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Each thread holds one task at a time: a long chunk does not keep others waiting behind it.
    concurrentTasksPerWorker: 1,
    idleTimeout: 1000,
    resourceLimits: {maxYoungGenerationSizeMb: threadYoungGenerationMb}
  })
  try {
    let next = 0
    const lane = async (): Promise<void> => {
      while (next < tasks.length) {
        const index = next++
        // A thread that dies (out of memory, say) fails its task alone.
        onOutcome(index, await pool.run({...request, task: tasks[index]}).catch((error: unknown) => crashedTask(tasks[index], error)))
      }
    }
    await Promise.all(Array.from({length: Math.min(tasks.length, threads * 2)}, lane))
  } finally {
    await pool.destroy()
  }
}
