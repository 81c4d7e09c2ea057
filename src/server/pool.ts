import { Worker } from 'node:worker_threads'
import type { Job, JobResult, WorkerSettings } from './jobs.js'

/** The queue is full: the service is at its concurrency limit (HTTP 503 with Retry-After). */
export class PoolBusyError extends Error {
  constructor() {
    super('Too many stories are being checked, try again shortly')
    this.name = 'PoolBusyError'
  }
}

/** A job ran past its time limit; its worker was terminated (HTTP 503). */
export class PoolTimeoutError extends Error {
  constructor(ms: number) {
    super(`Checking the story took longer than ${ms} ms and was stopped`)
    this.name = 'PoolTimeoutError'
  }
}

/** The request gave up (its client went away) while its job was still waiting for a worker. */
export class PoolAbortedError extends Error {
  constructor() {
    super('The request was abandoned before a worker took it')
    this.name = 'PoolAbortedError'
  }
}

/** Settings of a {@link LintPool}. */
export interface PoolOptions {
  /** Workers, so at most this many stories are linted at once. */
  readonly size: number
  /** Time limit of one job once a worker has it. */
  readonly timeoutMs: number
  /** Jobs that may wait for a worker; beyond this, {@link PoolBusyError}. */
  readonly maxQueue: number
  readonly settings: WorkerSettings
  /** The worker module (default: `worker.js` beside this module). */
  readonly workerUrl?: URL
}

interface Slot {
  ready: Promise<Worker> | undefined
  busy: boolean
}

interface Pending {
  readonly job: Job
  readonly resolve: (result: JobResult) => void
  readonly reject: (error: Error) => void
}

/** A bounded pool of lint workers with a queue and a per-job time limit. */
export interface LintPool {
  /**
   * Runs a job on the next free worker. Rejects with {@link PoolBusyError} when `maxQueue` jobs are
   * already waiting, {@link PoolTimeoutError} past the time limit, and {@link PoolAbortedError} when
   * `signal` aborts while the job still waits (a job a worker has taken runs to its end or limit).
   */
  run(job: Job, signal?: AbortSignal): Promise<JobResult>
  /** Starts every worker now, so the first requests do not wait for them to load. */
  warm(): Promise<void>
  close(): Promise<void>
}

function isReady(message: unknown): boolean {
  return typeof message === 'object' && message !== null && 'ready' in message
}

/** Creates a {@link LintPool}; workers start lazily (or on {@link LintPool.warm}) and restart after a timeout or crash. */
export function createPool(options: PoolOptions): LintPool {
  const workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url)
  const slots: Slot[] = Array.from({ length: Math.max(1, options.size) }, () => ({ ready: undefined, busy: false }))
  const queue: Pending[] = []
  const live = new Set<Worker>()
  let closed = false

  function spawn(slot: Slot): Promise<Worker> {
    const worker = new Worker(workerUrl, { workerData: options.settings })
    live.add(worker)
    const ready = new Promise<Worker>((resolve, reject) => {
      const onMessage = (message: unknown) => {
        if (!isReady(message)) return
        worker.off('message', onMessage)
        resolve(worker)
      }
      worker.on('message', onMessage)
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`Lint worker exited with code ${code} while starting`)))
    })
    worker.once('exit', () => {
      live.delete(worker)
      if (slot.ready === ready) slot.ready = undefined
    })
    ready.catch(() => undefined)
    slot.ready = ready
    return ready
  }

  function runOn(slot: Slot, pending: Pending): Promise<void> {
    let ready: Promise<Worker>
    try {
      ready = slot.ready ?? spawn(slot)
    } catch (error) {
      // A worker that cannot even be created (out of threads or memory): this job fails, the slot stays usable.
      ready = Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
    return ready.then(
      (worker) =>
        new Promise<void>((done) => {
          const finish = (result: JobResult | Error, restart: boolean) => {
            clearTimeout(timer)
            worker.off('message', onMessage)
            worker.off('error', onError)
            worker.off('exit', onExit)
            if (restart) {
              slot.ready = undefined
              void worker.terminate()
            }
            if (result instanceof Error) pending.reject(result)
            else pending.resolve(result)
            done()
          }
          const onMessage = (result: JobResult) => finish(result, false)
          const onError = (error: Error) => finish(error, true)
          const onExit = (code: number) => finish(new Error(`Lint worker exited with code ${code}`), true)
          const timer = setTimeout(() => finish(new PoolTimeoutError(options.timeoutMs), true), options.timeoutMs)
          worker.on('message', onMessage)
          worker.once('error', onError)
          worker.once('exit', onExit)
          try {
            worker.postMessage(pending.job)
          } catch (error) {
            // The job could not be copied to the worker (e.g. nested too deeply): nothing was sent.
            finish(error instanceof Error ? error : new Error(String(error)), false)
          }
        }),
      (error: unknown) => {
        slot.ready = undefined
        pending.reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (slot.busy) continue
      const pending = queue.shift()
      if (!pending) return
      slot.busy = true
      void runOn(slot, pending).finally(() => {
        slot.busy = false
        dispatch()
      })
    }
  }

  return {
    run(job, signal) {
      if (closed) return Promise.reject(new Error('The lint pool is closed'))
      if (signal?.aborted) return Promise.reject(new PoolAbortedError())
      // dispatch() runs synchronously, so jobs only wait while every worker is busy: a job is turned
      // away only when no worker is free and the queue is full (`maxQueue: 0` still runs jobs).
      if (queue.length >= options.maxQueue && slots.every((slot) => slot.busy)) return Promise.reject(new PoolBusyError())
      return new Promise<JobResult>((resolve, reject) => {
        const onAbort = () => {
          const at = queue.indexOf(pending)
          if (at < 0) return
          queue.splice(at, 1)
          reject(new PoolAbortedError())
        }
        const pending: Pending = {
          job,
          resolve: (result) => {
            signal?.removeEventListener('abort', onAbort)
            resolve(result)
          },
          reject: (error) => {
            signal?.removeEventListener('abort', onAbort)
            reject(error)
          },
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        queue.push(pending)
        dispatch()
      })
    },
    async warm() {
      await Promise.all(slots.map((slot) => (slot.ready ?? spawn(slot)).then(() => undefined)))
    },
    async close() {
      closed = true
      for (const pending of queue.splice(0)) pending.reject(new Error('The service is shutting down'))
      await Promise.all([...live].map((worker) => worker.terminate()))
    },
  }
}
