import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http'
import type { AddressInfo } from 'node:net'
import { availableParallelism } from 'node:os'
import type { Duplex } from 'node:stream'
import { TextDecoder } from 'node:util'
import { z } from 'zod'
import { rules as registry } from '../../rules/index.js'
import type { ConfigInput } from '../config/schema.js'
import { type Diagnostic, shown } from '../engine/diagnostic.js'
import { detectFormat, rootElement } from '../formats/input/sniff.js'
import { inputFormats, type InputFormat } from '../formats/input/types.js'
import { pageScriptHash } from '../formatters/html-script.js'
import type { Rule } from '../rule/types.js'
import { packageVersion } from '../version.js'
import type { Job, JobResult } from './jobs.js'
import { editorPage, parsePageForm, type PageResult } from './page.js'
import { createPool, type LintPool, PoolAbortedError, PoolBusyError, PoolTimeoutError } from './pool.js'

/** Settings of the HTTP service. */
export interface ServiceOptions {
  /** Configuration used when a request brings none (the CLI reads it from `--config`). */
  readonly config?: ConfigInput | undefined
  /** Largest request body in bytes (default 1 MiB); larger ones get 413. */
  readonly maxBodyBytes?: number
  /**
   * Time limit for linting one story once a worker has it, in milliseconds (default 10 s); past it
   * the worker is stopped and the request gets 503 (the limit is the server's, not the client's fault).
   */
  readonly timeoutMs?: number
  /** Stories linted at once, one worker thread each (default: up to 2, by CPU count). */
  readonly concurrency?: number
  /**
   * Requests that may wait for a worker (default 16); beyond it, 503 with Retry-After. So a load of
   * at most `concurrency + maxQueue` stories in flight is never turned away.
   */
  readonly maxQueue?: number
  /**
   * Time a client has to send a whole request, headers and body, in milliseconds (default 30 s; the
   * headers alone at most 10 s); past it, 408 and the connection is closed. A request's body is read
   * before it waits for a worker, so a slow client never holds one.
   */
  readonly requestTimeoutMs?: number
  /** Rules whose metadata the page's summary shows (default: the built-in rules). */
  readonly rules?: readonly Rule[]
  /** Receives one entry per request, and one when the service starts and stops (default: none; the CLI writes them to stderr as JSON lines). */
  readonly log?: ((entry: LogEntry) => void) | undefined
}

/**
 * One line of the service's log. A request's entry says what was asked and answered, never what
 * the story says: method, path (without the query), status, time taken, response body bytes, and
 * the error code of an error answer. `status` 499 means the client went away before the answer.
 */
export type LogEntry =
  | {
      readonly event: 'request'
      readonly time: string
      /** Absent (`null`) for bytes node:http could not read as a request. */
      readonly method: string | null
      readonly path: string | null
      readonly status: number
      readonly ms: number
      readonly bytes: number
      readonly error?: string
    }
  | { readonly event: 'listening'; readonly time: string; readonly url: string }
  | { readonly event: 'stopped'; readonly time: string; readonly reason: string; readonly requests: number }

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

const pageCsp = `default-src 'none'; style-src 'unsafe-inline'; script-src ${pageScriptHash}; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`

/** The body bytes of each response sent (for the log). */
const bodyBytes = new WeakMap<ServerResponse, number>()

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const payload = `${JSON.stringify(body)}\n`
  bodyBytes.set(res, Buffer.byteLength(payload))
  res.writeHead(status, { ...securityHeaders, ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) })
  res.end(payload)
}

function sendHtml(res: ServerResponse, page: string, head: boolean): void {
  bodyBytes.set(res, head ? 0 : Buffer.byteLength(page))
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

/** A whole HTTP/1.1 response with a JSON error body, for errors met before node:http made a request of the bytes. */
function rawErrorResponse({ status, code, message }: HttpError): string {
  const payload = `${JSON.stringify({ error: { status, code, message } })}\n`
  const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`, 'connection: close', 'cache-control: no-store', 'x-content-type-options: nosniff', 'content-type: application/json; charset=utf-8', `content-length: ${Buffer.byteLength(payload)}`]
  return `${head.join('\r\n')}\r\n\r\n${payload}`
}

/** The answer to a connection-level error from node:http: a time limit, oversized headers, or bytes that are not HTTP. */
function clientError(error: NodeJS.ErrnoException, requestTimeoutMs: number): HttpError {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new HttpError(408, 'request-timeout', `Request not received in time: headers within ${Math.min(requestTimeoutMs, 10_000)} ms, the whole request within ${requestTimeoutMs} ms`)
    case 'HPE_HEADER_OVERFLOW':
      return new HttpError(431, 'headers-too-large', 'Request headers larger than the server accepts')
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return new HttpError(413, 'payload-too-large', 'Chunk extensions larger than the server accepts')
    default:
      return new HttpError(400, 'bad-request', 'Malformed HTTP request')
  }
}

/** Whether a JSON value nests arrays and objects deeper than `max` (walked without recursion). */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<readonly [unknown, number]> = [[value, 0]]
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item
    if (typeof node !== 'object' || node === null) continue
    if (depth >= max) return true
    for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return false
}

/** Deepest nesting of a request's inline config: real configs need about 5 levels; far deeper ones could exhaust the stack. */
const maxConfigDepth = 32

/**
 * Reads the body, at most `limit` bytes; past it, 413. A client sends its whole body before it reads
 * the answer, so answering (and closing) while it still sends would reset the connection under it
 * and lose the 413: the rest of an oversized body is read and dropped first, up to 16 times the limit
 * (and within the request time limit); only past that is the 413 sent at once, closing the connection.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = (close: boolean) => new HttpError(413, 'payload-too-large', `Request body larger than ${limit} bytes`, close ? { connection: 'close' } : {})
  const dropLimit = 16 * limit
  const declared = Number(req.headers['content-length'] ?? '0')
  if (declared > dropLimit) return Promise.reject(tooLarge(true))
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = []
    let size = 0
    let oversized = declared > limit
    const settle = (error: Error | undefined) => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      req.off('close', onClose)
      if (error) {
        chunks = []
        reject(error)
        return
      }
      try {
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)))
      } catch {
        reject(new HttpError(400, 'invalid-utf8', 'Unexpected invalid UTF-8 in the request body'))
      }
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > dropLimit) settle(tooLarge(true))
      else if (oversized || size > limit) {
        oversized = true
        chunks = []
      } else chunks.push(chunk)
    }
    const onEnd = () => settle(oversized ? tooLarge(false) : undefined)
    const onError = (error: Error) => settle(error)
    // Closed before the end: the client went away, or was cut off for being slow.
    const onClose = () => settle(new Error('The request was closed before its body was complete'))
    req.on('data', onData)
    req.once('end', onEnd)
    req.once('error', onError)
    req.once('close', onClose)
  })
}

const formatValues = [...inputFormats, 'auto'] as const
const formatNames = formatValues.map((f) => `\`${f}\``).join(', ')

const jsonRequest = z.strictObject({
  text: z.string(),
  config: z.record(z.string(), z.unknown()).optional(),
  format: z.enum(formatValues).optional(),
})

/** The format a raw body's media type implies; XML is NITF or NewsML-G2, told by its root element ({@link xmlFormat}). */
const formatByMediaType: Readonly<Record<string, InputFormat | 'xml'>> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/html': 'html',
  'application/xml': 'xml',
  'text/xml': 'xml',
}

/** An XML body's format by its root element; another vocabulary is a 422. */
function xmlFormat(body: string): InputFormat {
  const format = detectFormat(body, 'request.xml')
  if (format !== undefined) return format
  const root = rootElement(body)
  const found = root === undefined ? 'XML without a root element' : `XML vocabulary \`<${root.slice(0, 64)}>\``
  throw new HttpError(422, 'malformed-input', `Unexpected ${found}, expected NITF (\`<nitf>\`) or NewsML-G2 (\`<newsItem>\`, \`<newsMessage>\`)`)
}

/** The `?format=` of a request's URL, checked; `undefined` when absent. */
function queryFormat(req: IncomingMessage): InputFormat | 'auto' | undefined {
  const value = new URL(req.url ?? '/', 'http://localhost').searchParams.get('format')
  if (value === null) return undefined
  if (!(formatValues as readonly string[]).includes(value)) {
    throw new HttpError(400, 'invalid-request', `Unexpected format \`${value.slice(0, 64)}\`, expected one of ${formatNames}`)
  }
  return value as InputFormat | 'auto'
}

/** A `/lint` or `/fix` request's story, its inline config and how the story is stored. */
interface StoryRequest {
  readonly text: string
  readonly config: ConfigInput | undefined
  readonly format: InputFormat | 'auto'
}

/**
 * The story of a `/lint` or `/fix` request: a raw body (plain text, Markdown, HTML or XML, by its
 * media type), or JSON `{ text, config?, format? }`. `?format=` names the format of a raw body and
 * overrides its media type (e.g. ninjs sent as `text/plain`); JSON names it in `format`.
 */
async function storyRequest(req: IncomingMessage, limit: number): Promise<StoryRequest> {
  const type = mediaType(req, [...Object.keys(formatByMediaType), 'application/json'])
  const query = queryFormat(req)
  const body = await readBody(req, limit)
  if (type !== 'application/json') {
    const implied = formatByMediaType[type] ?? 'text'
    return { text: body, config: undefined, format: query ?? (implied === 'xml' ? xmlFormat(body) : implied) }
  }
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
    throw new HttpError(400, 'invalid-request', `${where}${issue?.message ?? 'Invalid request'}, expected \`{ "text": string, "config"?: object, "format"?: ${formatValues.map((f) => `"${f}"`).join(' | ')} }\``)
  }
  if (nestsDeeperThan(parsed.data.config, maxConfigDepth)) {
    throw new HttpError(400, 'invalid-request', `config: Unexpected nesting deeper than ${maxConfigDepth} levels`)
  }
  if (query !== undefined && parsed.data.format !== undefined && query !== parsed.data.format) {
    throw new HttpError(400, 'invalid-request', `Unexpected \`?format=${query}\` with \`"format": "${parsed.data.format}"\`, expected one of them`)
  }
  return { text: parsed.data.text, config: parsed.data.config as ConfigInput | undefined, format: parsed.data.format ?? query ?? 'text' }
}

/** Whether a story may be published: no error-severity diagnostic remains (one inside text another's fix deletes counts once, as that one). */
function publishable(diagnostics: readonly Diagnostic[]): boolean {
  return !shown(diagnostics).some((d) => d.severity === 'error')
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

/** The HTTP service: its node:http server and its worker pool. */
export interface LintService {
  readonly server: Server
  readonly pool: LintPool
  /**
   * Stops accepting connections, lets the requests under way finish, terminates the workers, then
   * logs that it stopped, with `reason` (default `close`; the CLI gives the signal's name).
   */
  close(reason?: string): Promise<void>
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
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000
  const headersTimeoutMs = Math.min(requestTimeoutMs, 10_000)
  const rules = options.rules ?? registry
  const log = options.log ?? (() => undefined)
  let requests = 0
  const logRequest = (entry: Omit<LogEntry & { event: 'request' }, 'event' | 'time'>) => {
    requests++
    log({ event: 'request', time: new Date().toISOString(), ...entry })
  }
  const pool = createPool({
    size: options.concurrency ?? Math.max(1, Math.min(2, availableParallelism())),
    timeoutMs,
    maxQueue: options.maxQueue ?? 16,
    settings: { config: options.config },
  })

  /** Runs a job; a request whose client goes away while the job still waits gives up its place in the queue. */
  async function runJob(job: Job, res: ServerResponse): Promise<JobResult & { ok: true }> {
    const abandoned = new AbortController()
    const onClose = () => {
      if (!res.writableEnded) abandoned.abort()
    }
    res.once('close', onClose)
    let result: JobResult
    try {
      result = await pool.run(job, abandoned.signal)
    } catch (error) {
      if (error instanceof PoolAbortedError) throw new HttpError(499, 'client-closed-request', error.message)
      if (error instanceof PoolBusyError) throw new HttpError(503, 'busy', error.message, { 'retry-after': '1' })
      if (error instanceof PoolTimeoutError) throw new HttpError(503, 'timeout', error.message)
      throw error
    } finally {
      res.off('close', onClose)
    }
    if (!result.ok) {
      if (result.kind === 'config') throw new HttpError(400, 'invalid-config', result.message)
      if (result.kind === 'input') throw new HttpError(422, 'malformed-input', result.message)
      throw new HttpError(500, 'rule-crash', result.message)
    }
    return result
  }

  const routes: Readonly<Record<string, Readonly<Partial<Record<string, Handler>>>>> = {
    '/': {
      GET: async (req, res) => sendHtml(res, editorPage(rules), req.method === 'HEAD'),
      POST: async (req, res) => {
        mediaType(req, ['application/x-www-form-urlencoded'])
        const form = parsePageForm(await readBody(req, limit))
        const { text, ignored, filters } = form
        let page: PageResult
        if (form.action === 'fix' || form.action === 'accept') {
          const job: Job = { op: 'fix', text, config: undefined, only: form.target, skip: form.action === 'fix' ? [...ignored] : undefined }
          const result = await runJob(job, res)
          const fixed = result.op === 'fix' ? result : { output: text, applied: [], diagnostics: [] }
          page = { text: fixed.output, diagnostics: fixed.diagnostics, ignored, filters, change: { action: form.action, applied: fixed.applied, previous: text } }
        } else {
          const result = await runJob({ op: 'lint', text, config: undefined }, res)
          page = { text, diagnostics: result.op === 'lint' ? result.diagnostics : [], ignored, filters, change: form.action === 'undo' ? { action: 'undo' } : undefined }
        }
        sendHtml(res, editorPage(rules, page), false)
      },
    },
    '/lint': {
      POST: async (req, res) => {
        const { text, config, format } = await storyRequest(req, limit)
        const result = await runJob({ op: 'lint', text, config, format }, res)
        const diagnostics = result.op === 'lint' ? result.diagnostics : []
        sendJson(res, 200, { publishable: publishable(diagnostics), diagnostics })
      },
    },
    '/fix': {
      POST: async (req, res) => {
        const { text, config, format } = await storyRequest(req, limit)
        const result = await runJob({ op: 'fix', text, config, format }, res)
        if (result.op === 'fix') sendJson(res, 200, { output: result.output, applied: result.applied, publishable: publishable(result.diagnostics), diagnostics: result.diagnostics })
      },
    },
    '/health': {
      GET: async (_req, res) => sendJson(res, 200, { status: 'ok', version: packageVersion() }),
    },
  }

  // The response under way on each connection, so a connection-level error (below) does not write
  // a second response over one already started; kept after the response while the request's body
  // is still arriving (node:http discards it), dropped once the request is complete.
  const responses = new WeakMap<Duplex, ServerResponse>()
  // A response node:http's connection-level error answered in its place (logged as that answer).
  const answeredRaw = new WeakMap<ServerResponse, { status: number; code: string; bytes: number }>()

  const server = createServer({
    // node:http answers these with 408 (through 'clientError' below): a slow or stalled client is cut off.
    requestTimeout: requestTimeoutMs,
    headersTimeout: headersTimeoutMs,
    // How often the limits above are checked (node's default, 30 s, would let a slow client stay that much longer).
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeoutMs / 4))),
    keepAliveTimeout: 5_000,
  }, async (req, res) => {
    const socket = req.socket
    const started = performance.now()
    let pathname: string | null = null
    let errorCode: string | undefined
    responses.set(socket, res)
    res.once('finish', () => {
      if (req.complete && responses.get(socket) === res) responses.delete(socket)
    })
    res.once('close', () => {
      const finished = res.writableFinished
      const raw = answeredRaw.get(res)
      const error = raw?.code ?? errorCode
      logRequest({
        method: req.method ?? null,
        path: pathname === null ? null : pathname.slice(0, 256),
        status: raw?.status ?? (finished ? res.statusCode : 499),
        ms: Math.round((performance.now() - started) * 10) / 10,
        bytes: raw?.bytes ?? (finished ? (bodyBytes.get(res) ?? 0) : 0),
        ...(error === undefined ? {} : { error }),
      })
    })
    try {
      const target = req.url ?? '/'
      try {
        // A path is parsed against a fixed origin, so `//host/...` stays a path, not another host;
        // anything else must be an absolute URL (as proxies send), or it is a 400.
        pathname = new URL(target.startsWith('/') ? `http://localhost${target}` : target).pathname
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
      errorCode = error instanceof HttpError ? error.code : 'internal-error'
      // A response under way, or a client already gone (cut off for being slow, or disconnected): nothing to answer.
      if (res.headersSent || socket.destroyed) {
        res.destroy()
        return
      }
      const known = error instanceof HttpError ? error : new HttpError(500, 'internal-error', 'Unexpected internal error')
      if (!(error instanceof HttpError)) process.emitWarning(`wirelint serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      sendJson(res, known.status, { error: { status: known.status, code: known.code, message: known.message } }, known.headers)
    }
  })
  server.maxConnections = 256
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A JSON answer like every other error, unless the peer is gone or a response is already under way.
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE' && socket.writable && responses.get(socket)?.headersSent !== true) {
      const answer = clientError(error, requestTimeoutMs)
      const raw = rawErrorResponse(answer)
      socket.write(raw)
      const logged = { status: answer.status, code: answer.code, bytes: Buffer.byteLength(raw.slice(raw.indexOf('\r\n\r\n') + 4)) }
      // A request under way (a body trickling in) is logged once, when it closes, with this answer.
      const pending = responses.get(socket)
      if (pending) answeredRaw.set(pending, logged)
      else logRequest({ method: null, path: null, status: logged.status, ms: 0, bytes: logged.bytes, error: logged.code })
    }
    socket.destroy()
  })

  return {
    server,
    pool,
    async close(reason = 'close') {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      })
      await pool.close()
      log({ event: 'stopped', time: new Date().toISOString(), reason, requests })
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
  const url = `http://${shown}:${address.port}`
  options.log?.({ event: 'listening', time: new Date().toISOString(), url })
  return { ...service, url, port: address.port }
}
