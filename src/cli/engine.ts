// Where the CLI's stories are linted: in this thread, or spread over worker threads (--threads) in
// a tinypool pool, with the --cache in front of either. The file loop keeps output order stable by
// taking results in input order (see {@link ordered}), so any number of workers prints exactly what
// one does.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import type { Diagnostic } from '../engine/diagnostic.js'
import type { FixResult } from '../engine/fix.js'
import type { Linter } from '../engine/linter.js'
import { RuleCrashError } from '../engine/run.js'
import type { TemplateIndex } from '../engine/template.js'
import { inputLinter } from '../formats/input/index.js'
import type { InputFormat } from '../formats/input/types.js'
import { InputError } from '../io.js'
import { type LintCache, settingsKey } from './cache.js'
import type { LinterFor, LinterSettings } from './linters.js'

/** One story to lint (and with `fix`, to fix first): plain data, so it can go to a worker. */
export interface LintJob {
  readonly settings: LinterSettings
  readonly text: string
  /** The story's path, relative to cwd, for configuration and overrides. */
  readonly filePath: string
  /** The name whose extension picks the input format (`undefined` for standard input: its content does). */
  readonly name?: string | undefined
  /** How the text is read (issue 16). */
  readonly format: InputFormat | 'auto'
  /** Lines recurring across the stories linted together (issue 11). */
  readonly template?: TemplateIndex | undefined
  readonly fix: boolean
}

/** The diagnostics of the (fixed) text, or a rule crash's message. */
export type LintOutcome = { readonly diagnostics: Diagnostic[]; readonly fix?: FixResult } | { readonly crash: string }

/**
 * Lints (and fixes) one story with the given linter, read in its format (positions in the file);
 * a rule crash or a malformed file is an outcome, not a throw.
 */
export async function lintJob(linter: Linter, job: Omit<LintJob, 'settings'>): Promise<LintOutcome> {
  try {
    const input = await inputLinter(linter, job.text, { name: job.name, filePath: job.filePath, format: job.format, template: job.template })
    if (!job.fix) return { diagnostics: input.lint(job.text) }
    const fix = input.fix(job.text)
    return { diagnostics: input.lint(fix.output), fix }
  } catch (error) {
    if (error instanceof RuleCrashError || error instanceof InputError) return { crash: error.message }
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
  /** Lints the text of a story; `cacheFile` (absolute) when its result may be cached. */
  lint(text: string, story: StoryName, fix: boolean, cacheFile: string | undefined): Promise<LintOutcome>
  close(): Promise<void>
}

/** Where a story comes from: `filePath` for configuration, `name` (if any) for its format. */
export interface StoryName {
  readonly filePath: string
  readonly name?: string | undefined
}

/** What an engine is made of. */
export interface EngineOptions {
  readonly settings: LinterSettings
  /** The main thread's linters: for configuration errors, cache keys and in-thread linting. */
  readonly linterFor: LinterFor
  readonly cache: LintCache | undefined
  /** Worker threads; 0 lints in this thread. */
  readonly threads: number
  /** How stories are read (`auto`: by name, then content). */
  readonly format: InputFormat | 'auto'
  /** Lines recurring across the files linted together, sent to every job. */
  readonly template?: TemplateIndex
}

/** The worker module: the bundled one beside the CLI bundle, else the compiled or source one. */
function workerFile(): URL {
  const candidates = ['./wirelint-worker.js', './worker.js', './worker.ts'].map((name) => new URL(name, import.meta.url))
  return candidates.find((url) => existsSync(url)) ?? (candidates[1] as URL)
}

/** Creates a {@link LintEngine}. */
export async function createEngine(options: EngineOptions): Promise<LintEngine> {
  const { cache, linterFor, settings, format, template } = options
  // The cache answers only for the same way of reading and the same template (the set of files).
  const readingKey = createHash('sha256').update(JSON.stringify([format, template ?? null])).digest('hex')
  let run: (job: LintJob, linter: Linter) => Promise<LintOutcome> = (job, linter) => lintJob(linter, job)
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
    async lint(text, story, fix, cacheFile) {
      const { filePath, name } = story
      // Resolved here first, so a bad configuration stops the run exactly as without threads.
      const linter = await linterFor(filePath)
      const settingsHash = cache && cacheFile !== undefined ? `${settingsKey(linter.rulesFor(filePath))}:${readingKey}` : undefined
      if (cache && cacheFile !== undefined && settingsHash !== undefined) {
        const hit = cache.get(cacheFile, text, settingsHash)
        // A hit without a safe fix needs no fixing: fixing would change nothing.
        if (hit && !(fix && hit.some((d) => d.expected.length > 0))) return fix ? { diagnostics: hit, fix: { output: text, applied: [] } } : { diagnostics: hit }
      }
      const outcome = await run({ settings, text, filePath, name, format, template, fix }, linter)
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
