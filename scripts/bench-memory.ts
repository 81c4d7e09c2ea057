// Memory (issue 14: flat over a long run). 10,000 stories (2,000 with --quick; the 500 Brown
// stories over and over) through one `wirelint --ndjson` process, the pipeline use: peak RSS
// (VmHWM) over the run, and the growth of RSS from the 1,000th story to the last. The baseline is
// the RSS after the first 1,000 stories of the same run. Linux only (/proc). Run alone:
// `npx tsx scripts/bench-memory.ts`.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { brownStories } from './lib/brown.js'
import { quick, root, targets, wirelintArgs } from './lib/bench.js'

const total = Number(process.env.MEMORY_STORIES ?? (quick ? 2000 : 10_000))
const stories = brownStories().map((s) => JSON.stringify(s.text))
const child = spawn(process.execPath, wirelintArgs('--ndjson'), { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] })
const status = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'mu').exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

const feed = (async () => {
  for (let i = 0; i < total; i++) {
    if (!child.stdin.write(`${stories[i % stories.length]}\n`)) await new Promise((resolve) => child.stdin.once('drain', resolve))
  }
})()
let seen = 0
let atThousand = 0
let last = 0
const start = performance.now()
for await (const _ of createInterface({ input: child.stdout })) {
  seen++
  if (seen === 1000) atThousand = status('VmRSS')
  if (seen === total) {
    last = status('VmRSS')
    break
  }
}
const peak = status('VmHWM')
await feed
child.stdin.end()
await new Promise((resolve) => child.once('exit', resolve))
const seconds = (performance.now() - start) / 1000

console.log(`\nmemory: ${total} stories through one wirelint --ndjson process (${seconds.toFixed(0)} s):`)
console.log(`  RSS after 1,000 stories ${atThousand.toFixed(0)} MB, after ${total} ${last.toFixed(0)} MB, peak ${peak.toFixed(0)} MB`)
targets.push(
  { work: `peak RSS over ${total} stories`, figure: `${peak.toFixed(0)} MB`, baseline: `RSS at 1,000 ${atThousand.toFixed(0)} MB`, ratio: peak / atThousand, target: '< 400 MB', holds: peak < 400 },
  { work: `RSS growth after the first 1,000 stories`, figure: `${last.toFixed(0)} MB`, baseline: `RSS at 1,000 ${atThousand.toFixed(0)} MB`, ratio: last / atThousand, target: 'flat (<= 1.1x)', holds: last / atThousand <= 1.1 },
)
