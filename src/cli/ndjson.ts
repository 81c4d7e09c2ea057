// `wirelint --ndjson`: batch mode for pipelines. Reads one story per line from standard input (a
// JSON string, or an object with a string `text` and an optional `id`) and writes one JSON result
// line per story as it goes, so a stream processor (a Kafka consumer, Spark's or Beam's pipe
// transform, `xargs`-like shells) can run wirelint as a map step. Input is read a chunk at a time
// and a line is linted as soon as it is complete; output waits for standard output to drain, so
// neither side is ever buffered whole. A bad line gets an error result line, never a crash.
import { type Diagnostic, shown } from '../engine/diagnostic.js'
import { InputError, decodeStory } from '../io.js'
import type { FixResult } from '../engine/fix.js'
import type { LintEngine } from './engine.js'
import { exitCodes } from './run.js'

/** One line of input, as split by {@link splitLines}. */
export interface InputLine {
  /** 1-based line number in the input. */
  readonly line: number
  /** The line's bytes without its line break (and without a CR before it); absent when too long. */
  readonly bytes?: Buffer
  /** Set when the line was longer than the limit: its length in bytes (it was not kept). */
  readonly tooLong?: number
}

/**
 * Splits a byte stream into lines (LF or CRLF) as chunks arrive, keeping at most `maxBytes` of one
 * line: a longer line is skipped, not buffered, and reported with its length. A last line without
 * a line break still counts.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = []
  let size = 0
  let line = 1
  const take = (): InputLine => {
    const at = line++
    if (size > maxBytes) {
      const tooLong = size
      parts = []
      size = 0
      return { line: at, tooLong }
    }
    let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size)
    parts = []
    size = 0
    if (bytes.at(-1) === 0x0d) bytes = bytes.subarray(0, -1)
    return { line: at, bytes }
  }
  const keep = (piece: Buffer) => {
    size += piece.length
    if (size <= maxBytes) parts.push(piece)
    else parts = []
  }
  for await (const chunk of chunks) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    let start = 0
    for (let end = buffer.indexOf(0x0a, start); end >= 0; end = buffer.indexOf(0x0a, start)) {
      keep(buffer.subarray(start, end))
      yield take()
      start = end + 1
    }
    if (start < buffer.length) keep(buffer.subarray(start))
  }
  if (size > 0) yield take()
}

/** A story read from one input line. */
export interface LineStory {
  readonly id: string | number
  readonly text: string
}

/** Why a line is not a story: its message, and the `id` when the line had a valid one. */
export class LineError extends Error {
  readonly id: string | number | undefined
  constructor(message: string, id?: string | number) {
    super(message)
    this.name = 'LineError'
    this.id = id
  }
}

const describeType = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)

/**
 * Parses one input line: a JSON string (id = the line number) or an object with a string `text`
 * and an optional string or number `id` (other keys are ignored). Throws {@link LineError}.
 */
export function parseLine(input: InputLine, encoding?: string): LineStory {
  if (input.bytes === undefined) throw new LineError(`Line too long (${input.tooLong ?? 0} bytes), the limit is set by --max-file-size`)
  let source: string
  try {
    source = decodeStory(input.line === 1 && input.bytes[0] === 0xef && input.bytes[1] === 0xbb && input.bytes[2] === 0xbf ? input.bytes.subarray(3) : input.bytes, `line ${input.line}`, encoding)
  } catch (error) {
    if (error instanceof InputError) throw new LineError(error.message.slice(error.filePath.length + 2))
    throw error
  }
  let value: unknown
  try {
    value = JSON.parse(source)
  } catch (error) {
    throw new LineError(`Unexpected JSON syntax, ${(error as Error).message}`)
  }
  if (typeof value === 'string') return { id: input.line, text: value }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LineError(`Unexpected JSON ${describeType(value)}, expected a string or an object with a string \`text\``)
  }
  const record = value as Record<string, unknown>
  let id: string | number = input.line
  if ('id' in record) {
    if (typeof record.id !== 'string' && typeof record.id !== 'number') throw new LineError(`Unexpected \`id\` of type ${describeType(record.id)}, expected a string or a number`)
    id = record.id
  }
  if (!('text' in record)) throw new LineError('Missing `text`, expected an object with a string `text`', id)
  if (typeof record.text !== 'string') throw new LineError(`Unexpected \`text\` of type ${describeType(record.text)}, expected a string`, id)
  return { id, text: record.text }
}

/** The result line of a story that was linted. */
export interface StoryResultLine {
  readonly id: string | number
  readonly line: number
  /** No error-severity diagnostic. */
  readonly publishable: boolean
  readonly errors: number
  readonly warnings: number
  readonly infos: number
  /** With --fix: the fixed story, and the number of fixes applied. */
  readonly output?: string
  readonly fixed?: number
  readonly diagnostics: readonly Diagnostic[]
}

/** The result line of a line that could not be linted. */
export interface ErrorResultLine {
  readonly id: string | number
  readonly line: number
  readonly publishable: false
  readonly error: string
}

/** What a story line turned into: diagnostics, or with --fix also the fix. */
export interface Linted {
  readonly diagnostics: readonly Diagnostic[]
  readonly fix?: FixResult
}

/**
 * The result line of a linted story: every diagnostic (as `--format json`), counted like the exit
 * status and the service's `publishable`, without those folded into another finding (`subsumedBy`).
 */
export function storyResult(story: LineStory, line: number, linted: Linted): StoryResultLine {
  const counted = shown(linted.diagnostics)
  const count = (severity: Diagnostic['severity']) => counted.filter((d) => d.severity === severity).length
  const errors = count('error')
  return {
    id: story.id,
    line,
    publishable: errors === 0,
    errors,
    warnings: count('warning'),
    infos: count('info'),
    ...(linted.fix ? { output: linted.fix.output, fixed: linted.fix.applied.length } : {}),
    diagnostics: linted.diagnostics,
  }
}

/** Totals of a run, for the exit status. */
export interface NdjsonTotals {
  stories: number
  /** Lines that could not be linted (malformed, too long, a rule crash). */
  failed: number
  /** Stories with at least one error. */
  withErrors: number
  warnings: number
}

/** What {@link runNdjson} needs: the input, a drain-aware writer, and how to lint one story. */
export interface NdjsonOptions {
  readonly input: AsyncIterable<Uint8Array>
  /** Writes one chunk of output; resolves when more may be written (backpressure). */
  readonly write: (text: string) => Promise<void>
  /** Lints (or fixes) one story; a thrown error becomes the line's error result. */
  readonly lint: (text: string) => Linted | Promise<Linted>
  /** Longest line in bytes. */
  readonly maxLineBytes: number
  readonly encoding?: string | undefined
  /** Stories linted at once (default 1: each is answered before the next line is read). */
  readonly concurrency?: number
}

/**
 * Reads stories line by line and writes a result line for each, in input order; blank lines are
 * skipped. With `concurrency` n > 1 (worker threads), up to n stories are linted at once and the
 * next line is read only when there is room, so input is still read no faster than it is answered.
 */
export async function runNdjson(options: NdjsonOptions): Promise<NdjsonTotals> {
  const totals: NdjsonTotals = { stories: 0, failed: 0, withErrors: 0, warnings: 0 }
  const resultOf = async (input: InputLine): Promise<StoryResultLine | ErrorResultLine> => {
    try {
      const story = parseLine(input, options.encoding)
      try {
        return storyResult(story, input.line, await options.lint(story.text))
      } catch (error) {
        throw new LineError(error instanceof Error ? error.message : String(error), story.id)
      }
    } catch (error) {
      if (!(error instanceof LineError)) throw error
      return { id: error.id ?? input.line, line: input.line, publishable: false, error: error.message }
    }
  }
  const pending: Promise<StoryResultLine | ErrorResultLine>[] = []
  const flush = async (): Promise<void> => {
    const result = await (pending.shift() as Promise<StoryResultLine | ErrorResultLine>)
    if ('error' in result) totals.failed++
    else {
      totals.stories++
      if (result.errors > 0) totals.withErrors++
      totals.warnings += result.warnings
    }
    await options.write(`${JSON.stringify(result)}\n`)
  }
  for await (const input of splitLines(options.input, options.maxLineBytes)) {
    if (input.bytes !== undefined && isBlank(input.bytes)) continue
    const result = resultOf(input)
    result.catch(() => undefined) // a rejection surfaces at its turn, in flush
    pending.push(result)
    if (pending.length >= Math.max(1, options.concurrency ?? 1)) await flush()
  }
  while (pending.length > 0) await flush()
  return totals
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false
  return true
}

/**
 * A writer for a node stream that waits for `drain` when the stream is full; once the stream has
 * failed (a closed pipe: EPIPE), every write rejects with that error.
 */
export function drainingWriter(stream: NodeJS.WritableStream): (text: string) => Promise<void> {
  let failure: Error | undefined
  stream.on('error', (error: Error) => {
    failure = error
  })
  return (text) => {
    if (failure) return Promise.reject(failure)
    if (stream.write(text)) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const done = (error?: Error) => {
        stream.off('drain', done)
        stream.off('error', done)
        if (error) reject(error)
        else resolve()
      }
      stream.on('drain', done)
      stream.on('error', done)
    })
  }
}

/** The CLI side of `--ndjson`: what it needs of the options and the process. */
export interface NdjsonCliContext {
  readonly input: AsyncIterable<Uint8Array>
  readonly write: (text: string) => Promise<void>
  readonly stderr: (text: string) => void
  /** Lints the stories (in this thread, or on worker threads with `--threads n`). */
  readonly engine: LintEngine
  /** Standard input's path (`--stdin-filename`), for configuration and overrides. */
  readonly filePath: string
  readonly fix: boolean
  readonly quiet: boolean
  readonly maxWarnings: number
  readonly maxLineBytes: number
  readonly encoding: string | undefined
}

/**
 * Runs `--ndjson` and returns the exit status: 2 when any line could not be linted (malformed,
 * too long, a rule crash) or output failed, else 1 when any story has an error or the warnings pass
 * --max-warnings, else 0.
 */
export async function ndjsonCli(context: NdjsonCliContext): Promise<number> {
  const { engine, filePath } = context
  let totals: NdjsonTotals
  try {
    totals = await runNdjson({
      input: context.input,
      write: context.write,
      maxLineBytes: context.maxLineBytes,
      encoding: context.encoding,
      concurrency: engine.concurrency,
      async lint(text) {
        const outcome = await engine.lint(text, { filePath }, context.fix, undefined)
        if ('crash' in outcome) throw new Error(outcome.crash)
        const diagnostics = context.quiet ? outcome.diagnostics.filter((d) => d.severity === 'error') : outcome.diagnostics
        return outcome.fix ? { diagnostics, fix: outcome.fix } : { diagnostics }
      },
    })
  } catch (error) {
    // Standard input or output failed (EPIPE: the reader went away): nothing more can be reported there.
    context.stderr(`wirelint: --ndjson: Stopped, ${error instanceof Error ? error.message : String(error)}\n`)
    return exitCodes.failure
  }
  if (totals.failed > 0) {
    context.stderr(`wirelint: --ndjson: ${totals.failed} ${totals.failed === 1 ? 'line' : 'lines'} could not be linted, see their "error" result lines\n`)
    return exitCodes.failure
  }
  if (totals.withErrors > 0) return exitCodes.problems
  if (context.maxWarnings >= 0 && totals.warnings > context.maxWarnings) {
    context.stderr(`wirelint: ${totals.warnings} warnings, more than --max-warnings ${context.maxWarnings}\n`)
    return exitCodes.problems
  }
  return exitCodes.ok
}
