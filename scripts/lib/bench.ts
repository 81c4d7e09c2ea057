// Shared by the `npm run bench` sections: medians and percentiles, whole-process wall time, the
// --quick switch, and the issue-14 target table printed at the end. Dev-time only.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { brownStories } from './brown.js'

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url))

/** `npm run bench -- --quick` (or BENCH_QUICK=1): fewer runs and smaller inputs, a minute or two. */
export const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1'

/** The `p`-th percentile (0 to 100) of the values, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
}

/** The median of the values. */
export const median = (values: readonly number[]): number => percentile(values, 50)

/**
 * Median whole-process wall time (ms) of `command ...args` over `runs` runs, after one unmeasured
 * run that warms the file cache; the exit status is not checked, output is discarded.
 */
export function wall(command: string, args: readonly string[], runs: number, options: { cwd?: string; input?: string } = {}): number {
  const run = () => spawnSync(command, args, { cwd: options.cwd ?? root, input: options.input ?? '', stdio: ['pipe', 'ignore', 'ignore'], maxBuffer: 1 << 30 })
  run()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

/** `node bin/wirelint.js ...`. */
export const wirelintArgs = (...args: string[]): string[] => [path.join(root, 'bin', 'wirelint.js'), ...args]

/** `node textlint -c <write-good only> ...` (the peer in the same run: textlint + textlint-rule-write-good). */
export function textlintArgs(...args: string[]): string[] {
  const dir = path.join(tmpdir(), 'wirelint-bench-textlint')
  mkdirSync(dir, { recursive: true })
  const rc = path.join(dir, '.textlintrc.json')
  writeFileSync(rc, JSON.stringify({ rules: { 'write-good': true } }))
  return [path.join(root, 'node_modules', 'textlint', 'bin', 'textlint.js'), '--no-color', '--format', 'json', '-c', rc, ...args]
}

/** Writes the 500 Brown stories (about 1.8 MB) as .txt files into a temporary folder, once. */
export function brownFolder(count = 500): { dir: string; files: string[]; bytes: number } {
  const dir = path.join(tmpdir(), `wirelint-bench-brown-${count}`)
  mkdirSync(dir, { recursive: true })
  const files: string[] = []
  let bytes = 0
  for (const story of brownStories().slice(0, count)) {
    const file = path.join(dir, `${story.id}.txt`)
    writeFileSync(file, story.text)
    files.push(file)
    bytes += Buffer.byteLength(story.text)
  }
  return { dir, files, bytes }
}

/** One line of the issue-14 table: a figure, its baseline in the same run, and the target. */
export interface Target {
  readonly work: string
  readonly figure: string
  readonly baseline: string
  /** figure / baseline, or another ratio the target is stated in. */
  readonly ratio: number
  readonly target: string
  readonly holds: boolean
}

/** The rows gathered by the sections, printed by {@link printTargets}. */
export const targets: Target[] = []

/** Prints the gathered targets as a Markdown table. */
export function printTargets(): void {
  console.log(`\nissue 14 targets${quick ? ' (--quick: smaller inputs, fewer runs)' : ''}:\n`)
  console.log('| work | wirelint | baseline in the same run | ratio | target | holds |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const t of targets) console.log(`| ${t.work} | ${t.figure} | ${t.baseline} | ${t.ratio.toFixed(2)}x | ${t.target} | ${t.holds ? 'yes' : 'no'} |`)
}

/** Formats milliseconds as `123 ms` or `4.56 s`. */
export const ms = (value: number): string => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`)

/** Starts `wirelint serve` on a free port; resolves with its URL and a stop function. */
export async function startServe(): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, wirelintArgs('serve', '--port', '0'), { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const found = /listening on (\S+)/u.exec(out)?.[1]
      if (found) resolve(found)
    })
    child.once('exit', (code) => reject(new Error(`wirelint serve exited with ${code}`)))
  })
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
