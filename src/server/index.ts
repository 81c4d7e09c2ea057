export { createService, HttpError, isLoopback, type LintService, type LogEntry, type ServiceOptions, startService, type StartedService } from './http.js'
export { PoolAbortedError, PoolBusyError, PoolTimeoutError } from './pool.js'
