// Shapes a spinner leaves when it swaps a word for a thesaurus entry of another part of speech,
// found on tagged tokens (offsets relative to the tagged text):
// - a verb phrase in a noun's place (`a last-minute make an effort` for `bid`, `a final take a
//   look` for `review`): `a` or `an`, modifiers with an adjective, then a light verb in the base
//   form (not `have` or `do`, auxiliaries too) and a noun phrase of its own. A singular indefinite
//   phrase is never the subject of a base form, so clean copy never has this; `the` is left out
//   (`the home side make a change` is British agreement), as are quantities (`a few make a
//   living`), a plural before the verb (its subject) and hyphened compounds (`a make-or-break vote`).
import type { Token } from '../../src/rule/types.js'

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
