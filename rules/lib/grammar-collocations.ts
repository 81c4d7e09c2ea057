// Data-driven checks of the grammar rule, judged against counts of clean copy (rules/data/
// grammar-collocations.json, counted on Brown D-R by scripts/build-grammar-collocations.ts) rather
// than lists of slips seen: the kinds of error translated copy makes, on any word.
//
// Decisions:
// - `bareNoun`: a singular count noun (one clean copy almost never leaves bare) heading a noun phrase
//   with no article, determiner, possessive or number, where an article must stand: after a
//   preposition (`due to train accident`, `in private ceremony`), after a verb with an adjective
//   between (`make traditional visit`) or before a clear phrase end, or opening a sentence as its
//   subject (`Similar resolution was passed`). Not after `as`, `per`, `by`, `like`, `than` (roles,
//   means: `as captain`, `by car`), naming verbs (`named captain`), `to` with no adjective (the noun
//   may be a verb: `to challenge`), `of` after a kind noun (`kind of car`), in repeated-noun idioms
//   (`step by step`, `from door to door`) or joined pairs (`with husband and wife`), nor before another
//   noun, a name, a number or a possessive (a compound or a modifier). British copy leaves
//   institutions bare (`in hospital`, `at university`): those nouns are never judged.
// - `extraArticle` (here): `the` before a name of one to three words clean copy never writes with it
//   (`the China`, `the Sri Lanka`: Brown names and country names, build script), ending the phrase
//   (not `the Kennedy administration`, `the Pakistan government`, `the Paris of the 1920s`).
// - `prepositionChoice`: a word that governs one preposition (clean copy puts that preposition after
//   it most of the times it puts any: `interested in`, `responsible for`, `capable of`) followed by
//   another one clean copy almost never puts there (`interested on`, `responsible of`), before a
//   determiner, pronoun or common noun (not a date, a name or a number: `member for Bristol`, `on
//   Monday` are adjuncts).
// - `prepositionChoice` on verbs (`verbCollocation`): a verb that governs one preposition, judged on
//   all its forms pooled under the base form (`depends`, `depended` -> `depend`; the build keeps only
//   verbs seen 40 times whose top preposition follows at least 30% of their uses: `depend on`,
//   `consist of`, `stare at`), followed by a preposition clean copy never puts after any of its forms
//   in any role (so `consist in`, `arrive in`, `wait at` stay), before a plain noun phrase. `to`
//   before a verb is the infinitive and not counted (`arrived to find`); `by`, `against` and `over`
//   open adjuncts after any verb and are never judged. Brown D-R (about 800,000 words) is too small to
//   judge rarer verbs or nouns: nouns take adjuncts of every kind (`a degree from Yale`, `the amount
//   at $1,500`), and a verb seen 50 times without `on` proves nothing; those fired on clean Brown
//   A-C when tried, so they are not judged.
import type { Token } from '../../src/rule/types.js'
import { type GrammarFinding, nounNumber, runTokenChecks, type TokenCheck, triggered } from './grammar.js'

/** Message ids of the collocation checks (`extraArticle` is shared with rules/lib/grammar-articles.ts). */
export type CollocationCheck = 'bareNoun' | 'prepositionChoice' | 'extraArticle'

/** Messages of the collocation checks, for the rule's metadata (`extraArticle` comes from the article checks). */
export const collocationMessages = {
  bareNoun: 'Unexpected singular noun `{noun}` without an article in `{actual}`, expected `a` or `the` before it',
  prepositionChoice: 'Unexpected preposition in `{actual}`, expected `{expected}`',
} as const

/** How often each preposition follows one word form in clean copy. */
export interface PrepositionRow {
  /** Occurrences of the word. */
  readonly count: number
  /** Occurrences followed by any counted preposition. */
  readonly after: number
  /** Preposition to occurrences followed by it. */
  readonly prepositions: ReadonlyMap<string, number>
}

/** The counts the checks judge against. */
export interface CollocationData {
  readonly countNouns: ReadonlySet<string>
  readonly articleless: ReadonlySet<string>
  /** The first word of each `articleless` name, so most words after `the` need no joined lookup (issue 14). */
  readonly articlelessFirsts: ReadonlySet<string>
  readonly prepositions: Pick<ReadonlyMap<string, PrepositionRow>, 'get' | 'has' | 'size'>
  /** Verbs that govern a preposition, by base form (all forms' uses pooled), prepositions in any role but the infinitive `to`. */
  readonly verbs: Pick<ReadonlyMap<string, PrepositionRow>, 'get' | 'has' | 'size'>
}

/** A row: `count preposition:count ...`. */
const rowPattern = /^\d+(?: [a-z]+:\d+)*$/u
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')

/** Parses rules/data/grammar-collocations.json (validated shape, naming the field at fault). */
export function parseCollocations(data: unknown): CollocationData {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>
  const { countNouns, articleless, prepositions } = record
  if (!isStrings(countNouns)) throw new Error('grammar-collocations: `countNouns` must be strings')
  if (!isStrings(articleless)) throw new Error('grammar-collocations: `articleless` must be strings')
  if (typeof prepositions !== 'object' || prepositions === null) throw new Error('grammar-collocations: `prepositions` must map words to counts')
  // Each row is checked now with one pattern; it is split into a map only when a check first asks for
  // it (building all 1,700 maps up front cost 10-20 ms of a cold start, issue 14).
  const raw = new Map<string, string>()
  for (const [word, value] of Object.entries(prepositions)) {
    if (typeof value !== 'string' || !rowPattern.test(value)) {
      throw new Error(`grammar-collocations: \`prepositions.${word}\` must be \`count preposition:count ...\``)
    }
    raw.set(word, value)
  }
  const verbRows = new Map<string, string>()
  const { verbs } = record
  if (typeof verbs !== 'object' || verbs === null) throw new Error('grammar-collocations: `verbs` must map verbs to counts')
  for (const [word, value] of Object.entries(verbs)) {
    if (typeof value !== 'string' || !rowPattern.test(value)) throw new Error(`grammar-collocations: \`verbs.${word}\` must be \`count preposition:count ...\``)
    verbRows.set(word, value)
  }
  const articlelessFirsts = new Set(articleless.map((name) => name.split(' ')[0] ?? name))
  return { countNouns: new Set(countNouns), articleless: new Set(articleless), articlelessFirsts, prepositions: new LazyRows(raw), verbs: new LazyRows(verbRows) }
}

/**
 * The base form of a verb form, as a key of `known` (`depends`, `depended`, `depending` ->
 * `depend`; `carried` -> `carry`; `stopped` -> `stop`; `hoping` -> `hope`), or the form itself when
 * no candidate is known (irregular forms: `won`, `began`). Shared by the build script and the check.
 */
export function verbLemma(form: string, known: (word: string) => boolean): string {
  if (known(form)) return form
  const stem = (suffix: string): string => form.slice(0, -suffix.length)
  const candidates: string[] = []
  if (form.endsWith('ies') || form.endsWith('ied')) candidates.push(`${stem('ies')}y`)
  if (form.endsWith('es')) candidates.push(stem('es'))
  if (form.endsWith('s')) candidates.push(stem('s'))
  if (form.endsWith('ed')) candidates.push(stem('ed'), stem('d'), stem('ed').slice(0, -1))
  if (form.endsWith('ing')) candidates.push(stem('ing'), `${stem('ing')}e`, stem('ing').slice(0, -1))
  return candidates.find((c) => c.length > 1 && known(c)) ?? form
}

/** `of:40 in:3` pairs as a map. */
function splitPairs(pairs: readonly string[]): ReadonlyMap<string, number> {
  return new Map(pairs.map((pair) => {
    const [p, n] = pair.split(':')
    return [p ?? '', Number(n)] as const
  }))
}

/** A preposition row from its `count preposition:count ...` text. */
function prepositionRow(text: string): PrepositionRow {
  const [count, ...pairs] = text.split(' ')
  const map = splitPairs(pairs)
  return { count: Number(count), after: [...map.values()].reduce((a, b) => a + b, 0), prepositions: map }
}

/** Rows checked at load and split into maps on first use (building them all up front costs cold start). */
class LazyRows implements Pick<ReadonlyMap<string, PrepositionRow>, 'get' | 'has' | 'size'> {
  readonly #raw: ReadonlyMap<string, string>
  readonly #rows = new Map<string, PrepositionRow>()
  constructor(raw: ReadonlyMap<string, string>) {
    this.#raw = raw
  }
  get size(): number {
    return this.#raw.size
  }
  has(word: string): boolean {
    return this.#raw.has(word)
  }
  get(word: string): PrepositionRow | undefined {
    const cached = this.#rows.get(word)
    if (cached) return cached
    const text = this.#raw.get(word)
    if (text === undefined) return undefined
    const row = prepositionRow(text)
    this.#rows.set(word, row)
    return row
  }
}

/** Institutions British copy leaves bare (`taken to hospital`, `at university`, `in office`). */
const britishBare: ReadonlySet<string> = new Set([
  'hospital', 'university', 'college', 'school', 'prison', 'jail', 'gaol', 'court', 'church', 'office', 'class',
  'camp', 'bed', 'town', 'sea', 'home', 'work', 'board', 'trial', 'duty', 'leave', 'stage', 'parliament', 'congress', 'cabinet',
  'camera', 'air', 'foot', 'hand', 'train', 'bus', 'car', 'plane', 'boat', 'ship', 'phone', 'telephone', 'radio', 'television',
  'screen', 'record', 'tape', 'film', 'paper', 'line', 'site', 'land', 'shore', 'deck', 'dinner', 'lunch', 'breakfast',
])
const abstractSuffix = /(?:tion|sion|ment|ance|ence|ity|ism|ing|ness|ship|age|ure|cy|ery|ry)$/u
/** Prepositions after which a bare count noun is a role, a means or a comparison (`as captain`, `by car`). */
const bareAfter: ReadonlySet<string> = new Set(['as', 'per', 'by', 'like', 'than', 'via', 'unlike', 'whether', 'if', 'because', 'so', 'en'])
/** Verbs that name a role for their object (`named captain`, `became chairman`). */
const namingVerbs = /^(?:nam|appoint|elect|becom|became|made|make|crown|call|nominat|turn|remain|serv|sworn|install|promot|style|dub|choose|chose|vote|declar|pronounc|consider|ordain|hired?)/u
/** Adjectives that make a bare noun phrase whole (`next week`, `last year`, `such thing` is another slip). */
const phraseAdjectives: ReadonlySet<string> = new Set(['next', 'last', 'past', 'same', 'such', 'what', 'enough', 'much', 'more', 'most', 'less', 'least', 'own', 'other', 'half', 'whole', 'quite', 'rather', 'many', 'few', 'several', 'no', 'each', 'every', 'either', 'neither', 'any', 'some', 'all', 'both', 'another', 'which', 'whose', 'whatever', 'whichever', 'little', 'certain'])
const beForms: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am'])

const lowerWord = (t: Token | undefined): boolean => t !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text)
const capitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text)
/** Whether a token ends a noun phrase for certain: punctuation, a preposition, a verb, a conjunction. */
const closesPhrase = (t: Token | undefined): boolean =>
  t === undefined || (['ADP', 'PUNCT', 'CCONJ', 'SCONJ', 'VERB', 'AUX', 'PART'].includes(t.pos) && !/^['’-]/u.test(t.text) && t.text !== '/' && t.text !== '&')

/** `due to train accident`, `make traditional visit`, `Similar resolution was passed`. */
function bareNoun(tokens: readonly Token[], i: number, data: CollocationData): GrammarFinding<CollocationCheck> | undefined {
  const head = tokens[i] as Token
  // Abstract nouns (`reorganization`, `payment`, `attendance`) also name a process and go bare (`filed for reorganization`).
  if (head.pos !== 'NOUN' || !data.countNouns.has(head.lower) || nounNumber(head) !== 'sg' || britishBare.has(head.lower) || abstractSuffix.test(head.lower)) return undefined
  const next = tokens[i + 1]
  // Not before an -ing form (`movie making`) or as a title before `of` and a name (`for sheriff of Essex County`).
  if (!closesPhrase(next) || (next?.pos === 'VERB' && /ing$/u.test(next.lower)) || (next?.lower === 'of' && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? ''))) return undefined
  // The noun phrase: up to three lower-case adjectives and modifier nouns before the head.
  let s = i
  while (s > 0 && i - s < 3 && tokens[s - 1]?.pos === 'ADJ' && lowerWord(tokens[s - 1]) && !phraseAdjectives.has(tokens[s - 1]?.lower ?? '')) s--
  // A noun before the phrase makes a compound whose head may be a mass noun (`home rule`, `labor monopoly`).
  if (['NOUN', 'PROPN', 'NUM'].includes(tokens[s - 1]?.pos ?? '')) return undefined
  const first = tokens[s] as Token
  if (phraseAdjectives.has(first.lower) || (s > 0 && tokens[s - 1]?.text === '-')) return undefined
  for (let k = s + 1; k <= i; k++) if (!lowerWord(tokens[k])) return undefined
  // Repeated-noun idioms (`step by step`, `from door to door`, `day after day`) and joined pairs.
  const near = tokens.slice(Math.max(0, s - 3), i + 4).filter((t) => t.lower === head.lower || t.lower === `${head.lower}s`)
  if (near.length > 1 || next?.pos === 'CCONJ' || tokens[s - 1]?.pos === 'CCONJ') return undefined
  const span = (): GrammarFinding<CollocationCheck> => ({ id: 'bareNoun', start: first.start, end: head.end, data: { noun: head.lower } })
  if (s === 0) {
    // A sentence opening with a bare count noun as its subject (`Similar resolution was passed`).
    if (!(capitalised(first) || (s < i && lowerWord(first))) || !(s < i ? lowerWord(head) : capitalised(head))) return undefined
    return next && (next.pos === 'VERB' || next.pos === 'AUX') && next.text === next.lower && !/ing$/u.test(next.lower) ? span() : undefined
  }
  if (!lowerWord(first)) return undefined
  const before = tokens[s - 1] as Token
  if (before.text !== before.lower) return undefined
  // `from street to sidewalk`, `from child to adult`: a range of bare nouns.
  if ((before.lower === 'from' && tokens.slice(i + 1, i + 4).some((t) => t.lower === 'to')) || (before.lower === 'to' && tokens.slice(Math.max(0, s - 4), s - 1).some((t) => t.lower === 'from'))) return undefined
  if (before.pos === 'ADP') {
    // A preposition after a determiner is an adjective the tagger misread (`in the near term`).
    if (bareAfter.has(before.lower) || ['DET', 'ADJ'].includes(tokens[s - 2]?.pos ?? '')) return undefined
    // `to challenge`: after `to` the noun may be a verb the tagger misread, unless an adjective shows it is not.
    if (before.lower === 'to' && s === i) return undefined
    // After `of` the phrase is often a set name or a kind (`kind of car`, `change of bill`, `point of order`).
    if (before.lower === 'of') return undefined
    // A preposition that closes a clause before it (`what he had hoped for`) or stands in a name.
    if (tokens[s - 2]?.text === '-') return undefined
    return span()
  }
  // After a verb: a finite or base verb (not a participle used as an adjective: `his injured knee`,
  // `the cotton-growing world`) that does not follow a determiner, an adjective or an adverb; an
  // adjective between or a clear phrase end shows the noun is an object, not a second verb (`helped
  // cut costs`).
  const modifierBefore = ['DET', 'PRON', 'ADJ', 'ADV', 'NOUN'].includes(tokens[s - 2]?.pos ?? '') || tokens[s - 2]?.text === '-'
  if (before.pos === 'VERB' && !namingVerbs.test(before.lower) && !beForms.has(before.lower) && !/(?:ing|ed|en)$/u.test(before.lower) && !modifierBefore) {
    if (s === i && !(next === undefined || next.pos === 'PUNCT' || next.pos === 'ADP')) return undefined
    return span()
  }
  return undefined
}

/** Words of the longest name of one to three words clean copy never writes after `the`, starting at token `i` (0 if none). */
function articlelessLength(tokens: readonly Token[], i: number, names: ReadonlySet<string>, firsts: ReadonlySet<string>): number {
  // A name joined from tokens starts with the first token's text (when it holds no space).
  const head = tokens[i]?.text
  if (head !== undefined && !head.includes(' ') && !firsts.has(head)) return 0
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(i, i + n)
    if (words.length < n || words.some((t, k) => k > 0 && t.start !== (words[k - 1] as Token).end + 1)) continue
    if (names.has(words.map((t) => t.text).join(' '))) return n
  }
  return 0
}

/** `the China`, `the Nepal`, `the Sri Lanka`: a name clean copy never writes after `the`. */
function properArticle(tokens: readonly Token[], i: number, data: CollocationData): GrammarFinding<CollocationCheck> | undefined {
  const the = tokens[i] as Token
  const length = the.text === 'the' && tokens[i + 1]?.start === the.end + 1 ? articlelessLength(tokens, i + 1, data.articleless, data.articlelessFirsts) : 0
  if (length === 0) return undefined
  const name = tokens[i + length] as Token
  // The name must end the phrase: a stop, or a comma, preposition or verb in lower case after it
  // (not `the Rev.`, `the Baltimore & Ohio`, `the Sherman, Clayton`, `the Burma fighting`, `the Paris
  // of`, `the Pakistan government`, `the China Daily`); after `and` or `or`, a lower-case word (not
  // `the India and Pakistan teams`).
  const after = tokens[i + length + 1]
  const then = tokens[i + length + 2]
  const lowerAfter = (t: Token | undefined): boolean => t !== undefined && /^\p{Ll}/u.test(t.text)
  const ends = after === undefined || /^[;:)]$/u.test(after.text) || (after.text === '.' && then === undefined) ||
    (after.text === ',' && lowerAfter(then)) || (after.pos === 'CCONJ' && lowerAfter(after) && lowerAfter(then)) ||
    (['ADP', 'AUX', 'VERB'].includes(after.pos) && lowerAfter(after) && !/ing$/u.test(after.lower) && after.lower !== 'of')
  if (!ends) return undefined
  return { id: 'extraArticle', start: the.start, end: name.end, data: { expected: tokens.slice(i + 1, i + length + 1).map((t) => t.text).join(' ') } }
}

/** The prepositions counted after verbs (those a slip puts in or swaps). */
export const verbPrepositionSet: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'to', 'about', 'from', 'by', 'into', 'upon', 'over', 'against'])
/** Prepositions that open adjuncts after any verb (a passive's agent, `returned against the pair`): never a verb's governed one. */
export const adjunctPrepositions: ReadonlySet<string> = new Set(['by', 'against', 'over'])
/** A verb governs its top preposition when that follows its forms at least this share of the time (build script and check). */
export const governs = 0.3

/** Prepositions a governing word may be confused with. */
const confusable: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'to', 'about', 'from', 'by', 'into', 'upon', 'towards', 'over', 'against'])
/** Variants counted as one preposition (`depend on` or `upon`). */
const family: Readonly<Record<string, string>> = { upon: 'on', onto: 'on', toward: 'to', towards: 'to', into: 'in' }
/** Words of time and quantity that open an adjunct (`interested at the time`, `capable by then`). */
const adjunctWords = /^(?:top|bottom|brim|edge|extent|degree|time|times|moment|day|days|week|weeks|month|months|year|years|morning|evening|night|afternoon|end|start|beginning|least|most|all|first|last|once|now|then|present|least|large|general|particular|part|fact|order|turn|addition|case|way|order|itself|themselves|himself|herself|least)$/u

/** Preposition counts with variants counted as one (`on` and `upon`). */
export function familyCounts(counts: ReadonlyMap<string, number>): Map<string, number> {
  const families = new Map<string, number>()
  for (const [p, n] of counts) families.set(family[p] ?? p, (families.get(family[p] ?? p) ?? 0) + n)
  return families
}

/**
 * Whether a plain noun phrase starts at token `k`: a determiner, pronoun, adjective or common noun
 * in lower case, not a date, a name, a number, a time adjunct (`at the time`) or a complex
 * preposition (`in the form of`).
 */
function plainObject(tokens: readonly Token[], k: number): boolean {
  const object = tokens[k]
  const objectHead = ['DET', 'ADJ'].includes(object?.pos ?? '') ? tokens[k + 1] : object
  if (!object || !['DET', 'PRON', 'NOUN', 'ADJ'].includes(object.pos) || object.text !== object.lower || objectHead?.text !== objectHead?.lower) return false
  if (adjunctWords.test(object.lower) || adjunctWords.test(objectHead?.lower ?? '')) return false
  return !tokens.slice(k, k + 4).some((t) => t.lower === 'of')
}

/** `interested on`, `responsible of`, `capable for`: a governing word with a preposition clean copy does not put after it. */
function prepositionChoice(tokens: readonly Token[], i: number, data: CollocationData): GrammarFinding<CollocationCheck> | undefined {
  const word = tokens[i] as Token
  const prep = tokens[i + 1]
  if (!prep || prep.pos !== 'ADP' || !confusable.has(prep.lower) || prep.text !== prep.lower || word.text !== word.lower) return undefined
  // Nouns and verbs take adjunct phrases of every kind (`the meeting on the plan`, `concerned over
  // this`, `replaced for the good of`): only adjectives after a form of `be` or an adverb are judged
  // (`is interested on`), not nouns the tagger read as adjectives (`the full`, `the rest`).
  const afterBe = beForms.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.pos === 'ADV' && beForms.has(tokens[i - 2]?.lower ?? ''))
  // A participle opening a reduced clause after a noun or a comma (`Williams, armed of a pistol`) is judged like one after `be`.
  const reduced = word.pos === 'VERB' && /(?:ed|en)$/u.test(word.lower) && (tokens[i - 1]?.text === ',' || tokens[i - 1]?.pos === 'NOUN')
  if (!((word.pos === 'ADJ' && ['AUX', 'ADV'].includes(tokens[i - 1]?.pos ?? '')) || (word.pos === 'VERB' && (afterBe || reduced)))) return undefined
  const row = data.prepositions.get(word.lower)
  // The word takes a preposition at least half the times clean copy writes it (`interested in`; not `full`).
  if (!row || row.after < 25 || row.after < 0.5 * row.count) return undefined
  const families = familyCounts(row.prepositions)
  const [top, topCount] = [...families].sort(([, a], [, b]) => b - a)[0] ?? ['', 0]
  const used = family[prep.lower] ?? prep.lower
  if (used === top || topCount < 0.85 * row.after || (families.get(used) ?? 0) > Math.floor(0.025 * row.after)) return undefined
  if (!plainObject(tokens, i + 2)) return undefined
  const expected = [...row.prepositions.keys()].find((p) => (family[p] ?? p) === top) ?? top
  return { id: 'prepositionChoice', start: word.start, end: prep.end, data: { expected: `${word.text} ${expected}` } }
}

/**
 * `depend of`, `insist at`, `listen at`, `participate on`: a verb that governs one preposition
 * (clean copy puts it after the verb's forms at least `governs` of the time: `depend on`, `consist
 * of`) followed by another preposition clean copy never puts after any of its forms, in any role,
 * before a plain noun phrase. `by`, `against` and `over` open adjuncts after any verb (`returned
 * against the pair`, a passive's agent) and are never judged.
 */
function verbCollocation(tokens: readonly Token[], i: number, data: CollocationData): GrammarFinding<CollocationCheck> | undefined {
  const verb = tokens[i] as Token
  const prep = tokens[i + 1]
  if (verb.pos !== 'VERB' || !prep || prep.pos !== 'ADP' || !verbPrepositionSet.has(prep.lower) || prep.text !== prep.lower || verb.text !== verb.lower) return undefined
  const used = family[prep.lower] ?? prep.lower
  const row = adjunctPrepositions.has(used) ? undefined : data.verbs.get(verbLemma(verb.lower, (w) => data.verbs.has(w)))
  if (!row) return undefined
  const families = familyCounts(row.prepositions)
  const [top, topCount] = [...families].filter(([p]) => !adjunctPrepositions.has(p)).sort(([, a], [, b]) => b - a)[0] ?? ['', 0]
  if ((families.get(used) ?? 0) > 0 || topCount < governs * row.count || !plainObject(tokens, i + 2)) return undefined
  const expected = [...row.prepositions.keys()].find((p) => (family[p] ?? p) === top) ?? top
  return { id: 'prepositionChoice', start: verb.start, end: prep.end, data: { expected: `${verb.text} ${expected}` } }
}

/** The checks in order, each with the word or tags it starts at (see `Trigger`). */
const checks: readonly TokenCheck<CollocationCheck, CollocationData>[] = [
  triggered(bareNoun, { tags: ['NOUN'] }),
  triggered(properArticle, { words: ['the'] }),
  triggered(prepositionChoice, { tags: ['ADJ', 'VERB'] }),
  triggered(verbCollocation, { tags: ['VERB'] }),
]

/** Runs the collocation checks over one tagged sentence (at each token, the first that finds something). */
export function findCollocations(tokens: readonly Token[], data: CollocationData): GrammarFinding<CollocationCheck>[] {
  return runTokenChecks(tokens, checks, data)
}
