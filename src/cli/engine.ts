// Where the CLI's stories are linted: in this thread, or spread over worker threads (--threads) in
// a tinypool pool, with the --cache in front of either. The file loop keeps output order stable by
// taking results in input order (see {@link ordered}), so any number of workers prints exactly what
// one does.
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import type { Diagnostic } from '../engine/diagnostic.js'
import type { FixResult } from '../engine/fix.js'
import type { Linter } from '../engine/linter.js'
import { RuleCrashError } from '../engine/run.js'
import { type LintCache, settingsKey } from './cache.js'
import type { LinterFor, LinterSettings } from './linters.js'

/** One story to lint (and with `fix`, to fix first): plain data, so it can go to a worker. */
export interface LintJob {
  readonly settings: LinterSettings
  readonly text: string
  /** The story's path, relative to cwd, for configuration and overrides. */
  readonly filePath: string
  readonly fix: boolean
}

/** The diagnostics of the (fixed) text, or a rule crash's message. */
export type LintOutcome = { readonly diagnostics: Diagnostic[]; readonly fix?: FixResult } | { readonly crash: string }

/** Lints (and fixes) one story with the given linter; a rule crash is an outcome, not a throw. */
export function lintJob(linter: Linter, job: Pick<LintJob, 'text' | 'filePath' | 'fix'>): LintOutcome {
  try {
    if (!job.fix) return { diagnostics: linter.lint(job.text, job.filePath) }
    const fix = linter.fix(job.text, job.filePath)
    return { diagnostics: linter.lint(fix.output, job.filePath), fix }
  } catch (error) {
    if (error instanceof RuleCrashError) return { crash: error.message }
    throw error
  }
}

/** Stories below which `--threads auto` lints in this thread (starting workers costs more). */
export const minFilesForThreads = 16

/** How many worker threads to use for `files` stories: 0 means lint in this thread. */
export function threadsFor(threads: number | 'auto', files: number): number {
  if (threads === 'auto') {
    const cores = Math.min(availableParallelism(), 8)
    return cores < 2 || files < minFilesForThreads ? 0 : cores
  }
  return threads <= 1 || files < 2 ? 0 : Math.min(threads, files)
}

/** Lints stories; {@link LintEngine.concurrency} of them may be in flight at once. */
export interface LintEngine {
  readonly concurrency: number
  /** Lints the text of `filePath`; `cacheFile` (absolute) when its result may be cached. */
  lint(text: string, filePath: string, fix: boolean, cacheFile: string | undefined): Promise<LintOutcome>
  close(): Promise<void>
}

/** What an engine is made of. */
export interface EngineOptions {
  readonly settings: LinterSettings
  /** The main thread's linters: for configuration errors, cache keys and in-thread linting. */
  readonly linterFor: LinterFor
  readonly cache: LintCache | undefined
  /** Worker threads; 0 lints in this thread. */
  readonly threads: number
}

/** The worker module: the bundled one beside the CLI bundle, else the compiled or source one. */
function workerFile(): URL {
  const candidates = ['./wirelint-worker.js', './worker.js', './worker.ts'].map((name) => new URL(name, import.meta.url))
  return candidates.find((url) => existsSync(url)) ?? (candidates[1] as URL)
}

/** Creates a {@link LintEngine}. */
export async function createEngine(options: EngineOptions): Promise<LintEngine> {
  const { cache, linterFor, settings } = options
  let run: (job: LintJob, linter: Linter) => Promise<LintOutcome> = async (job, linter) => lintJob(linter, job)
  let close = async (): Promise<void> => undefined
  if (options.threads > 0) {
    // tinypool only with threads: a plain lint does not load it (cold start).
    const { Tinypool } = await import('tinypool')
    const pool = new Tinypool({ filename: workerFile().href, minThreads: options.threads, maxThreads: options.threads, idleTimeout: 0 })
    run = (job) => pool.run(job) as Promise<LintOutcome>
    close = () => pool.destroy()
  }
  return {
    concurrency: Math.max(1, options.threads * 2),
    async lint(text, filePath, fix, cacheFile) {
      // Resolved here first, so a bad configuration stops the run exactly as without threads.
      const linter = await linterFor(filePath)
      const settingsHash = cache && cacheFile !== undefined ? settingsKey(linter.rulesFor(filePath)) : undefined
      if (cache && cacheFile !== undefined && settingsHash !== undefined) {
        const hit = cache.get(cacheFile, text, settingsHash)
        // A hit without a safe fix needs no fixing: fixing would change nothing.
        if (hit && !(fix && hit.some((d) => d.expected.length > 0))) return fix ? { diagnostics: hit, fix: { output: text, applied: [] } } : { diagnostics: hit }
      }
      const outcome = await run({ settings, text, filePath, fix }, linter)
      if (cache && cacheFile !== undefined && settingsHash !== undefined && !('crash' in outcome)) {
        cache.set(cacheFile, outcome.fix?.output ?? text, settingsHash, outcome.diagnostics)
      }
      return outcome
    },
    close,
  }
}

/**
 * Maps `items` through `fn` with at most `concurrency` calls in flight, yielding the results in
 * input order (a result waits for those before it). A call starts only when there is room, so a
 * slow consumer holds at most `concurrency` results.
 */
export async function* ordered<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = []
  let next = 0
  const fill = () => {
    while (next < items.length && inFlight.length < concurrency) {
      const promise = fn(items[next++] as T)
      promise.catch(() => undefined) // rejections surface when this result's turn comes
      inFlight.push(promise)
    }
  }
  fill()
  while (inFlight.length > 0) {
    const result = await (inFlight.shift() as Promise<R>)
    fill()
    yield result
  }
}
