// Warm latency (issue 14: a pre-publish hook that answers at once): one ~5 KB story
// (examples/cold-start-story.txt) linted again and again, p50 and p99, by the API (one linter made
// with createLinter, the documented way to lint many stories) and by the HTTP service (`wirelint
// serve`, POST /lint, one request at a time). Baselines in the same run: a bare per-paragraph
// retext-english parse of the story, and GET /health (HTTP alone). Run alone: `npx tsx scripts/bench-latency.ts`.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { createLinter } from '../src/index.js'
import { median, ms, percentile, quick, root, startServe, targets } from './lib/bench.js'

const samples = Number(process.env.LATENCY_SAMPLES ?? (quick ? 100 : 500))
const text = readFileSync(new URL('examples/cold-start-story.txt', `file://${root}`), 'utf8')

async function timed(run: () => unknown, count: number): Promise<number[]> {
  for (let i = 0; i < 20; i++) await run() // warm up
  const out: number[] = []
  for (let i = 0; i < count; i++) {
    const start = performance.now()
    await run()
    out.push(performance.now() - start)
  }
  return out
}

console.log(`\nwarm latency: one ${(text.length / 1024).toFixed(1)} KB story, ${samples} runs each (targets p50 <= 8 ms, p99 <= 25 ms):`)
const parser = unified().use(retextEnglish)
const bare = median(await timed(() => text.split(/\n[ \t]*\n/u).map((p) => parser.parse(p)), samples))
const linter = createLinter()
const api = await timed(() => linter.lint(text), samples)

const service = await startServe()
const health = median(await timed(async () => (await fetch(`${service.url}/health`)).text(), samples))
const served = await timed(async () => {
  const res = await fetch(`${service.url}/lint`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text })
  if (res.status !== 200) throw new Error(`POST /lint answered ${res.status}`)
  await res.text()
}, samples)
await service.stop()

const show = (label: string, values: number[], base: number, baseLabel: string) => {
  const [p50, p99] = [percentile(values, 50), percentile(values, 99)]
  console.log(`  ${label.padEnd(28)} p50 ${ms(p50).padStart(8)}  p99 ${ms(p99).padStart(8)}  p50 ${(p50 / base).toFixed(2)}x ${baseLabel}`)
  targets.push(
    { work: `warm latency ${label}, p50`, figure: ms(p50), baseline: `${baseLabel} ${ms(base)}`, ratio: p50 / base, target: '<= 8 ms', holds: p50 <= 8 },
    { work: `warm latency ${label}, p99`, figure: ms(p99), baseline: `${baseLabel} ${ms(base)}`, ratio: p99 / base, target: '<= 25 ms', holds: p99 <= 25 },
  )
}
console.log(`  ${'bare per-paragraph parse'.padEnd(28)} p50 ${ms(bare).padStart(8)}`)
console.log(`  ${'GET /health'.padEnd(28)} p50 ${ms(health).padStart(8)}`)
show('API (createLinter().lint)', api, bare, 'bare parse')
show('service (POST /lint)', served, health, 'GET /health')
