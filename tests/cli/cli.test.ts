import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin', 'wirelint.js')

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/src/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does)')
})

/** Runs the real command in a subprocess. */
function run(args: string[], options: { cwd?: string; input?: string | Buffer } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A folder with only repeated-words on (a warning), so results do not depend on other rules. */
function desk(files: Record<string, string | Buffer>, config: object = { preset: 'none', rules: { 'repeated-words': 'warning' } }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-cli-'))
  writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify(config))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

const doubled = 'Officials said the the talks would resume.\n'

describe('wirelint command', () => {
  test('stylish output names the file, place, severity, message and rule; warnings exit 0', () => {
    const dir = desk({ 'a.txt': doubled })
    const { code, stdout } = run(['a.txt'], { cwd: dir })
    expect(code).toBe(0)
    expect(stdout).toContain('a.txt\n  1:16  warning  Unexpected repeated `the`, remove one occurrence  repeated-words')
    expect(stdout).toContain('1 problem (0 errors, 1 warning)')
  })

  test('an error-severity diagnostic exits 1; --rule changes severity', () => {
    const dir = desk({ 'a.txt': doubled })
    expect(run(['--rule', 'repeated-words:error', 'a.txt'], { cwd: dir }).code).toBe(1)
    expect(run(['--rule', 'repeated-words:off', 'a.txt'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' })
  })

  test('a finding inside a line a fix deletes is shown once: folded in stylish, not counted for the exit status, kept in JSON', () => {
    const story = 'Ferry service resumes\n\nPTI | Updated : 14-03-2024 09:40 IST\n\nFerries ran again on Monday after repairs, officials said.\n'
    const dir = desk({ 'a.txt': story }, { preset: 'none', rules: { 'date-format': 'error', 'feed-boilerplate': 'warning' } })
    const human = run(['a.txt'], { cwd: dir })
    expect(human.code).toBe(0)
    expect(human.stdout).toContain('feed-boilerplate')
    expect(human.stdout).not.toContain('date-format')
    expect(human.stdout).toContain('1 more finding lies inside text that a fix above deletes')
    const json = run(['--format', 'json', 'a.txt'], { cwd: dir })
    expect(json.code).toBe(0)
    const diagnostics = (JSON.parse(json.stdout) as { diagnostics: { ruleId: string; subsumedBy?: { ruleId: string } }[] }[])[0]?.diagnostics ?? []
    expect(diagnostics.find((d) => d.ruleId === 'date-format')?.subsumedBy?.ruleId).toBe('feed-boilerplate')
    const sarif = JSON.parse(run(['--format', 'sarif', 'a.txt'], { cwd: dir }).stdout) as { runs: { results: { ruleId: string; suppressions?: unknown[] }[] }[] }
    expect(sarif.runs[0]?.results.find((r) => r.ruleId === 'date-format')?.suppressions).toHaveLength(1)
    expect(sarif.runs[0]?.results.find((r) => r.ruleId === 'feed-boilerplate')?.suppressions).toBeUndefined()
  })

  test('`warn` is an alias of `warning` in --rule and in a config file', () => {
    const dir = desk({ 'a.txt': doubled }, { preset: 'none', rules: { 'repeated-words': 'warn' } })
    const fromConfig = run(['--format', 'json', 'a.txt'], { cwd: dir })
    expect(fromConfig.code).toBe(0)
    expect((JSON.parse(fromConfig.stdout) as { diagnostics: { severity: string }[] }[])[0]?.diagnostics.map((d) => d.severity)).toEqual(['warning'])
    const fromFlag = run(['--format', 'json', '--rule', 'repeated-words:warn', 'a.txt'], { cwd: desk({ 'a.txt': doubled }, { preset: 'none' }) })
    expect((JSON.parse(fromFlag.stdout) as { diagnostics: { severity: string }[] }[])[0]?.diagnostics.map((d) => d.severity)).toEqual(['warning'])
  })

  test('--format json prints [{ file, diagnostics }] in the Diagnostic shape', () => {
    const dir = desk({ 'a.txt': doubled })
    const { code, stdout } = run(['--format', 'json', 'a.txt'], { cwd: dir })
    expect(code).toBe(0)
    const parsed = JSON.parse(stdout) as { file: string; diagnostics: Record<string, unknown>[] }[]
    expect(parsed).toEqual([
      {
        file: 'a.txt',
        diagnostics: [
          expect.objectContaining({
            ruleId: 'repeated-words',
            severity: 'warning',
            message: 'Unexpected repeated `the`, remove one occurrence',
            line: 1,
            column: 16,
            endLine: 1,
            endColumn: 23,
            offset: 15,
            endOffset: 22,
            actual: 'the the',
            expected: ['the'],
            url: expect.stringMatching(/rules\/repeated-words\.md$/u),
          }),
        ],
      },
    ])
  })

  test('the command (one bundled module, see scripts/bundle-cli.mjs) finds what the API finds with every rule on, and no rule crashes', async () => {
    const { lint } = await import('../../src/index.js')
    const text = [
      'Officials said the the talks was held by the minister on Tuesday , and the deal is worth 10,00,000 rupees.',
      'The harbour board it said the new pier was very really finished in 2024-03-12.',
      '',
      'The ministry said : " the plan will go ahead .',
    ].join('\n')
    const dir = desk({ 'a.txt': text }, { preset: 'all' })
    const { code, stdout, stderr } = run(['--format', 'json', 'a.txt'], { cwd: dir })
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const [file] = JSON.parse(stdout) as { diagnostics: { ruleId: string }[] }[]
    const api = await lint(text, { config: { preset: 'all' }, filePath: path.join(dir, 'a.txt') })
    expect(file?.diagnostics).toEqual(JSON.parse(JSON.stringify(api.diagnostics)))
    expect(new Set(file?.diagnostics.map((d) => d.ruleId))).toContain('write-good')
  })

  test('--max-warnings turns too many warnings into exit 1', () => {
    const dir = desk({ 'a.txt': doubled })
    expect(run(['--max-warnings', '0', 'a.txt'], { cwd: dir }).code).toBe(1)
    expect(run(['--max-warnings', '1', 'a.txt'], { cwd: dir }).code).toBe(0)
  })

  test('--quiet reports errors only', () => {
    const dir = desk({ 'a.txt': doubled })
    expect(run(['--quiet', '--format', 'json', 'a.txt'], { cwd: dir }).stdout).toContain('"diagnostics": []')
  })

  test('standard input is read when piped or given as -, named by --stdin-filename', () => {
    const dir = desk({})
    const piped = run(['--format', 'json'], { cwd: dir, input: doubled })
    expect(JSON.parse(piped.stdout)[0].file).toBe('-')
    expect(JSON.parse(piped.stdout)[0].diagnostics).toHaveLength(1)
    const named = run(['--format', 'json', '--stdin-filename', 'desk/story.txt', '-'], { cwd: dir, input: doubled })
    expect(JSON.parse(named.stdout)[0].file).toBe('desk/story.txt')
  })

  test('directories are walked for story files, skipping node_modules, package.json and .wirelintignore paths', () => {
    const dir = desk({
      'stories/a.txt': doubled,
      'stories/b.md': doubled,
      'stories/c.csv': doubled,
      'stories/node_modules/x.txt': doubled,
      'stories/skip/d.txt': doubled,
      'package.json': '{"name":"x"}',
      '.wirelintignore': 'stories/skip/\n',
    })
    const parsed = JSON.parse(run(['--format', 'json', '.'], { cwd: dir }).stdout) as { file: string }[]
    expect(parsed.map((r) => r.file)).toEqual(['stories/a.txt', 'stories/b.md'])
  })

  test('binary and invalid UTF-8 files get a located one-line error, exit 2, and the other files are still linted', () => {
    const dir = desk({ 'a.txt': doubled, 'b.txt': Buffer.from([0x41, 0x00, 0x42]), 'c.txt': Buffer.from([0x41, 0xff, 0x42]) })
    const { code, stdout, stderr } = run(['--format', 'json', 'a.txt', 'b.txt', 'c.txt'], { cwd: dir })
    expect(code).toBe(2)
    expect(stderr).toContain('wirelint: b.txt: Unexpected binary content (NUL byte), expected a text file\n')
    expect(stderr).toContain('wirelint: c.txt: Unexpected invalid UTF-8 at byte 1')
    expect(JSON.parse(stdout).map((r: { file: string }) => r.file)).toEqual(['a.txt'])
  })

  test('empty files, UTF-8 BOM, UTF-16 and CRLF are read correctly', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Officials said the the talks.\r\n', 'utf16le')])
    const dir = desk({ 'empty.txt': '', 'bom.txt': `\ufeff${doubled}`, 'utf16.txt': utf16, 'crlf.txt': 'Title\r\n\r\nThey said the the talks.\r\n' })
    const { code, stdout } = run(['--format', 'json', '.'], { cwd: dir })
    expect(code).toBe(0)
    const byFile = Object.fromEntries((JSON.parse(stdout) as { file: string; diagnostics: { offset: number; line: number }[] }[]).map((r) => [r.file, r.diagnostics]))
    expect(byFile['empty.txt']).toEqual([])
    expect(byFile['bom.txt']?.[0]?.offset).toBe(15)
    expect(byFile['utf16.txt']?.[0]?.offset).toBe(15)
    expect(byFile['crlf.txt']?.[0]?.line).toBe(3)
  })

  test('usage errors exit 2 with a message on stderr', () => {
    const dir = desk({ 'a.txt': doubled })
    expect(run(['--format', 'xml', 'a.txt'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('--format: Unexpected value `xml`') })
    expect(run(['--rule', 'nope:error', 'a.txt'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('--rule: nope: Unknown rule `nope`') })
    expect(run(['--rule', 'repeatedwords:error', 'a.txt'], { cwd: dir }).stderr).toContain('did you mean `repeated-words`?')
    expect(run(['--bogus'], { cwd: dir }).code).toBe(2)
    expect(run(['missing.txt'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('missing.txt: No such file or directory') })
  })

  test('an invalid config exits 2 naming the file and the key', () => {
    const dir = desk({ 'a.txt': doubled }, { rules: { 'repeated-words': ['error', { colour: 1 }] } })
    const { code, stderr } = run(['a.txt'], { cwd: dir })
    expect(code).toBe(2)
    expect(stderr).toContain('.wirelintrc.json: rules.repeated-words.1: Unexpected key `colour`')
  })

  test('--list-rules, --version and --help', () => {
    expect(run(['--list-rules']).stdout).toMatch(/^repeated-words\s+grammar\s+warning/mu)
    expect(run(['--version']).stdout.trim()).toBe((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version)
    expect(run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: wirelint') })
  })

  test('input files are never modified', () => {
    const dir = desk({ 'a.txt': doubled })
    const before = statSync(path.join(dir, 'a.txt')).mtimeMs
    run(['a.txt'], { cwd: dir })
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(doubled)
    expect(statSync(path.join(dir, 'a.txt')).mtimeMs).toBe(before)
  })
})
