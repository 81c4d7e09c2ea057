// npm run bench: throughput of the bare retext-english parse and of the full default rule set on
// Brown press copy (A-C), measured in the same run, with their ratio; then the per-paragraph story
// build. Figures are MB/s of UTF-16 text (characters / 2^20 per second). Not a test.
import { performance } from 'node:perf_hooks'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { buildStory } from '../src/engine/story.js'
import { lint } from '../src/index.js'
import { brownPress } from './lib/brown.js'

const stories = brownPress().map((s) => s.text)
const chars = stories.reduce((n, s) => n + s.length, 0)
const mb = chars / 2 ** 20
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
const parser = unified().use(retextEnglish)

async function time(label: string, run: () => Promise<void> | void): Promise<number> {
  await run() // warm up
  const samples: number[] = []
  for (let i = 0; i < rounds; i++) {
    const start = performance.now()
    await run()
    samples.push((performance.now() - start) / 1000)
  }
  samples.sort((a, b) => a - b)
  const median = samples[Math.floor(samples.length / 2)] ?? 0
  const rate = mb / median
  console.log(`${label.padEnd(44)}${rate.toFixed(3).padStart(8)} MB/s  (median of ${rounds}: ${median.toFixed(3)} s)`)
  return rate
}

console.log(`Brown press copy A-C: ${stories.length} stories, ${mb.toFixed(2)} MB, node ${process.version}\n`)
const bare = await time('bare retext-english parse (whole story)', () => {
  for (const s of stories) parser.parse(s)
})
const model = await time('story model (per-paragraph parse)', () => {
  for (const s of stories) buildStory(s)
})
const full = await time('lint, default config (recommended)', async () => {
  for (const s of stories) await lint(s)
})
const all = await time('lint, preset all', async () => {
  for (const s of stories) await lint(s, { config: { preset: 'all' } })
})
console.log('\nratios against the bare parse (higher is slower):')
console.log(`  story model        ${(bare / model).toFixed(2)}x`)
console.log(`  recommended rules  ${(bare / full).toFixed(2)}x`)
console.log(`  all rules          ${(bare / all).toFixed(2)}x`)
