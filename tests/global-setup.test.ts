// The globalSetup that keeps dist/ current (tests/global-setup.ts), on throwaway projects.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { distStaleness, ensureBuilt } from './global-setup.js'

const checkout = path.resolve(import.meta.dirname, '..')

/** A project whose files all carry `at` (seconds) as mtime, so times are set, never waited for. */
function project(files: Record<string, number>, packageJson?: object): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wirelint-setup-'))
  for (const [name, at] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), '')
    utimesSync(path.join(root, name), at, at)
  }
  if (packageJson) writeFileSync(path.join(root, 'package.json'), JSON.stringify(packageJson))
  return root
}

const t = 1_700_000_000 // any fixed time; the tests only move files before or after it

describe('distStaleness', () => {
  test('no dist/ at all', () => {
    expect(distStaleness(project({ 'src/index.ts': t }))).toBe('dist/ is missing')
  })

  test('dist/ built after every source is current', () => {
    expect(distStaleness(project({ 'src/index.ts': t, 'rules/a.ts': t, 'rules/data/a.json': t, 'dist/src/index.js': t + 1 }))).toBeUndefined()
  })

  test.each([
    ['a source module', 'src/cli/run.ts'],
    ['a rule module', 'rules/style/ap-dash.ts'],
    ['a rule data list (copied into dist/)', 'rules/data/feed-boilerplate.json'],
  ])('%s edited after the build makes it stale, and is named', (_what, file) => {
    const root = project({ 'src/index.ts': t, 'dist/src/index.js': t + 1, 'dist/rules/data/x.json': t + 1, [file]: t + 2 })
    expect(distStaleness(root)).toBe(`${file} is newer than dist/`)
  })

  test('files the build does not read are ignored: rule docs, tests, scripts', () => {
    const root = project({ 'src/index.ts': t, 'dist/src/index.js': t + 1, 'rules/ap-dash.md': t + 2, 'tests/a.test.ts': t + 2, 'scripts/bench.ts': t + 2, 'src/notes.md': t + 2 })
    expect(distStaleness(root)).toBeUndefined()
  })
})

describe('ensureBuilt', () => {
  test('a current dist/ is not rebuilt', () => {
    const root = project({ 'src/index.ts': t, 'dist/src/index.js': t + 1 }, { scripts: { build: 'exit 1' } })
    const log: string[] = []
    ensureBuilt(root, (line) => log.push(line))
    expect(log).toEqual([])
  })

  test('a stale dist/ is rebuilt with npm run build', () => {
    const root = project({ 'src/index.ts': t + 2, 'dist/src/index.js': t + 1 }, { scripts: { build: 'node -e "require(\'fs\').writeFileSync(\'dist/src/index.js\', \'rebuilt\')"' } })
    const log: string[] = []
    ensureBuilt(root, (line) => log.push(line))
    expect(log).toEqual(['src/index.ts is newer than dist/: running npm run build before the tests'])
    expect(distStaleness(root)).toBeUndefined()
  })

  test('a failing build fails loudly, with its output', () => {
    const root = project({ 'src/index.ts': t }, { scripts: { build: 'echo "src/index.ts(1,1): error TS1005" && exit 2' } })
    expect(() => ensureBuilt(root, () => undefined)).toThrow(/^dist\/ is missing, and npm run build failed \(exit status 2\)[\s\S]*error TS1005/u)
  })

  test('in this run, the setup left this checkout with a current dist/', () => {
    expect(distStaleness(checkout)).toBeUndefined()
  })
})
