import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { minFilesForThreads, ordered, threadsFor } from '../../src/cli/engine.js'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin', 'wirelint.js')

describe('ordered', () => {
  test('yields results in input order although later calls finish first, with at most n in flight', async () => {
    let inFlight = 0
    let most = 0
    const delays = [40, 5, 30, 1, 20, 2, 10]
    const results: number[] = []
    for await (const r of ordered(delays, 3, async (ms) => {
      most = Math.max(most, ++inFlight)
      await new Promise((resolve) => setTimeout(resolve, ms))
      inFlight--
      return ms
    })) results.push(r)
    expect(results).toEqual(delays)
    expect(most).toBe(3)
  })

  test('a rejection surfaces at its turn, after the results before it', async () => {
    const seen: number[] = []
    const run = async () => {
      for await (const r of ordered([1, 2, 3], 3, async (n) => {
        if (n === 2) throw new Error('two')
        return n
      })) seen.push(r)
    }
    await expect(run()).rejects.toThrow('two')
    expect(seen).toEqual([1])
  })
})

test('threadsFor: 1 thread or one file lints in process; auto waits for enough files', () => {
  expect(threadsFor(1, 500)).toBe(0)
  expect(threadsFor(4, 1)).toBe(0)
  expect(threadsFor(4, 3)).toBe(3)
  expect(threadsFor(4, 500)).toBe(4)
  expect(threadsFor('auto', minFilesForThreads - 1)).toBe(0)
})

/** Stories of my own with defects of several rules, and a few clean ones. */
const stories = [
  'Some 4,70,000 people left the city, officials said.\n',
  'Officials said the the talks would resume on Monday.\n',
  'Port reopens\n\nThe port reopened on Tuesday, the authority said.\n\nThe port reopened on Tuesday, the authority said.\n',
  'The budget was Rs 3 crore, the ministry said.\n',
  'He said" the plan would work.\n',
  'The council met on Thursday and approved the new bridge.\n',
  'Prices rose 5 per cent in March , the survey found.\n',
  'Give Feedback\n\nThe minister arrived in the capital on Friday.\n',
]

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input: '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-threads-'))
  for (let i = 0; i < 24; i++) writeFileSync(path.join(dir, `story-${String(i).padStart(2, '0')}.txt`), stories[i % stories.length] as string)
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]))
  return dir
}

describe('wirelint --threads', () => {
  test('prints exactly what one thread prints: json, stylish, errors on stderr and exit status', () => {
    const dir = folder()
    for (const format of ['json', 'stylish']) {
      const one = run(['--threads', '1', '--format', format, '.'], dir)
      expect(one.stdout).toContain('story-23.txt')
      expect(one.stderr).toContain('binary.txt: Unexpected binary content')
      expect(one.code).toBe(2)
      expect(run(['--threads', '3', '--format', format, '.'], dir)).toEqual(one)
    }
    expect(run(['--format', 'stylish', '.'], dir)).toEqual(run(['--threads', '1', '--format', 'stylish', '.'], dir)) // auto: 25 files
  }, 180_000)

  test('--fix on worker threads writes the same files and summary as one thread', () => {
    const one = folder()
    const many = mkdtempSync(path.join(tmpdir(), 'wirelint-threads-'))
    cpSync(one, many, { recursive: true })
    const fixedOne = run(['--threads', '1', '--fix', '.'], one)
    const fixedMany = run(['--threads', '2', '--fix', '.'], many)
    expect(fixedMany).toEqual(fixedOne)
    expect(fixedOne.stdout).toMatch(/Fixed \d+ problems in \d+ files/u)
    for (const name of readdirSync(one)) expect(readFileSync(path.join(many, name), 'utf8')).toBe(readFileSync(path.join(one, name), 'utf8'))
  }, 120_000)

  test('stories in HTML, Markdown, NITF, NewsML-G2 and ninjs are read in the workers as in one thread', () => {
    const examples = path.join(root, 'examples', 'formats')
    const one = run(['--format', 'json', '--threads', '1', '.'], examples)
    const two = run(['--format', 'json', '--threads', '2', '.'], examples)
    expect(two).toEqual(one)
    const files = (JSON.parse(two.stdout) as { file: string; diagnostics: unknown[] }[]).filter((r) => r.diagnostics.length > 0)
    expect(files.map((r) => path.extname(r.file)).sort()).toEqual(['.html', '.json', '.md', '.txt', '.xml', '.xml'])
  })

  test('--threads takes auto or 1 to 64', () => {
    expect(run(['--threads', '0', 'a.txt'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('--threads: Unexpected value `0`, expected `auto` or an integer from 1 to 64') })
    expect(run(['--threads', 'many', 'a.txt'], root).code).toBe(2)
  })
})
