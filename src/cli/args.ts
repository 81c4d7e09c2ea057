import { parseArgs, type ParseArgsConfig } from 'node:util'
import { inputFormats, type InputFormat } from '../formats/input/types.js'
import { isInputFormat } from '../formats/input/sniff.js'
import { didYouMean } from '../suggest.js'

/** A bad command line: printed with a hint, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** Parsed command-line options. */
export interface CliOptions {
  files: string[]
  format: string
  config: string | undefined
  rules: Record<string, 'off' | 'info' | 'warning' | 'error'>
  maxWarnings: number
  quiet: boolean
  fix: boolean
  fixDryRun: boolean
  listRules: boolean
  /** `--explain <rule>`: print that rule's documentation. */
  explain: string | undefined
  version: boolean
  help: boolean
  stdinFilename: string | undefined
  ignorePath: string | undefined
  ignore: boolean
  maxFileSize: number | undefined
  encoding: string | undefined
  color: boolean | undefined
  /** `--input-format`: how files are read (default `auto`). */
  inputFormat: InputFormat | 'auto'
  /** `--ndjson`: one story per line of standard input, one result line per story. */
  ndjson: boolean
  /** `--cache`: skip files unchanged since the last run (./cache.ts). */
  cache: boolean
  /** `--cache-location`: the cache file, or a folder for `.wirelintcache`. */
  cacheLocation: string | undefined
  /** `--threads`: worker threads for many files, or `auto`. */
  threads: number | 'auto'
}

/** The `--help` text. */
export const helpText = `Usage: wirelint [options] [files|dirs|globs|-]
       wirelint serve [--port 8080] [--host 127.0.0.1]   (see wirelint serve --help)

Check news wire copy before it is published. Directories are walked for .txt, .md,
.html, .xml and .json files; \`-\` or piped standard input reads a story from stdin.
Markdown, HTML (the article body), NITF, NewsML-G2 and ninjs are read as such: only
the story text is checked, and positions point into the original file.

Options:
  -f, --format <name>       Output format: stylish (default), json, sarif, github,
                            checkstyle, html
  -c, --config <file>       Use this config file (.json, .yaml, or .js/.mjs, which runs code)
  -r, --rule <id:severity>  Set a rule's severity (off, info, warning or warn, error); repeatable
      --max-warnings <n>    Exit 1 when there are more than n warnings (default: -1, no limit)
  -q, --quiet               Report errors only
      --fix                 Apply safe fixes to the files in place (atomically), say how many,
                            then report the rest; with standard input, print the fixed text
      --fix-dry-run         Print the safe fixes as a unified diff; change nothing (not with
                            --fix or --format)
      --input-format <name> Read files as auto (default: by extension, then by content),
                            text, markdown, html, nitf, newsml or ninjs
      --stdin-filename <p>  Path to use for standard input (config, overrides, format)
      --ignore-path <file>  Ignore file to use instead of ./.wirelintignore
      --no-ignore           Lint files even when .wirelintignore matches them
      --max-file-size <b>   Largest file to lint in bytes (default: 10485760)
      --encoding <name>     Decode input as latin1, windows-1252, ... (default: utf-8)
      --color, --no-color   Force or disable colours
      --ndjson              Batch mode for pipelines: read one story per line of standard
                            input (a JSON string, or {"id": ..., "text": ...}) and write one
                            JSON result line per story as it goes (see README)
      --cache               Only lint files changed since the last --cache run (content,
                            configuration or wirelint changed); safe to delete
      --cache-location <p>  Cache file, or a folder for it (default: ./.wirelintcache)
      --threads <n|auto>    Lint files on n worker threads (1: in this process; default:
                            auto, one per core from 16 files on); output order is the same;
                            with --ndjson, n stories at once (auto: one, in this process)
      --list-rules          List the rules with category, severity and description
      --explain <rule>      Print a rule's documentation
  -v, --version             Print the version
  -h, --help                Print this help

Exit status: 0 no errors (and warnings within --max-warnings), 1 errors or too many
warnings, 2 usage error, bad config, unreadable, non-text or malformed input, or a crash.
With --ndjson: 2 when any line could not be linted, else 1 when any story has an error.
`

const severities = new Set(['off', 'info', 'warning', 'warn', 'error'])

const options = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', short: 'r', multiple: true, default: [] as string[] },
  'max-warnings': { type: 'string', default: '-1' },
  quiet: { type: 'boolean', short: 'q', default: false },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  'list-rules': { type: 'boolean', default: false },
  explain: { type: 'string' },
  version: { type: 'boolean', short: 'v', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  'stdin-filename': { type: 'string' },
  'input-format': { type: 'string', default: 'auto' },
  'ignore-path': { type: 'string' },
  ignore: { type: 'boolean', default: true },
  'max-file-size': { type: 'string' },
  encoding: { type: 'string' },
  color: { type: 'boolean' },
  ndjson: { type: 'boolean', default: false },
  cache: { type: 'boolean', default: false },
  'cache-location': { type: 'string' },
  threads: { type: 'string', default: 'auto' },
} as const satisfies ParseArgsConfig['options']

/**
 * Joins a string option and a negative number after it (`--max-warnings -1`), which node's
 * parseArgs would otherwise refuse as ambiguous, into `--max-warnings=-1`.
 */
function joinNegativeValues(argv: readonly string[], names: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const next = argv[i + 1]
    if (names.includes(arg) && next !== undefined && /^-\d+$/u.test(next)) {
      out.push(`${arg}=${next}`)
      i++
    } else out.push(arg)
    if (arg === '--') {
      out.push(...argv.slice(i + 1))
      break
    }
  }
  return out
}

/** parseArgs' first error line, with a "did you mean" for an unknown option. */
function argumentError(error: unknown, known: readonly string[]): UsageError {
  const message = (error as Error).message.split('\n')[0] ?? 'Invalid arguments'
  const unknown = /^Unknown option '(--?[^'=]+)'/u.exec(message)?.[1]
  if (unknown !== undefined) {
    const near = unknown.startsWith('--') ? didYouMean(unknown.slice(2), known) : undefined
    return new UsageError(`Unknown option \`${unknown}\`${near ? `, did you mean \`--${near}\`?` : ''}`)
  }
  return new UsageError(message)
}

/** Parses argv (without node and the script) into {@link CliOptions}; throws {@link UsageError}. */
export function parseCli(argv: readonly string[]): CliOptions {
  const known = Object.entries(options).flatMap(([name, o]) => (o.type === 'boolean' ? [name, `no-${name}`] : [name]))
  let parsed
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv, ['--max-warnings']),
      allowPositionals: true,
      allowNegative: true,
      strict: true,
      options,
    })
  } catch (error) {
    throw argumentError(error, known)
  }
  const { values, positionals } = parsed
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together: --fix writes the fixes, --fix-dry-run only prints them')
  if (values['fix-dry-run'] && values.format !== undefined && values.format !== 'stylish') {
    throw new UsageError(`--fix-dry-run prints a unified diff and cannot use --format ${values.format}`)
  }
  if (values.ndjson) checkNdjson(values, positionals)
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location needs --cache')
  const maxWarnings = Number(values['max-warnings'])
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
    throw new UsageError(`--max-warnings: Unexpected value \`${values['max-warnings']}\`, expected an integer >= -1`)
  }
  let maxFileSize: number | undefined
  if (values['max-file-size'] !== undefined) {
    maxFileSize = Number(values['max-file-size'])
    if (!Number.isInteger(maxFileSize) || maxFileSize < 0) {
      throw new UsageError(`--max-file-size: Unexpected value \`${values['max-file-size']}\`, expected a number of bytes`)
    }
  }
  const inputFormat = values['input-format']
  if (!isInputFormat(inputFormat)) {
    const near = didYouMean(inputFormat, ['auto', ...inputFormats])
    throw new UsageError(`--input-format: Unexpected value \`${inputFormat}\`, ${near ? `did you mean \`${near}\`?` : `expected auto, ${inputFormats.join(', ')}`}`)
  }
  const threads = values.threads === 'auto' ? 'auto' : Number(values.threads)
  if (threads !== 'auto' && (!Number.isInteger(threads) || threads < 1 || threads > 64)) {
    throw new UsageError(`--threads: Unexpected value \`${values.threads}\`, expected \`auto\` or an integer from 1 to 64`)
  }
  const rules: CliOptions['rules'] = {}
  for (const flag of values.rule) {
    const at = flag.lastIndexOf(':')
    const id = flag.slice(0, at).trim()
    const severity = flag.slice(at + 1).trim()
    if (at <= 0 || !severities.has(severity)) {
      throw new UsageError(`--rule: Unexpected value \`${flag}\`, expected \`<rule-id>:<off|info|warning|error>\``)
    }
    rules[id] = (severity === 'warn' ? 'warning' : severity) as CliOptions['rules'][string]
  }
  return {
    files: positionals,
    format: values.format ?? 'stylish',
    config: values.config,
    rules,
    maxWarnings,
    quiet: values.quiet,
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    listRules: values['list-rules'],
    explain: values.explain,
    version: values.version,
    help: values.help,
    stdinFilename: values['stdin-filename'],
    ignorePath: values['ignore-path'],
    ignore: values.ignore,
    maxFileSize,
    encoding: values.encoding,
    color: values.color,
    inputFormat,
    ndjson: values.ndjson,
    cache: values.cache,
    cacheLocation: values['cache-location'],
    threads,
  }
}

/** `--ndjson` reads standard input and writes its own result lines: no files, format or diff. */
function checkNdjson(values: { format?: string | undefined; 'fix-dry-run': boolean }, positionals: readonly string[]): void {
  if (positionals.some((p) => p !== '-')) throw new UsageError('--ndjson reads stories from standard input, one per line, and cannot also lint files')
  if (values.format !== undefined) throw new UsageError(`--ndjson writes JSON result lines and cannot use --format ${values.format}`)
  if (values['fix-dry-run']) throw new UsageError('--ndjson cannot be used with --fix-dry-run; with --fix, each result line carries the fixed story in "output"')
}

/** Options of `wirelint serve`. */
export interface ServeCliOptions {
  port: number
  host: string
  config: string | undefined
  maxBodySize: number
  timeout: number
  concurrency: number
  maxQueue: number
  requestTimeout: number
  help: boolean
}

/** The `wirelint serve --help` text. */
export const serveHelpText = `Usage: wirelint serve [options]

An HTTP service for CMS pre-publish hooks and editors:
  POST /lint    a story as text/plain, text/markdown, text/html or
                application/xml (NITF, NewsML-G2), or JSON {"text": ...,
                "config"?: {...}, "format"?: "text"|"markdown"|"html"|"nitf"|
                "newsml"|"ninjs"|"auto"}; ?format= names a raw body's format
                -> {"publishable": boolean, "diagnostics": [...]}
  POST /fix     same body -> {"output": fixed text, "applied": [...]}
  GET  /health  -> {"status": "ok", "version": ...}
  GET  /        a page to paste a story into and see it highlighted

Options:
  -p, --port <n>            Port to listen on (default: 8080; 0 picks a free one)
      --host <address>      Address to bind (default: 127.0.0.1, loopback only; the
                            service has no authentication)
  -c, --config <file>       Configuration for requests that bring none
      --max-body-size <b>   Largest request body in bytes (default: 1048576)
      --timeout <ms>        Time limit for checking one story (default: 10000)
      --concurrency <n>     Stories checked at once, one worker each (default: 2)
      --max-queue <n>       Stories that may wait for a worker (default: 16); past
                            --concurrency plus this, 503 with Retry-After
      --request-timeout <ms>
                            Time a client has to send a whole request (default:
                            30000; its headers within 10000); past it, 408
  -h, --help                Print this help
`

function positiveInteger(flag: string, value: string, min: number, max: number): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag}: Unexpected value \`${value}\`, expected an integer from ${min} to ${max}`)
  return n
}

/** Parses the arguments after `serve` into {@link ServeCliOptions}; throws {@link UsageError}. */
export function parseServeCli(argv: readonly string[]): ServeCliOptions {
  let values
  try {
    values = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        port: { type: 'string', short: 'p', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        config: { type: 'string', short: 'c' },
        'max-body-size': { type: 'string', default: String(1024 * 1024) },
        timeout: { type: 'string', default: '10000' },
        concurrency: { type: 'string', default: '2' },
        'max-queue': { type: 'string', default: '16' },
        'request-timeout': { type: 'string', default: '30000' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values
  } catch (error) {
    throw new UsageError(`serve: ${argumentError(error, ['port', 'host', 'config', 'max-body-size', 'timeout', 'concurrency', 'max-queue', 'request-timeout', 'help']).message}`)
  }
  return {
    port: positiveInteger('--port', values.port, 0, 65535),
    host: values.host,
    config: values.config,
    maxBodySize: positiveInteger('--max-body-size', values['max-body-size'], 1, 1024 * 1024 * 1024),
    timeout: positiveInteger('--timeout', values.timeout, 1, 3_600_000),
    concurrency: positiveInteger('--concurrency', values.concurrency, 1, 64),
    maxQueue: positiveInteger('--max-queue', values['max-queue'], 0, 10_000),
    requestTimeout: positiveInteger('--request-timeout', values['request-timeout'], 1, 3_600_000),
    help: values.help,
  }
}
