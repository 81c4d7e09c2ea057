/** Formats whose readers are people: only these may get a progress bar (on stderr). */
const humanFormats: ReadonlySet<string> = new Set(['stylish', 'html'])

/** What decides whether a progress bar is shown. */
export interface ProgressContext {
  /** Number of files to lint. */
  readonly files: number
  readonly stderrIsTTY: boolean
  readonly format: string
  readonly quiet: boolean
  /** Environment variables (`TERM=dumb` and `CI` turn the bar off). */
  readonly env: Readonly<Record<string, string | undefined>>
}

/**
 * Whether to draw a progress bar: more than one file, stderr is a terminal, a format for people
 * (never `json`, `sarif`, `github`, `checkstyle`), not `--quiet`, not a dumb terminal or CI log.
 */
export function shouldShowProgress(context: ProgressContext): boolean {
  if (context.files <= 1 || !context.stderrIsTTY || context.quiet) return false
  if (!humanFormats.has(context.format)) return false
  if (context.env.TERM === 'dumb' || (context.env.CI !== undefined && context.env.CI !== '' && context.env.CI !== 'false')) return false
  return true
}

/**
 * One line of progress, at most `width` columns: `wirelint [#####-----] 12/40 files  35.2 files/s`.
 */
export function renderProgress(done: number, total: number, elapsedMs: number, width = 80): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0
  const tail = ` ${done}/${total} files  ${rate.toFixed(1)} files/s`
  const barWidth = Math.max(0, Math.min(30, width - 1 - 'wirelint [] '.length - tail.length))
  const filled = total > 0 ? Math.round((barWidth * Math.min(done, total)) / total) : barWidth
  const bar = barWidth > 0 ? ` [${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]` : ''
  return `wirelint${bar}${tail}`.slice(0, Math.max(0, width - 1))
}

/** Draws and clears the bar; redraws at most every `intervalMs` (and always at the end). */
export interface Progress {
  /** `done` files of the total are finished. */
  update(done: number): void
  /** Clears the bar for good. */
  done(): void
  /** Wraps a writer so that its output first clears the bar (the next update redraws it). */
  guard(write: (text: string) => void): (text: string) => void
}

/** A progress bar drawn with single-line `\r` updates through `write`; a no-op when not `enabled`. */
export function createProgress(options: {
  readonly enabled: boolean
  readonly total: number
  readonly write: (text: string) => void
  readonly columns?: number | undefined
  readonly now?: () => number
  readonly intervalMs?: number
}): Progress {
  if (!options.enabled) return { update: () => undefined, done: () => undefined, guard: (write) => write }
  const now = options.now ?? (() => performance.now())
  const interval = options.intervalMs ?? 100
  // A pseudo-terminal without a size reports 0 columns
  const columns = options.columns !== undefined && options.columns > 0 ? options.columns : 80
  const start = now()
  let last = -Infinity
  let drawn = false
  const clear = () => {
    if (drawn) options.write('\r\u001b[K')
    drawn = false
  }
  return {
    update(done) {
      const t = now()
      if (t - last < interval && done < options.total) return
      last = t
      drawn = true
      options.write(`\r${renderProgress(done, options.total, t - start, columns)}\u001b[K`)
    },
    done: clear,
    guard: (write) => (text) => {
      clear()
      write(text)
    },
  }
}
