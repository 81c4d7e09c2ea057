// npm run eval [-- --rule id ... --preset recommended|all --show N]
// Lints the labelled dev corpus (../shared/corpus/dev, when present) and reports, per category, the
// labels found, and per rule its diagnostics on labelled spans and elsewhere; then lints Brown press
// copy (A-C) and reports warning-or-error diagnostics per 1,000 words by rule (false alarms on clean
// copy). Not a test: figures for the notes.
import { parseArgs } from 'node:util'
import { type ConfigInput, type Diagnostic, lint, type RuleEntry, rules } from '../src/index.js'
import { brownPress, countWords } from './lib/brown.js'
import { categoryRules, devCorpusDir, loadDevCorpus } from './lib/dev-corpus.js'

const { values } = parseArgs({
  options: {
    rule: { type: 'string', multiple: true },
    preset: { type: 'string', default: 'recommended' },
    show: { type: 'string', default: '0' },
  },
})
const show = Number(values.show)
const only = values.rule ?? []
for (const id of only) if (!rules.some((r) => r.meta.id === id)) throw new Error(`Unknown rule ${id}`)
const config: ConfigInput =
  only.length > 0
    ? { preset: 'none', rules: Object.fromEntries(only.map((id) => [id, rules.find((r) => r.meta.id === id)?.meta.severity ?? 'warning'])) }
    : { preset: values.preset === 'all' ? 'all' : 'recommended' }

/**
 * An excerpt-cut file ends abruptly because the corpus cut it, not because the feed did (corpus
 * README), so truncated-text lints it as an excerpt (`storyEnd: false`), as a user would.
 */
function configFor(article: { excerptCut: boolean }): { config: ConfigInput; rules?: Record<string, RuleEntry> } {
  const truncation = config.preset === 'none' ? config.rules?.['truncated-text'] : 'warning'
  if (!article.excerptCut || truncation === undefined || truncation === 'off') return { config }
  const severity = typeof truncation === 'string' ? truncation : 'warning'
  return { config, rules: { 'truncated-text': [severity, { storyEnd: false }] } }
}

const pad = (s: string | number, n: number) => String(s).padEnd(n)
const overlaps = (d: Diagnostic, start: number, end: number) => d.offset < end && start < d.endOffset

async function evalDev(): Promise<void> {
  const dir = devCorpusDir()
  if (!dir) {
    console.log('dev corpus: ../shared/corpus/dev not found, skipped')
    return
  }
  const articles = loadDevCorpus(dir)
  const byCategory = new Map<string, Record<'tune' | 'heldout', { found: number; total: number }>>()
  const byRule = new Map<string, { total: number; onLabel: number }>()
  const unlabelled: string[] = []
  const missed: string[] = []
  for (const article of articles) {
    const { diagnostics } = await lint(article.text, configFor(article))
    // A label's quote may occur more than once (a duplicated paragraph, a repeated attribution):
    // it is found when a diagnostic, or its `related` first place, overlaps any occurrence.
    const spans = article.labels.flatMap((label) => {
      const found: { label: typeof label; start: number; end: number }[] = []
      for (let at = article.text.indexOf(label.quote); at >= 0; at = article.text.indexOf(label.quote, at + 1)) {
        found.push({ label, start: at, end: at + label.quote.length })
      }
      return found.length > 0 ? found : [{ label, start: -1, end: -1 }]
    })
    for (const label of article.labels) {
      const ruleIds = categoryRules[label.category] ?? []
      const relevant = only.length === 0 || ruleIds.some((id) => only.includes(id))
      if (!relevant) continue
      const entries = byCategory.get(label.category) ?? { tune: { found: 0, total: 0 }, heldout: { found: 0, total: 0 } }
      const entry = entries[article.split]
      entry.total++
      const places = spans.filter((s) => s.label === label && s.start >= 0)
      const found = diagnostics.some(
        (d) =>
          (label.category === 'other' || ruleIds.includes(d.ruleId)) &&
          places.some(({ start, end }) => overlaps(d, start, end) || (d.related !== undefined && d.related.offset < end && start < d.related.endOffset)),
      )
      if (found) entry.found++
      // Held-out copy is never read while tuning: only tune-split misses are listed.
      else if (label.category !== 'other' && article.split === 'tune') missed.push(`${article.file} ${label.category}: ${JSON.stringify(label.quote.slice(0, 80))}`)
      byCategory.set(label.category, entries)
    }
    for (const d of diagnostics) {
      const entry = byRule.get(d.ruleId) ?? { total: 0, onLabel: 0 }
      entry.total++
      if (spans.some((s) => s.start >= 0 && overlaps(d, s.start, s.end))) entry.onLabel++
      else if (article.split === 'tune') unlabelled.push(`${article.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`)
      byRule.set(d.ruleId, entry)
    }
  }
  const tuneFiles = articles.filter((a) => a.split === 'tune').length
  console.log(`\n## Dev corpus (${articles.length} articles, ../shared/corpus/dev): ${tuneFiles} tune, ${articles.length - tuneFiles} held out by site\n`)
  console.log('Recall per category on the tune split and on the held-out split (sites never tuned on; see scripts/lib/dev-corpus.ts).')
  console.log(`${pad('category', 28)}${pad('tune', 16)}held out`)
  const ratio = (e: { found: number; total: number }) => (e.total === 0 ? '-' : `${e.found}/${e.total} ${Math.round((100 * e.found) / e.total)}%`)
  const sum = { tune: { found: 0, total: 0 }, heldout: { found: 0, total: 0 } }
  for (const [category, e] of [...byCategory].sort()) {
    console.log(`${pad(category, 28)}${pad(ratio(e.tune), 16)}${ratio(e.heldout)}`)
    if (category !== 'other') {
      for (const split of ['tune', 'heldout'] as const) {
        sum[split].found += e[split].found
        sum[split].total += e[split].total
      }
    }
  }
  console.log(`${pad('all (except other)', 28)}${pad(ratio(sum.tune), 16)}${ratio(sum.heldout)}`)
  const cleanHits = { tune: 0, heldout: 0 }
  const cleanFiles = { tune: 0, heldout: 0 }
  for (const article of articles.filter((a) => a.clean)) {
    cleanFiles[article.split]++
    const { diagnostics } = await lint(article.text, configFor(article))
    const hits = diagnostics.filter((d) => d.severity !== 'info')
    cleanHits[article.split] += hits.length
    if (show > 0 && article.split === 'tune') for (const d of hits) unlabelled.push(`${article.file} (clean):${d.line}:${d.column} ${d.ruleId} ${d.message}`)
  }
  console.log(`${pad('findings on clean stories', 28)}${pad(`${cleanHits.tune} in ${cleanFiles.tune}`, 16)}${cleanHits.heldout} in ${cleanFiles.heldout}`)
  console.log(`\n${pad('rule', 24)}${pad('diagnostics', 13)}on a labelled span`)
  for (const [ruleId, e] of [...byRule].sort()) console.log(`${pad(ruleId, 24)}${pad(e.total, 13)}${e.onLabel}`)
  if (show > 0) {
    console.log(`\nunlabelled diagnostics on the tune split (first ${show}):`)
    for (const line of unlabelled.slice(0, show)) console.log(`  ${line}`)
    console.log(`\nmissed labels on the tune split (first ${show}):`)
    for (const line of missed.slice(0, show)) console.log(`  ${line}`)
  }
}

async function evalBrown(): Promise<void> {
  const stories = brownPress()
  let words = 0
  const counts = new Map<string, number>()
  const examples: string[] = []
  for (const story of stories) {
    words += countWords(story.text)
    const { diagnostics } = await lint(story.text, { config })
    for (const d of diagnostics) {
      if (d.severity === 'info') continue
      counts.set(d.ruleId, (counts.get(d.ruleId) ?? 0) + 1)
      if (examples.length < show) {
        const context = story.text.slice(Math.max(0, d.offset - 50), d.endOffset + 30).replace(/\s+/gu, ' ')
        examples.push(`${story.id}:${d.line}:${d.column} ${d.ruleId} ${d.message}\n      ...${context}...`)
      }
    }
  }
  console.log(`\n## Brown press copy A-C (${stories.length} stories, ${words} words): warning-or-error diagnostics per 1,000 words\n`)
  let all = 0
  const ids = only.length > 0 ? only : rules.map((r) => r.meta.id)
  for (const id of ids) {
    const n = counts.get(id) ?? 0
    all += n
    console.log(`${pad(id, 24)}${pad(n, 6)}${((n * 1000) / words).toFixed(3)}`)
  }
  console.log(`${pad('all', 24)}${pad(all, 6)}${((all * 1000) / words).toFixed(3)}`)
  if (show > 0 && examples.length) {
    console.log(`\nfirst ${examples.length} Brown hits:`)
    for (const e of examples) console.log(`  ${e}`)
  }
}

await evalDev()
await evalBrown()
