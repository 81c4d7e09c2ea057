import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'
import { type CliIo, runCli } from '../../src/cli/run.js'

/** Runs the CLI in-process on files of a fresh folder; returns the `feed-boilerplate` findings per file. */
async function residueIn(files: Record<string, string>, flags: string[] = [], folder?: string): Promise<Record<string, string[]>> {
  const dir = folder ?? mkdtempSync(path.join(tmpdir(), 'wirelint-template-'))
  writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify({ preset: 'none', rules: { 'feed-boilerplate': 'error' } }))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  let out = ''
  const io: CliIo = { cwd: dir, stdout: (t) => (out += t), stderr: () => {}, readStdin: async () => undefined, stdoutIsTTY: false, version: '0.0.0' }
  await runCli(['--format', 'json', ...flags, '.'], io)
  const results = JSON.parse(out) as { file: string; diagnostics: { actual: string }[] }[]
  return Object.fromEntries(results.map((r) => [r.file, r.diagnostics.map((d) => d.actual)]))
}

// Our own stories from one invented site: a different body under the same page template line.
// Each story has its own headline, as real ones do (a recurring headline would be template too).
const headlines = ['Port strike ends', 'Harvest starts early', 'Ferry to run twice a day']
const bodies = [
  'Dockers in Varna Bay went back to work on Monday after the union accepted a new pay offer from the port authority.',
  'Farmers near Port Elm began the harvest a week early this year because the summer was unusually dry and warm.',
  'The ferry between the two islands will run twice a day from June, the operator said in a statement on Tuesday.',
]
const story = (i: number) =>
  `${headlines[i]}\n\nHarbour voices since 1921\n\n${bodies[i]}\n\nThe council will meet again next month to review the figures, a spokesman for the mayor said.\n`

test('the CLI on three or more files takes a line recurring in three of them for template residue', async () => {
  const found = await residueIn({ 'a.txt': story(0), 'b.txt': story(1), 'c.txt': story(2) })
  expect(found).toEqual({ 'a.txt': ['Harbour voices since 1921'], 'b.txt': ['Harbour voices since 1921'], 'c.txt': ['Harbour voices since 1921'] })
})

test('the CLI on two files compares nothing', async () => {
  expect(await residueIn({ 'a.txt': story(0), 'b.txt': story(1) })).toEqual({ 'a.txt': [], 'b.txt': [] })
})

test('worker threads get the template too, and the cache never answers for another set of files', async () => {
  const three = { 'a.txt': story(0), 'b.txt': story(1), 'c.txt': story(2) }
  const expected = { 'a.txt': ['Harbour voices since 1921'], 'b.txt': ['Harbour voices since 1921'], 'c.txt': ['Harbour voices since 1921'] }
  // Threads run the built worker: through the command, as a user runs it.
  const threaded = mkdtempSync(path.join(tmpdir(), 'wirelint-template-threads-'))
  await residueIn(three, ['--threads', '1'], threaded)
  const bin = path.resolve(import.meta.dirname, '../../bin/wirelint.js')
  const result = spawnSync(process.execPath, [bin, '--format', 'json', '--threads', '2', '.'], { cwd: threaded, encoding: 'utf8' })
  const results = JSON.parse(result.stdout) as { file: string; diagnostics: { actual: string }[] }[]
  expect(Object.fromEntries(results.map((r) => [r.file, r.diagnostics.map((d) => d.actual)]))).toEqual(expected)
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-template-cache-'))
  expect(await residueIn(three, ['--cache'], dir)).toEqual(expected)
  // With c.txt gone the line recurs in two stories only: a cached answer from the three-file run would be stale.
  rmSync(path.join(dir, 'c.txt'))
  expect(await residueIn({}, ['--cache'], dir)).toEqual({ 'a.txt': [], 'b.txt': [] })
})
