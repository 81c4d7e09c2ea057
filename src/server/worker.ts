// A lint worker of the HTTP service: lints or fixes one story at a time, so the pool can bound
// concurrency and end a job that runs past its time limit by terminating the worker. The server's
// own configuration gets one linter for the worker's life; a request's inline one gets its own.
import { parentPort, workerData } from 'node:worker_threads'
import { ConfigError } from '../config/errors.js'
import { createLinter, type Linter } from '../engine/linter.js'
import type { Job, JobResult, WorkerSettings } from './jobs.js'

const settings = workerData as WorkerSettings
const cache: { server?: Linter } = {}

function linterFor(job: Job): Linter {
  if (job.config !== undefined) return createLinter({ config: job.config })
  cache.server ??= createLinter({ config: settings.config ?? {} })
  return cache.server
}

function run(job: Job): JobResult {
  try {
    const linter = linterFor(job)
    if (job.op === 'fix') {
      const { output, applied } = linter.fix(job.text)
      return { ok: true, op: 'fix', output, applied }
    }
    return { ok: true, op: 'lint', diagnostics: linter.lint(job.text) }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, kind: error instanceof ConfigError ? 'config' : 'crash', message }
  }
}

if (parentPort) {
  const port = parentPort
  port.on('message', (job: Job) => {
    port.postMessage(run(job))
  })
  port.postMessage({ ready: true })
}
