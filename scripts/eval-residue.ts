// npx tsx scripts/eval-residue.ts [--dump FILE] : recall of feed-boilerplate labels per TUNE site
// (../shared/corpus/dev, when present), by mechanism: the whole rule set (hand list, classifier,
// caption-residue), and the classifier alone (every hand-list entry excluded, caption-residue off).
// The classifier is trained on Brown copy and generated lines only, never on corpus lines, so its
// recall on each site is a leave-one-site-out figure: no site's copy contributed to it. Held-out
// files are never read here. Not a test: figures for the notes.
import { parseArgs } from 'node:util'
import { type ConfigInput, lint } from '../src/index.js'
import { boilerplateEntries } from '../rules/feed-boilerplate.js'
import { devCorpusDir, loadDevCorpus } from './lib/dev-corpus.js'

const { values } = parseArgs({ options: { dump: { type: 'string', multiple: true }, category: { type: 'string', default: 'feed-boilerplate' } } })
const dir = devCorpusDir()
if (!dir) {
  console.log('dev corpus: ../shared/corpus/dev not found, skipped')
  process.exit(0)
}
const articles = loadDevCorpus(dir).filter((a) => a.split === 'tune')
const category = values.category
const ruleIds = category === 'wire-code' ? ['feed-boilerplate', 'wire-code'] : ['feed-boilerplate', 'caption-residue']
const setups: Record<string, ConfigInput> = {
  all: { preset: 'none', rules: { 'feed-boilerplate': 'error', 'caption-residue': 'warning', 'wire-code': 'warning' } },
  classifier: { preset: 'none', rules: { 'feed-boilerplate': ['error', { exclude: boilerplateEntries.map((e) => e.id) }] } },
}
const pad = (s: string | number, n: number) => String(s).padEnd(n)
const bySite = new Map<string, Record<string, { found: number; total: number; extra: number }>>()
for (const article of articles) {
  const labels = article.labels.filter((l) => l.category === category)
  const spans = labels.flatMap((label) => {
    const out: { label: typeof label; start: number; end: number }[] = []
    for (let at = article.text.indexOf(label.quote); at >= 0; at = article.text.indexOf(label.quote, at + 1)) out.push({ label, start: at, end: at + label.quote.length })
    return out
  })
  const site = bySite.get(article.site) ?? {}
  for (const [name, config] of Object.entries(setups)) {
    const { diagnostics } = await lint(article.text, { config })
    const relevant = diagnostics.filter((d) => ruleIds.includes(d.ruleId))
    const entry = site[name] ?? { found: 0, total: 0, extra: 0 }
    for (const label of labels) {
      entry.total++
      if (relevant.some((d) => spans.some((s) => s.label === label && d.offset < s.end && s.start < d.endOffset))) entry.found++
      else if (name === 'classifier' && values.dump) console.log(`  missed ${article.file}: ${JSON.stringify(label.quote.slice(0, 90))}`)
    }
    entry.extra += relevant.filter((d) => !article.labels.some((l) => { const at = article.text.indexOf(l.quote); return at >= 0 && d.offset < at + l.quote.length && at < d.endOffset })).length
    site[name] = entry
    if (name === 'classifier' && values.dump?.includes(article.file)) for (const d of relevant) console.log(`  ${article.file}:${d.line} ${d.message}`)
  }
  bySite.set(article.site, site)
}
const names = Object.keys(setups)
console.log(`${category} labels per tune site (found/total; unlabelled findings in brackets)`)
console.log(`${pad('site', 32)}${names.map((n) => pad(n, 16)).join('')}`)
const sum: Record<string, { found: number; total: number; extra: number }> = {}
const macro: Record<string, number[]> = {}
for (const [site, entries] of [...bySite].sort()) {
  if ((entries.all?.total ?? 0) === 0) continue
  console.log(`${pad(site, 32)}${names.map((n) => { const e = entries[n] ?? { found: 0, total: 0, extra: 0 }; const s = (sum[n] ??= { found: 0, total: 0, extra: 0 }); s.found += e.found; s.total += e.total; s.extra += e.extra; (macro[n] ??= []).push(e.found / e.total); return pad(`${e.found}/${e.total} (${e.extra})`, 16) }).join('')}`)
}
console.log(`${pad('labels (micro)', 32)}${names.map((n) => { const s = sum[n] ?? { found: 0, total: 1, extra: 0 }; return pad(`${s.found}/${s.total} ${Math.round((100 * s.found) / s.total)}% (${s.extra})`, 16) }).join('')}`)
console.log(`${pad('mean per site (macro)', 32)}${names.map((n) => { const m = macro[n] ?? []; return pad(`${Math.round((100 * m.reduce((a, b) => a + b, 0)) / Math.max(1, m.length))}%`, 16) }).join('')}`)
