import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'
import { describe, expect, test } from 'vitest'
import { drainingWriter, type InputLine, parseLine, runNdjson, splitLines, storyResult } from '../../src/cli/ndjson.js'
import type { Diagnostic } from '../../src/engine/diagnostic.js'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin', 'wirelint.js')

async function* chunks(...parts: (string | Buffer)[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? Buffer.from(part) : part
}

async function lines(input: AsyncIterable<Uint8Array>, max = 100): Promise<{ line: number; text?: string; tooLong?: number | undefined }[]> {
  const out = []
  for await (const l of splitLines(input, max)) out.push(l.bytes === undefined ? { line: l.line, tooLong: l.tooLong } : { line: l.line, text: l.bytes.toString() })
  return out
}

const line = (text: string | Buffer, n = 1): InputLine => ({ line: n, bytes: Buffer.isBuffer(text) ? text : Buffer.from(text) })

describe('splitLines', () => {
  test('joins lines cut across chunks, drops LF and CRLF, keeps a last line without a break', async () => {
    expect(await lines(chunks('"one"\n"tw', 'o"\r\n\n"thr', 'ee"'))).toEqual([
      { line: 1, text: '"one"' },
      { line: 2, text: '"two"' },
      { line: 3, text: '' },
      { line: 4, text: '"three"' },
    ])
  })

  test('a line over the limit is skipped with its length, not kept, and the next line is read', async () => {
    expect(await lines(chunks('"ok"\n', 'x'.repeat(8), 'y'.repeat(8), '\n"after"\n'), 10)).toEqual([
      { line: 1, text: '"ok"' },
      { line: 2, tooLong: 16 },
      { line: 3, text: '"after"' },
    ])
  })

  test('no input gives no line', async () => {
    expect(await lines(chunks())).toEqual([])
  })
})

describe('parseLine', () => {
  test('a JSON string is a story whose id is its line number', () => {
    expect(parseLine(line('"Some text."', 7))).toEqual({ id: 7, text: 'Some text.' })
  })

  test('an object gives its text and its string or number id; other keys are ignored', () => {
    expect(parseLine(line('{"id":"k-1","text":"A.","topic":"x"}'))).toEqual({ id: 'k-1', text: 'A.' })
    expect(parseLine(line('{"id":42,"text":"A."}', 3))).toEqual({ id: 42, text: 'A.' })
    expect(parseLine(line('{"text":"A."}', 3))).toEqual({ id: 3, text: 'A.' })
  })

  test('a UTF-8 byte order mark on the first line is skipped', () => {
    expect(parseLine(line(Buffer.from('\ufeff"A."')))).toEqual({ id: 1, text: 'A.' })
  })

  test.each([
    ['not json', /^Unexpected JSON syntax, /u],
    ['[1,2]', /^Unexpected JSON array, expected a string or an object with a string `text`$/u],
    ['12', /^Unexpected JSON number, expected/u],
    ['null', /^Unexpected JSON null, expected/u],
    ['{"id":true,"text":"A."}', /^Unexpected `id` of type boolean, expected a string or a number$/u],
    ['{"id":"k","body":"A."}', /^Missing `text`, expected an object with a string `text`$/u],
    ['{"text":["A."]}', /^Unexpected `text` of type array, expected a string$/u],
  ])('%s is an error naming the cause', (input, message) => {
    expect(() => parseLine(line(input))).toThrow(message)
  })

  test('invalid UTF-8 and an over-long line are errors, with the id when the object had one', () => {
    expect(() => parseLine(line(Buffer.from([0x22, 0xff, 0x22])))).toThrow(/^Unexpected invalid UTF-8 at byte 1/u)
    expect(() => parseLine({ line: 2, tooLong: 20 })).toThrow('Line too long (20 bytes)')
    let thrown: unknown
    try {
      parseLine(line('{"id":"k","text":1}'))
    } catch (error) {
      thrown = error
    }
    expect(thrown).toMatchObject({ name: 'LineError', id: 'k' })
  })
})

describe('runNdjson', () => {
  test('writes the result of a line before the next chunk of input is read', async () => {
    const events: string[] = []
    async function* input(): AsyncGenerator<Uint8Array> {
      events.push('read 1')
      yield Buffer.from('"first"\n')
      events.push('read 2')
      yield Buffer.from('"second"\n')
    }
    await runNdjson({
      input: input(),
      maxLineBytes: 1000,
      lint: () => ({ diagnostics: [] }),
      write: async (text) => {
        events.push(`write ${(JSON.parse(text) as { line: number }).line}`)
      },
    })
    expect(events).toEqual(['read 1', 'write 1', 'read 2', 'write 2'])
  })

  test('a story whose linting throws gets an error line with its id, and the run goes on', async () => {
    const out: unknown[] = []
    const totals = await runNdjson({
      input: chunks('{"id":"a","text":"boom"}\n"fine"\n   \n'),
      maxLineBytes: 1000,
      lint: (text) => {
        if (text === 'boom') throw new Error('rule x crashed')
        return { diagnostics: [] }
      },
      write: async (text) => {
        out.push(JSON.parse(text))
      },
    })
    expect(out).toEqual([
      { id: 'a', line: 1, publishable: false, error: 'rule x crashed' },
      { id: 2, line: 2, publishable: true, errors: 0, warnings: 0, infos: 0, diagnostics: [] },
    ])
    expect(totals).toEqual({ stories: 1, failed: 1, withErrors: 0, warnings: 0 })
  })
})

test('storyResult keeps every diagnostic but counts only those shown (not subsumed), like the exit status', () => {
  const base = { ruleId: 'r', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2, offset: 0, endOffset: 1, actual: 'x', expected: [], url: '', source: 'wirelint', messageId: 'm', note: '' }
  const diagnostics: Diagnostic[] = [
    { ...base, severity: 'warning' },
    { ...base, severity: 'error', subsumedBy: { ruleId: 'feed-boilerplate', line: 1, column: 1, offset: 0, endOffset: 5 } },
  ]
  const result = storyResult({ id: 'k', text: 'x' }, 3, { diagnostics })
  expect(result).toMatchObject({ id: 'k', line: 3, publishable: true, errors: 0, warnings: 1, infos: 0 })
  expect(result.diagnostics).toHaveLength(2)
})

describe('drainingWriter', () => {
  test('waits for drain when the stream is full, and rejects once the stream has failed', async () => {
    let release: (() => void) | undefined
    const stream = new Writable({
      highWaterMark: 4,
      write(_chunk, _encoding, callback) {
        release = callback
      },
    })
    const write = drainingWriter(stream)
    let resolved = false
    const pending = write('0123456789').then(() => {
      resolved = true
    })
    await new Promise((r) => setImmediate(r))
    expect(resolved).toBe(false)
    release?.()
    await pending
    expect(resolved).toBe(true)
    stream.destroy(new Error('EPIPE'))
    await new Promise((r) => setImmediate(r))
    await expect(write('more')).rejects.toThrow('EPIPE')
  })
})

function run(args: string[], input: string, cwd = desk()) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, results: result.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) }
}

/** A folder whose config turns on repeated-words (warning) and number-grouping (error) only. */
function desk(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-ndjson-'))
  writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify({ preset: 'none', rules: { 'repeated-words': 'warning', 'number-grouping': 'error' } }))
  return dir
}

const doubled = 'Officials said the the talks would resume.'
const grouped = 'Some 4,70,000 people left the city.'

describe('wirelint --ndjson', () => {
  test('one result line per story, in order, with id, counts and diagnostics in the Diagnostic shape', () => {
    const { code, results } = run(['--ndjson'], `${JSON.stringify({ id: 'w', text: doubled })}\n${JSON.stringify(grouped)}\n`)
    expect(code).toBe(1)
    expect(results).toHaveLength(2)
    expect(results[0]).toMatchObject({ id: 'w', line: 1, publishable: true, errors: 0, warnings: 1, infos: 0 })
    expect(results[0]?.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'repeated-words', severity: 'warning', line: 1, column: 16, offset: 15, endOffset: 22, actual: 'the the', expected: ['the'], messageId: 'repeated' }),
    ])
    expect(results[1]).toMatchObject({ id: 2, line: 2, publishable: false, errors: 1, warnings: 0 })
    expect(results[1]?.diagnostics).toEqual([expect.objectContaining({ ruleId: 'number-grouping', actual: '4,70,000', expected: ['470,000'] })])
  })

  test('exit 0 when no story has an error; 1 past --max-warnings', () => {
    expect(run(['--ndjson'], `${JSON.stringify(doubled)}\n`).code).toBe(0)
    const over = run(['--ndjson', '--max-warnings', '0'], `${JSON.stringify(doubled)}\n`)
    expect(over.code).toBe(1)
    expect(over.stderr).toContain('1 warnings, more than --max-warnings 0')
  })

  test('a malformed line gets an error result line with its number, the others are linted, exit 2', () => {
    const { code, results, stderr } = run(['--ndjson'], `{"id":1,"text":\n${JSON.stringify(grouped)}\n`)
    expect(code).toBe(2)
    expect(results[0]).toMatchObject({ line: 1, id: 1, publishable: false, error: expect.stringMatching(/^Unexpected JSON syntax/u) })
    expect(results[1]).toMatchObject({ line: 2, errors: 1 })
    expect(stderr).toContain('1 line could not be linted')
  })

  test('--fix puts the fixed story in "output" and reports what remains in it', () => {
    const { results } = run(['--ndjson', '--fix'], `${JSON.stringify(`${grouped} They said the the same.`)}\n`)
    expect(results[0]).toMatchObject({ output: 'Some 470,000 people left the city. They said the same.', fixed: 2, errors: 0, diagnostics: [] })
  })

  test('--quiet keeps errors only', () => {
    const { results } = run(['--ndjson', '--quiet'], `${JSON.stringify(`${grouped} ${doubled}`)}\n`)
    expect(results[0]).toMatchObject({ errors: 1, warnings: 0 })
    expect((results[0]?.diagnostics as unknown[]).length).toBe(1)
  })

  test('files, --format and --fix-dry-run are usage errors', () => {
    expect(run(['--ndjson', 'a.txt'], '')).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot also lint files') })
    expect(run(['--ndjson', '--format', 'json'], '')).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot use --format json') })
    expect(run(['--ndjson', '--fix-dry-run'], '')).toMatchObject({ code: 2 })
  })

  test('--threads n lints n stories at once and writes exactly what one thread writes, in input order', () => {
    const input = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `s${i}`, text: i % 3 === 0 ? grouped : i % 3 === 1 ? doubled : 'Clean copy.' })).join('\n')
    const one = run(['--ndjson'], `${input}\nnot json\n`)
    expect(one.results.map((r) => r.id)).toEqual([...Array.from({ length: 12 }, (_, i) => `s${i}`), 13])
    expect(run(['--ndjson', '--threads', '3'], `${input}\nnot json\n`)).toEqual(one)
  }, 120_000)

  test('answers each line while standard input is still open (a long-lived map step)', async () => {
    const child = spawn(process.execPath, [bin, '--ndjson'], { cwd: desk(), stdio: ['pipe', 'pipe', 'inherit'] })
    const results = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
    child.stdin.write(`${JSON.stringify({ id: 'first', text: doubled })}\n`)
    const first = JSON.parse(((await results.next()).value as string)) as { id: string }
    expect(first.id).toBe('first')
    child.stdin.end(`${JSON.stringify({ id: 'second', text: grouped })}\n`)
    const second = JSON.parse(((await results.next()).value as string)) as { id: string; errors: number }
    expect(second).toMatchObject({ id: 'second', errors: 1 })
    const [code] = (await once(child, 'close')) as [number]
    expect(code).toBe(1)
  })
})
