import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { createProgress, renderProgress, shouldShowProgress } from '../../src/cli/progress.js'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin', 'wirelint.js')

/** A desk of `count` small stories, each with one warning. */
function desk(count: number): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-progress-'))
  writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify({ preset: 'none', rules: { 'repeated-words': 'warning' } }))
  const files = Array.from({ length: count }, (_, i) => `story-${i}.txt`)
  for (const file of files) writeFileSync(path.join(dir, file), 'Crews said the the port was open.\n')
  return { dir, files }
}

describe('shouldShowProgress', () => {
  const base = { files: 5, stderrIsTTY: true, format: 'stylish', quiet: false, env: {} }
  test.each([
    ['many files on a terminal, stylish', base, true],
    ['the html report', { ...base, format: 'html' }, true],
    ['CI=false is not CI', { ...base, env: { CI: 'false' } }, true],
    ['one file', { ...base, files: 1 }, false],
    ['stderr is not a terminal', { ...base, stderrIsTTY: false }, false],
    ['--format json', { ...base, format: 'json' }, false],
    ['--format sarif', { ...base, format: 'sarif' }, false],
    ['--format github', { ...base, format: 'github' }, false],
    ['--format checkstyle', { ...base, format: 'checkstyle' }, false],
    ['--quiet', { ...base, quiet: true }, false],
    ['TERM=dumb', { ...base, env: { TERM: 'dumb' } }, false],
    ['a CI log', { ...base, env: { CI: 'true' } }, false],
  ])('%s', (_name, context, expected) => {
    expect(shouldShowProgress(context)).toBe(expected)
  })
})

describe('renderProgress', () => {
  test('bar, files done of total, and rate', () => {
    expect(renderProgress(12, 40, 2000)).toBe('wirelint [#########---------------------] 12/40 files  6.0 files/s')
    expect(renderProgress(40, 40, 4000)).toBe(`wirelint [${'#'.repeat(30)}] 40/40 files  10.0 files/s`)
  })

  test('fits a narrow terminal', () => {
    expect(renderProgress(12, 40, 2000, 40)).toBe('wirelint [#-] 12/40 files  6.0 files/s')
    expect(renderProgress(12, 40, 2000, 20)).toBe('wirelint 12/40 file')
  })
})

describe('createProgress', () => {
  test('draws single-line \\r updates at most every interval, clears before other output and at the end', () => {
    const written: string[] = []
    let clock = 0
    const progress = createProgress({ enabled: true, total: 3, write: (t) => written.push(t), now: () => clock, intervalMs: 100 })
    progress.update(0)
    clock = 50
    progress.update(1)
    clock = 150
    progress.update(2)
    progress.guard((t) => written.push(t))('a message\n')
    progress.done()
    expect(written).toEqual([
      '\rwirelint [------------------------------] 0/3 files  0.0 files/s\u001b[K',
      '\rwirelint [--------------------] 2/3 files  13.3 files/s\u001b[K'.replace('[--------------------]', `[${'#'.repeat(20)}${'-'.repeat(10)}]`),
      '\r\u001b[K',
      'a message\n',
    ])
  })

  test('does nothing when disabled', () => {
    const written: string[] = []
    const progress = createProgress({ enabled: false, total: 3, write: (t) => written.push(t) })
    progress.update(1)
    progress.done()
    expect(written).toEqual([])
  })
})

describe('progress in the command', () => {
  test('prints no progress when stderr is not a terminal', () => {
    const { dir, files } = desk(5)
    const result = spawnSync(process.execPath, [bin, ...files], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '' } })
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).not.toContain('files/s')
  })

  // util-linux `script` gives the command a pseudo-terminal, as a person running it would have.
  test.skipIf(!existsSync('/usr/bin/script'))('draws the bar on a terminal, and never with --format json', () => {
    const { dir, files } = desk(3)
    const inTerminal = (args: string[]) =>
      spawnSync('/usr/bin/script', ['-qec', [process.execPath, bin, ...args].join(' '), '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '', TERM: 'xterm', NO_COLOR: '1' } }).stdout
    const stylish = inTerminal(files)
    expect(stylish).toContain('\rwirelint [')
    expect(stylish).toContain(' 0/3 files ')
    expect(stylish).toContain('\r\u001b[K')
    expect(stylish).toContain('3 problems (0 errors, 3 warnings)')
    const json = inTerminal(['--format', 'json', ...files])
    expect(json).not.toContain('files/s')
    expect(json).toContain('"ruleId": "repeated-words"')
  })
})
