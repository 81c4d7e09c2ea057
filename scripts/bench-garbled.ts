// Run alone with `npx tsx scripts/bench-garbled.ts`, or as the last section of `npm run bench`: how much longer a 1,000-word
// story takes to lint with garbled-sentence and spun-text on than off (target: under 50 ms), and
// the one-time cost of loading the tagger and the model. Brown press copy; not a test.
import { performance } from 'node:perf_hooks'
import { parseRuleOptions } from '../src/config/resolve.js'
import { type ActiveRule, runRules } from '../src/engine/run.js'
import { rules } from '../rules/index.js'
import { brownPress, countWords } from './lib/brown.js'

const mine = new Set(['garbled-sentence', 'spun-text'])
const active = (list: typeof rules): ActiveRule[] =>
  list.map((rule) => ({ rule, severity: rule.meta.severity, options: parseRuleOptions(rule, {}) }))
const on = active(rules)
const off = active(rules.filter((r) => !mine.has(r.meta.id)))
const only = active(rules.filter((r) => mine.has(r.meta.id)))

// 1,000-word stories cut from Brown press paragraphs.
const stories: string[] = []
let current: string[] = []
for (const story of brownPress('abc')) {
  for (const paragraph of story.text.split('\n\n')) {
    current.push(paragraph.trim())
    if (countWords(current.join(' ')) >= 1000) {
      stories.push(`${current.join('\n\n')}\n`)
      current = []
    }
  }
}
const sample = stories.slice(0, 40)

const first = performance.now()
runRules(sample[0] ?? '', only)
console.log(`first use (loads wink-nlp, its model and the garbled-sentence model): ${(performance.now() - first).toFixed(0)} ms`)

function perStory(set: ActiveRule[]): number {
  for (const s of sample.slice(0, 5)) runRules(s, set) // warm up
  const runs: number[] = []
  for (let round = 0; round < 3; round++) {
    const start = performance.now()
    for (const s of sample) runRules(s, set)
    runs.push((performance.now() - start) / sample.length)
  }
  return runs.sort((a, b) => a - b)[1] ?? 0
}
const withRules = perStory(on)
const without = perStory(off)
const words = sample.reduce((n, s) => n + countWords(s), 0) / sample.length
console.log(`${sample.length} stories of ${words.toFixed(0)} words on average (median of 3 rounds, ms per story)`)
console.log(`  all rules:                              ${withRules.toFixed(1)} ms`)
console.log(`  all rules but garbled-sentence, spun-text: ${without.toFixed(1)} ms`)
console.log(`  difference:                             ${(withRules - without).toFixed(1)} ms (target < 50 ms)`)
