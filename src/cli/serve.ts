import path from 'node:path'
import { rules as registry } from '../../rules/index.js'
import { ConfigError } from '../config/errors.js'
import { loadConfigFile } from '../config/load.js'
import { isLoopback, type LogEntry, startService } from '../server/index.js'
import { parseServeCli, serveHelpText, UsageError } from './args.js'
import type { CliIo } from './run.js'

/** A promise that resolves to the signal's name when the process is asked to stop (Ctrl-C or SIGTERM), and a way to stop listening for it. */
function stopSignal(): { stopped: Promise<NodeJS.Signals>; dispose: () => void } {
  let dispose: () => void = () => undefined
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      dispose()
      resolve(signal)
    }
    dispose = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  return { stopped, dispose }
}

/**
 * `wirelint serve`: starts the HTTP service, prints `wirelint serve: listening on <url>` and runs
 * until SIGINT or SIGTERM, then prints `wirelint serve: stopped (<signal>)`. Its log goes to stderr,
 * one JSON line per request and one when it starts and stops (see {@link LogEntry}). Exit status 0
 * after a clean stop, 2 for bad arguments, config or a port in use.
 */
export async function runServe(argv: readonly string[], io: CliIo): Promise<number> {
  // Listen for signals before anything else: a supervisor may stop the service while it starts.
  const signal = stopSignal()
  try {
    const options = parseServeCli(argv)
    if (options.help) {
      io.stdout(serveHelpText)
      return 0
    }
    const config = options.config === undefined ? undefined : (await loadConfigFile(path.resolve(io.cwd, options.config), registry)).config
    const service = await startService({
      port: options.port,
      host: options.host,
      config,
      maxBodyBytes: options.maxBodySize,
      timeoutMs: options.timeout,
      concurrency: options.concurrency,
      maxQueue: options.maxQueue,
      requestTimeoutMs: options.requestTimeout,
      log: (entry) => io.stderr(`${JSON.stringify(entry)}\n`),
    })
    if (!isLoopback(options.host)) io.stderr(`wirelint serve: warning: listening on ${options.host}, reachable from other machines; the service has no authentication\n`)
    io.stdout(`wirelint serve: listening on ${service.url}\n`)
    const name = await signal.stopped
    await service.close(name)
    io.stdout(`wirelint serve: stopped (${name})\n`)
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`wirelint: ${error.message}\nRun \`wirelint serve --help\` for usage.\n`)
      return 2
    }
    const message = error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error)
    io.stderr(`wirelint serve: ${message}\n`)
    return 2
  } finally {
    signal.dispose()
  }
}
