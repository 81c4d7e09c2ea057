// npm run bench: throughput of the bare retext-english parse and of the full default rule set on
// Brown press copy (A-C), measured in the same run, with their ratio; then the per-paragraph story
// build. Figures are MB/s of UTF-16 text (characters / 2^20 per second). Not a test.
// Then the issue-14 sections (cold start, warm latency, throughput, scale, memory), each a median
// with its ratio to a baseline measured in the same run, and their table at the end.
// `npm run bench -- --quick`: one round, smaller inputs, fewer runs (a few minutes).
import { performance } from 'node:perf_hooks'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { createStory } from '../src/engine/story/index.js'
import { lint } from '../src/index.js'
import { brownPress } from './lib/brown.js'
import { printTargets, quick } from './lib/bench.js'

const stories = brownPress().map((s) => s.text)
const chars = stories.reduce((n, s) => n + s.length, 0)
const mb = chars / 2 ** 20
const rounds = Number(process.env.BENCH_ROUNDS ?? (quick ? 1 : 3))
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
  for (const s of stories) void createStory(s).words
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

// Adversarial inputs (issue: hostile input): 100 KB each, linted with every rule on, compared with
// normal copy measured in this run. None may be more than 10x slower per MB than normal copy.
const size = 100 * 1024
const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
const adversarial: Record<string, string> = {
  'digits and commas': fill('1,23,4,567,,8,9 '),
  'digits and commas, no spaces': fill('1,2,34,567,8'),
  'quote marks': fill('"“”\'" '),
  'capitalised words': fill('Foo Bar Baz Qux (FBQ) '),
  'one sentence, no punctuation': fill('and the minister said that the plan '),
  'one long word': fill('a'),
  'newlines and spaces': fill(' \n \n\n  '),
  // The hostile inputs of the date-format, lakh-crore and number-grouping tests, whose unit tests
  // check results only: their speed is measured here.
  'dashed digits (date-format)': fill('1-'),
  'weekdays and months (date-format)': fill('Monday, January '),
  'impossible dates (date-format)': fill('31 June '),
  'rupee amounts (lakh-crore)': fill('Rs 1,'),
  'hyphenated lakhs (lakh-crore)': fill('9 lakh-'),
  'lakhs of (lakh-crore)': fill('lakhs of '),
  'ones and commas (number-grouping)': fill('1,'),
  'digits and points (number-grouping)': fill('9.'),
  'zeros, commas, spaces (number-grouping)': fill('0, '),
}
const normalSample = stories.join('\n\n').slice(0, size)
async function perMb(text: string): Promise<number> {
  await lint(text, { config: { preset: 'all' } })
  const start = performance.now()
  await lint(text, { config: { preset: 'all' } })
  return (performance.now() - start) / 1000 / (text.length / 2 ** 20)
}
const normal = await perMb(normalSample)
console.log(`\nadversarial inputs, 100 KB each, preset all (seconds per MB; ratio to normal copy, limit 10x):`)
console.log(`  ${'normal copy (Brown)'.padEnd(42)}${normal.toFixed(3).padStart(8)} s/MB   1.00x`)
let worst = 0
for (const [label, text] of Object.entries(adversarial)) {
  const t = await perMb(text)
  worst = Math.max(worst, t / normal)
  console.log(`  ${label.padEnd(42)}${t.toFixed(3).padStart(8)} s/MB  ${(t / normal).toFixed(2).padStart(5)}x`)
}
console.log(`  worst ratio ${worst.toFixed(2)}x ${worst <= 10 ? '(within the 10x limit)' : '(OVER the 10x limit)'}`)

// garbled-sentence and spun-text: extra time per 1,000-word story with them on (target < 50 ms).
console.log('\ngarbled-sentence and spun-text cost:')
await import('./bench-garbled.js')

// Cold start of the CLI on one 5 KB story, and the import cost of each dependency (issue 14).
await import('./bench-cold.js')
await import('./bench-latency.js')
await import('./bench-throughput.js')
await import('./bench-scale.js')
await import('./bench-memory.js')
printTargets()
