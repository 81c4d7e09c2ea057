import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { cacheLocation, openCache } from '../../src/cli/cache.js'
import type { Diagnostic } from '../../src/engine/diagnostic.js'
import { lint } from '../../src/index.js'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin', 'wirelint.js')

const tmp = () => mkdtempSync(path.join(tmpdir(), 'wirelint-cache-'))
const doubled = 'Officials said the the talks would resume.\n'
const grouped = 'Some 4,70,000 people left the city.\n'

describe('openCache', () => {
  const someDiagnostics = async (): Promise<Diagnostic[]> => (await lint(doubled)).diagnostics

  test('answers only for the same file, text and settings', async () => {
    const dir = tmp()
    const cache = openCache(path.join(dir, 'c'), '1.0.0')
    const file = path.join(dir, 'a.txt')
    const diagnostics = await someDiagnostics()
    cache.set(file, doubled, 'S', diagnostics)
    expect(cache.get(file, doubled, 'S')).toEqual(diagnostics)
    expect(cache.get(file, doubled.replace('talks', 'Talks'), 'S')).toBeUndefined()
    expect(cache.get(file, doubled, 'S2')).toBeUndefined()
    expect(cache.get(path.join(dir, 'b.txt'), doubled, 'S')).toBeUndefined()
  })

  test('is kept across runs of the same version, and ignored by another version', async () => {
    const location = path.join(tmp(), 'cache')
    const file = path.join(path.dirname(location), 'a.txt')
    const first = openCache(location, '1.0.0')
    first.set(file, doubled, 'S', await someDiagnostics())
    expect(await first.save()).toBeUndefined()
    expect(openCache(location, '1.0.0').get(file, doubled, 'S')).toEqual(await someDiagnostics())
    expect(openCache(location, '1.0.1').get(file, doubled, 'S')).toBeUndefined()
  })

  test('a corrupt or truncated cache file is ignored, then replaced by a valid one', async () => {
    const location = path.join(tmp(), 'cache')
    const file = path.join(path.dirname(location), 'a.txt')
    for (const junk of ['{"format":1,"build":', 'null', '[]', '{"format":1,"entries":{"a.txt":{"content":1}}}', '\u0000\u0001']) {
      writeFileSync(location, junk)
      const cache = openCache(location, '1.0.0')
      expect(cache.get(file, doubled, 'S')).toBeUndefined()
      cache.set(file, doubled, 'S', [])
      expect(await cache.save()).toBeUndefined()
      expect(openCache(location, '1.0.0').get(file, doubled, 'S')).toEqual([])
    }
  })

  test('a cache that cannot be written is reported, not thrown', async () => {
    const file = path.join(tmp(), 'file')
    writeFileSync(file, '')
    const cache = openCache(path.join(file, 'cache'), '1.0.0')
    cache.set('/x.txt', doubled, 'S', [])
    expect(await cache.save()).toMatch(/^Cannot write the cache .*cache, /u)
  })

  test('--cache-location names a file, or a folder to put .wirelintcache in', () => {
    const dir = tmp()
    mkdirSync(path.join(dir, 'folder'))
    expect(cacheLocation(dir, undefined)).toBe(path.join(dir, '.wirelintcache'))
    expect(cacheLocation(dir, 'my.cache')).toBe(path.join(dir, 'my.cache'))
    expect(cacheLocation(dir, 'folder')).toBe(path.join(dir, 'folder', '.wirelintcache'))
    expect(cacheLocation(dir, 'new/')).toBe(path.join(dir, 'new', '.wirelintcache'))
  })
})

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input: '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function desk(rules: Record<string, string> = { 'repeated-words': 'warning', 'number-grouping': 'error' }): string {
  const dir = tmp()
  writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify({ preset: 'none', rules }))
  writeFileSync(path.join(dir, 'a.txt'), doubled)
  writeFileSync(path.join(dir, 'b.txt'), grouped)
  return dir
}

interface CacheFile {
  build: string
  entries: Record<string, { diagnostics: { message: string }[] }>
}

/** Rewrites the stored message of every diagnostic of `file`, so a cache hit shows in the output. */
function tamper(dir: string, file: string, change: (cache: CacheFile) => void = () => undefined): void {
  const location = path.join(dir, '.wirelintcache')
  const cache = JSON.parse(readFileSync(location, 'utf8')) as CacheFile
  for (const d of cache.entries[file]?.diagnostics ?? []) d.message = 'FROM THE CACHE'
  change(cache)
  writeFileSync(location, JSON.stringify(cache))
}

describe('wirelint --cache', () => {
  test('a second run answers from the cache with the same diagnostics as a fresh lint', () => {
    const dir = desk()
    const fresh = run(['--format', 'json', '.'], dir)
    const first = run(['--cache', '--format', 'json', '.'], dir)
    expect(existsSync(path.join(dir, '.wirelintcache'))).toBe(true)
    const second = run(['--cache', '--format', 'json', '.'], dir)
    expect(first).toEqual(fresh)
    expect(second).toEqual(fresh)
    tamper(dir, 'a.txt')
    expect(run(['--cache', '--format', 'json', '.'], dir).stdout).toContain('FROM THE CACHE')
  })

  test('changed content, configuration, --rule or wirelint build is linted afresh', () => {
    const dir = desk()
    run(['--cache', '.'], dir)
    tamper(dir, 'a.txt')
    writeFileSync(path.join(dir, 'a.txt'), doubled.replace('Officials', 'Ministers'))
    expect(run(['--cache', '.'], dir).stdout).toContain('Unexpected repeated `the`')

    tamper(dir, 'a.txt')
    expect(run(['--cache', '--rule', 'repeated-words:error', '.'], dir).stdout).toContain('Unexpected repeated `the`')

    tamper(dir, 'a.txt')
    writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify({ preset: 'none', rules: { 'repeated-words': 'info', 'number-grouping': 'error' } }))
    expect(run(['--cache', '.'], dir).stdout).toContain('info  Unexpected repeated `the`')

    tamper(dir, 'a.txt', (cache) => {
      cache.build = 'an older wirelint'
    })
    expect(run(['--cache', '.'], dir).stdout).not.toContain('FROM THE CACHE')
  })

  test('a deleted or corrupt cache lints everything', () => {
    const dir = desk()
    run(['--cache', '.'], dir)
    writeFileSync(path.join(dir, '.wirelintcache'), '{"format":1,"build":"x","entr')
    const result = run(['--cache', '--format', 'json', '.'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('Unexpected Indian digit grouping')
  })

  test('--fix with --cache: a fixed file is linted afresh, and an unchanged clean file is not fixed again', () => {
    const dir = desk()
    const fixed = run(['--cache', '--fix', '--format', 'json', '.'], dir)
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('Some 470,000 people left the city.\n')
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('Officials said the talks would resume.\n')
    expect(JSON.parse(fixed.stdout)).toEqual([
      { file: 'a.txt', diagnostics: [] },
      { file: 'b.txt', diagnostics: [] },
    ])
    // The cache now holds the fixed texts: a new defect in b.txt is found, a.txt answers from it.
    writeFileSync(path.join(dir, 'b.txt'), grouped)
    const again = run(['--cache', '--fix', '.'], dir)
    expect(again.stdout).toContain('b.txt: 1 fix applied')
    expect(again.stdout).not.toContain('a.txt: ')
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('Some 470,000 people left the city.\n')
  })

  test('--cache-location puts the cache elsewhere; without --cache it is a usage error', () => {
    const dir = desk()
    expect(run(['--cache', '--cache-location', 'caches/', 'a.txt'], dir).code).toBe(0)
    expect(existsSync(path.join(dir, 'caches', '.wirelintcache'))).toBe(true)
    expect(existsSync(path.join(dir, '.wirelintcache'))).toBe(false)
    expect(run(['--cache-location', 'x', 'a.txt'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--cache-location needs --cache') })
  })
})
