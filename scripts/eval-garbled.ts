// npm run eval:garbled: measures garbled-sentence and spun-text on
//  (1) synthetic garbles made from held-out Brown press sentences (recall),
//  (2) the same clean held-out sentences (false alarms; targets 0.5% and 0.1%),
//  (3) the garbled-sentence labels of ../shared/corpus/dev (recall),
// plus diagnostics per 1,000 words on the whole held-out press stories. A script, not a test.
import { performance } from 'node:perf_hooks'
import { parseRuleOptions } from '../src/config/resolve.js'
import { type ActiveRule, runRules } from '../src/engine/run.js'
import type { Rule } from '../src/rule/types.js'
import garbledSentence from '../rules/garbled-sentence.js'
import { garble, join, plainWord, rng, splitOf, usableSentence } from '../rules/lib/garbled/synth.js'
import { brownPress, countWords } from './lib/brown.js'
import { devCorpusDir, loadDevCorpus } from './lib/dev-corpus.js'

const spun = await import('../rules/spun-text.js').then((m) => m.default as Rule).catch(() => undefined)
const active = (rule: Rule): ActiveRule => ({ rule, severity: rule.meta.severity, options: parseRuleOptions(rule, {}) })
const ruleSets: [string, ActiveRule[]][] = [['garbled-sentence', [active(garbledSentence)]]]
if (spun) ruleSets.push(['spun-text', [active(spun)]])
const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(2)}%`
const t0 = performance.now()

// Held-out press files and their sentences (no quote marks: quoted findings are dropped by design).
const stories = brownPress('abc').filter((_, index) => splitOf(true, index) === 'eval')
const sentences = stories.flatMap((s) => s.sentences.map((tokens) => tokens.map((t) => plainWord(t.word)))).filter((w) => usableSentence(w) && !w.includes('"'))
const random = rng(9001)
const garbles = sentences.map((words) => garble(words, random)).filter((g) => g !== undefined)
console.log(`held-out Brown press: ${stories.length} files, ${sentences.length} clean sentences, ${garbles.length} synthetic garbles\n`)

for (const [id, set] of ruleSets) {
  const cleanHits = sentences.filter((words) => runRules(join(words).text, set).length > 0).length
  console.log(`${id}: (2) clean held-out sentences flagged ${cleanHits}/${sentences.length} = ${pct(cleanHits, sentences.length)}`)
}
{
  const set = ruleSets[0]![1]
  const byKind = new Map<string, [number, number, number]>()
  let any = 0
  let located = 0
  for (const g of garbles) {
    const found = runRules(g.text, set)
    const hit = found.length > 0
    const near = found.some((d) => d.offset < g.end + 1 && d.endOffset > g.start - 1)
    if (hit) any++
    if (near) located++
    const row = byKind.get(g.kind) ?? [0, 0, 0]
    byKind.set(g.kind, [row[0] + (hit ? 1 : 0), row[1] + (near ? 1 : 0), row[2] + 1])
  }
  console.log(`garbled-sentence: (1) synthetic garbles flagged ${any}/${garbles.length} = ${pct(any, garbles.length)} (at the edit: ${pct(located, garbles.length)})`)
  for (const [kind, [hit, near, n]] of [...byKind].sort()) console.log(`    ${kind.padEnd(10)} ${pct(hit, n).padStart(7)} (at the edit ${pct(near, n)}) of ${n}`)
}

// Whole held-out stories: diagnostics per 1,000 words.
const words = stories.reduce((n, s) => n + countWords(s.text), 0)
for (const [id, set] of ruleSets) {
  const count = stories.reduce((n, s) => n + runRules(s.text, set).length, 0)
  console.log(`${id}: whole held-out press stories: ${count} diagnostics in ${words} words = ${((1000 * count) / words).toFixed(3)} per 1,000 words`)
}

// (3) Dev corpus labels.
const dir = devCorpusDir()
if (dir) {
  const articles = loadDevCorpus(dir)
  const both = ruleSets.flatMap(([, set]) => set)
  let labels = 0
  let found = 0
  const byRule = new Map<string, number>()
  let diagnostics = 0
  for (const article of articles) {
    const results = runRules(article.text, both)
    diagnostics += results.length
    for (const label of article.labels.filter((l) => l.category === 'garbled-sentence')) {
      labels++
      const start = article.text.indexOf(label.quote)
      const end = start + label.quote.length
      const hits = results.filter((d) => d.offset < end && d.endOffset > start)
      if (hits.length) found++
      for (const id of new Set(hits.map((d) => d.ruleId))) byRule.set(id, (byRule.get(id) ?? 0) + 1)
    }
  }
  console.log(`\n(3) dev corpus garbled-sentence labels found: ${found}/${labels} = ${pct(found, labels)} (${[...byRule].map(([k, v]) => `${k} ${v}`).join(', ')}); ${diagnostics} diagnostics in ${articles.length} articles`)
} else {
  console.log('\n(3) dev corpus not found (../shared/corpus/dev)')
}
console.log(`\n${((performance.now() - t0) / 1000).toFixed(1)} s`)
