// Shapes a spinner leaves when it swaps a word for a thesaurus entry of another part of speech,
// found on tagged tokens (offsets relative to the tagged text):
// - a verb phrase in a noun's place (`a last-minute make an effort` for `bid`, `a final take a
//   look` for `review`): `a` or `an`, modifiers with an adjective, then a light verb in the base
//   form (not `have` or `do`, auxiliaries too) and a noun phrase of its own. A singular indefinite
//   phrase is never the subject of a base form, so clean copy never has this; `the` is left out
//   (`the home side make a change` is British agreement), as are quantities (`a few make a
//   living`), a plural before the verb (its subject) and hyphened compounds (`a make-or-break vote`).
// - a fixed two-word phrase of clean copy with one word swapped for a thesaurus synonym that
//   clean copy never puts in that slot (`the Joined States`, `a prime parson`), from
//   rules/data/spun-phrases.json (Brown D-R counts and WordNet synonyms, scripts/build-spun-phrases.ts).
import type { Span, Story, Token } from '../../src/rule/types.js'

/** Light verbs whose multiword entries (`make an effort`, `take a look`) stand for a noun in a thesaurus. */
const lightVerbs: ReadonlySet<string> = new Set(['make', 'take', 'give', 'get', 'pay', 'put'])
const articles: ReadonlySet<string> = new Set(['a', 'an'])
const quantities: ReadonlySet<string> = new Set(['few', 'little', 'lot', 'number', 'couple', 'dozen', 'handful', 'majority', 'minority', 'host', 'bit'])
const objectArticles: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some'])

/** Verb phrases standing where an article's noun belongs: the span from the article to the phrase's noun. */
export function findVerbPhraseNouns(tokens: readonly Token[]): { start: number; end: number }[] {
  const hits: { start: number; end: number }[] = []
  for (let i = 0; i + 3 < tokens.length; i++) {
    const article = tokens[i]!
    if (!articles.has(article.lower) || article.pos !== 'DET') continue
    // Modifiers: adjectives and nouns, joined by hyphens (`last-minute`), at least one.
    let k = i + 1
    // (The tagger often reads the light verb there as a noun: `a final take`.)
    while (k < tokens.length && k - i <= 5 && !lightVerbs.has(tokens[k]!.text) && (['ADJ', 'NOUN'].includes(tokens[k]!.pos) || (tokens[k]!.text === '-' && tokens[k]!.start === tokens[k - 1]!.end))) k++
    const verb = tokens[k]
    if (verb === undefined || !lightVerbs.has(verb.text)) continue
    const modifiers = tokens.slice(i + 1, k)
    if (!modifiers.some((t) => t.pos === 'ADJ') || modifiers.some((t) => quantities.has(t.lower))) continue
    // A plural noun before the verb is its subject (`under a new scheme farmers get a bonus`).
    if (/[^s]s$/u.test(modifiers[modifiers.length - 1]!.lower)) continue
    // The light verb stands alone, not inside a hyphened compound (`make-or-break`).
    if (tokens[k - 1]!.end === verb.start || tokens[k + 1]?.start === verb.end) continue
    const object = tokens[k + 1]
    const noun = tokens[k + 2]
    if (!object || !objectArticles.has(object.lower) || !noun || noun.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text)) continue
    hits.push({ start: article.start, end: noun.end })
  }
  return hits
}

/** Reads rules/data/spun-phrases.json: spun pair (`joined states`) to the fixed phrase (`united states`). */
export function parseSpunPhrases(data: unknown): ReadonlyMap<string, string> {
  const phrases = (data as { phrases?: unknown } | null)?.phrases
  if (typeof phrases !== 'object' || phrases === null) throw new Error('spun-phrases.json: Unexpected data, expected `phrases` to be an object')
  const map = new Map<string, string>()
  for (const [spun, fixed] of Object.entries(phrases)) {
    if (typeof fixed !== 'string' || !/^\p{Ll}+ \p{Ll}+$/u.test(spun) || !/^\p{Ll}+ \p{Ll}+$/u.test(fixed)) {
      throw new Error(`spun-phrases.json: phrases.${spun}: Unexpected value, expected two lower-case words`)
    }
    map.set(spun, fixed)
  }
  return map
}

/** The first words of a phrase table's keys, made once per table: most words open no phrase. */
const firstWords = new WeakMap<ReadonlyMap<string, string>, ReadonlySet<string>>()

function firstWordsOf(phrases: ReadonlyMap<string, string>): ReadonlySet<string> {
  let firsts = firstWords.get(phrases)
  if (!firsts) firstWords.set(phrases, (firsts = new Set([...phrases.keys()].map((key) => key.split(' ')[0] as string))))
  return firsts
}

/** Adjacent word pairs of `story` that are a spun form of a fixed phrase, with the phrase (lower case). */
export function findFixedPhraseSwaps(story: Story, phrases: ReadonlyMap<string, string>): { span: Span; phrase: string }[] {
  const hits: { span: Span; phrase: string }[] = []
  const firsts = firstWordsOf(phrases)
  for (const word of story.words) {
    if (!firsts.has(word.normal) || !/^\p{L}+$/u.test(word.text)) continue
    const next = story.adjacentWord(word.index, 1)
    if (!next || !/^\p{L}+$/u.test(next.text)) continue
    const fixed = phrases.get(`${word.normal} ${next.normal}`)
    if (fixed === undefined) continue
    hits.push({ span: { start: word.start, end: next.end }, phrase: fixed })
  }
  return hits
}
