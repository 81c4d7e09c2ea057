import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigError } from '../config/errors.js'
import { shown } from '../engine/diagnostic.js'
import { createLinter } from '../engine/linter.js'
import type { TemplateIndex } from '../engine/template.js'
import { RuleCrashError } from '../engine/run.js'
import { formatterNames, loadFormatter } from '../formatters/load.js'
import type { FileResult, Formatter } from '../formatters/types.js'
import { decodeStory, defaultMaxFileSize, InputError, readStoryFile, type StoryFile } from '../io.js'
import type { Rule } from '../rule/types.js'
// Loaded only on the paths that need them (cold start, issue 14): serve, --list-rules, --fix
// writing and diffs, and each formatter (../formatters/load.js).
import { builtInRules as registry } from '../config/presets.js'
import { type CliOptions, helpText, parseCli, UsageError } from './args.js'
import { expandInputs, loadIgnore } from './files.js'
import { linterResolver } from './linters.js'
import { cacheLocation, openCache } from './cache.js'
import { createEngine, type LintEngine, type LintOutcome, ordered, threadsFor } from './engine.js'
import { createProgress, type Progress, shouldShowProgress } from './progress.js'
import { didYouMean } from '../suggest.js'
import { packageRoot } from '../version.js'

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  readonly cwd: string
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Reads all of standard input, or undefined when stdin is a terminal. */
  readonly readStdin: () => Promise<Uint8Array | undefined>
  readonly stdoutIsTTY: boolean
  /** Whether stderr is a terminal (a progress bar may be drawn there). */
  readonly stderrIsTTY?: boolean
  /** Width of the stderr terminal. */
  readonly stderrColumns?: number | undefined
  readonly version: string
  /** Standard input as a stream of chunks (for --ndjson); default: {@link CliIo.readStdin} at once. */
  readonly stdinStream?: () => AsyncIterable<Uint8Array>
  /** Writes to standard output and resolves once it may take more (for --ndjson); default: stdout. */
  readonly writeStdout?: (text: string) => Promise<void>
}

/** Exit statuses: a public contract. */
export const exitCodes = { ok: 0, problems: 1, failure: 2 } as const

/** Runs the CLI and resolves to its exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'serve') return (await import('./serve.js')).runServe(argv.slice(1), io)
  const command = argv[0]
  // A near miss of `serve` that names no file is a mistyped command, not a file to lint.
  if (command !== undefined && /^[a-z]+$/u.test(command) && didYouMean(command, ['serve']) && !existsSync(path.resolve(io.cwd, command))) {
    return usage(io, new UsageError(`Unknown command \`${command}\`, did you mean \`wirelint serve\`?`))
  }
  let options: CliOptions
  try {
    options = parseCli(argv)
  } catch (error) {
    return usage(io, error)
  }
  if (options.help) {
    io.stdout(helpText)
    return exitCodes.ok
  }
  if (options.version) {
    io.stdout(`${io.version}\n`)
    return exitCodes.ok
  }
  if (options.listRules) {
    io.stdout((await import('../catalogue.js')).listRules(registry))
    return exitCodes.ok
  }
  if (options.explain !== undefined) return explain(options.explain, io)
  const formatter = await loadFormatter(options.format)
  if (!formatter) return usage(io, new UsageError(`--format: Unexpected value \`${options.format}\`, expected ${formatterNames.map((f) => `\`${f}\``).join(', ')}`))

  try {
    return await lintInputs(options, io, registry, formatter)
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error)
    if (error instanceof ConfigError) {
      io.stderr(`wirelint: ${error.message}\n`)
      return exitCodes.failure
    }
    io.stderr(`wirelint: Unexpected crash: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return exitCodes.failure
  }
}

/** `--explain <rule>`: prints the rule's generated documentation (rules/<id>.md in the package). */
function explain(id: string, io: CliIo): number {
  const known = registry.map((r) => r.meta.id)
  if (!known.includes(id)) {
    const near = didYouMean(id, known)
    return usage(io, new UsageError(`--explain: Unknown rule \`${id}\`${near ? `, did you mean \`${near}\`?` : ', see `wirelint --list-rules`'}`))
  }
  const root = packageRoot()
  const file = root && new URL(`rules/${id}.md`, root)
  if (!file || !existsSync(file)) {
    io.stderr(`wirelint: --explain: The documentation of \`${id}\` is missing from this installation\n`)
    return exitCodes.failure
  }
  io.stdout(readFileSync(file, 'utf8').replace(/^<!--[^\n]*-->\n+/u, ''))
  return exitCodes.ok
}

function usage(io: CliIo, error: unknown): number {
  io.stderr(`wirelint: ${error instanceof Error ? error.message : String(error)}\nRun \`wirelint --help\` for usage.\n`)
  return exitCodes.failure
}

async function lintInputs(options: CliOptions, io: CliIo, rules: readonly Rule[], formatter: Formatter): Promise<number> {
  const extra = Object.keys(options.rules).length > 0 ? options.rules : undefined
  // --rule flags are checked before any file is read (an unknown id is a usage error).
  try {
    createLinter({ rules: extra, rulesSource: '--rule', config: { preset: 'none' } })
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message.replace(/^--rule: rules\./u, '--rule: '))
    throw error
  }
  const linterFor = await linterResolver({ cwd: io.cwd, config: options.config, rules: extra }, rules)
  const settings = { cwd: io.cwd, config: options.config, rules: extra }
  if (options.ndjson) {
    // A line's story is plain text unless --input-format names a format: there is no file name to go by.
    const format = options.inputFormat === 'auto' ? 'text' : options.inputFormat
    return ndjsonInputs(options, io, await createEngine({ settings, linterFor, cache: undefined, threads: options.threads === 'auto' ? 0 : threadsFor(options.threads, Infinity), format }))
  }
  let failed = false
  const results: FileResult[] = []
  // diff and write-file-atomic: only with --fix or --fix-dry-run.
  const writer = options.fix || options.fixDryRun ? await import('./write.js') : undefined
  /** Fixes applied per file, in order, for the --fix summary. */
  const fixed: { file: string; count: number }[] = []
  /** With --fix on standard input, the fixed text (printed on stdout instead of the report). */
  let fixedStdin: string | undefined

  const cache = options.cache ? openCache(cacheLocation(io.cwd, options.cacheLocation), io.version) : undefined
  /** With --fix, stories whose fixes are written or printed: the others are only linted. */
  const fixing = (writable: boolean) => options.fixDryRun || (options.fix && writable)

  /** Reports a linted story (with --fix or --fix-dry-run, writes or prints its fixes); a crash marks the run failed. */
  const reportStory = async (outcome: LintOutcome, text: string, name: string, onFixed?: (output: string) => Promise<void>): Promise<void> => {
    if ('crash' in outcome) {
      io.stderr(`wirelint: ${outcome.crash}\n`)
      failed = true
      return
    }
    let { diagnostics } = outcome
    const linted = outcome.fix?.output ?? text
    if (outcome.fix && options.fixDryRun) io.stdout(writer?.fixDiff(name, text, linted) ?? '')
    else if (outcome.fix && onFixed) {
      try {
        if (linted !== text) await onFixed(linted)
      } catch (error) {
        if (!(writer && error instanceof writer.ConcurrentChangeError)) throw error
        io.stderr(`wirelint: ${error.message}\n`)
        failed = true
        return
      }
      fixed.push({ file: name, count: linted === text ? 0 : outcome.fix.applied.length })
    }
    if (options.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error')
    results.push({ file: name, diagnostics, text: linted })
  }

  const useStdin = options.files.length === 0 || options.files.includes('-')
  if (useStdin) {
    if (options.fix && options.files.some((f) => f !== '-')) {
      throw new UsageError('--fix with standard input prints the fixed story on standard output, so it cannot also fix named files')
    }
    const bytes = await io.readStdin()
    if (bytes === undefined && options.files.length === 0) throw new UsageError('No files given and standard input is a terminal')
    const name = options.stdinFilename ?? '-'
    try {
      const onFixed = async (output: string): Promise<void> => {
        fixedStdin = output
      }
      const text = decodeStory(bytes ?? new Uint8Array(), name, options.encoding)
      if (options.fix) fixedStdin = text
      const local = await createEngine({ settings, linterFor, cache: undefined, threads: 0, format: options.inputFormat })
      const story = { name: options.stdinFilename, filePath: options.stdinFilename ?? path.join(io.cwd, 'stdin.txt') }
      await reportStory(await local.lint(text, story, fixing(true), undefined), text, name, onFixed)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      io.stderr(`wirelint: ${error.message}\n`)
      failed = true
    }
  }

  const named = options.files.filter((f) => f !== '-')
  if (named.length > 0) {
    const ignorer = options.ignore ? loadIgnore(io.cwd, options.ignorePath === undefined ? undefined : path.resolve(io.cwd, options.ignorePath)) : undefined
    const { files, ignored, missing } = await expandInputs(named, io.cwd, ignorer)
    for (const reason of missing) io.stderr(`wirelint: ${reason}\n`)
    if (missing.length > 0) failed = true
    for (const file of ignored) io.stderr(`wirelint: ${file}: File ignored by .wirelintignore, use --no-ignore to lint it\n`)
    const readOptions = {
      ...(options.maxFileSize === undefined ? {} : { maxFileSize: options.maxFileSize }),
      ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    }
    // Lines recurring across three or more of the files: page template (issue 11), found by a first pass.
    const { templatePass } = await import('./template-pass.js')
    const template: TemplateIndex | undefined = await templatePass(files.map((file) => path.resolve(io.cwd, file)), readOptions)
    const progress = progressFor(options, io, files.length)
    io = { ...io, stdout: progress.guard(io.stdout), stderr: progress.guard(io.stderr) }
    const threads = threadsFor(options.threads, files.length)
    const engine = await createEngine({ settings, linterFor, cache, threads, format: options.inputFormat, ...(template ? { template } : {}) })
    /** Reads and lints a file (in a worker with --threads); reported in file order below. */
    const lintFile = async (file: string) => {
      const absolute = path.resolve(io.cwd, file)
      let story: StoryFile
      try {
        story = await readStoryFile(absolute, readOptions)
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        return { file, absolute, error: `${file}: ${error.message.slice(error.filePath.length + 2)}` }
      }
      return { file, absolute, story, outcome: await engine.lint(story.text, { name: file, filePath: file }, fixing(story.utf8), absolute) }
    }
    try {
      let done = 0
      for await (const item of ordered(files, engine.concurrency, lintFile)) {
        progress.update(done++)
        if (item.error !== undefined) {
          io.stderr(`wirelint: ${item.error}\n`)
          failed = true
          continue
        }
        const { story, absolute } = item
        if (options.fix && !story.utf8) {
          io.stderr(`wirelint: ${item.file}: Not fixed, only UTF-8 files are fixed in place\n`)
          await reportStory(item.outcome, story.text, item.file)
          continue
        }
        await reportStory(item.outcome, story.text, item.file, (output) => writer?.writeFixed(absolute, story.bytes, output) ?? Promise.resolve())
      }
    } finally {
      await engine.close()
    }
    progress.done()
  }

  const cacheError = await cache?.save()
  if (cacheError !== undefined) io.stderr(`wirelint: ${cacheError}\n`)
  if (options.fixDryRun) return failed ? exitCodes.failure : exitFor(results, options, io)
  const report = formatter(results, { rules, color: options.color ?? (io.stdoutIsTTY && !process.env.NO_COLOR), cwd: io.cwd })
  if (fixedStdin !== undefined) {
    // Standard output carries the fixed story; the report and the summary go to stderr.
    io.stdout(fixedStdin)
    io.stderr(report)
    io.stderr(fixSummary(fixed, results))
  } else {
    io.stdout(report)
    if (options.fix) (options.format === 'stylish' ? io.stdout : io.stderr)(fixSummary(fixed, results))
  }
  if (failed) return exitCodes.failure
  return exitFor(results, options, io)
}

/** `--ndjson`: stories from standard input line by line (./ndjson.ts). */
async function ndjsonInputs(options: CliOptions, io: CliIo, engine: LintEngine): Promise<number> {
  const { ndjsonCli } = await import('./ndjson.js')
  const stdin = io.stdinStream?.() ?? (async function* () {
    const bytes = await io.readStdin()
    if (bytes) yield bytes
  })()
  try {
    return await ndjsonCli({
      input: stdin,
      write: io.writeStdout ?? (async (text) => io.stdout(text)),
      stderr: io.stderr,
      engine,
      filePath: options.stdinFilename ?? path.join(io.cwd, 'stdin.txt'),
      fix: options.fix,
      quiet: options.quiet,
      maxWarnings: options.maxWarnings,
      maxLineBytes: options.maxFileSize ?? defaultMaxFileSize,
      encoding: options.encoding,
    })
  } finally {
    await engine.close()
  }
}

/** What --fix did: the fixes applied in each file that changed, then the totals and what remains. */
export function fixSummary(fixed: readonly { file: string; count: number }[], results: readonly FileResult[]): string {
  const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`
  const lines = fixed.filter((f) => f.count > 0).map((f) => `${f.file}: ${plural(f.count, 'fix', 'fixes')} applied`)
  const total = fixed.reduce((n, f) => n + f.count, 0)
  const files = fixed.filter((f) => f.count > 0).length
  const remaining = results.reduce((n, r) => n + shown(r.diagnostics).length, 0)
  const left = remaining === 0 ? 'nothing remains' : `${plural(remaining, 'problem')} ${remaining === 1 ? 'remains' : 'remain'}`
  lines.push(total === 0 ? `No fixes applied; ${left}` : `Fixed ${plural(total, 'problem')} in ${plural(files, 'file')}; ${left}`)
  return `${lines.join('\n')}\n`
}

/** A progress bar on stderr for many files on a terminal (see {@link shouldShowProgress}). */
function progressFor(options: CliOptions, io: CliIo, total: number): Progress {
  const enabled = shouldShowProgress({ files: total, stderrIsTTY: io.stderrIsTTY === true, format: options.format, quiet: options.quiet, env: process.env })
  return createProgress({ enabled, total, write: io.stderr, columns: io.stderrColumns })
}

function exitFor(results: readonly FileResult[], options: CliOptions, io: CliIo): number {
  const errors = results.reduce((n, r) => n + shown(r.diagnostics).filter((d) => d.severity === 'error').length, 0)
  const warnings = results.reduce((n, r) => n + shown(r.diagnostics).filter((d) => d.severity === 'warning').length, 0)
  if (errors > 0) return exitCodes.problems
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`wirelint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
    return exitCodes.problems
  }
  return exitCodes.ok
}
