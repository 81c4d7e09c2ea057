// What a new user meets on the command line (issue 15): fixable markers, related places, option
// and rule typos, --max-warnings -1, --list-rules columns and --explain.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin', 'wirelint.js')

function run(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input: '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function desk(files: Record<string, string>, rules: Record<string, string> = { 'repeated-words': 'warning' }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-first-'))
  writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify({ preset: 'none', rules }))
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content)
  return dir
}

describe('stylish output', () => {
  test('marks findings --fix would change and counts them in the summary', () => {
    const dir = desk({ 'a.txt': 'They said the the talks went on.\n' }, { 'repeated-words': 'warning', 'write-good': 'info' })
    const { stdout } = run(['a.txt'], dir)
    expect(stdout).toMatch(/1:11 +warning +Unexpected repeated `the`.* repeated-words  fixable\n/u)
    expect(stdout).toContain('0 errors and 1 warning potentially fixable with the `--fix` option.')
  })

  test('a finding with nothing to fix gets no marker and no fixable line', () => {
    const dir = desk({ 'a.txt': 'The port closed on 10-01-2022.\n' }, { 'date-format': 'warning' })
    const { stdout } = run(['a.txt'], dir)
    expect(stdout).toContain('date-format')
    expect(stdout).not.toContain('fixable')
  })

  test('shows where the first copy of a duplicate is', () => {
    const text = 'Harbour budget passes\n\nThe council approved the new harbour budget on Monday.\n\nWork starts in June.\n\nThe council approved the new harbour budget on Monday.\n'
    const { stdout } = run(['a.txt'], desk({ 'a.txt': text }, { 'duplicate-text': 'error' }))
    expect(stdout).toMatch(/Unexpected duplicate paragraph .*\(first at 3:1\)  duplicate-text/u)
  })
})

describe('command-line typos and defaults', () => {
  test('--max-warnings -1, the documented default, is accepted', () => {
    const dir = desk({ 'a.txt': 'They said the the talks.\n' })
    expect(run(['--max-warnings', '-1', 'a.txt'], dir).code).toBe(0)
    expect(run(['--max-warnings', '0', 'a.txt'], dir).code).toBe(1)
    expect(run(['--max-warnings', '-2', 'a.txt'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('expected an integer >= -1') })
  })

  test('a mistyped option or rule id gets a "did you mean"', () => {
    const dir = desk({ 'a.txt': 'Text.\n' })
    expect(run(['--frmat', 'json', 'a.txt'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown option `--frmat`, did you mean `--format`?') })
    expect(run(['--rule', 'feed-boilerplat:off', 'a.txt'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('did you mean `feed-boilerplate`?') })
    expect(run(['serve', '--prot', '0'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('did you mean `--port`?') })
  })

  test('`wirelint serv` is an unknown command, unless a file of that name exists', () => {
    const dir = desk({ 'a.txt': 'Text.\n' })
    expect(run(['serv', '--port', '8080'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command `serv`, did you mean `wirelint serve`?') })
    writeFileSync(path.join(dir, 'serv'), 'Text.\n')
    expect(run(['serv'], dir).code).toBe(0)
  })

  test('--list-rules has a header that explains its columns', () => {
    const lines = run(['--list-rules']).stdout.split('\n')
    expect(lines[0]).toMatch(/^Columns: /u)
    const header = lines.find((l) => l.startsWith('rule '))
    expect(header).toMatch(/^rule +category +severity +on +fix +description$/u)
    expect(lines.some((l) => /^repeated-words\s+grammar\s+warning/u.test(l))).toBe(true)
  })
})

describe('--explain', () => {
  test('prints the rule documentation shipped in the package', () => {
    const { code, stdout } = run(['--explain', 'feed-boilerplate'])
    expect(code).toBe(0)
    expect(stdout.startsWith('# feed-boilerplate\n')).toBe(true)
    expect(stdout).toBe(readFileSync(path.join(root, 'rules/feed-boilerplate.md'), 'utf8').replace(/^<!--[^\n]*-->\n+/u, ''))
  })

  test('an unknown rule is a usage error with a "did you mean"', () => {
    expect(run(['--explain', 'feed-boilerplat'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown rule `feed-boilerplat`, did you mean `feed-boilerplate`?') })
  })
})
