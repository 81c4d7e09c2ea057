// `--cache`: files whose content, resolved rule settings and wirelint build are unchanged since
// the last run are not linted again. An entry answers only for the exact text it was made from (a
// SHA-256 of the decoded text) under the exact rules (id, severity and options of every rule on for
// that path) of the same wirelint (version and build), so it can never answer for changed content
// or configuration. The cache file is only an accelerator: missing, unreadable, corrupt or from
// another version, it is ignored and everything is linted; it is written atomically at the end.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Diagnostic } from '../engine/diagnostic.js'
import type { ActiveRule } from '../engine/run.js'

/** The default cache file, in the working directory. */
export const defaultCacheName = '.wirelintcache'

/** Layout version of the cache file itself. */
const format = 1

interface Entry {
  /** SHA-256 of the text. */
  readonly content: string
  /** SHA-256 of the rule settings (see {@link settingsKey}). */
  readonly settings: string
  readonly diagnostics: Diagnostic[]
}

interface CacheFile {
  readonly format: number
  /** The wirelint build that wrote it. */
  readonly build: string
  /** Paths relative to the cache file's folder. */
  readonly entries: Record<string, Entry>
}

/** A lint cache: lookups by file, content and settings; {@link LintCache.save} writes it. */
export interface LintCache {
  /** The cache file. */
  readonly location: string
  /** The diagnostics stored for exactly this file, text and settings, or undefined. */
  get(file: string, text: string, settings: string): Diagnostic[] | undefined
  /** Stores the diagnostics of a file's text under the settings. */
  set(file: string, text: string, settings: string, diagnostics: readonly Diagnostic[]): void
  /** Writes the cache atomically if it changed; resolves to an error message when it could not. */
  save(): Promise<string | undefined>
}

/** Where the cache goes: `--cache-location` (a file, or a folder to put `.wirelintcache` in) or cwd. */
export function cacheLocation(cwd: string, location: string | undefined): string {
  if (location === undefined) return path.join(cwd, defaultCacheName)
  const resolved = path.resolve(cwd, location)
  const isFolder = /[\\/]$/u.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory())
  return isFolder ? path.join(resolved, defaultCacheName) : resolved
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url')

const settingsKeys = new WeakMap<readonly ActiveRule[], string>()

/**
 * A key for the rules a file is linted with: every active rule's id, severity and parsed options
 * (computed once per resolved rule set).
 */
export function settingsKey(active: readonly ActiveRule[]): string {
  let key = settingsKeys.get(active)
  if (key === undefined) {
    key = sha256(JSON.stringify(active.map((r) => [r.rule.meta.id, r.severity, r.options])))
    settingsKeys.set(active, key)
  }
  return key
}

/**
 * What identifies the running wirelint: its version, and the size and time of the module file it
 * runs from (the CLI bundle), so a rebuilt or reinstalled wirelint never trusts an older cache.
 */
export function buildId(version: string): string {
  try {
    const { size, mtimeMs } = statSync(fileURLToPath(import.meta.url))
    return `${version}+${size}.${Math.trunc(mtimeMs)}`
  } catch {
    return version
  }
}

function readCache(location: string, build: string): Record<string, Entry> {
  try {
    const parsed = JSON.parse(readFileSync(location, 'utf8')) as Partial<CacheFile> | null
    if (parsed?.format !== format || parsed.build !== build || typeof parsed.entries !== 'object' || parsed.entries === null) return {}
    return parsed.entries
  } catch {
    return {} // missing or corrupt: lint everything
  }
}

function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Partial<Entry>
  return typeof entry.content === 'string' && typeof entry.settings === 'string' && Array.isArray(entry.diagnostics)
}

/** Opens the cache file at `location` for the wirelint `version` (see {@link buildId}). */
export function openCache(location: string, version: string): LintCache {
  const build = buildId(version)
  const entries = readCache(location, build)
  const base = path.dirname(location)
  const keyOf = (file: string) => path.relative(base, path.resolve(file)).split(path.sep).join('/')
  let dirty = false
  return {
    location,
    get(file, text, settings) {
      const entry: unknown = Object.hasOwn(entries, keyOf(file)) ? entries[keyOf(file)] : undefined
      if (!isEntry(entry) || entry.settings !== settings || entry.content !== sha256(text)) return undefined
      return structuredClone(entry.diagnostics)
    },
    set(file, text, settings, diagnostics) {
      entries[keyOf(file)] = { content: sha256(text), settings, diagnostics: structuredClone([...diagnostics]) }
      dirty = true
    },
    async save() {
      if (!dirty) return undefined
      const content: CacheFile = { format, build, entries }
      try {
        const { default: writeFileAtomic } = await import('write-file-atomic')
        await mkdir(path.dirname(location), { recursive: true })
        await writeFileAtomic(location, JSON.stringify(content), { encoding: 'utf8' })
        dirty = false
        return undefined
      } catch (error) {
        return `Cannot write the cache ${location}, ${error instanceof Error ? error.message : String(error)}`
      }
    },
  }
}

