// The hook examples used as a newsroom would: a real git repository, a real `git commit`.
import { type SpawnSyncReturns, spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import picomatch from 'picomatch'
import { beforeEach, describe, expect, test } from 'vitest'
import { parse as parseYaml } from 'yaml'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin', 'wirelint.js')
const bad = 'Dock workers said the the strike was over.\n'
const clean = 'Dock workers said the strike was over.\n'

/** A git repository whose stories get repeated-words as an error, isolated from user and system git config. */
function repository(): { dir: string; git: (...args: string[]) => SpawnSyncReturns<string>; write: (file: string, text: string) => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-hooks-'))
  const env = { ...process.env, HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: path.join(dir, '.gitconfig-none'), NO_COLOR: '1', WIRELINT: `${process.execPath} ${bin}` }
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env })
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  expect(git('init', '-q').status).toBe(0)
  git('config', 'user.name', 'Desk Editor')
  git('config', 'user.email', 'desk@example.com')
  git('config', 'core.hooksPath', '.git/hooks')
  write('.wirelintrc.json', JSON.stringify({ preset: 'none', rules: { 'repeated-words': 'error' } }))
  return { dir, git, write }
}

const commits = (git: (...args: string[]) => SpawnSyncReturns<string>): number => {
  const count = git('rev-list', '--count', 'HEAD')
  return count.status === 0 ? Number(count.stdout.trim()) : 0
}

describe('examples/hooks/pre-commit in a real git repository', () => {
  let repo: ReturnType<typeof repository>

  beforeEach(() => {
    repo = repository()
    const hook = path.join(repo.dir, '.git', 'hooks', 'pre-commit')
    copyFileSync(path.join(root, 'examples', 'hooks', 'pre-commit'), hook)
    chmodSync(hook, 0o755)
  })

  test('a commit with a bad story is blocked; once fixed and staged it passes', () => {
    const { git, write } = repo
    write('.gitignore', 'node_modules/\n')
    write('desk/harbour strike.txt', bad)
    git('add', '.')
    const blocked = git('commit', '-q', '-m', 'Harbour strike')
    expect(blocked.status).not.toBe(0)
    // git sends a hook's standard output to its standard error
    expect(blocked.stderr).toContain('desk/harbour strike.txt\n  1:19  error  Unexpected repeated `the`, remove one occurrence  repeated-words')
    expect(blocked.stderr).toContain('wirelint: commit blocked')
    expect(commits(git)).toBe(0)

    // Fixed in the working copy but not staged: the staged story is still bad.
    write('desk/harbour strike.txt', clean)
    expect(git('commit', '-q', '-m', 'Harbour strike').status).not.toBe(0)
    expect(commits(git)).toBe(0)

    git('add', 'desk/harbour strike.txt')
    const passed = git('commit', '-q', '-m', 'Harbour strike')
    expect(passed.stderr).toBe('')
    expect(passed.status).toBe(0)
    expect(commits(git)).toBe(1)
  })

  test('only staged .txt and .md stories are checked', () => {
    const { git, write } = repo
    write('notes.csv', bad)
    write('desk/ok.md', clean)
    git('add', '.')
    expect(git('commit', '-q', '-m', 'Notes').status).toBe(0)
    expect(commits(git)).toBe(1)
  })
})

/** Links this checkout as the repository's installed wirelint, so `npx --no wirelint` finds it. */
function installWirelint(dir: string): void {
  mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true })
  symlinkSync(root, path.join(dir, 'node_modules', 'wirelint'), 'dir')
  symlinkSync(path.join('..', 'wirelint', 'bin', 'wirelint.js'), path.join(dir, 'node_modules', '.bin', 'wirelint'))
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'desk', private: true }))
  writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n')
}

/** The staged files of a repository, as lefthook's {staged_files} and lint-staged's arguments. */
function staged(git: (...args: string[]) => SpawnSyncReturns<string>): string[] {
  return git('diff', '--cached', '--name-only', '--diff-filter=ACMR').stdout.split('\n').filter(Boolean)
}

/** Runs a hook command line the way a shell would, with the staged files appended. */
function runHookCommand(dir: string, command: string, files: string[]): SpawnSyncReturns<string> {
  const quoted = files.map((f) => `'${f.replaceAll("'", "'\\''")}'`).join(' ')
  return spawnSync('sh', ['-c', `${command} ${quoted}`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
}

describe('the lefthook and husky + lint-staged examples', () => {
  test('lefthook.yml: its glob picks the staged stories and its command fails on a bad one, passes on a clean one', () => {
    const config = parseYaml(readFileSync(path.join(root, 'examples', 'hooks', 'lefthook.yml'), 'utf8')) as {
      'pre-commit': { commands: { wirelint: { glob: string; run: string } } }
    }
    const { glob, run } = config['pre-commit'].commands.wirelint
    expect(run).toContain('{staged_files}')
    const { dir, git, write } = repository()
    installWirelint(dir)
    write('desk/a.txt', bad)
    write('desk/b.md', clean)
    write('desk/c.csv', bad)
    git('add', '.')
    // lefthook matches the glob against each staged path and substitutes {staged_files}.
    const matches = picomatch(glob, { basename: true })
    const files = staged(git).filter((f) => matches(f))
    expect(files).toEqual(['desk/a.txt', 'desk/b.md'])
    const [command] = run.split('{staged_files}')
    const blocked = runHookCommand(dir, command ?? '', files)
    expect(blocked.status).toBe(1)
    expect(blocked.stdout).toContain('desk/a.txt')
    write('desk/a.txt', clean)
    expect(runHookCommand(dir, command ?? '', files).status).toBe(0)
  })

  test('husky runs lint-staged, whose config runs wirelint on the staged stories', () => {
    const hook = readFileSync(path.join(root, 'examples', 'hooks', 'husky', 'pre-commit'), 'utf8')
    expect(hook.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(['npx --no lint-staged'])
    const pkg = JSON.parse(readFileSync(path.join(root, 'examples', 'hooks', 'husky', 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
      'lint-staged': Record<string, string>
    }
    expect(pkg.scripts.prepare).toBe('husky')
    const entries = Object.entries(pkg['lint-staged'])
    expect(entries).toHaveLength(1)
    const [glob, command] = entries[0] ?? ['', '']
    const { dir, git, write } = repository()
    installWirelint(dir)
    write('desk/a.txt', bad)
    write('desk/notes.json', '{}')
    git('add', '.')
    // lint-staged matches globs without a slash against base names and appends absolute paths.
    const matches = picomatch(glob, { basename: true })
    const files = staged(git)
      .filter((f) => matches(f))
      .map((f) => path.join(dir, f))
    expect(files).toEqual([path.join(dir, 'desk/a.txt')])
    // lint-staged runs the command through npm's bin path, as `npx --no` does here.
    expect(runHookCommand(dir, `npx --no ${command}`, files).status).toBe(1)
    write('desk/a.txt', clean)
    expect(runHookCommand(dir, `npx --no ${command}`, files).status).toBe(0)
  })
})
