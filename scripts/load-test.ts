// npm run test:load: the HTTP service under a hostile mixed load (issue 7). Starts the real
// `wirelint serve` (bin/wirelint.js, so run `npm run build` first) on 127.0.0.1 with an ephemeral
// port and sends 20,000 requests: valid stories (text/plain, small and about 1,000 words; JSON with
// an inline config; /fix), malformed JSON, invalid requests and configs, wrong content types,
// invalid UTF-8, oversized bodies, unknown routes and methods, GET /health and the editor's page,
// all over keep-alive connections at most 32 in flight; and beside them a few hundred slow clients
// on raw sockets (a body trickled in past the request time limit, headers never finished, a
// connection that sends nothing). Checks: no 5xx and no failed request; every response has the
// status its kind expects (and a body identical to the first one of its kind: same request, same
// answer, under any concurrency); slow clients are cut off with 408; the service never exits;
// GET /health answers at the end; JS memory (heap + external, after forced GC) is back within
// 20 MB of its baseline; SIGTERM stops the service with status 0; stderr holds only its JSON log
// (no warning), with no 5xx, ending with the line saying it stopped. Exit status 0 when every check
// passes. Traffic goes to 127.0.0.1 only.
//
//   npm run test:load [-- --requests 20000 --in-flight 32 --rounds 1]
import { type ChildProcess, spawn } from 'node:child_process'
import { rng as random } from '../rules/lib/garbled/synth.js'
import { Agent, request } from 'node:http'
import { connect } from 'node:net'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'

const root = path.resolve(import.meta.dirname, '..')
const bin = path.join(root, 'bin', 'wirelint.js')
const probe = pathToFileURL(path.join(root, 'scripts', 'lib', 'memory-probe.mjs')).href

/** Settings of one run. */
export interface LoadOptions {
  /** Requests in all, slow ones included (default 20,000). */
  readonly requests?: number
  /** Keep-alive requests in flight at once (default 32); the service gets `--max-queue` (this less its 2 workers) to match. */
  readonly inFlight?: number
  /** Slow clients among the requests (default 400), on their own raw sockets. */
  readonly slow?: number
  /** Slow clients connected at once (default 64). */
  readonly slowInFlight?: number
  /** The service's `--request-timeout` in ms (default 2000). */
  readonly requestTimeoutMs?: number
  /** Times the whole mix is sent, memory measured after each (default 1; more shows a leak's trend). */
  readonly rounds?: number
  /** Allowed growth of heap + external memory after the load and a forced GC (default 20 MiB). */
  readonly memorySlackBytes?: number
  readonly log?: (line: string) => void
}

/** What a run measured; `failures` is empty when every check passed. */
export interface LoadReport {
  readonly requests: number
  readonly seconds: number
  readonly requestsPerSecond: number
  /** Outcomes per kind: status code, or `closed` (by the server, no response) or an error code. */
  readonly outcomes: Readonly<Record<string, Readonly<Record<string, number>>>>
  readonly latencyMs: { readonly p50: number; readonly p99: number; readonly max: number }
  /** Longest time until a slow client was cut off. */
  readonly slowCutOffMaxMs: number
  readonly memory: { readonly before: NodeJS.MemoryUsage; readonly after: NodeJS.MemoryUsage }
  readonly failures: readonly string[]
}

// ---------------------------------------------------------------------------------------------
// Copy. Invented stories (names, places and figures are made up), with defects an editor would
// catch: doubled words, Indian digit grouping, feed residue, a repeated attribution.

const smallStories = [
  'Ferry services between Norhaven and Castell Point resumed on Tuesday after a two-day storm, the the port authority said.\n\nAbout 4,70,000 passengers use the crossing each year, according to the authority.\n',
  'Dockworkers in Valmora ended a week-long strike on Friday, reported Ana Ruiz, after the harbour board agreed to review night-shift pay, reported Ana Ruiz.\n\nGive Feedback\n',
  'The Corvel city council approved a budget of 12,50,000 crowns for road repairs on Monday.\n\nWork on the the ring road will begin in April, officials said.\n',
] as const

const longParagraphs = [
  'Lantern Bay, March 3 — The regional water board in Lantern Bay said on Thursday that it would spend 3,25,000 crowns on new filters for the eastern reservoir, after residents complained for months about cloudy tap water in three districts along the coast.',
  'Board chair Miriam Okafor told reporters that the the filters would be installed in stages so that no household lost supply for more than a few hours. She said crews had already mapped the pipes that feed the oldest neighbourhoods and would start there.',
  '"We have heard people, and we are acting on what they told us," Okafor said at a briefing in the board\'s offices near the harbour. She added that the work should be finished before the dry season, when demand usually rises by about a fifth.',
  'The reservoir, built in 1962, holds enough water for roughly 80,000 homes. Engineers found last year that sediment had built up faster than expected, partly because heavy rains washed soil from farmland upstream into the feeder streams.',
  'Local shop owners welcomed the plan but said they wanted clearer notice of any cuts. Tomas Brill, who runs a bakery on Quay Street, said he lost a morning of trade in January when the water was shut off without warning.',
  'The board said it would post a schedule of the work on its website and send text messages to registered customers two days before any interruption. It also promised to keep tankers on standby in each district while the filters are changed.',
  'Opposition councillors questioned the cost and asked why the board had not acted sooner. Councillor Dev Anand said the problem was first raised at a public meeting more than two years ago, and that residents had paid for bottled water since then.',
  'Okafor said the board had needed time to study the causes before choosing a fix, and that an earlier, cheaper plan would have treated the symptoms rather than the source. She said the new filters were expected to last at least fifteen years.',
  'The national environment agency, which oversees water quality, said it would test samples from the reservoir every month during the work. An agency spokesperson said the water had remained safe to drink throughout, though its colour had put people off.',
  'Farmers upstream have been asked to plant grass strips along the streams to slow the runoff. The farmers\' cooperative said about forty of its members had signed up so far and that it hoped to reach a hundred by the end of the year.',
  'Residents can report cloudy water through a free phone line, the board said. It has received more than 1,200 calls since October, most of them from the districts of Easthill, Marram and Old Quay, where the pipes are oldest.',
  'The board will present a progress report to the council in June. If the first stage goes well, it plans to extend the work to the northern reservoir next year, at a cost it has not yet estimated, reported Lena Marsh.',
  'Image Credit: Lantern Bay Water Board',
] as const

const longStory = `${longParagraphs.join('\n\n')}\n`


// ---------------------------------------------------------------------------------------------
// Request kinds over keep-alive connections: what is sent, and the status it must get.

interface Kind {
  readonly name: string
  /** Share of the keep-alive requests. */
  readonly weight: number
  readonly method: string
  readonly path: string
  readonly headers: Readonly<Record<string, string>>
  /** Sent with Content-Length; or `chunks`, sent chunked (no length). */
  readonly body?: Buffer
  readonly chunks?: readonly Buffer[]
  readonly status: number
  /** For 200 answers: a check of the parsed body; returns what is wrong, or undefined. */
  readonly check?: (body: string) => string | undefined
}

const text = { 'content-type': 'text/plain; charset=utf-8' } as const
const json = { 'content-type': 'application/json' } as const
const limit = 1024 * 1024
const oversized = Buffer.alloc(limit + 64 * 1024, 'x')

function lintCheck(flagged: boolean): (body: string) => string | undefined {
  return (body) => {
    const value = JSON.parse(body) as { publishable?: unknown; diagnostics?: unknown }
    if (typeof value.publishable !== 'boolean' || !Array.isArray(value.diagnostics)) return 'not a lint answer'
    if (flagged && value.diagnostics.length === 0) return 'no diagnostics for a story with defects'
    return undefined
  }
}

function errorCheck(status: number): (body: string) => string | undefined {
  return (body) => {
    const value = JSON.parse(body) as { error?: { status?: unknown; code?: unknown } }
    if (value.error?.status !== status || typeof value.error.code !== 'string') return `not a JSON error with status ${status}`
    return undefined
  }
}

const kinds: readonly Kind[] = [
  ...smallStories.map((story, i): Kind => ({ name: `lint small story ${i + 1}`, weight: 8, method: 'POST', path: '/lint', headers: text, body: Buffer.from(story), status: 200, check: lintCheck(true) })),
  { name: 'lint 1,000-word story', weight: 4, method: 'POST', path: '/lint', headers: text, body: Buffer.from(longStory), status: 200, check: lintCheck(true) },
  {
    name: 'lint JSON with inline config',
    weight: 8,
    method: 'POST',
    path: '/lint',
    headers: json,
    body: Buffer.from(JSON.stringify({ text: smallStories[0], config: { preset: 'none', rules: { 'repeated-words': 'error', 'number-grouping': 'warning' } } })),
    status: 200,
    check: lintCheck(true),
  },
  {
    name: 'fix',
    weight: 6,
    method: 'POST',
    path: '/fix',
    headers: text,
    body: Buffer.from(smallStories[2]),
    status: 200,
    check: (body) => {
      const value = JSON.parse(body) as { output?: unknown; applied?: unknown }
      if (typeof value.output !== 'string' || !Array.isArray(value.applied)) return 'not a fix answer'
      return value.output.includes('the the') ? 'the doubled word was not fixed' : undefined
    },
  },
  { name: 'GET /health', weight: 12, method: 'GET', path: '/health', headers: {}, status: 200, check: (body) => ((JSON.parse(body) as { status?: unknown }).status === 'ok' ? undefined : 'not ok') },
  { name: 'GET / (editor page)', weight: 2, method: 'GET', path: '/', headers: {}, status: 200 },
  { name: 'malformed JSON', weight: 8, method: 'POST', path: '/lint', headers: json, body: Buffer.from('{"text": "Talks resumed on Monday.", '), status: 400 },
  { name: 'JSON without text', weight: 3, method: 'POST', path: '/fix', headers: json, body: Buffer.from('{"story": "Talks resumed."}'), status: 400 },
  { name: 'JSON naming a file', weight: 1, method: 'POST', path: '/lint', headers: json, body: Buffer.from('{"text": "x", "configFile": "/etc/passwd"}'), status: 400 },
  { name: 'invalid inline config', weight: 2, method: 'POST', path: '/lint', headers: json, body: Buffer.from('{"text": "x", "config": {"rules": {"no-such-rule": "error"}}}'), status: 400 },
  { name: 'config nested 100,000 deep', weight: 1, method: 'POST', path: '/lint', headers: json, body: Buffer.from(`{"text": "x", "config": {"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`), status: 400 },
  { name: 'invalid UTF-8', weight: 3, method: 'POST', path: '/lint', headers: text, body: Buffer.from([0x54, 0x61, 0xff, 0x6c, 0x6b, 0x73]), status: 400 },
  { name: 'wrong content type', weight: 4, method: 'POST', path: '/lint', headers: { 'content-type': 'application/pdf' }, body: Buffer.from('%PDF-1.7 Talks resumed.'), status: 415 },
  { name: 'an HTML story', weight: 1, method: 'POST', path: '/lint', headers: { 'content-type': 'text/html' }, body: Buffer.from('<p>Talks resumed.</p>'), status: 200 },
  { name: 'XML of another vocabulary', weight: 1, method: 'POST', path: '/lint', headers: { 'content-type': 'application/xml' }, body: Buffer.from('<rss><item>Talks resumed.</item></rss>'), status: 422 },
  { name: 'latin-1 charset', weight: 1, method: 'POST', path: '/lint', headers: { 'content-type': 'text/plain; charset=iso-8859-1' }, body: Buffer.from('Talks resumed.'), status: 415 },
  { name: 'oversized body (Content-Length)', weight: 3, method: 'POST', path: '/lint', headers: text, body: oversized, status: 413 },
  { name: 'oversized body, Connection: close', weight: 1, method: 'POST', path: '/lint', headers: { ...text, connection: 'close' }, body: oversized, status: 413 },
  { name: 'oversized body (chunked)', weight: 1, method: 'POST', path: '/fix', headers: text, chunks: Array.from({ length: 18 }, (_, i) => oversized.subarray(i * 65_536, (i + 1) * 65_536)), status: 413 },
  { name: 'unknown route', weight: 5, method: 'GET', path: '/admin/../etc/passwd', headers: {}, status: 404 },
  { name: 'wrong method', weight: 4, method: 'DELETE', path: '/lint', headers: {}, status: 405 },
  { name: 'GET /lint', weight: 2, method: 'GET', path: '/lint', headers: {}, status: 405 },
]

// ---------------------------------------------------------------------------------------------

interface Outcome {
  /** The status, or `closed` (no response before the server closed), or an error code. */
  readonly result: string
  readonly body: string
  readonly ms: number
}

function send(agent: Agent, port: number, kind: Kind): Promise<Outcome> {
  return new Promise((resolve) => {
    const start = performance.now()
    let settled = false
    const settle = (result: string, body: string) => {
      if (settled) return
      settled = true
      resolve({ result, body, ms: performance.now() - start })
    }
    const headers: Record<string, string | number> = { ...kind.headers }
    if (kind.body) headers['content-length'] = kind.body.length
    const req = request({ host: '127.0.0.1', port, method: kind.method, path: kind.path, headers, agent }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => settle(String(res.statusCode ?? 0), Buffer.concat(chunks).toString('utf8')))
      res.on('error', (error: NodeJS.ErrnoException) => settle(error.code ?? 'response-error', ''))
    })
    // The server may answer (413) and close before the whole body is written: the answer counts.
    req.on('error', (error: NodeJS.ErrnoException) => settle(error.code ?? 'request-error', ''))
    req.setTimeout(60_000, () => req.destroy(Object.assign(new Error('client timeout'), { code: 'CLIENT_TIMEOUT' })))
    if (kind.chunks) {
      for (const chunk of kind.chunks) req.write(chunk)
      req.end()
    } else {
      req.end(kind.body)
    }
  })
}

type SlowKind = 'slow body' | 'headers never finished' | 'silent connection'

/**
 * A slow client on a raw socket: writes a byte (or a header line) every 250 ms and never finishes,
 * or sends nothing. It gives up itself after `giveUpMs` (a failure: the server should have cut it off).
 */
function slowClient(port: number, kind: SlowKind, giveUpMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const start = performance.now()
    const socket = connect(port, '127.0.0.1')
    let received = ''
    let step = 0
    let timer: NodeJS.Timeout | undefined
    const giveUp = setTimeout(() => {
      received = 'CLIENT_GAVE_UP'
      socket.destroy()
    }, giveUpMs)
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => {
      if (received.length < 4096) received += chunk
    })
    socket.on('error', () => undefined)
    socket.on('close', () => {
      clearInterval(timer)
      clearTimeout(giveUp)
      const status = /^HTTP\/1\.1 (\d{3}) /u.exec(received)?.[1]
      const result = received === 'CLIENT_GAVE_UP' ? received : (status ?? 'closed')
      resolve({ result, body: received.slice(received.indexOf('\r\n\r\n') + 4), ms: performance.now() - start })
    })
    socket.on('connect', () => {
      if (kind === 'silent connection') return
      socket.write(kind === 'slow body' ? 'POST /lint HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 4000\r\n\r\nPort' : 'POST /lint HTTP/1.1\r\nHost: 127.0.0.1\r\n')
      timer = setInterval(() => {
        if (socket.destroyed || socket.writableEnded) return
        step += 1
        socket.write(kind === 'slow body' ? 'a' : `X-Wait-${step}: ${step}\r\n`)
      }, 250)
    })
  })
}

/**
 * The service's stderr must be its log and nothing else (no warning, no stack trace): one JSON line
 * per request, none answered with a 5xx, and last the line saying it stopped on SIGTERM.
 */
function checkLog(stderr: string, fail: (message: string) => void): void {
  const lines = stderr.split('\n').filter((line) => line !== '')
  const entries: Record<string, unknown>[] = []
  for (const line of lines) {
    try {
      entries.push(JSON.parse(line) as Record<string, unknown>)
    } catch {
      fail(`the service wrote to stderr what is not a log line: ${line.slice(0, 500)}`)
      return
    }
  }
  const failed = entries.filter((e) => e.event === 'request' && Number(e.status) >= 500)
  if (failed.length > 0) fail(`the log has ${failed.length} requests answered with a 5xx, the first: ${JSON.stringify(failed[0])}`)
  const last = entries.at(-1)
  if (last?.event !== 'stopped' || last.reason !== 'SIGTERM') fail(`the log does not end saying it stopped on SIGTERM: ${JSON.stringify(last)}`)
}

/** The service as a child process, with the memory probe preloaded and its exit watched. */
interface Service {
  readonly child: ChildProcess
  readonly port: number
  readonly stderr: () => string
  /** Set when the process exited before it was asked to. */
  readonly exited: () => string | undefined
  memory(): Promise<NodeJS.MemoryUsage>
  stop(): Promise<number | null>
}

async function startService(args: readonly string[]): Promise<Service> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', probe, bin, 'serve', '--port', '0', '--host', '127.0.0.1', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let stdout = ''
  let stderr = ''
  let exited: string | undefined
  let stopping = false
  child.stdout?.setEncoding('utf8')
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => (stderr += chunk))
  const exit = new Promise<number | null>((resolve) => {
    child.once('exit', (code, signal) => {
      if (!stopping) exited = `the service exited (status ${code}, signal ${signal}) during the run`
      resolve(code)
    })
  })
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: string) => {
      stdout += chunk
      const match = /listening on http:\/\/127\.0\.0\.1:(\d{1,5})/u.exec(stdout)
      if (match?.[1]) resolve(Number(match[1]))
    })
    void exit.then(() => reject(new Error(`wirelint serve did not start: ${stderr}`)))
  })
  return {
    child,
    port,
    stderr: () => stderr,
    exited: () => exited,
    memory: () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no memory figures from the service')), 10_000)
        child.once('message', (message: { memory: NodeJS.MemoryUsage; gc: boolean }) => {
          clearTimeout(timer)
          if (!message.gc) reject(new Error('the service was started without --expose-gc'))
          else resolve(message.memory)
        })
        child.send('memory')
      }),
    async stop() {
      stopping = true
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      const code = await exit
      clearTimeout(timer)
      return code
    },
  }
}

/** Runs `count` tasks, at most `width` at once. */
async function bounded(count: number, width: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0
  const lane = async () => {
    for (let index = next++; index < count; index = next++) await task(index)
  }
  await Promise.all(Array.from({ length: Math.min(width, count) }, lane))
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`
const jsMemory = (m: NodeJS.MemoryUsage) => m.heapUsed + m.external

/** Runs the load test; never throws for a failed check (see `failures`). */
export async function runLoadTest(options: LoadOptions = {}): Promise<LoadReport> {
  const total = options.requests ?? 20_000
  const inFlight = options.inFlight ?? 32
  const slowCount = Math.min(total, options.slow ?? 400)
  const slowInFlight = options.slowInFlight ?? 64
  const requestTimeoutMs = options.requestTimeoutMs ?? 2000
  const slack = options.memorySlackBytes ?? 20 * 2 ** 20
  const rounds = options.rounds ?? 1
  const log = options.log ?? ((line: string) => console.log(line))
  const failures: string[] = []
  const fail = (message: string) => {
    if (failures.length < 50) failures.push(message)
  }

  // Two workers and a queue just deep enough for the load: at most `inFlight` stories wait or run at
  // once, exactly --concurrency + --max-queue, the documented limit up to which none is turned away.
  const concurrency = 2
  const maxQueue = Math.max(0, inFlight - concurrency)
  const service = await startService(['--concurrency', String(concurrency), '--max-queue', String(maxQueue), '--request-timeout', String(requestTimeoutMs)])
  log(`wirelint serve on 127.0.0.1:${service.port}: --concurrency ${concurrency} --max-queue ${maxQueue} --request-timeout ${requestTimeoutMs}, --timeout 10000 and --max-body-size ${limit} by default`)

  const outcomes: Record<string, Record<string, number>> = {}
  const firstBody = new Map<string, string>()
  const latencies: number[] = []
  let slowCutOffMaxMs = 0

  const record = (kind: string, expected: number | readonly string[], outcome: Outcome, check?: (body: string) => string | undefined) => {
    const byKind = (outcomes[kind] ??= {})
    byKind[outcome.result] = (byKind[outcome.result] ?? 0) + 1
    const status = Number(outcome.result)
    if (status >= 500) fail(`${kind}: ${outcome.result} ${outcome.body.slice(0, 200)}`)
    const wanted = typeof expected === 'number' ? [String(expected)] : expected
    if (!wanted.includes(outcome.result)) {
      fail(`${kind}: got ${outcome.result}, expected ${wanted.join(' or ')} ${outcome.body.slice(0, 200)}`)
      return
    }
    if (!Number.isInteger(status)) return
    try {
      const problem = status === 200 ? check?.(outcome.body) : errorCheck(status)(outcome.body)
      if (problem) fail(`${kind}: ${problem}: ${outcome.body.slice(0, 200)}`)
    } catch (error) {
      fail(`${kind}: unreadable body (${(error as Error).message}): ${outcome.body.slice(0, 200)}`)
    }
    // Same request, same answer, whatever else is in flight.
    const first = firstBody.get(kind)
    if (first === undefined) firstBody.set(kind, outcome.body)
    else if (first !== outcome.body) fail(`${kind}: the answer differs from the first one of its kind: ${outcome.body.slice(0, 200)}`)
  }

  const slowKinds: readonly SlowKind[] = ['slow body', 'headers never finished', 'silent connection']
  // Cut off within the limit, plus node's check interval (at most 1 s), plus slack for a busy machine.
  const cutOffBoundMs = requestTimeoutMs + 1000 + 3000
  const runSlow = async (index: number) => {
    const kind = slowKinds[index % slowKinds.length] ?? 'slow body'
    const outcome = await slowClient(service.port, kind, cutOffBoundMs + 5000)
    slowCutOffMaxMs = Math.max(slowCutOffMaxMs, outcome.ms)
    // A silent connection sent no request: closing it without an answer is as right as a 408.
    record(kind, kind === 'silent connection' ? ['408', 'closed'] : ['408'], outcome)
    if (outcome.ms > cutOffBoundMs) fail(`${kind}: cut off after ${Math.round(outcome.ms)} ms, expected within ${cutOffBoundMs} ms`)
  }

  const agent = new Agent({ keepAlive: true, maxSockets: inFlight })
  try {
    // Warm-up (not counted): every kind a few times, so lazy loading and compilation are done before the baseline.
    await bounded(kinds.length * 4, inFlight, async (i) => {
      const kind = kinds[i % kinds.length]
      if (kind) record(kind.name, kind.status, await send(agent, service.port, kind), kind.check)
    })
    await bounded(slowKinds.length, slowKinds.length, runSlow)
    agent.destroy()
    const before = await service.memory()
    for (const key of Object.keys(outcomes)) delete outcomes[key]
    slowCutOffMaxMs = 0
    log(`baseline after warm-up and GC: heap ${mb(before.heapUsed)} + external ${mb(before.external)}, rss ${mb(before.rss)}`)

    // The schedule: weighted kinds, shuffled with a fixed seed.
    const fast = total - slowCount
    const weights = kinds.reduce((n, k) => n + k.weight, 0)
    const schedule: Kind[] = []
    for (const kind of kinds) for (let i = 0; i < Math.round((fast * kind.weight) / weights); i++) schedule.push(kind)
    while (schedule.length > fast) schedule.pop()
    while (schedule.length < fast && kinds[0]) schedule.push(kinds[0])
    const next = random(7)
    for (let i = schedule.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      const a = schedule[i]
      const b = schedule[j]
      if (a && b) [schedule[i], schedule[j]] = [b, a]
    }

    let seconds = 0
    let after = before
    for (let round = 1; round <= rounds; round++) {
      const start = performance.now()
      const roundAgent = new Agent({ keepAlive: true, maxSockets: inFlight })
      let done = 0
      const progress = setInterval(() => log(`  ${done} keep-alive requests answered, ${Math.round((performance.now() - start) / 1000)} s`), 10_000)
      await Promise.all([
        bounded(schedule.length, inFlight, async (i) => {
          const kind = schedule[i]
          if (!kind) return
          const outcome = await send(roundAgent, service.port, kind)
          latencies.push(outcome.ms)
          record(kind.name, kind.status, outcome, kind.check)
          done += 1
        }),
        bounded(slowCount, slowInFlight, runSlow),
      ])
      clearInterval(progress)
      seconds += (performance.now() - start) / 1000
      roundAgent.destroy()
      await new Promise((resolve) => setTimeout(resolve, 500))
      after = await service.memory()
      if (rounds > 1) log(`after round ${round} and GC: heap ${mb(after.heapUsed)} + external ${mb(after.external)}, rss ${mb(after.rss)}`)
    }

    const health = await send(new Agent(), service.port, kinds.find((k) => k.path === '/health' && k.method === 'GET') ?? (kinds[0] as Kind))
    if (health.result !== '200') fail(`GET /health after the load: ${health.result}`)
    if (jsMemory(after) > jsMemory(before) + slack) {
      fail(`memory not back to its baseline: heap + external ${mb(jsMemory(after))} after, ${mb(jsMemory(before))} before (allowed: + ${mb(slack)})`)
    }
    const exited = service.exited()
    if (exited) fail(exited)
    const code = await service.stop()
    if (code !== 0) fail(`SIGTERM after the load: exit status ${code}, expected 0`)
    checkLog(service.stderr(), fail)

    latencies.sort((a, b) => a - b)
    const report: LoadReport = {
      requests: rounds * (schedule.length + slowCount),
      seconds,
      requestsPerSecond: (rounds * (schedule.length + slowCount)) / seconds,
      outcomes,
      latencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1) ?? 0 },
      slowCutOffMaxMs,
      memory: { before, after },
      failures,
    }
    printReport(report, log)
    return report
  } finally {
    agent.destroy()
    if (service.child.exitCode === null && service.child.signalCode === null) await service.stop()
  }
}

function printReport(report: LoadReport, log: (line: string) => void): void {
  log(`\n${report.requests} requests in ${report.seconds.toFixed(1)} s: ${report.requestsPerSecond.toFixed(0)} requests/s`)
  log(`keep-alive latency: p50 ${report.latencyMs.p50.toFixed(1)} ms, p99 ${report.latencyMs.p99.toFixed(1)} ms, max ${report.latencyMs.max.toFixed(1)} ms`)
  log(`slow clients cut off after at most ${(report.slowCutOffMaxMs / 1000).toFixed(2)} s`)
  const statuses: Record<string, number> = {}
  log('\noutcomes per kind:')
  for (const [kind, byResult] of Object.entries(report.outcomes)) {
    log(`  ${kind.padEnd(34)} ${Object.entries(byResult).map(([r, n]) => `${r} x${n}`).join(', ')}`)
    for (const [result, n] of Object.entries(byResult)) statuses[result] = (statuses[result] ?? 0) + n
  }
  log(`all: ${Object.entries(statuses).sort().map(([r, n]) => `${r} x${n}`).join(', ')}`)
  const { before, after } = report.memory
  log(`\nmemory of the service after forced GC (heap + external; rss):`)
  log(`  before ${mb(jsMemory(before))} (heap ${mb(before.heapUsed)}, external ${mb(before.external)}); rss ${mb(before.rss)}`)
  log(`  after  ${mb(jsMemory(after))} (heap ${mb(after.heapUsed)}, external ${mb(after.external)}); rss ${mb(after.rss)}`)
  log(report.failures.length === 0 ? '\nOK: no 5xx, every status as expected, the service kept running, memory back to its baseline' : `\nFAILED:\n${report.failures.map((f) => `  ${f}`).join('\n')}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { requests: { type: 'string', default: '20000' }, 'in-flight': { type: 'string', default: '32' }, rounds: { type: 'string', default: '1' } } })
  const report = await runLoadTest({ requests: Number(values.requests), inFlight: Number(values['in-flight']), rounds: Number(values.rounds) })
  process.exitCode = report.failures.length === 0 ? 0 : 1
}
