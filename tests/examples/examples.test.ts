import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')

function run(file: string, args: string[] = []) {
  const result = spawnSync(tsx, [path.join(root, file), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

// The examples are documentation people copy: they must keep running against the API.
test('examples/api.ts lints the example story, blocks it and applies safe fixes', () => {
  const { code, stdout } = run('examples/api.ts', ['examples/wire-story.txt'])
  expect(code).toBe(0)
  expect(stdout).toContain('number-grouping: Unexpected Indian digit grouping `2,40,000`, expected `240,000` -> "240,000"')
  expect(stdout).toContain('blocked: errors remain')
  expect(stdout).toMatch(/^\d+ safe fixes applied/mu)
})

test('examples/custom-rule.ts plugs a house rule in like a built-in one', () => {
  const { code, stdout } = run('examples/custom-rule.ts')
  expect(code).toBe(0)
  expect(stdout).toContain('ltd-period Unexpected `Ltd`, expected `Ltd.`')
})

test('examples/retext-pipeline.ts reports through vfile-reporter from plain text and Markdown', () => {
  const { code, stdout, stderr } = run('examples/retext-pipeline.ts')
  expect(stderr).toBe('')
  expect(code).toBe(0)
  expect(stdout).toMatch(/desk\/port\.md\n3:8-3:16 +error +Unexpected Indian digit grouping `4,70,000`, expected `470,000` number-grouping +wirelint/u)
  expect(stdout).toMatch(/desk\/port\.txt\n1:6-1:14 +error/u)
  expect(stdout).toContain('3 messages')
})

test('examples/ndjson/stream.ts runs wirelint --ndjson as a map step and gets a result line per story', () => {
  const { code, stdout } = run('examples/ndjson/stream.ts')
  expect(code).toBe(0)
  expect(stdout.split('\n').filter((l) => /^\S/u.test(l))).toEqual([
    'desk-101: publish (0 errors, 0 warnings)',
    'desk-102: hold (1 errors, 0 warnings)',
    '3: publish (0 errors, 1 warnings)',
    'desk-104: not linted (line 4): Missing `text`, expected an object with a string `text`',
    '105: publish (0 errors, 0 warnings)',
    'wirelint exited with 2',
  ])
  expect(stdout).toContain('  number-grouping: Unexpected Indian digit grouping `4,70,000`, expected `470,000`')
})
