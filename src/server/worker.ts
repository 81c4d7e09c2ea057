// A lint worker of the HTTP service: lints or fixes one story at a time, so the pool can bound
// concurrency and end a job that runs past its time limit by terminating the worker. The server's
// own configuration gets one linter for the worker's life; a request's inline one gets its own.
import { parentPort, workerData } from 'node:worker_threads'
import { ConfigError } from '../config/errors.js'
import type { Diagnostic } from '../engine/diagnostic.js'
import { fixText, type FixResult } from '../engine/fix.js'
import { createLinter, type Linter } from '../engine/linter.js'
import { findingKey, type Job, type JobResult, type WorkerSettings } from './jobs.js'

const settings = workerData as WorkerSettings
const cache: { server?: Linter } = {}

function linterFor(job: Job): Linter {
  if (job.config !== undefined) return createLinter({ config: job.config })
  cache.server ??= createLinter({ config: settings.config ?? {} })
  return cache.server
}

/**
 * Applies safe fixes: all of them (the linter's own fix), all but the skipped ones, or only one
 * finding's, once (nothing when that finding is gone or has no safe fix).
 */
function fixStory(linter: Linter, job: Job): FixResult {
  const { only } = job
  if (only) {
    const same = (d: Diagnostic) => d.ruleId === only.ruleId && d.offset === only.offset && d.endOffset === only.endOffset
    return fixText(job.text, (text) => linter.lint(text).filter(same), 1)
  }
  const skip = new Set(job.skip ?? [])
  if (skip.size === 0) return linter.fix(job.text)
  return fixText(job.text, (text) => linter.lint(text).filter((d) => !skip.has(findingKey(d))))
}

function run(job: Job): JobResult {
  try {
    const linter = linterFor(job)
    if (job.op === 'fix') {
      const { output, applied } = fixStory(linter, job)
      return { ok: true, op: 'fix', output, applied, diagnostics: linter.lint(output) }
    }
    return { ok: true, op: 'lint', diagnostics: linter.lint(job.text) }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, kind: error instanceof ConfigError ? 'config' : 'crash', message }
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
  port.on('message', (job: Job) => {
    port.postMessage(run(job))
  })
  port.postMessage({ ready: true })
}
