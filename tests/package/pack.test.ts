// The published package as a user gets it: `npm pack`, installed into an empty project, then
// imported from ESM, type-checked from TypeScript, and run with `npx wirelint`. Slow (an npm
// install), so it is its own vitest project (`npx vitest run --project package`).
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const work = mkdtempSync(path.join(tmpdir(), 'wirelint-pack-'))
const project = path.join(work, 'project')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function run(command: string, args: string[], options: SpawnSyncOptions = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' }, ...options })
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) }
}

let packed: { filename: string; files: { path: string }[] }

beforeAll(() => {
  // dist/ is built by `npm test` before vitest runs; --ignore-scripts skips a second build.
  const pack = run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root })
  expect(pack.status, pack.stderr).toBe(0)
  packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0] as typeof packed
  mkdirSync(project)
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'desk-app', private: true, type: 'module' }))
  const install = run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', path.join(work, packed.filename)], { cwd: project })
  expect(install.status, install.stderr).toBe(0)
  writeFileSync(path.join(project, '.wirelintrc.json'), JSON.stringify({ preset: 'none', rules: { 'repeated-words': 'error' } }))
}, 120_000)

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

describe('the npm package', () => {
  test('ships the compiled library, the command, its types and the rule docs, and no tests or sources', () => {
    const files = packed.files.map((f) => f.path)
    expect(files).toEqual(expect.arrayContaining(['bin/wirelint.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/server/worker.js', 'README.md', 'package.json', 'rules/repeated-words.md']))
    expect(files.filter((f) => f.startsWith('tests/') || f.startsWith('src/') || f.startsWith('node_modules/') || f.endsWith('.test.js'))).toEqual([])
  })

  test('`import { lint } from "wirelint"` works from an ESM file', () => {
    writeFileSync(
      path.join(project, 'check.mjs'),
      [
        "import { fix, formatters, lint } from 'wirelint'",
        "const config = { preset: 'none', rules: { 'repeated-words': 'error' } }",
        "const { diagnostics } = await lint('Crews said the the port was open.', { config })",
        "const { output } = await fix('Crews said the the port was open.', { config })",
        'console.log(JSON.stringify({ found: diagnostics.map((d) => [d.ruleId, d.severity, d.actual]), output, formats: Object.keys(formatters) }))',
      ].join('\n'),
    )
    const result = run(process.execPath, ['check.mjs'], { cwd: project })
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({
      found: [['repeated-words', 'error', 'the the']],
      output: 'Crews said the port was open.',
      formats: ['stylish', 'json', 'sarif', 'github', 'checkstyle', 'html'],
    })
  })

  test('`wirelint/retext` runs in a unified pipeline, and `createLinter` lints many stories', () => {
    writeFileSync(
      path.join(project, 'pipeline.mjs'),
      [
        "import { unified } from 'unified'",
        "import retextEnglish from 'retext-english'",
        "import { createLinter } from 'wirelint'",
        "import { retextWirelint } from 'wirelint/retext'",
        "const config = { preset: 'none', rules: { 'repeated-words': 'warn' } }",
        "const processor = unified().use(retextEnglish).use(retextWirelint, { config })",
        "const file = { value: 'Crews said the the port was open.' }",
        "const { VFile } = await import('vfile')",
        "const vfile = new VFile(file.value)",
        'await processor.run(processor.parse(vfile), vfile)',
        'const linter = createLinter({ config })',
        "const many = ['A the the.', 'B.', 'C and and.'].map((t) => linter.lint(t).length)",
        'console.log(JSON.stringify({ messages: vfile.messages.map((m) => [m.ruleId, m.fatal, m.actual]), many }))',
      ].join('\n'),
    )
    const result = run(process.execPath, ['pipeline.mjs'], { cwd: project })
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({ messages: [['repeated-words', false, 'the the']], many: [1, 0, 1] })
  })

  test('a TypeScript file importing it type-checks, and a wrong call does not', () => {
    writeFileSync(
      path.join(project, 'check.ts'),
      [
        "import { type Diagnostic, lint, type LintResult } from 'wirelint'",
        "const result: LintResult = await lint('Crews said the the port was open.', { config: { preset: 'recommended' } })",
        'const first: Diagnostic | undefined = result.diagnostics[0]',
        "export const where: string = `${first?.line ?? 0}:${first?.column ?? 0} ${first?.severity ?? 'none'}`",
        '// @ts-expect-error lint takes the story text, not a number',
        'await lint(42)',
        '',
      ].join('\n'),
    )
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['check.ts'] }),
    )
    const tsc = run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: project })
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  })

  test('`npx wirelint` lints a story with the installed command', () => {
    writeFileSync(path.join(project, 'story.txt'), 'Crews said the the port was open.\n')
    const version = run('npx', ['--no', 'wirelint', '--version'], { cwd: project })
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/u)
    const result = run('npx', ['--no', 'wirelint', 'story.txt'], { cwd: project })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('story.txt\n  1:12  error  Unexpected repeated `the`, remove one occurrence  repeated-words')
  })

  test('installed globally from the tarball (`npm install -g`), the command runs from anywhere', () => {
    const prefix = path.join(work, 'global')
    const install = run(npm, ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', path.join(work, packed.filename)])
    expect(install.status, install.stderr).toBe(0)
    const bin = process.platform === 'win32' ? path.join(prefix, 'wirelint.cmd') : path.join(prefix, 'bin', 'wirelint')
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'wirelint-elsewhere-'))
    writeFileSync(path.join(elsewhere, 'story.txt'), 'Crews said the the port was open.\n')
    const result = run(bin, ['--rule', 'repeated-words:error', 'story.txt'], { cwd: elsewhere })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('Unexpected repeated `the`')
    rmSync(elsewhere, { recursive: true, force: true })
  }, 120_000)
})
