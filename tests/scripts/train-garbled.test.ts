// The shipped garbled-sentence model is what `npm run train` builds: training is seeded and
// deterministic, so a rebuild gives the same bytes. It takes minutes (tagging all of Brown), so it
// runs only when asked: WIRELINT_TRAIN=1 npx vitest run tests/scripts/train-garbled.test.ts
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'

test.skipIf(process.env.WIRELINT_TRAIN !== '1')('npm run train rebuilds the shipped model byte for byte', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-train-'))
  try {
    const out = path.join(dir, 'model.json')
    execFileSync('npx', ['tsx', 'scripts/train-garbled.ts', `--out=${out}`], { stdio: 'ignore' })
    expect(readFileSync(out, 'utf8') === readFileSync('rules/data/garbled-sentence-model.json', 'utf8')).toBe(true)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 1_800_000)
