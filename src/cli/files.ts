import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { UsageError } from './args.js'

/** Extensions of story files found when walking a directory. */
export const storyExtensions = ['txt', 'md', 'html', 'xml', 'json'] as const

/** Never walked into, and files that are configuration rather than copy. */
const alwaysIgnored = ['**/node_modules/**', '**/.git/**', '**/package.json', '**/package-lock.json', '**/.wirelintrc*', '**/tsconfig*.json']

/** The ignore matcher from `.wirelintignore` (or `--ignore-path`) in gitignore syntax, relative to cwd. */
export function loadIgnore(cwd: string, ignorePath: string | undefined, patterns: readonly string[] = []): Ignore {
  const matcher = ignore().add([...patterns])
  const file = ignorePath ?? path.join(cwd, '.wirelintignore')
  if (existsSync(file)) matcher.add(readFileSync(file, 'utf8'))
  else if (ignorePath !== undefined) throw new UsageError(`--ignore-path: Cannot read \`${ignorePath}\``)
  return matcher
}

/** What the inputs expand to: files to lint, inputs named but ignored, and inputs that match nothing. */
export interface Expanded {
  files: string[]
  ignored: string[]
  /** One-line reasons, e.g. `x.txt: No such file or directory`. */
  missing: string[]
}

/**
 * Expands files, directories and globs to story files (sorted, de-duplicated, relative to cwd),
 * skipping ignored paths. Symbolic links are not followed inside directories (no loops). A name
 * that matches nothing is listed in `missing`, and the others are still linted.
 */
export async function expandInputs(inputs: readonly string[], cwd: string, ignorer: Ignore | undefined): Promise<Expanded> {
  const files = new Set<string>()
  const ignored: string[] = []
  const missing: string[] = []
  const isIgnored = (file: string) => {
    const relative = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/')
    return ignorer !== undefined && relative !== '' && !relative.startsWith('..') && ignorer.ignores(relative)
  }
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    let stats
    try {
      stats = statSync(absolute)
    } catch {
      stats = undefined
    }
    let found: string[]
    if (stats?.isFile()) {
      if (isIgnored(input)) {
        ignored.push(input)
        continue
      }
      files.add(path.relative(cwd, absolute) || input)
      continue
    }
    // tinyglobby only for folders and globs: a plain file list does not load it (cold start).
    const { glob, isDynamicPattern } = await import('tinyglobby')
    if (stats?.isDirectory()) {
      found = await glob(`**/*.{${storyExtensions.join(',')}}`, {
        cwd: absolute,
        ignore: alwaysIgnored,
        followSymbolicLinks: false,
        dot: false,
        absolute: true,
      })
    } else if (isDynamicPattern(input)) {
      found = await glob(input.split(path.sep).join('/'), { cwd, ignore: alwaysIgnored, followSymbolicLinks: false, absolute: true })
    } else {
      missing.push(`${input}: No such file or directory`)
      continue
    }
    const kept = found.map((f) => path.relative(cwd, f)).filter((f) => !isIgnored(f))
    if (found.length === 0) missing.push(`${input}: No files matching, expected ${storyExtensions.map((e) => `.${e}`).join(', ')} files`)
    for (const file of kept) files.add(file)
  }
  return { files: [...files].sort(), ignored, missing }
}
