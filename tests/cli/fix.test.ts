import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { ConcurrentChangeError, writeFixed } from '../../src/cli/write.js'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin', 'wirelint.js')

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input: '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function desk(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-fix-'))
  writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify({ preset: 'none', rules: { 'repeated-words': 'warning' } }))
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content)
  return dir
}

describe('--fix', () => {
  test('writes the safe fixes in place, keeps the file mode and a BOM, and reports what is left', () => {
    const dir = desk({ 'a.txt': '\ufeffThey said the the talks would go on and on.\n' })
    chmodSync(path.join(dir, 'a.txt'), 0o640)
    const { code, stdout } = run(['--fix', 'a.txt'], dir)
    expect(code).toBe(0)
    expect(stdout).toBe('a.txt: 1 fix applied\nFixed 1 problem in 1 file; nothing remains\n')
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('\ufeffThey said the talks would go on and on.\n')
    expect(statSync(path.join(dir, 'a.txt')).mode & 0o777).toBe(0o640)
  })

  test('never touches a file whose content does not change', () => {
    const dir = desk({ 'clean.txt': 'Nothing to fix here.\n' })
    const before = statSync(path.join(dir, 'clean.txt'))
    run(['--fix', 'clean.txt'], dir)
    const after = statSync(path.join(dir, 'clean.txt'))
    expect([after.mtimeMs, after.ino]).toEqual([before.mtimeMs, before.ino])
  })

  test('--fix-dry-run prints a unified diff and changes nothing', () => {
    const dir = desk({ 'a.txt': 'Line one.\nThey said the the talks.\n' })
    const { code, stdout } = run(['--fix-dry-run', 'a.txt'], dir)
    expect(code).toBe(0)
    expect(stdout).toContain('--- a/a.txt\n+++ b/a.txt\n')
    expect(stdout).toContain('-They said the the talks.\n+They said the talks.\n')
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('Line one.\nThey said the the talks.\n')
  })

  test('--fix on standard input prints the fixed story on stdout and the summary on stderr', () => {
    const dir = desk({})
    const result = spawnSync(process.execPath, [bin, '--fix'], { cwd: dir, input: 'They said the the talks would go on and on.\n', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('They said the talks would go on and on.\n')
    expect(result.stderr).toContain('-: 1 fix applied\nFixed 1 problem in 1 file; nothing remains\n')
  })

  test('--fix on standard input cannot also fix named files', () => {
    expect(run(['--fix', '-', 'a.txt'], desk({ 'a.txt': 'Text.\n' })).code).toBe(2)
  })

  test('--fix says per file what it fixed and what remains; with a machine format on stderr', () => {
    const dir = desk({ 'a.txt': 'They said the the talks.\n', 'b.txt': 'Nothing to fix here.\n', 'c.txt': 'They said the the talks.\n' })
    writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify({ preset: 'none', rules: { 'repeated-words': 'warning', 'write-good': 'warning' } }))
    const stylish = run(['--fix', 'a.txt', 'b.txt'], dir)
    expect(stylish.stdout).toContain('a.txt: 1 fix applied\n')
    expect(stylish.stdout).not.toContain('b.txt: ')
    expect(stylish.stdout).toMatch(/Fixed 1 problem in 1 file; (nothing remains|\d+ problems? remains?)\n$/u)
    const json = run(['--fix', '--format', 'json', 'c.txt'], dir)
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ file: 'c.txt' })])
    expect(json.stderr).toContain('c.txt: 1 fix applied\nFixed 1 problem in 1 file;')
    expect(run(['--fix', 'b.txt'], dir).stdout).toBe('No fixes applied; nothing remains\n')
  })

  test('a file --fix does not rewrite (not UTF-8) is reported as it is and not counted as fixed', () => {
    const dir = desk({})
    writeFileSync(path.join(dir, 'l.txt'), Buffer.from('Caf\xe9 staff said the the talks.\n', 'latin1'))
    const { stdout, stderr } = run(['--fix', '--encoding', 'windows-1252', 'l.txt'], dir)
    expect(stderr).toContain('l.txt: Not fixed')
    expect(stdout).toContain('Unexpected repeated `the`')
    expect(stdout).toContain('No fixes applied; 1 problem remains\n')
  })

  test('--fix with --fix-dry-run, and --fix-dry-run with --format json, are usage errors', () => {
    const dir = desk({ 'a.txt': 'They said the the talks.\n' })
    expect(run(['--fix', '--fix-dry-run', 'a.txt'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--fix and --fix-dry-run cannot be used together') })
    expect(run(['--fix-dry-run', '--format', 'json', 'a.txt'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--fix-dry-run prints a unified diff') })
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('They said the the talks.\n')
  })
})

describe('writeFixed', () => {
  test('does not overwrite a file changed by someone else since it was read', async () => {
    const dir = desk({ 'a.txt': 'original' })
    const file = path.join(dir, 'a.txt')
    const read = readFileSync(file)
    writeFileSync(file, 'edited by a person')
    await expect(writeFixed(file, read, 'fixed')).rejects.toThrow(ConcurrentChangeError)
    expect(readFileSync(file, 'utf8')).toBe('edited by a person')
  })
})
