export { createService, HttpError, isLoopback, type LintService, type ServiceOptions, startService, type StartedService } from './http.js'
export { PoolAbortedError, PoolBusyError, PoolTimeoutError } from './pool.js'
