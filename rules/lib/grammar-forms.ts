// Word-form checks for the grammar rule: number after a numeral (`two country`, `one of the
// leader`), a participle after `have` and `be` (`has went`, `was took`, `has go`, `has announce the`), a double
// comparative (`more cheaper`), the case of a pronoun after a preposition (`between you and I`), a
// missing verb (`It not about`), a preposition a transitive verb does not take (`discussed about`)
// and fixed phrases wire translators bend (`today morning`, `10 times of the`, `worth` without `of`, `over phone`). Patterns over the
// story model's tags and word shapes, in the manner of LanguageTool's English grammar rules.
import type { Token } from '../../src/rule/types.js'
import { atClauseStart, endsPhrase, type GrammarFinding, isCertainBase, isCertainPast, isPluralNumeral, isThirdPersonS, nounNumber, nounPhrase, pluralNumberWords, runTokenChecks, type TokenCheck, triggered, type VerbForms } from './grammar.js'

/** Message ids of the word-form checks. */
export type FormCheck = 'missingOf' | 'finiteVerb' | 'numeralNumber' | 'participleForm' | 'doubleComparative' | 'pronounCase' | 'missingVerb' | 'verbPreposition' | 'idiom' | 'infinitiveForm' | 'subjectVerb' | 'thereNumber' | 'determinerNumber' | 'modalForm'

/**
 * Messages of the word-form checks, for the rule's metadata. `subjectVerb`, `thereNumber`,
 * `determinerNumber` and `modalForm` findings use the rule's own messages of those names.
 */
export const formMessages = {
  numeralNumber: 'Unexpected singular noun after `{count}` in `{actual}`, expected `{expected}`',
  participleForm: 'Unexpected verb form after `{word}` in `{actual}`, expected a past participle',
  doubleComparative: 'Unexpected double comparison `{actual}`, expected `{expected}`',
  pronounCase: 'Unexpected subject pronoun `{actual}` after a preposition, expected `{expected}`',
  missingVerb: 'Unexpected `{actual}` without a verb, expected `{expected}`',
  verbPreposition: 'Unexpected preposition in `{actual}`, expected `{expected}`',
  idiom: 'Unexpected `{actual}`, expected `{expected}`',
  infinitiveForm: 'Unexpected verb form in `{actual}`, expected `{expected}`',
  finiteVerb: 'Unexpected verb form without an auxiliary in `{actual}`, expected `{expected}`',
  missingOf: 'Unexpected `{actual}` without `of`, expected `{expected}`',
} as const satisfies Record<Exclude<FormCheck, 'subjectVerb' | 'thereNumber' | 'determinerNumber' | 'modalForm'>, string>

/** Comparative and superlative adjectives (rules/data/grammar-words.json). */
export interface DegreeWords {
  comparatives: ReadonlySet<string>
  superlatives: ReadonlySet<string>
}

/** Parses rules/data/grammar-words.json (validated shape). */
export function parseDegreeWords(data: unknown): DegreeWords {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>
  const { comparatives, superlatives } = record
  if (typeof comparatives !== 'string' || typeof superlatives !== 'string') throw new Error('grammar-words: `comparatives` and `superlatives` must be strings')
  return { comparatives: new Set(comparatives.split(' ')), superlatives: new Set(superlatives.split(' ')) }
}

/** The word lists the form checks read: degrees of adjectives and verb-only forms. */
export type FormWords = DegreeWords & VerbForms

type Check = TokenCheck<FormCheck, FormWords>

const irregularPlural: Readonly<Record<string, string>> = { man: 'men', woman: 'women', child: 'children', person: 'people', foot: 'feet', tooth: 'teeth' }
/** The plural of a singular noun by the spelling rules. */
function pluralOf(noun: string): string {
  const irregular = irregularPlural[noun]
  if (irregular) return irregular
  if (/(?:s|sh|ch|x|z)$/u.test(noun)) return `${noun}es`
  if (/[^aeiou]y$/u.test(noun)) return `${noun.slice(0, -1)}ies`
  return `${noun}s`
}

/** Nouns a numeral takes in the singular (`12 noon`), and units written as words. */
const singularAfterNumeral: ReadonlySet<string> = new Set([
  "o'clock", 'o’clock', 'noon', 'midnight', 'mph', 'kmph', 'kph', 'rpm', 'bpm', 'ppm', 'ppb', 'psi', 'gsm', 'kwh', 'mwh',
  'gwh', 'mbps', 'gbps', 'kbps', 'fps', 'dpi', 'hrs', 'sqft', 'apiece', 'each', 'plus', 'odd', 'strong', 'all',
  // Currencies and units with no plural form.
  'yuan', 'renminbi', 'rmb', 'baht', 'yen', 'won', 'naira', 'kyat', 'dong', 'riel', 'kip', 'taka', 'ringgit', 'rupiah', 'tenge',
  'som', 'lari', 'head', 'aircraft', 'hertz', 'horsepower', 'kilowatt', 'megawatt', 'percent',
])
/** Tags of the word before a counting numeral. */
const numeralOpeners: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'ADV'])
const measureWords: ReadonlySet<string> = new Set(['a', 'an', 'every', 'each', 'per', 'this', 'that', 'another', 'no', 'one', 'the'])
/** Determiners of `one of the` (not possessives: `one of his age`). */
const ofOwners: ReadonlySet<string> = new Set(['the', 'these', 'those'])

/** Words after a span of time (`three years ago`, `70 years old`). */
const timeAfter: ReadonlySet<string> = new Set(['ago', 'later', 'earlier', 'old', 'apart', 'long'])

/** `two country` and `one of the leader`. */
const numeralNumber: Check = (tokens, i) => {
  const t = tokens[i] as Token
  if (t.lower === 'one' && tokens[i + 1]?.lower === 'of' && ofOwners.has(tokens[i + 2]?.lower ?? '') && !['NOUN', 'PROPN', 'ADJ'].includes(tokens[i - 1]?.pos ?? '')) {
    const np = nounPhrase(tokens, i + 3)
    const head = np ? tokens[np.head] : undefined
    if (!np || !head || nounNumber(head) !== 'sg' || np.next !== np.head + 1 || !endsPhrase(tokens[np.next])) return undefined
    if (tokens.slice(i + 3, np.head).some((x) => x.pos !== 'ADJ')) return undefined
    if (/(?:ing|ed)$/u.test(head.lower)) return undefined
    return { id: 'numeralNumber', start: t.start, end: head.end, data: { count: t.text, expected: `${t.text} of ${tokens[i + 2]?.text ?? ''} ${pluralOf(head.lower)}` } }
  }
  // Digits opening a sentence may follow a split abbreviation (`the No. 2 man`).
  if (!isPluralNumeral(t) || t.text.includes('.') || (i === 0 && /^\d/u.test(t.text))) return undefined
  // A numeral after a noun or adjective is a label or a score (`magnitude 8 quake`, `top 10 list`,
  // `No. 2 man`), after `a` or `the` part of a measure (`a 10 minute walk`).
  const prev = tokens[i - 1]
  if (prev && !(numeralOpeners.has(prev.pos) || prev.text === ',')) return undefined
  const after = tokens[i + 2]
  // `the two leader,`: after `the` only before a clear end (`the 10 minute walk` is a measure).
  const clearEnd = after !== undefined && (/^[,;:]$/u.test(after.text) || after.pos === 'AUX' || (after.text === '.' && i + 3 === tokens.length))
  if (tokens.slice(Math.max(0, i - 2), i).some((b) => measureWords.has(b.lower) && !(b.lower === 'the' && clearEnd)) || tokens.slice(Math.max(0, i - 3), i).some((b) => b.pos === 'NUM')) return undefined
  const noun = tokens[i + 1]
  // Short or vowelless nouns are units (`9 sec`, `250 atm`, `40 gpd`); a full stop ends the noun
  // only as the sentence's last token (`in ten minute.`), not an abbreviation's (`4 ft. high`).
  if (!noun || noun.pos !== 'NOUN' || noun.start === t.end || singularAfterNumeral.has(noun.lower) || nounNumber(noun) !== 'sg' || noun.lower.endsWith('s')) return undefined
  if (noun.text.length <= 3 || !/[aeiouy]/u.test(noun.lower) || (after?.text === '.' && i + 3 !== tokens.length)) return undefined
  // A verb after the noun must be a past (`two country signed`): an -s verb may be a plural noun
  // the tagger misread (`four home runs`).
  const pastVerb = after?.pos === 'VERB' && isCertainPast(after.text)
  const coordinated = after?.pos === 'CCONJ' && ['DET', 'NUM'].includes(tokens[i + 3]?.pos ?? '')
  // A span of time before `ago`, `later`, `old` (`three year ago`, `70 year old`).
  const span = timeAfter.has(after?.lower ?? '')
  if (/(?:ing|ed)$/u.test(noun.lower) || after?.lower === 'of' || !(endsPhrase(after) || pastVerb || coordinated || span) || after?.pos === 'PART') return undefined
  return { id: 'numeralNumber', start: t.start, end: noun.end, data: { count: t.text, expected: `${t.text} ${pluralOf(noun.lower)}` } }
}

/** Simple pasts that are never participles, with their participle. */
const participles: Readonly<Record<string, string>> = {
  went: 'gone', came: 'come', took: 'taken', gave: 'given', knew: 'known', began: 'begun', wrote: 'written', spoke: 'spoken',
  chose: 'chosen', broke: 'broken', drove: 'driven', ate: 'eaten', grew: 'grown', threw: 'thrown', flew: 'flown',
  stole: 'stolen', swore: 'sworn', forgot: 'forgotten', forgave: 'forgiven', sang: 'sung', swam: 'swum', drank: 'drunk',
  rode: 'ridden', rang: 'rung', sank: 'sunk', shrank: 'shrunk', wore: 'worn', tore: 'torn', sprang: 'sprung',
  undertook: 'undertaken', overtook: 'overtaken', withdrew: 'withdrawn', underwent: 'undergone', mistook: 'mistaken', shook: 'shaken',
}
/** Past participles that are never a past or a base form (`taken`, `gone`, `been`), for a modal or `to` before them. */
export const participleOnly: ReadonlySet<string> = new Set([
  ...Object.values(participles).filter((p) => !['come', 'drunk', 'run'].includes(p)),
  'been', 'done', 'seen', 'shown', 'fallen', 'risen', 'hidden', 'bitten', 'forbidden', 'frozen', 'woken', 'beaten', 'drawn',
])

/** Irregular base forms that are never participles (`has go`), for `have` + base. */
const irregularBases: ReadonlySet<string> = new Set([
  'go', 'take', 'give', 'write', 'speak', 'eat', 'see', 'do', 'begin', 'break', 'choose', 'drive', 'fly', 'grow', 'know',
  'ride', 'rise', 'sing', 'steal', 'swim', 'throw', 'wear', 'forget', 'forgive', 'hide', 'shake', 'bite', 'draw',
  'buy', 'bring', 'catch', 'teach', 'think', 'fight', 'seek', 'sell', 'tell', 'send', 'spend', 'build', 'lose', 'meet',
  'pay', 'say', 'make', 'hold', 'keep', 'feel', 'stand', 'understand', 'lead', 'hear', 'sleep', 'withdraw', 'undergo', 'undertake',
])
const haveForms: ReadonlySet<string> = new Set(['has', 'have', 'had', 'having'])
const beForms: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
/** A lower-case adverb in -ly (`has historically served`). */
const isLyAdverb = (t: Token | undefined): boolean => t !== undefined && t.pos === 'ADV' && /^\p{Ll}{3,}ly$/u.test(t.text)
const midAdverbs: ReadonlySet<string> = new Set(['not', 'never', 'already', 'also', 'just', 'now', 'recently', 'since', 'ever', 'still', 'yet', 'finally', 'reportedly', 'allegedly'])

/** `has went`, `was took`, `has go`. */
/** Words after `have` + -ing that make the -ing word a noun's modifier or object (`have nothing`), never judged. */
const possessiveObjects: ReadonlySet<string> = new Set(['that', 'this', 'which', 'what'])

const participleForm: Check = (tokens, i, words) => {
  const aux = tokens[i] as Token
  const have = haveForms.has(aux.text)
  if (!have && !beForms.has(aux.text)) return undefined
  let j = i + 1
  while ((midAdverbs.has(tokens[j]?.lower ?? '') || isLyAdverb(tokens[j])) && j - i < 3) j++
  const verb = tokens[j]
  if (!verb || verb.text !== verb.lower) return undefined
  const next = tokens[j + 1]
  const cleft = tokens.slice(0, i).some((x) => ['did', 'does', 'do', 'what', 'all'].includes(x.lower))
  // `Montgomery has is stated`: `have` and a finite `be` side by side after a noun phrase that
  // follows no other noun or pronoun (`the money he has is`, `the chores a detective has is`: a
  // clause without `that` inside the subject).
  let subjectStart = i - 1
  while (subjectStart > 0 && i - subjectStart < 5 && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[subjectStart - 1]?.pos ?? '') && tokens[subjectStart]?.pos !== 'DET') subjectStart--
  const finiteBe = have && aux.text !== 'having' && j === i + 1 && ['is', 'are', 'was', 'were'].includes(verb.lower) && !cleft &&
    ['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? '') && !['NOUN', 'PROPN', 'PRON', 'NUM'].includes(tokens[subjectStart - 1]?.pos ?? '')
  if (finiteBe) return { id: 'participleForm', start: aux.start, end: verb.end, data: { word: aux.text } }
  // A form clean copy uses only as a verb (rules/data/grammar-verbs.json): an -s form after `have` or
  // `be` (`has develops`, `is springs`), or a base form (`have now deteriorate`, `is conceal`), not in
  // a cleft (`all he did was ask`), after `there`, or before `of` (`for want of`).
  // `their whole being participates`: `being` after a determiner or an adjective is a noun.
  const nounBeing = aux.text === 'being' && ['DET', 'ADJ', 'PRON'].includes(tokens[i - 1]?.pos ?? '')
  if (verb.pos === 'VERB' && next?.text !== '-' && next?.lower !== 'of' && !cleft && !nounBeing && tokens[i - 1]?.lower !== 'there' &&
    (words.sForms.has(verb.lower) || (words.bases.has(verb.lower) && aux.text !== 'had'))) {
    return { id: 'participleForm', start: aux.start, end: verb.end, data: { word: aux.text } }
  }
  // `had touching the`, `has damaging the`: `have` takes no -ing form (a verb or an adjective to the tagger) before an object.
  const haveIng = have && aux.text !== 'having' && /^\p{Ll}{2,}ing$/u.test(verb.lower) && !/thing$/u.test(verb.lower) && ['VERB', 'ADJ'].includes(verb.pos) && ['DET', 'PRON', 'PROPN'].includes(next?.pos ?? '') && !possessiveObjects.has(next?.lower ?? '')
  if (haveIng) return { id: 'participleForm', start: aux.start, end: verb.end, data: { word: aux.text } }
  if (verb.pos !== 'VERB') return undefined
  // `was broke` is the adjective (without money); a hyphen makes a compound (`has tell-tale`).
  if (tokens[j + 1]?.text === '-' || (!have && verb.lower === 'broke')) return undefined
  const pastOnly = participles[verb.lower] !== undefined
  // An irregular base form after `have` (`has go`), not after `had` (`had he known`, `had them
  // sign`), and only before words that cannot continue it as a noun (`have work to do`).
  const base = have && aux.text !== 'had' && irregularBases.has(verb.lower) && ['DET', 'ADV', 'ADP', 'PRON', 'PUNCT'].includes(tokens[j + 1]?.pos ?? '')
  // A regular base form before an object (`has announce the`, `was award the`): not after `did`,
  // `what` or `all` (`all he did was ask the`), not a participle in -one, -orn, -ome (`has
  // undergone`, `be born`), not `like`. An -s form here is a plural noun the tagger read as a verb
  // as often as not (`have links with`, `there are reasons for`): never judged.
  const regularBase = !cleft && aux.text !== 'had' && tokens[i - 1]?.lower !== 'there' && isCertainBase(verb) && !/(?:one|orn|ome|un|like)$/u.test(verb.lower) &&
    next !== undefined && ((next.pos === 'DET' && !/^(?:that|this|these|those|which|what)$/u.test(next.lower)) || /^(?:him|them|me|us)$/u.test(next.lower))
  // `has been schedule by`, `were being plan by`: after `been` or `being` only a participle or an
  // -ing form, so a certain base form before `by` or an object is a slip (not `been deaf to`).
  const afterBeen = (aux.text === 'been' || aux.text === 'being') && isCertainBase(verb) && !/(?:one|orn|ome|un|like|[dt])$/u.test(verb.lower) && (next?.lower === 'by' || next?.pos === 'DET')
  // `is remove by the board`: a form of `be` and a base form before the agent's `by`.
  const passiveBase = !have && !cleft && tokens[i - 1]?.lower !== 'there' && isCertainBase(verb) && !/(?:one|orne?|ome|un|like|[dt])$/u.test(verb.lower) && next?.lower === 'by'
  if (!pastOnly && !base && !regularBase && !afterBeen && !passiveBase) return undefined
  return { id: 'participleForm', start: aux.start, end: verb.end, data: { word: aux.text } }
}

/** Comparatives used as adverbs or nouns rather than compared (`more later`). */
const adverbialComparatives: ReadonlySet<string> = new Set(['later', 'earlier', 'sooner', 'further', 'farther', 'lower', 'upper', 'outer', 'inner'])

/** Words before `more` that make it grade an adjective, not count a noun. */
const gradingWords: ReadonlySet<string> = new Set(['the', 'much', 'far', 'slightly', 'somewhat', 'rather', 'considerably', 'significantly'])

/** `more cheaper`, `most biggest`. */
const doubleComparative: Check = (tokens, i, words) => {
  const degree = tokens[i] as Token
  const adjective = tokens[i + 1]
  if (!adjective || adjective.pos !== 'ADJ' || adjective.text !== adjective.lower || adverbialComparatives.has(adjective.lower)) return undefined
  const next = tokens[i + 2]
  // Before a noun `more` may count it (`more older voters`), but not after an article or a degree
  // adverb before a singular (`a more better fate`, `slightly more greater charge`).
  const before = tokens[i - 1]?.lower ?? ''
  const graded = before === 'a' || before === 'an' || (gradingWords.has(before) && nounNumber(next) !== 'pl' && next?.pos !== 'ADJ')
  const comparative = (degree.lower === 'more' || degree.lower === 'less') && words.comparatives.has(adjective.lower) &&
    (next === undefined || next.lower === 'than' || next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.pos === 'ADP' || graded)
  const superlative = degree.lower === 'most' && words.superlatives.has(adjective.lower)
  if (!comparative && !superlative) return undefined
  return { id: 'doubleComparative', start: degree.start, end: adjective.end, data: { expected: adjective.text } }
}

const possessiveWords: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their'])
const objectCase: Readonly<Record<string, string>> = { I: 'me', he: 'him', she: 'her', we: 'us', they: 'them' }
/** Prepositions only (not `for`, `than`, `as`, `like`, `but`, which also join clauses). */
const pronounPrepositions: ReadonlySet<string> = new Set([
  'between', 'with', 'to', 'from', 'against', 'among', 'amongst', 'of', 'by', 'without', 'behind', 'beside', 'towards', 'toward',
  'about', 'upon', 'on', 'at', 'into',
])

/** Words that take `of` + an object pronoun (`most of them`, `each of us`). */
const quantityWords: ReadonlySet<string> = new Set(['most', 'all', 'some', 'each', 'many', 'none', 'one', 'both', 'few', 'several', 'any', 'either', 'neither', 'two', 'three'])

/** `between you and I`, `spoke to he and his wife`. */
const pronounCase: Check = (tokens, i) => {
  const pronoun = tokens[i] as Token
  const expected = objectCase[pronoun.text]
  if (!expected) return undefined
  const prev = tokens[i - 1]
  let p = i - 1
  // `between the union and I`: back over the first conjunct (a short noun phrase or a pronoun).
  if (prev?.lower === 'and') {
    p = i - 2
    if (!['NOUN', 'PROPN', 'PRON'].includes(tokens[p]?.pos ?? '')) return undefined
    while (p > i - 5 && (['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[p - 1]?.pos ?? '') || possessiveWords.has(tokens[p - 1]?.lower ?? ''))) p--
    p--
  }
  const prep = tokens[p]
  if (!prep || !pronounPrepositions.has(prep.text)) return undefined
  const next = tokens[i + 1]
  // The pronoun must end the phrase (`to he and his wife.`); before anything else it may open a
  // clause (`with the turkeys and they at once were`).
  // A preposition or a comma after it ends the phrase too (`away from he by`, `each of they in`), and
  // after a quantity and `of` the pronoun is the object whatever follows (`most of they were`).
  // Only right after the preposition: after `and` the pronoun may open a clause (`with the turkeys
  // and they at once were`, `two of them and we would`); a list of pronouns is talk about words
  // (`repetition of I, you, he`).
  const direct = p === i - 1
  const quantityOf = direct && prep.text === 'of' && quantityWords.has(tokens[p - 1]?.lower ?? '')
  const ends = next === undefined || next.pos === 'CCONJ' || /^[.;:)]$/u.test(next.text) || (direct && (next.pos === 'ADP' || (next.text === ',' && tokens[i + 2]?.pos !== 'PRON')))
  if (prep.text !== 'between' && !quantityOf && !ends) return undefined
  if (next?.pos === 'CCONJ' && ['VERB', 'AUX'].includes(tokens[i + 2]?.pos ?? '')) return undefined
  return { id: 'pronounCase', start: pronoun.start, end: pronoun.end, data: { expected } }
}

const subjectVerbs: Readonly<Record<string, string>> = { i: 'am', it: 'is', he: 'is', she: 'is', this: 'is', that: 'is', we: 'are', they: 'are', you: 'are' }
/** Words after `not` that need no verb before it (`not only`, `not yet`). */
const notAdverbs: ReadonlySet<string> = new Set(['only', 'just', 'even', 'yet', 'so', 'to', 'always', 'merely', 'simply', 'least', 'necessarily', 'quite'])

/** `It not about the money`: a subject pronoun and `not` with no verb. */
const missingVerb: Check = (tokens, i) => {
  const pronoun = tokens[i] as Token
  const be = subjectVerbs[pronoun.lower]
  const not = tokens[i + 1]
  const next = tokens[i + 2]
  if (!be || pronoun.pos !== 'PRON' || not?.lower !== 'not' || !atClauseStart(tokens[i - 1]) || !next) return undefined
  // `they could see me but I not them` leaves the verb out on purpose (ellipsis before a pronoun).
  if (['VERB', 'AUX', 'PUNCT', 'PART', 'PRON'].includes(next.pos) || notAdverbs.has(next.lower)) return undefined
  return { id: 'missingVerb', start: pronoun.start, end: not.end, data: { expected: `${pronoun.text} ${be} not` } }
}

/** Transitive verb forms given a preposition they do not take, with the preposition. */
const verbPrepositions: ReadonlyMap<string, string> = new Map([
  ...['discuss', 'discussed', 'discusses', 'discussing', 'mention', 'mentioned', 'mentions', 'mentioning'].map((v): [string, string] => [v, 'about']),
  ...['emphasise', 'emphasised', 'emphasises', 'emphasising', 'emphasize', 'emphasized', 'emphasizes', 'emphasizing'].map((v): [string, string] => [v, 'on']),
  ...['comprise', 'comprises', 'comprising'].map((v): [string, string] => [v, 'of']),
  ...['requested', 'requesting'].map((v): [string, string] => [v, 'for']),
  ...['return', 'returned', 'returns', 'returning', 'revert', 'reverted', 'reverts', 'reverting'].map((v): [string, string] => [v, 'back']),
  ...['cope', 'coped', 'copes', 'coping'].map((v): [string, string] => [v, 'up']),
  ...['reach', 'reached', 'reaches', 'reaching'].map((v): [string, string] => [v, 'at']),
  ['attempted', 'at'],
])

/** `discussed about the plan`, `emphasised on`, `returned back`. */
const verbPreposition: Check = (tokens, i) => {
  const verb = tokens[i] as Token
  const particle = tokens[i + 1]
  if (verb.pos !== 'VERB' || verbPrepositions.get(verb.lower) !== particle?.lower || !particle) return undefined
  // A passive takes the preposition of its purpose (`may be requested for the next year`).
  if (beForms.has(tokens[i - 1]?.lower ?? '')) return undefined
  const object = tokens[i + 2]
  // `about` before a number is an estimate (`discussed about 40 cases`); a weekday after `on` is a date.
  if ((particle.lower === 'about' && object?.pos === 'NUM') || /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/u.test(object?.text ?? '')) return undefined
  if (particle.lower === 'back' && ['to', 'from', 'into', 'home', 'in', 'on'].includes(object?.lower ?? '')) {
    return { id: 'verbPreposition', start: verb.start, end: particle.end, data: { expected: verb.text } }
  }
  if (particle.lower === 'back') return undefined
  // `reached at the spot`, not `reached at 10 pm` (a time) nor `reached at least`; `coped up with`.
  if (particle.lower === 'at' && verb.lower.startsWith('reach') && (!['DET', 'PROPN'].includes(object?.pos ?? '') || /^\d/u.test(object?.text ?? ''))) return undefined
  if (particle.lower === 'up' && object?.lower !== 'with') return undefined
  return { id: 'verbPreposition', start: verb.start, end: particle.end, data: { expected: verb.text } }
}

const dayParts: Readonly<Record<string, string>> = { morning: 'this morning', afternoon: 'this afternoon', evening: 'this evening', night: 'tonight' }
const currencyWords = /^(?:dollars?|rupees?|euros?|pounds?|yuan|RMB|yen|crores?|lakhs?|million|billion|trillion|thousand|Rs\.?|Tk|USD|INR)$/u

/** `today morning`, `10 times of the rates`, `3 million dollars worth relief`, `over phone`. */
const idiom: Check = (tokens, i) => {
  const t = tokens[i] as Token
  const next = tokens[i + 1]
  if (!next) return undefined
  const part = dayParts[next.text]
  if (t.lower === 'today' && part && (t.text === 'today' || i === 0)) {
    return { id: 'idiom', start: t.start, end: next.end, data: { expected: i === 0 ? part.replace(/^./u, (c) => c.toUpperCase()) : part } }
  }
  if (t.text === 'times' && tokens[i - 1]?.pos === 'NUM' && next.text === 'of' && ['the', 'its', 'their', 'his', 'her', 'our'].includes(tokens[i + 2]?.lower ?? '')) {
    return { id: 'idiom', start: t.start, end: next.end, data: { expected: 'times' } }
  }
  if (t.text === 'worth' && currencyWords.test(tokens[i - 1]?.text ?? '') && (next.pos === 'NOUN' || next.pos === 'ADJ') && /^\p{Ll}/u.test(next.text)) {
    return { id: 'idiom', start: t.start, end: t.end, data: { expected: 'worth of' } }
  }
  const afterPhone = tokens[i + 2]
  if (t.text === 'over' && /^(?:tele)?phone$/u.test(next.text) && !['NOUN', 'PROPN', 'NUM'].includes(afterPhone?.pos ?? '') && afterPhone?.text !== '-') {
    return { id: 'idiom', start: t.start, end: next.end, data: { expected: `over the ${next.text}` } }
  }
  return undefined
}

/** Modals never followed by `to` (`could`, `can`, `might` are, elliptically: `all he could to help`). */
const toModals: ReadonlySet<string> = new Set(['should', 'must'])

/** `should to decide`: `to` after a modal; `wanted to discussed`: a past after infinitive `to`. */
const infinitiveForm: Check = (tokens, i) => {
  const t = tokens[i] as Token
  const to = tokens[i + 1]
  const verb = tokens[i + 2]
  if (toModals.has(t.text) && t.pos === 'AUX' && to?.text === 'to' && verb?.pos === 'VERB' && verb.text === verb.lower && !['PUNCT', 'DET'].includes(tokens[i - 1]?.pos ?? 'PUNCT')) {
    return { id: 'infinitiveForm', start: t.start, end: verb.end, data: { expected: `${t.text} ${verb.text}` } }
  }
  const past = tokens[i + 1]
  // `to` + an -ed form is a participle used as an adjective before a noun (`to limited extent`).
  if (t.text !== 'to' || t.pos !== 'PART' || !past || tokens[i - 1]?.lower === 'used') return undefined
  const object = tokens[i + 2]?.pos ?? ''
  // `to faced Hyde`, `to walked out`: a past before an object or a particle.
  const pastBefore = past.pos === 'VERB' && /^\p{Ll}{4,}ed$/u.test(past.text) && !/eed$/u.test(past.text) && ['DET', 'PRON', 'ADP', 'PROPN'].includes(object)
  // `to makes a trip`, `to is`: an -s form before an object, or a finite `be`, `have`, `do`.
  const sBefore = past.pos === 'VERB' && isThirdPersonS(past.text) && ['DET', 'PRON'].includes(object) && tokens[i + 2]?.lower !== 'that'
  // Not a preposition left at the end of a clause (`what they objected to is`).
  const finiteAux = ['is', 'are', 'was', 'were', 'has', 'does', 'am'].includes(past.text) && tokens[i + 2] !== undefined && !['VERB', 'ADP', 'ADV'].includes(tokens[i - 1]?.pos ?? '')
  if (pastBefore || sBefore || finiteAux) return { id: 'modalForm', start: t.start, end: past.end, data: { word: t.text } }
  return undefined
}

const timeSpans = /^(?:years|months|weeks|days|decades|hours|centuries)$/u
const pluralQuantifiers: ReadonlySet<string> = new Set(['many', 'several', 'numerous', 'few'])
const pluralVerbSwap: Readonly<Record<string, string>> = { are: 'is', were: 'was', have: 'has', do: 'does' }

/** `since two years`, `despite of`, `till date`, `look forward to meet`. */
const setPhrase: Check = (tokens, i) => {
  const t = tokens[i] as Token
  const next = tokens[i + 1]
  if (!next) return undefined
  const verb = tokens[i + 2]
  if (/^look(?:s|ed|ing)?$/u.test(tokens[i - 1]?.lower ?? '') && t.lower === 'forward' && next.text === 'to' && verb?.pos === 'VERB' && verb.text === verb.lower && !/(?:ing|ed|s)$/u.test(verb.text) &&
    ['DET', 'PRON', 'PROPN', 'ADP'].includes(tokens[i + 3]?.pos ?? '')) {
    // `look forward to snow --` is the noun: the verb needs an object or a preposition after it.
    return { id: 'idiom', start: next.start, end: verb.end, data: { expected: `to ${verb.text.replace(/e$/u, '')}ing` } }
  }
  if (t.lower === 'since' && (isPluralNumeral(next) || next.lower === 'several' || next.lower === 'many') && timeSpans.test(tokens[i + 2]?.text ?? '')) {
    return { id: 'idiom', start: t.start, end: next.end, data: { expected: `for ${next.text}` } }
  }
  if (t.lower === 'despite' && next.text === 'of') return { id: 'idiom', start: t.start, end: next.end, data: { expected: t.text } }
  if (t.lower === 'till' && next.text === 'date' && !['NOUN', 'PROPN'].includes(tokens[i + 2]?.pos ?? '')) return { id: 'idiom', start: t.start, end: next.end, data: { expected: 'to date' } }
  return undefined
}

/** `Each of the players are`, `One of the reasons were`: `each` and `one` take a singular verb. */
const oneOfAgreement: Check = (tokens, i) => {
  const t = tokens[i] as Token
  // Not after `and`: `Two men and one of the women were` is a plural subject.
  const prev = tokens[i - 1]
  if (!['one', 'each', 'either', 'neither'].includes(t.lower) || tokens[i + 1]?.lower !== 'of' || !atClauseStart(prev) || prev?.pos === 'CCONJ' || prev?.lower === 'and' || prev?.lower === 'or') return undefined
  for (let k = i + 2; k < tokens.length && k < i + 12; k++) {
    const v = tokens[k] as Token
    if (v.pos === 'PUNCT' || v.pos === 'SCONJ' || v.pos === 'CCONJ' || ['who', 'which', 'that', 'whom', 'whose'].includes(v.lower)) return undefined
    if (v.pos === 'AUX' || v.pos === 'VERB') {
      const expected = pluralVerbSwap[v.text]
      if (!expected || t.lower === 'neither' || t.lower === 'either') return undefined
      return { id: 'subjectVerb', start: v.start, end: v.end, data: { number: 'singular', subject: t.text, expected } }
    }
  }
  return undefined
}

/**
 * `The minister, along with his aides, were present`: a singular subject joined by `along with`,
 * `together with` or `as well as` keeps its singular verb.
 */
const alongWith: Check = (tokens, i) => {
  const t = tokens[i] as Token
  const width = t.lower === 'as' && tokens[i + 1]?.lower === 'well' && tokens[i + 2]?.lower === 'as' ? 3 : ['along', 'together'].includes(t.lower) && tokens[i + 1]?.lower === 'with' ? 2 : 0
  if (width === 0) return undefined
  const before = tokens.slice(0, i).filter((x) => x.text !== ',')
  const head = before.at(-1)
  // The subject opens the sentence: no verb, conjunction or plural before the joined phrase.
  if (!head || before.some((x) => ['VERB', 'AUX', 'CCONJ', 'SCONJ', 'ADP'].includes(x.pos) || x.text === ';') || before.length > 6) return undefined
  const singular = head.pos === 'PROPN' ? /^\p{Lu}\p{Ll}+$/u.test(head.text) && !head.text.endsWith('s') : nounNumber(head) === 'sg'
  if (!singular) return undefined
  for (let k = i + width; k < tokens.length && k < i + width + 10; k++) {
    const v = tokens[k] as Token
    if (v.pos === 'SCONJ' || ['who', 'which', 'that'].includes(v.lower)) return undefined
    if (v.pos === 'AUX' || v.pos === 'VERB') {
      const expected = pluralVerbSwap[v.text]
      return expected ? { id: 'subjectVerb', start: v.start, end: v.end, data: { number: 'singular', subject: head.text, expected } } : undefined
    }
  }
  return undefined
}

/** `There is many problems`, `there was two fires`; `much problems`. */
const countedThere: Check = (tokens, i) => {
  const t = tokens[i] as Token
  const verb = tokens[i + 1]
  const count = tokens[i + 2]
  // Adjectives may stand between the count and its noun (`there was several fairly good portraits`).
  let n = i + 3
  while ((tokens[n]?.pos === 'ADJ' || tokens[n]?.pos === 'ADV') && tokens[n]?.text === tokens[n]?.lower && n - i < 6) n++
  const noun = tokens[n]
  if (t.lower === 'there' && atClauseStart(tokens[i - 1]) && (verb?.text === 'is' || verb?.text === 'was') && count &&
    (pluralQuantifiers.has(count.text) || isPluralNumeral(count)) && count.text !== 'few' && noun && nounNumber(noun) === 'pl') {
    return { id: 'thereNumber', start: t.start, end: noun.end, data: { number: 'plural', expected: `${t.text} ${verb.text === 'is' ? 'are' : 'were'} ${tokens.slice(i + 2, n + 1).map((x) => x.text).join(' ')}` } }
  }
  if (t.text === 'much' && t.pos === 'ADJ' && verb && nounNumber(verb) === 'pl' && verb.pos === 'NOUN' && endsPhrase(tokens[i + 2])) {
    return { id: 'determinerNumber', start: t.start, end: verb.end, data: { number: 'plural', det: t.text } }
  }
  return undefined
}

/** -ing words that are prepositions or absolutes (`including`, `it being Sunday`), never a verb missing its auxiliary. */
const notProgressive = /^(?:including|regarding|concerning|following|according|excluding|involving|being|having|notwithstanding|pending|barring|considering|during|nothing|something|anything|everything|thing|king|ring|spring|wing|bring|sing|sting|swing|string|cling)$/u
const subjectPronouns: Readonly<Record<string, string>> = { he: 'is', she: 'is', it: 'is', they: 'are', we: 'are', i: 'am' }
const isIngVerb = (t: Token | undefined): t is Token => t !== undefined && t.pos === 'VERB' && /^\p{Ll}{3,}ing$/u.test(t.text) && !notProgressive.test(t.text)

/**
 * `She snapping five tenths off the mark`, `Sales jumping 14 per cent in March.`: a subject with an
 * -ing form and no auxiliary. A subject pronoun where a clause starts always needs one; a noun
 * subject opening the sentence only when no other verb in the sentence could be its verb (a noun
 * and an -ing form may open a longer subject: `Prices rising faster than wages worry voters`).
 */
const finiteVerb: Check = (tokens, i) => {
  const subject = tokens[i] as Token
  const be = subjectPronouns[subject.lower]
  if (be && subject.pos === 'PRON' && (subject.text === subject.lower || subject.text === 'I' || i === 0) && atClauseStart(tokens[i - 1])) {
    let j = i + 1
    if (tokens[j]?.pos === 'ADV' && /^\p{Ll}+ly$/u.test(tokens[j]?.text ?? '')) j++
    const verb = tokens[j]
    // `as it turning`, `with they acting`: a clause word right before may make an absolute or a fragment of quoted speech.
    // A comma before makes an absolute (`they went, he choosing an inn`).
    if (!verb || ['with', 'without', 'as', ','].includes(tokens[i - 1]?.lower ?? '') || !['DET', 'PRON', 'PROPN', 'NUM', 'ADP', 'NOUN', 'ADJ', 'SCONJ', 'ADV'].includes(tokens[j + 1]?.pos ?? '')) return undefined
    if (isIngVerb(verb) && tokens[j + 1]?.pos !== 'ADV') return { id: 'finiteVerb', start: subject.start, end: verb.end, data: { expected: `${subject.text} ${be} ${verb.text}` } }
    // `he taken 300 calls`, `they gone all out`: a participle that is never a past form.
    if (verb.pos === 'VERB' && verb.text === verb.lower && participleOnly.has(verb.lower) && verb.lower !== 'been') {
      return { id: 'finiteVerb', start: subject.start, end: verb.end, data: { expected: `${subject.text} ${be === 'are' || be === 'am' ? 'have' : 'has'} ${verb.text}` } }
    }
    return undefined
  }
  // A noun subject opening a sentence that has no auxiliary and no verb but -ing forms.
  if (i !== 0 && !(i === 1 && tokens[0]?.pos === 'DET')) return undefined
  let j = i
  // The tagger reads a capitalised first word as a name (`Fares jumping`, `Freight rates jumping`):
  // one is taken as a common noun when a common noun or the -ing form follows it, not a second name.
  const second = tokens[1]
  const commonNext = second?.pos === 'NOUN' && /^\p{Ll}+$/u.test(second.text)
  if (i === 0 && subject.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(subject.text)) {
    if (commonNext) j = 1
    else if (isIngVerb(second)) return verblessSubject(tokens, 0, 0)
  }
  while (tokens[j]?.pos === 'ADJ' && j - i < 3) j++
  // A common noun (a name opens captions and society-page fragments: `Louise Lee cornering the market.`).
  if (tokens[j]?.pos !== 'NOUN' || !/^\p{L}\p{Ll}+$/u.test(tokens[j]?.text ?? '')) return undefined
  while (tokens[j + 1]?.pos === 'NOUN' && /^\p{Ll}+$/u.test(tokens[j + 1]?.text ?? '') && j - i < 5) j++
  return verblessSubject(tokens, i, j)
}

/** A sentence from `i` whose subject's head is `j`, then an -ing form, and no other verb: the finding or none. */
function verblessSubject(tokens: readonly Token[], i: number, j: number): GrammarFinding<FormCheck> | undefined {
  const head = tokens[j] as Token
  const verb = tokens[j + 1]
  // The -ing form takes an object or a number (`jumping 14 per cent`), not `of` (`broadening of`: a gerund).
  // A short sentence: in a long one the tagger misses a verb as often (`The farmlands forming the heart of America stretch out`).
  if (!isIngVerb(verb) || tokens.length < 6 || tokens.length > 16 || tokens.at(-1)?.text !== '.' || !['DET', 'NUM', 'PRON', 'ADV'].includes(tokens[j + 2]?.pos ?? '')) return undefined
  if (tokens.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/u.test(t.lower)) || t.text === ':' || t.text === ';' || t.text === '(' || t.text === '?')) return undefined
  const plural = nounNumber({ ...head, text: head.lower, pos: 'NOUN' }) === 'pl'
  const first = tokens[i] as Token
  return { id: 'finiteVerb', start: first.start, end: verb.end, data: { expected: `${tokens.slice(i, j + 1).map((t) => t.text).join(' ')} ${plural ? 'are' : 'is'} ${verb.text}` } }
}

/**
 * Offices held by a person, named with `of` and their field (`the commissioner of railway safety`);
 * bodies (`board`, `ministry`) head compounds too often (`the board audit committee`).
 */
const offices: ReadonlySet<string> = new Set([
  'commissioner', 'minister', 'secretary', 'director', 'chairman', 'chairperson', 'chairwoman', 'president', 'governor', 'inspector',
  'superintendent', 'registrar', 'controller', 'comptroller', 'collector', 'commandant', 'dean',
])
/** Words that follow an office without `of` (`the director general`, `the president elect`, `the minister concerned`). */
const afterOffice = /^(?:general|elect|emeritus|designate|concerned|himself|herself|itself|incharge|responsible|today|yesterday|tomorrow|tonight|here|there|now|then|again|too|alone|last|next|first)$/u
/** Verbs with two objects (`gave the director power`, `told the minister news`): an office after one may be the first object. */
const twoObjectVerbs = /^(?:g[ai]ve|giv(?:es|ing|en)|offer|hand|sen[dt]|tell|told|show|pa(?:y|id)|owe|grant|allow|den(?:y|ied)|lend|lent|cost|br(?:ing|ought)|award|promis|bought|buy|ask|wish|call|name|elect|appoint|make|made)/u

/**
 * `by the commissioner railway safety`, `the minister external affairs met`: an office noun and its
 * field with `of` dropped. The field is a common noun phrase that ends there (a preposition, a
 * verb, a stop), not a word that follows an office by itself (`the director general`) nor the second
 * object of a verb (`gave the director power to act`).
 */
const missingOf: Check = (tokens, i) => {
  const the = tokens[i] as Token
  const office = tokens[i + 1]
  if (the.lower !== 'the' || !office || !offices.has(office.text) || office.pos !== 'NOUN') return undefined
  if (tokens[i - 1]?.pos === 'VERB' && twoObjectVerbs.test(tokens[i - 1]?.lower ?? '')) return undefined
  let j = i + 2
  if (tokens[j]?.pos === 'ADJ' && /^\p{Ll}+$/u.test(tokens[j]?.text ?? '') && !afterOffice.test(tokens[j]?.lower ?? '')) j++
  const first = j
  while (tokens[j]?.pos === 'NOUN' && /^\p{Ll}+$/u.test(tokens[j]?.text ?? '') && j - first < 3) j++
  if (j === first || afterOffice.test(tokens[first]?.lower ?? '') || afterOffice.test(tokens[i + 2]?.lower ?? '')) return undefined
  // Two words of the field at least (`railway safety`, `external affairs`): one may be a compound the office heads.
  if (j - (i + 2) < 2) return undefined
  const end = tokens[j]
  if (end && !(['ADP', 'VERB', 'AUX', 'CCONJ'].includes(end.pos) || /^[.,;:)]$/u.test(end.text)) || end?.lower === 'of') return undefined
  const field = tokens.slice(i + 2, j).map((t) => t.text).join(' ')
  return { id: 'missingOf', start: the.start, end: (tokens[j - 1] as Token).end, data: { expected: `${the.text} ${office.text} of ${field}` } }
}

/** The checks in order, each with the words it starts at (see `Trigger`). */
const formChecks: readonly Check[] = [
  triggered(missingOf, { words: ['the'] }),
  triggered(finiteVerb, { words: Object.keys(subjectPronouns), opening: true }),
  triggered(numeralNumber, { words: ['one', ...pluralNumberWords], digits: true }),
  triggered(participleForm, { words: [...haveForms, ...beForms] }),
  triggered(doubleComparative, { words: ['more', 'less', 'most'] }),
  triggered(pronounCase, { words: Object.keys(objectCase).map((w) => w.toLowerCase()) }),
  triggered(missingVerb, { words: Object.keys(subjectVerbs) }),
  triggered(verbPreposition, { words: verbPrepositions.keys() }),
  triggered(idiom, { words: ['today', 'times', 'worth', 'over'] }),
  triggered(infinitiveForm, { words: [...toModals, 'to'] }),
  triggered(setPhrase, { words: ['forward', 'since', 'despite', 'till'] }),
  triggered(oneOfAgreement, { words: ['one', 'each', 'either', 'neither'] }),
  triggered(countedThere, { words: ['there', 'much'] }),
  triggered(alongWith, { words: ['as', 'along', 'together'] }),
]

/** Runs the word-form checks over one tagged sentence. */
export function findForms(tokens: readonly Token[], words: FormWords): GrammarFinding<FormCheck>[] {
  return runTokenChecks(tokens, formChecks, words)
}
