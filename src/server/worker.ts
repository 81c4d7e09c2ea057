// A lint worker of the HTTP service: lints or fixes one story at a time, so the pool can bound
// concurrency and end a job that runs past its time limit by terminating the worker. The server's
// own configuration gets one linter for the worker's life; a request's inline one gets its own.
import { parentPort, workerData } from 'node:worker_threads'
import { ConfigError } from '../config/errors.js'
import type { Diagnostic } from '../engine/diagnostic.js'
import { fixText, type FixResult } from '../engine/fix.js'
import { createLinter, type Linter } from '../engine/linter.js'
import { inputLinter } from '../formats/input/index.js'
import { InputError } from '../io.js'
import { findingKey, type Job, type JobResult, type WorkerSettings } from './jobs.js'

const settings = workerData as WorkerSettings
const cache: { server?: Linter } = {}

function linterFor(job: Job): Linter {
  if (job.config !== undefined) return createLinter({ config: job.config })
  cache.server ??= createLinter({ config: settings.config ?? {} })
  return cache.server
}

/** Lints and fixes a job's story as stored: plain text by the linter itself, a marked-up format through its reader. */
interface StoryLinter {
  lint(text: string): Diagnostic[]
  fix(text: string): FixResult
}

async function storyLinter(linter: Linter, job: Job): Promise<StoryLinter> {
  if (job.format === undefined || job.format === 'text') return { lint: (t) => linter.lint(t), fix: (t) => linter.fix(t) }
  return inputLinter(linter, job.text, { name: undefined, filePath: undefined, format: job.format })
}

/**
 * Applies safe fixes: all of them (the linter's own fix), all but the skipped ones, or only one
 * finding's, once (nothing when that finding is gone or has no safe fix).
 */
function fixStory(linter: StoryLinter, job: Job): FixResult {
  const { only } = job
  if (only) {
    const same = (d: Diagnostic) => d.ruleId === only.ruleId && d.offset === only.offset && d.endOffset === only.endOffset
    return fixText(job.text, (text) => linter.lint(text).filter(same), 1)
  }
  const skip = new Set(job.skip ?? [])
  if (skip.size === 0) return linter.fix(job.text)
  return fixText(job.text, (text) => linter.lint(text).filter((d) => !skip.has(findingKey(d))))
}

async function run(job: Job): Promise<JobResult> {
  try {
    const linter = await storyLinter(linterFor(job), job)
    if (job.op === 'fix') {
      const { output, applied } = fixStory(linter, job)
      return { ok: true, op: 'fix', output, applied, diagnostics: linter.lint(output) }
    }
    return { ok: true, op: 'lint', diagnostics: linter.lint(job.text) }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const kind = error instanceof ConfigError ? 'config' : error instanceof InputError ? 'input' : 'crash'
    return { ok: false, kind, message }
  }
}

/**
 * Builds the server's linter and lints a line once (loading the rules' data and the tagger), so a
 * fresh worker (at start, or replacing one stopped at the time limit) is ready before it says so:
 * a request's time limit then counts its own story only. A config that fails here fails again, with
 * its message, in the first job that needs it.
 */
function warm(): void {
  try {
    cache.server = createLinter({ config: settings.config ?? {} })
    cache.server.lint('Officials said the talks would resume on Monday.\n')
  } catch {
    delete cache.server
  }
}

if (parentPort) {
  const port = parentPort
  warm()
  // One job at a time (the pool sends the next only after this answer), so awaiting a reader's import keeps the order.
  port.on('message', (job: Job) => {
    void run(job).then((result) => port.postMessage(result))
  })
  port.postMessage({ ready: true })
}
