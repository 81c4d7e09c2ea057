// vitest globalSetup: CLI, server and example tests run the compiled code (bin/ imports dist/), so
// before any test runs, dist/ is rebuilt when it is missing or older than a source. A failed build
// stops the run with the compiler's output rather than testing stale code.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const checkout = path.resolve(import.meta.dirname, '..')

/** What the build reads: `src/**\/*.ts` and `rules/**\/*.{ts,json}` (rules/*.md are docs, not built). */
function isSource(relative: string): boolean {
  const [top] = relative.split(path.sep)
  if (top === 'src') return relative.endsWith('.ts')
  if (top === 'rules') return relative.endsWith('.ts') || relative.endsWith('.json')
  return false
}

/** The newest file under `dir` (relative to `root`) that `accept` takes, or undefined when none. */
function newest(root: string, dir: string, accept: (relative: string) => boolean): { file: string; mtimeMs: number } | undefined {
  if (!existsSync(path.join(root, dir))) return undefined
  let found: { file: string; mtimeMs: number } | undefined
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const relative = path.relative(root, path.join(entry.parentPath, entry.name))
    if (!accept(relative)) continue
    const { mtimeMs } = statSync(path.join(root, relative))
    if (!found || mtimeMs > found.mtimeMs) found = { file: relative, mtimeMs }
  }
  return found
}

/**
 * Why `root`'s dist/ is stale, or undefined when it is current: missing (no file in it), or older
 * than the newest source (every build rewrites all of dist/, so its newest file dates the last build).
 */
export function distStaleness(root: string): string | undefined {
  const built = newest(root, 'dist', () => true)
  if (!built) return 'dist/ is missing'
  const source = [newest(root, 'src', isSource), newest(root, 'rules', isSource)].reduce((a, b) => (b && (!a || b.mtimeMs > a.mtimeMs) ? b : a), undefined)
  if (source && source.mtimeMs > built.mtimeMs) return `${source.file.split(path.sep).join('/')} is newer than dist/`
  return undefined
}

/** Runs `npm run build` in `root` when dist/ is stale; throws with the build's output when it fails. */
export function ensureBuilt(root: string, log: (line: string) => void = console.log): void {
  const stale = distStaleness(root)
  if (stale === undefined) return
  log(`${stale}: running npm run build before the tests`)
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' })
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit status ${result.status ?? result.signal}`
    throw new Error(`${stale}, and npm run build failed (${why}); the tests would run stale compiled code:\n${result.stdout ?? ''}${result.stderr ?? ''}`)
  }
}

/** The globalSetup hook. */
export default function setup(): void {
  ensureBuilt(checkout)
}
