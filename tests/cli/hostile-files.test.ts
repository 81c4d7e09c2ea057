import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin', 'wirelint.js')

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, '--format', 'json', ...args], { cwd, input: '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, linted: result.stdout ? (JSON.parse(result.stdout) as { file: string }[]).map((r) => r.file) : [] }
}

function desk(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-hostile-'))
  writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify({ preset: 'none', rules: { 'repeated-words': 'warning' } }))
  writeFileSync(path.join(dir, 'good.txt'), 'A fine story.\n')
  return dir
}

describe('hostile files: a located one-line error, the other files still linted, exit 2', () => {
  test('a directory with a symlink loop is walked once, without hanging', () => {
    const dir = desk()
    mkdirSync(path.join(dir, 'loop'))
    writeFileSync(path.join(dir, 'loop', 'x.txt'), 'Loop story.\n')
    symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop', 'again'))
    const { code, linted } = run(['.'], dir)
    expect(code).toBe(0)
    expect(linted).toEqual(['good.txt', 'loop/x.txt'])
  })

  test('a file listed but gone when read (a dangling link, as when deleted during the run)', () => {
    const dir = desk()
    symlinkSync(path.join(dir, 'deleted.txt'), path.join(dir, 'gone.txt'))
    const { code, stderr, linted } = run(['good.txt', 'gone.txt', 'missing.txt'], dir)
    expect(code).toBe(2)
    expect(stderr).toContain('wirelint: missing.txt: No such file or directory\n')
    expect(linted).toEqual(['good.txt'])
  })

  test('a file over --max-file-size', () => {
    const dir = desk()
    writeFileSync(path.join(dir, 'big.txt'), 'word '.repeat(300))
    const { code, stderr, linted } = run(['--max-file-size', '1000', 'good.txt', 'big.txt'], dir)
    expect(code).toBe(2)
    expect(stderr).toBe('wirelint: big.txt: File too large (1500 bytes), the limit is 1000 (--max-file-size)\n')
    expect(linted).toEqual(['good.txt'])
  })

  test('a path that is a directory named like a story is walked, not read', () => {
    const dir = desk()
    mkdirSync(path.join(dir, 'odd.txt'))
    writeFileSync(path.join(dir, 'odd.txt', 'inner.txt'), 'Inner.\n')
    expect(run(['odd.txt'], dir).linted).toEqual(['odd.txt/inner.txt'])
  })

  test('--encoding windows-1252 reads a legacy feed; without it the bytes are refused as invalid UTF-8', () => {
    const dir = desk()
    // “Hello” in windows-1252: 0x93 Hello 0x94, and "the the" for a diagnostic.
    writeFileSync(path.join(dir, 'legacy.txt'), Buffer.concat([Buffer.from([0x93]), Buffer.from('Hello'), Buffer.from([0x94]), Buffer.from(' said the the man.\n')]))
    const decoded = run(['--encoding', 'windows-1252', 'legacy.txt'], dir)
    expect(decoded.code).toBe(0)
    const [result] = JSON.parse(decoded.stdout) as { diagnostics: { offset: number; actual: string }[] }[]
    expect(result?.diagnostics[0]).toMatchObject({ offset: 13, actual: 'the the' })
    expect(run(['legacy.txt'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('legacy.txt: Unexpected invalid UTF-8 at byte 0') })
    expect(run(['--encoding', 'klingon', 'legacy.txt'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown encoding `klingon`') })
  })
})

describe('a file that cannot be read', () => {
  const root = process.getuid?.() === 0
  test.runIf(root)('permission denied (run as an unprivileged user): located error, others linted, exit 2', () => {
    const dir = desk()
    writeFileSync(path.join(dir, 'secret.txt'), 'Hidden story.\n', { mode: 0o000 })
    chmodSync(dir, 0o755)
    chmodSync(path.join(dir, 'good.txt'), 0o644)
    chmodSync(path.join(dir, '.wirelintrc.json'), 0o644)
    const result = spawnSync(process.execPath, [bin, '--format', 'json', 'good.txt', 'secret.txt'], { cwd: dir, input: '', encoding: 'utf8', uid: 65534, gid: 65534, env: { ...process.env, NO_COLOR: '1' } })
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('wirelint: secret.txt: Cannot read file, Permission denied\n')
    expect((JSON.parse(result.stdout) as { file: string }[]).map((r) => r.file)).toEqual(['good.txt'])
  })
})
