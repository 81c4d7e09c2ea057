// npm run eval:garbled: measures garbled-sentence, grammar and spun-text on
//  (1) realistic synthetic garbles made from held-out Brown press sentences (recall per error type),
//  (2) the same clean held-out sentences (false alarms; target 0.25%),
//  (3) the garbled-sentence and grammar labels of ../shared/corpus/dev, tune and held-out split apart (recall),
//  (4) the model alone by threshold on all Brown press sentences (clean copy the model never trains or calibrates on),
//  (5) grammar shapes the realistic garbles do not make (`two country`, `more cheaper`), recall per kind,
// plus diagnostics per 1,000 words on the whole held-out press stories. A script, not a test.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { createStory } from '../src/engine/story/index.js'
import { parseRuleOptions } from '../src/config/resolve.js'
import { type ActiveRule, runRules } from '../src/engine/run.js'
import type { Rule } from '../src/rule/types.js'
import garbledSentence from '../rules/garbled-sentence.js'
import grammar from '../rules/grammar.js'
import { parseModel, worstWindow } from '../rules/lib/garbled/features.js'
import { join, plainWord, realisticGarble, rng, splitOf, usableSentence } from '../rules/lib/garbled/synth.js'
import { baseTag, brownPress, countWords } from './lib/brown.js'
import { buildLexicon } from './lib/garble-lexicon.js'
import { grammarSlips } from './lib/inject-grammar.js'
import { devCorpusDir, loadDevCorpus } from './lib/dev-corpus.js'

const spun = await import('../rules/spun-text.js').then((m) => m.default as Rule).catch(() => undefined)
const active = (rule: Rule): ActiveRule => ({ rule, severity: rule.meta.severity, options: parseRuleOptions(rule, {}) })
const ruleSets: [string, ActiveRule[]][] = [['garbled-sentence', [active(garbledSentence)]], ['grammar', [active(grammar)]]]
if (spun) ruleSets.push(['spun-text', [active(spun)]])
const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(2)}%`
const t0 = performance.now()

// Held-out press files and their sentences (no quote marks: quoted findings are dropped by design).
const press = brownPress('abc')
const stories = press.filter((_, index) => splitOf(true, index) === 'eval')
// The lexicon (word forms, synonyms) comes from the training files only, as in training.
const lexicon = buildLexicon([
  ...press.filter((_, index) => splitOf(true, index) === 'train'),
  ...brownPress('defghjklmnpr').filter((_, index) => splitOf(false, index) === 'train'),
])
const tagged = stories.flatMap((s) => s.sentences.map((tokens) => ({ words: tokens.map((t) => plainWord(t.word)), tags: tokens.map((t) => baseTag(t.tag)) })))
  .filter(({ words }) => usableSentence(words) && !words.includes('"'))
const sentences = tagged.map((s) => s.words)
const random = rng(9001)
const garbles = tagged.map(({ words, tags }) => realisticGarble(words, tags, lexicon, random)).filter((g) => g !== undefined)
console.log(`held-out Brown press: ${stories.length} files, ${sentences.length} clean sentences, ${garbles.length} synthetic garbles\n`)

for (const [id, set] of ruleSets) {
  const cleanHits = sentences.filter((words) => runRules(join(words).text, set).length > 0).length
  console.log(`${id}: (2) clean held-out sentences flagged ${cleanHits}/${sentences.length} = ${pct(cleanHits, sentences.length)}`)
}
const synthSets: [string, ActiveRule[]][] = [['garbled-sentence', ruleSets[0]![1]], ['garbled-sentence + grammar', [...ruleSets[0]![1], ...ruleSets[1]![1]]]]
// Spinner substitutions are spun-text's finding as much as garbled-sentence's (the corpus counts both).
if (spun) synthSets.push(['garbled-sentence + grammar + spun-text', [...synthSets[1]![1], active(spun)]])
for (const [id, set] of synthSets) {
  const byKind = new Map<string, [number, number, number]>()
  let any = 0
  let located = 0
  for (const g of garbles) {
    const found = runRules(g.text, set)
    const hit = found.length > 0
    const near = found.some((d) => d.offset < g.end + 1 && d.endOffset > g.start - 1)
    if (hit) any++
    if (near) located++
    for (const key of g.detail ? [g.kind, `${g.kind} / ${g.detail}`] : [g.kind]) {
      const row = byKind.get(key) ?? [0, 0, 0]
      byKind.set(key, [row[0] + (hit ? 1 : 0), row[1] + (near ? 1 : 0), row[2] + 1])
    }
  }
  console.log(`${id}: (1) synthetic garbles flagged ${any}/${garbles.length} = ${pct(any, garbles.length)} (at the edit: ${pct(located, garbles.length)})`)
  // Rows `kind / detail` break a kind down by shape (`agreement / verb number`, `article / a/an`).
  for (const [kind, [hit, near, n]] of [...byKind].sort(([a], [b]) => (a < b ? -1 : 1))) console.log(`    ${kind.padEnd(kind.includes('/') ? 34 : 10)} ${pct(hit, n).padStart(7)} (at the edit ${pct(near, n)}) of ${n}`)
}

// (4) The model's threshold against clean copy it never saw (issue 13: calibrate on a held-out
// clean set): every Brown press (A-C) sentence, as the model trains and calibrates on D-R only (the
// held-out fifth alone is too few to tell 4.8 from 6). The model's worst-window score of each clean
// sentence and of each held-out garble, without
// the rule's patterns and guards, at the shipped threshold and a few higher cuts: the share of clean
// sentences and of garbles (all kinds, and inversions and insertions, the model's own kinds) above
// each. The rule flags fewer (it scores prose only, and not after a pattern has fired).
{
  const model = parseModel(JSON.parse(readFileSync(new URL('../rules/data/garbled-sentence-model.json', import.meta.url), 'utf8')))
  const scoreOf = (text: string): number => {
    const story = createStory(text)
    return Math.max(-Infinity, ...story.sentences.map((s) => worstWindow(story.tags(s), model)?.logit ?? -Infinity))
  }
  const allPress = press.flatMap((s) => s.sentences.map((tokens) => tokens.map((t) => plainWord(t.word)))).filter((w) => usableSentence(w) && !w.includes('"'))
  const clean = allPress.map((words) => scoreOf(join(words).text))
  const scored = garbles.map((g) => ({ kind: g.kind, score: scoreOf(g.text) }))
  const own = scored.filter((g) => g.kind === 'inversion' || g.kind === 'insert' || g.kind === 'order')
  console.log(`\n(4) model alone on all Brown press (clean) and the held-out garbles, by threshold (shipped ${model.threshold}):`)
  for (const cut of [model.threshold, 5, 5.25, 5.5, 5.75, 6]) {
    const above = (list: readonly number[]): number => list.filter((v) => v > cut).length
    const line = [
      `clean ${above(clean)}/${clean.length} = ${pct(above(clean), clean.length)}`,
      `garbles ${pct(above(scored.map((g) => g.score)), scored.length)}`,
      `inversion, insert and order ${pct(above(own.map((g) => g.score)), own.length)}`,
    ]
    console.log(`    above ${cut.toFixed(2)}: ${line.join(', ')}`)
  }
}

// (5) Grammar shapes the realistic garbles do not make (scripts/lib/inject-grammar.ts), one of each
// kind per held-out sentence that has a place for it, on their own seed so (1) is unchanged.
{
  const slipRandom = rng(9002)
  const byKind = new Map<string, [number, number]>()
  for (const { words, tags } of tagged) {
    for (const slip of grammarSlips(words, tags, lexicon, slipRandom)) {
      const hit = runRules(slip.text, ruleSets[1]![1]).some((d) => d.offset < slip.end + 1 && d.endOffset > slip.start - 1)
      const row = byKind.get(slip.kind) ?? [0, 0]
      byKind.set(slip.kind, [row[0] + (hit ? 1 : 0), row[1] + 1])
    }
  }
  const [all, n] = [...byKind.values()].reduce(([a, b], [h, m]) => [a + h, b + m], [0, 0])
  console.log(`grammar: (5) grammar shapes flagged at the edit ${all}/${n} = ${pct(all, n)}`)
  for (const [kind, [hit, count]] of [...byKind].sort(([a], [b]) => (a < b ? -1 : 1))) console.log(`    ${kind.padEnd(22)} ${pct(hit, count).padStart(7)} of ${count}`)
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
  const all = ruleSets.flatMap(([, set]) => set)
  const results = new Map(articles.map((a) => [a.file, runRules(a.text, all)]))
  console.log('')
  for (const split of ['tune', 'heldout'] as const) {
    for (const category of ['garbled-sentence', 'grammar']) {
      let labels = 0
      let found = 0
      const byRule = new Map<string, number>()
      for (const article of articles.filter((a) => a.split === split)) {
        for (const label of article.labels.filter((l) => l.category === category)) {
          labels++
          const start = article.text.indexOf(label.quote)
          const end = start + label.quote.length
          const hits = (results.get(article.file) ?? []).filter((d) => d.offset < end && d.endOffset > start)
          if (hits.length) found++
          for (const id of new Set(hits.map((d) => d.ruleId))) byRule.set(id, (byRule.get(id) ?? 0) + 1)
        }
      }
      console.log(`(3) dev corpus ${split} ${category} labels found (any of the three rules): ${found}/${labels} = ${pct(found, labels)} (${[...byRule].map(([k, v]) => `${k} ${v}`).join(', ')})`)
    }
  }
  const clean = articles.filter((a) => a.clean)
  const onClean = clean.reduce((n, a) => n + (results.get(a.file) ?? []).length, 0)
  const diagnostics = [...results.values()].reduce((n, r) => n + r.length, 0)
  console.log(`(3) ${diagnostics} diagnostics in ${articles.length} articles; ${onClean} on the ${clean.length} clean stories`)
} else {
  console.log('\n(3) dev corpus not found (../shared/corpus/dev)')
}
console.log(`\n${((performance.now() - t0) / 1000).toFixed(1)} s`)
