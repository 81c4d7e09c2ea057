// Function words that translated and non-native copy drops, found on tagged tokens where clean
// copy always has them:
// - `of` after a quantity noun before a plural noun (`a huge number people`, `a handful farmers`);
// - the person told between `told` and `that` (`the ministry told that`): a tell verb takes its
//   object first, so only the passive (`was told that`) puts `that` right after it;
// - `have` before `been` (`the rights of others been taken away`): `been` only ever follows a form
//   of `have`, perhaps with an adverb or `not` between;
// - an article before an adjective and a singular noun that clean copy always determines
//   (`married in private ceremony`; the nouns counted on Brown, rules/data/garbled-nouns.json).
// Offsets are relative to the tagged text.
import type { Token } from '../../../src/rule/types.js'
import { nounNumber } from '../grammar.js'

/** A dropped function word: the span that shows it and what looks missing. */
export interface FunctionWordHit {
  readonly messageId: 'missingWord' | 'missingObject' | 'missingAuxiliary' | 'missingArticle'
  readonly start: number
  readonly end: number
  /** The word before the gap. */
  readonly verb: string
  /** The missing word, for `missingWord`. */
  readonly word: string
}

// Quantity nouns that take `of` before a plural noun (`a number of`, `a handful of`).
// (Not `couple`: `a couple days` is informal, not garbled.)
const quantityNouns: ReadonlySet<string> = new Set(['number', 'lot', 'handful', 'host', 'majority', 'plethora', 'multitude', 'dozens', 'hundreds', 'thousands', 'millions'])
// What may stand before a quantity noun used as one (`a`, or an adjective of size: `a huge number`).
const quantityOpeners: ReadonlySet<string> = new Set(['a', 'an', 'huge', 'large', 'great', 'small', 'big', 'vast', 'good', 'significant', 'substantial', 'record', 'sizeable', 'whole'])
// Plural nouns the number checks leave undecided (collectives), plural after a quantity noun.
const pluralCollectives: ReadonlySet<string> = new Set(['people', 'police', 'staff', 'cattle', 'personnel'])
// Tell verbs: the person told comes before a `that` clause.
const tellVerbs: ReadonlySet<string> = new Set(['told', 'informed', 'notified', 'reminded'])
// Words after which a tell verb is a passive participle or an adjective (`was told that`, `when
// told that`).
const passiveMarkers: ReadonlySet<string> = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", '’s', "'re", '’re', 'get', 'got', 'gets', 'getting', 'having', 'well', 'fully', 'better',
  'when', 'if', 'once', 'unless', 'until', 'after', 'before', 'as', 'while', 'though', 'although', 'whether',
])
// Subject pronouns before a bare `been` are dialect in dialogue (`I been there`), not a dropped word.
const personalPronouns: ReadonlySet<string> = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it'])
const haveForms: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', "'ve", '’ve', "'d", '’d', "'s", '’s'])

const clauseBreaks: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '"', '“', '”', '—', '–', '--'])

const isWord = (t: Token | undefined): t is Token => t !== undefined && /^[\p{L}\p{N}]/u.test(t.text)

/** `a huge number people`: `of` dropped after a quantity noun. */
function missingOf(tokens: readonly Token[], i: number): FunctionWordHit | undefined {
  const t = tokens[i]!
  const next = tokens[i + 1]
  if (!quantityNouns.has(t.lower) || t.text !== t.lower || !quantityOpeners.has(tokens[i - 1]?.lower ?? '')) return undefined
  if (!isWord(next) || !(nounNumber(next) === 'pl' || pluralCollectives.has(next.text)) || next.start === t.end) return undefined
  // `a number ones`, a compound (`a lot owners' group`) or a possessive: let them be.
  if (/['’]/u.test(next.text) || tokens[i + 2]?.pos === 'NOUN') return undefined
  return { messageId: 'missingWord', start: tokens[i - 1]!.start, end: next.end, verb: t.text, word: 'of' }
}

/** `the ministry told that`: a tell verb with no object before `that`. */
function objectlessTell(tokens: readonly Token[], i: number): FunctionWordHit | undefined {
  const t = tokens[i]!
  const next = tokens[i + 1]
  if (!tellVerbs.has(t.lower) || t.text !== t.lower || next?.lower !== 'that' || next.start === t.end) return undefined
  // Skip adverbs back to the word that decides active or passive (`was also told that`).
  let k = i - 1
  while (k > 0 && !passiveMarkers.has(tokens[k]?.lower ?? '') && (tokens[k]?.pos === 'ADV' || tokens[k]?.lower === 'not')) k--
  // A full stop glued to a word inside the sentence closes an abbreviation (`the UK Govt. told that`).
  if (tokens[k]?.text === '.' && k > 0 && tokens[k]!.start === tokens[k - 1]!.end) k--
  const before = tokens[k]
  if (!isWord(before) || passiveMarkers.has(before.lower)) return undefined
  return { messageId: 'missingObject', start: t.start, end: next.end, verb: t.text, word: '' }
}

/** `others been taken`: `been` after a noun phrase with no form of `have`. */
function bareBeen(tokens: readonly Token[], i: number): FunctionWordHit | undefined {
  const t = tokens[i]!
  if (t.lower !== 'been' || t.text !== 'been') return undefined
  let k = i - 1
  while (k > 0 && (tokens[k]?.pos === 'ADV' || tokens[k]?.lower === 'not' || tokens[k]?.lower === "n't")) k--
  const before = tokens[k]
  if (!isWord(before) || haveForms.has(before.lower) || before.pos === 'AUX' || before.pos === 'VERB') return undefined
  if ((before.pos !== 'NOUN' && before.pos !== 'PRON') || personalPronouns.has(before.lower)) return undefined
  // An inverted perfect (`had the plan been`, `What have the first decisions been`) keeps its
  // `have` earlier in the clause, with no other verb between.
  for (let j = k - 1; j >= 0 && !clauseBreaks.has(tokens[j]!.text); j--) {
    if (haveForms.has(tokens[j]!.lower)) return undefined
    // A participle between (`had watched their fields been`) closes the inversion.
    if (tokens[j]!.pos === 'AUX' || (tokens[j]!.pos === 'VERB' && /(?:ed|en)$/u.test(tokens[j]!.lower))) break
  }
  return { messageId: 'missingAuxiliary', start: before.start, end: t.end, verb: before.text, word: 'have' }
}

// What opens a singular noun phrase that needs no article: determiners, possessives, numbers.
const determinerTags: ReadonlySet<string> = new Set(['DET', 'NUM', 'PRON', 'PROPN'])
// Words before a noun phrase after which it must carry its own determiner: prepositions and
// coordinators (a verb's object may be a title or an idiom, `took first place`).
const phraseOpeners: ReadonlySet<string> = new Set(['ADP', 'CCONJ', 'SCONJ'])

/** An adjective, or a nationality the tagger reads as a name (`British`, `Chinese`). */
const isAdjective = (t: Token): boolean => t.pos === 'ADJ' || (t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+(?:ish|ian|ese)$/u.test(t.text))

/**
 * `married in private ceremony`, `But British player managed`: an adjective and a singular noun
 * that clean copy always determines (rules/data/garbled-nouns.json), with no determiner, after a
 * preposition, a coordinator or at the start of the sentence. The span is the noun phrase.
 */
function bareSingular(tokens: readonly Token[], i: number, determined: ReadonlySet<string>): FunctionWordHit | undefined {
  const t = tokens[i]!
  const next = tokens[i + 1]
  if (t.pos !== 'NOUN' || !determined.has(t.text) || /ing$/u.test(t.text)) return undefined
  // Not the head: a compound goes on (`century setting`, `candidate-picking`, `player's`).
  if (next && (['NOUN', 'PROPN', 'ADJ'].includes(next.pos) || (next.start === t.end && /^[-'’]/u.test(next.text)))) return undefined
  // Bare nouns in a pair go without articles (`shot in wide screen and colour`, `bread and butter`).
  if (next?.pos === 'CCONJ' && ['NOUN', 'ADJ'].includes(tokens[i + 2]?.pos ?? '') && /^\p{Ll}/u.test(tokens[i + 2]?.text ?? '')) return undefined
  let k = i - 1
  let adjectives = 0
  while (k >= 0 && (isAdjective(tokens[k]!) || (tokens[k]!.pos === 'NOUN' && /^\p{Ll}+$/u.test(tokens[k]!.text)))) {
    if (isAdjective(tokens[k]!)) adjectives++
    k--
  }
  const opener = tokens[k]
  if (adjectives === 0 || (opener !== undefined && (!phraseOpeners.has(opener.pos) || determinerTags.has(opener.pos)))) return undefined
  // `as chairman`, `than ever`, `like new`: bare roles and comparisons; `that short role`: a determiner the tagger took for a conjunction.
  if (opener && ['as', 'than', 'per', 'like', 'that', 'this', 'whether'].includes(opener.lower)) return undefined
  // A coordinated phrase shares the determiner of the first (`its vulgar and reactionary aspect`,
  // `the parlour or social hall`); only a sentence-opening coordinator stands alone.
  if (opener?.pos === 'CCONJ' && k > 0) return undefined
  const first = tokens[k + 1]!
  // An ordinal in figures works as a determiner (`in 17th century style`).
  if (tokens.slice(k + 1, i).some((x) => /\d/u.test(x.text))) return undefined
  // An adjective that is itself a determiner word (`such`, `what`, `many`) or a comparative/superlative (`best`).
  if (/^(?:such|what|whatever|many|much|more|most|less|least|enough|half|own)$/u.test(first.lower)) return undefined
  if (first.lower === 'next' && t.text === 'door') return undefined
  return { messageId: 'missingArticle', start: first.start, end: t.end, verb: first.text, word: 'a' }
}

/** Finds the dropped function words of one tagged sentence; `determined` holds the nouns clean copy always determines. */
export function findMissingFunctionWords(tokens: readonly Token[], determined: ReadonlySet<string> = new Set()): FunctionWordHit[] {
  const hits: FunctionWordHit[] = []
  for (let i = 0; i < tokens.length; i++) {
    const hit = (i > 0 ? (missingOf(tokens, i) ?? objectlessTell(tokens, i) ?? bareBeen(tokens, i)) : undefined) ?? bareSingular(tokens, i, determined)
    if (hit) hits.push(hit)
  }
  return hits
}

/** Parses rules/data/garbled-nouns.json (validated shape). */
export function parseNounData(data: unknown): ReadonlySet<string> {
  const determined = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).determined : undefined
  if (!Array.isArray(determined) || !determined.every((v) => typeof v === 'string')) throw new Error('garbled-nouns: `determined` must be strings')
  return new Set(determined as string[])
}
