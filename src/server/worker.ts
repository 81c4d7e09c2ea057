// A lint worker of the HTTP service: lints or fixes one story at a time, so the pool can bound
// concurrency and end a job that runs past its time limit by terminating the worker.
import { parentPort, workerData } from 'node:worker_threads'
import { ConfigError } from '../config/errors.js'
import { fix, lint } from '../index.js'
import type { Job, JobResult, WorkerSettings } from './jobs.js'

const settings = workerData as WorkerSettings

async function run(job: Job): Promise<JobResult> {
  const config = job.config ?? settings.config ?? {}
  try {
    if (job.op === 'fix') {
      const { output, applied } = await fix(job.text, { config })
      return { ok: true, op: 'fix', output, applied }
    }
    const { diagnostics } = await lint(job.text, { config })
    return { ok: true, op: 'lint', diagnostics }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, kind: error instanceof ConfigError ? 'config' : 'crash', message }
  }
}

if (parentPort) {
  const port = parentPort
  port.on('message', (job: Job) => {
    void run(job).then((result) => port.postMessage(result))
  })
  port.postMessage({ ready: true })
}
