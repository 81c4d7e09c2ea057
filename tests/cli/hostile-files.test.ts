import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import fsp from 'node:fs/promises'
import { syncBuiltinESMExports } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { type CliIo, runCli } from '../../src/cli/run.js'

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

/** Collects what the CLI writes, for an in-process run through {@link runCli}. */
async function runInProcess(args: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    cwd,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: () => Promise.resolve(undefined),
    stdoutIsTTY: false,
    version: '0.0.0-test',
  }
  const code = await runCli(['--format', 'json', ...args], io)
  return { code, stdout, stderr, results: stdout ? (JSON.parse(stdout) as { file: string; diagnostics: { actual: string }[] }[]) : [] }
}

/** The error Node gives when the kernel refuses to open a file for reading. */
function eacces(file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { errno: -13, code: 'EACCES', syscall: 'open', path: file })
}

/** Whether this process reads through a file's permission bits (root, or CAP_DAC_OVERRIDE). */
function readsThroughMode000(file: string): boolean {
  try {
    readFileSync(file)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES') return false
    throw error
  }
}

/**
 * How to spawn the command so that the kernel denies it a mode-000 file it owns while it can still
 * reach bin/ and dist/ wherever the checkout is (even in a 0700 folder): as an ordinary user, plain
 * node; as root, node without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (util-linux `setpriv`),
 * still uid 0, so still the owner of the checkout. Undefined when neither works here (the in-process
 * test still runs).
 */
function unprivilegedNode(): string[] | undefined {
  const command = process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--', process.execPath] : [process.execPath]
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-probe-'))
  const locked = path.join(dir, 'locked.txt')
  writeFileSync(locked, 'x', { mode: 0o000 })
  const [file = process.execPath, ...args] = command
  const reaches = spawnSync(file, [...args, bin, '--version'], { encoding: 'utf8' })
  const denied = spawnSync(file, [...args, '-e', `require('node:fs').readFile(${JSON.stringify(locked)}, (e) => process.exit(e?.code === 'EACCES' ? 0 : 1))`])
  return reaches.status === 0 && denied.status === 0 ? command : undefined
}

describe('a file that cannot be read: `Cannot read file, Permission denied`, the other files still linted, exit 2', () => {
  /** good.txt, secret.txt (mode 000) and wire.txt with a finding (linted in that order), so linting visibly goes on past the failure. */
  function lockedDesk(): { dir: string; secret: string } {
    const dir = desk()
    writeFileSync(path.join(dir, 'wire.txt'), 'They said the the talks would resume.\n')
    const secret = path.join(dir, 'secret.txt')
    writeFileSync(secret, 'Hidden story.\n')
    chmodSync(secret, 0o000)
    return { dir, secret }
  }

  afterEach(() => {
    vi.restoreAllMocks()
    syncBuiltinESMExports()
  })

  test('in process (runCli): the read fails with EACCES', async () => {
    const { dir, secret } = lockedDesk()
    if (readsThroughMode000(secret)) {
      // Root reads through mode 000; give it the kernel's answer to anyone else, for this file only.
      const realReadFile = fsp.readFile
      vi.spyOn(fsp, 'readFile').mockImplementation(((...args: Parameters<typeof fsp.readFile>) =>
        path.resolve(String(args[0])) === secret ? Promise.reject(eacces(secret)) : realReadFile(...args)) as typeof fsp.readFile)
      // Named imports of a builtin (`import { readFile } from 'node:fs/promises'`) see the spy only after this.
      syncBuiltinESMExports()
    }
    const { code, stderr, results } = await runInProcess(['good.txt', 'secret.txt', 'wire.txt'], dir)
    expect(stderr).toBe('wirelint: secret.txt: Cannot read file, Permission denied\n')
    expect(code).toBe(2)
    expect(results.map((r) => [r.file, r.diagnostics.map((d) => d.actual)])).toEqual([['good.txt', []], ['wire.txt', ['the the']]])
  })

  const command = unprivilegedNode()
  test.runIf(command !== undefined)('the command in a subprocess, the kernel refusing the read (as root: without the DAC capabilities)', () => {
    const { dir } = lockedDesk()
    const [file = process.execPath, ...args] = command ?? []
    const result = spawnSync(file, [...args, bin, '--format', 'json', 'good.txt', 'secret.txt', 'wire.txt'], { cwd: dir, input: '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 })
    expect(result.stderr).toBe('wirelint: secret.txt: Cannot read file, Permission denied\n')
    expect(result.status).toBe(2)
    expect((JSON.parse(result.stdout) as { file: string }[]).map((r) => r.file)).toEqual(['good.txt', 'wire.txt'])
  })
})
