// npx tsx scripts/findings.ts OUT.jsonl
// Every finding of every rule (preset all, then each house style) on the dev corpus (when present),
// Brown press copy and the examples, one JSON line per story. Diff two runs to see exactly which
// findings a change gains or loses: the check behind "no rule loses a finding without saying why".
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { type ConfigInput, lint } from '../src/index.js'
import { brownPress } from './lib/brown.js'
import { devCorpusDir, loadDevCorpus } from './lib/dev-corpus.js'

const out = process.argv[2]
if (!out) throw new Error('usage: tsx scripts/findings.ts OUT.jsonl')
const stories: { id: string; text: string }[] = []
const dir = devCorpusDir()
if (dir) for (const a of loadDevCorpus(dir)) stories.push({ id: `dev/${a.file}`, text: a.text })
for (const b of brownPress()) stories.push({ id: `brown/${b.id}`, text: b.text })
for (const f of readdirSync('examples').filter((f) => f.endsWith('.txt'))) stories.push({ id: `examples/${f}`, text: readFileSync(path.join('examples', f), 'utf8') })
const configs: Record<string, ConfigInput> = { all: { preset: 'all' }, ap: { preset: 'none', style: 'ap' }, reuters: { preset: 'none', style: 'reuters' } }
const lines: string[] = []
for (const [name, config] of Object.entries(configs)) {
  for (const story of stories) {
    const { diagnostics } = await lint(story.text, { config })
    for (const d of diagnostics) lines.push(`${name}\t${story.id}\t${d.offset}-${d.endOffset}\t${d.ruleId}\t${d.severity}\t${d.messageId}\t${d.message}\t${JSON.stringify(d.expected)}\t${d.related ? `${d.related.offset}-${d.related.endOffset}` : ''}`)
  }
}
writeFileSync(out, `${lines.join('\n')}\n`)
console.log(`${lines.length} findings in ${stories.length} stories x ${Object.keys(configs).length} configs -> ${out}`)
