import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { availableParallelism } from 'node:os'
import { TextDecoder } from 'node:util'
import { z } from 'zod'
import { rules as registry } from '../../rules/index.js'
import type { ConfigInput } from '../config/schema.js'
import type { Rule } from '../rule/types.js'
import { packageVersion } from '../version.js'
import type { Job, JobResult } from './jobs.js'
import { editorPage } from './page.js'
import { createPool, type LintPool, PoolBusyError, PoolTimeoutError } from './pool.js'

/** Settings of the HTTP service. */
export interface ServiceOptions {
  /** Configuration used when a request brings none (the CLI reads it from `--config`). */
  readonly config?: ConfigInput | undefined
  /** Largest request body in bytes (default 1 MiB); larger ones get 413. */
  readonly maxBodyBytes?: number
  /** Time limit for linting one story in milliseconds (default 10 s); past it, 503. */
  readonly timeoutMs?: number
  /** Stories linted at once, one worker thread each (default: up to 2, by CPU count). */
  readonly concurrency?: number
  /** Requests that may wait for a worker (default 16); beyond it, 503 with Retry-After. */
  readonly maxQueue?: number
  /** Rules whose metadata the page's summary shows (default: the built-in rules). */
  readonly rules?: readonly Rule[]
}

/** A request that fails with an HTTP status and a JSON error body. */
export class HttpError extends Error {
  readonly status: number
  readonly code: string
  readonly headers: Readonly<Record<string, string>>
  constructor(status: number, code: string, message: string, headers: Readonly<Record<string, string>> = {}) {
    super(message)
    this.name = 'HttpError'
    this.status = status
    this.code = code
    this.headers = headers
  }
}

const securityHeaders = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } as const

const pageCsp = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const payload = `${JSON.stringify(body)}\n`
  res.writeHead(status, { ...securityHeaders, ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) })
  res.end(payload)
}

function sendHtml(res: ServerResponse, page: string, head: boolean): void {
  res.writeHead(200, { ...securityHeaders, 'content-security-policy': pageCsp, 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(page) })
  res.end(head ? undefined : page)
}

/** The media type of a request, lower-cased without parameters; a charset other than UTF-8 is 415. */
function mediaType(req: IncomingMessage, accepted: readonly string[]): string {
  const header = req.headers['content-type'] ?? ''
  const [type = '', ...parameters] = header.split(';').map((part) => part.trim().toLowerCase())
  const expected = accepted.map((a) => `\`${a}\``).join(' or ')
  if (!accepted.includes(type)) throw new HttpError(415, 'unsupported-media-type', `Unexpected content type \`${header || '(none)'}\`, expected ${expected}`)
  const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length).replaceAll('"', '')
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError(415, 'unsupported-charset', `Unexpected charset \`${charset}\`, expected \`utf-8\``)
  }
  return type
}

/** Reads the body, at most `limit` bytes (413 past it, from Content-Length or while reading). */
async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () => new HttpError(413, 'payload-too-large', `Request body larger than ${limit} bytes`, { connection: 'close' })
  const declared = Number(req.headers['content-length'] ?? '0')
  if (declared > limit) throw tooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > limit) throw tooLarge()
    chunks.push(buffer)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
  } catch {
    throw new HttpError(400, 'invalid-utf8', 'Unexpected invalid UTF-8 in the request body')
  }
}

const jsonRequest = z.strictObject({
  text: z.string(),
  config: z.record(z.string(), z.unknown()).optional(),
})

/** The story (and inline config) of a `/lint` or `/fix` request: text/plain, or JSON `{ text, config? }`. */
async function storyRequest(req: IncomingMessage, limit: number): Promise<{ text: string; config: ConfigInput | undefined }> {
  const type = mediaType(req, ['text/plain', 'application/json'])
  const body = await readBody(req, limit)
  if (type === 'text/plain') return { text: body, config: undefined }
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    throw new HttpError(400, 'malformed-json', `Malformed JSON: ${(error as Error).message}`)
  }
  const parsed = jsonRequest.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
    throw new HttpError(400, 'invalid-request', `${where}${issue?.message ?? 'Invalid request'}, expected \`{ "text": string, "config"?: object }\``)
  }
  return { text: parsed.data.text, config: parsed.data.config as ConfigInput | undefined }
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

/** The HTTP service: its node:http server and its worker pool. */
export interface LintService {
  readonly server: Server
  readonly pool: LintPool
  /** Stops accepting connections and terminates the workers. */
  close(): Promise<void>
}

/**
 * Creates the service for CMS pre-publish hooks (not yet listening): `POST /lint`, `POST /fix`,
 * `GET /health`, and the editor's page at `/`. Requests never touch the file system: a request's
 * configuration is inline JSON only. Stories are linted in worker threads, so a request's time
 * limit can stop a runaway lint and concurrency stays bounded.
 */
export function createService(options: ServiceOptions = {}): LintService {
  const limit = options.maxBodyBytes ?? 1024 * 1024
  const timeoutMs = options.timeoutMs ?? 10_000
  const rules = options.rules ?? registry
  const pool = createPool({
    size: options.concurrency ?? Math.max(1, Math.min(2, availableParallelism())),
    timeoutMs,
    maxQueue: options.maxQueue ?? 16,
    settings: { config: options.config },
  })

  async function runJob(job: Job): Promise<JobResult & { ok: true }> {
    let result: JobResult
    try {
      result = await pool.run(job)
    } catch (error) {
      if (error instanceof PoolBusyError) throw new HttpError(503, 'busy', error.message, { 'retry-after': '1' })
      if (error instanceof PoolTimeoutError) throw new HttpError(503, 'timeout', error.message)
      throw error
    }
    if (!result.ok) {
      if (result.kind === 'config') throw new HttpError(400, 'invalid-config', result.message)
      throw new HttpError(500, 'rule-crash', result.message)
    }
    return result
  }

  const routes: Readonly<Record<string, Readonly<Partial<Record<string, Handler>>>>> = {
    '/': {
      GET: async (req, res) => sendHtml(res, editorPage(rules), req.method === 'HEAD'),
      POST: async (req, res) => {
        mediaType(req, ['application/x-www-form-urlencoded'])
        const form = new URLSearchParams(await readBody(req, limit))
        const text = (form.get('text') ?? '').replaceAll('\r\n', '\n')
        const result = await runJob({ op: 'lint', text, config: undefined })
        sendHtml(res, editorPage(rules, { text, diagnostics: result.op === 'lint' ? result.diagnostics : [] }), false)
      },
    },
    '/lint': {
      POST: async (req, res) => {
        const { text, config } = await storyRequest(req, limit)
        const result = await runJob({ op: 'lint', text, config })
        const diagnostics = result.op === 'lint' ? result.diagnostics : []
        sendJson(res, 200, { publishable: !diagnostics.some((d) => d.severity === 'error'), diagnostics })
      },
    },
    '/fix': {
      POST: async (req, res) => {
        const { text, config } = await storyRequest(req, limit)
        const result = await runJob({ op: 'fix', text, config })
        if (result.op === 'fix') sendJson(res, 200, { output: result.output, applied: result.applied })
      },
    },
    '/health': {
      GET: async (_req, res) => sendJson(res, 200, { status: 'ok', version: packageVersion() }),
    },
  }

  const server = createServer(async (req, res) => {
    try {
      let pathname: string
      try {
        pathname = new URL(req.url ?? '/', 'http://localhost').pathname
      } catch {
        throw new HttpError(400, 'bad-request', 'Malformed request URL')
      }
      const route = Object.hasOwn(routes, pathname) ? routes[pathname] : undefined
      if (!route) throw new HttpError(404, 'not-found', `No route \`${pathname}\`, expected one of ${Object.keys(routes).map((r) => `\`${r}\``).join(', ')}`)
      const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET')
      const handler = Object.hasOwn(route, method) ? route[method] : undefined
      if (!handler) {
        const allowed = Object.keys(route).flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])).join(', ')
        throw new HttpError(405, 'method-not-allowed', `Unexpected method \`${req.method ?? ''}\` for \`${pathname}\`, expected ${allowed}`, { allow: allowed })
      }
      await handler(req, res)
    } catch (error) {
      if (res.headersSent) {
        res.destroy()
        return
      }
      const known = error instanceof HttpError ? error : new HttpError(500, 'internal-error', 'Unexpected internal error')
      if (!(error instanceof HttpError)) process.emitWarning(`wirelint serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      sendJson(res, known.status, { error: { status: known.status, code: known.code, message: known.message } }, known.headers)
    }
  })
  server.requestTimeout = 30_000
  server.headersTimeout = 10_000
  server.keepAliveTimeout = 5_000
  server.maxConnections = 256

  return {
    server,
    pool,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      })
      await pool.close()
    },
  }
}

/** Where a started service listens. */
export interface StartedService extends LintService {
  /** `http://host:port`. */
  readonly url: string
  readonly port: number
}

/** Whether a host name or address is loopback (the only default: the service has no authentication). */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/u.test(host)
}

/**
 * Creates the service, starts its workers and listens on `host` (default 127.0.0.1) and `port`
 * (default 8080; 0 picks a free port).
 */
export async function startService(options: ServiceOptions & { readonly port?: number; readonly host?: string } = {}): Promise<StartedService> {
  const service = createService(options)
  const host = options.host ?? '127.0.0.1'
  try {
    await service.pool.warm()
    await new Promise<void>((resolve, reject) => {
      service.server.once('error', reject)
      service.server.listen(options.port ?? 8080, host, () => {
        service.server.off('error', reject)
        resolve()
      })
    })
  } catch (error) {
    await service.pool.close()
    throw error
  }
  const address = service.server.address() as AddressInfo
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return { ...service, url: `http://${shown}:${address.port}`, port: address.port }
}
