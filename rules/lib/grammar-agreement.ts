// Agreement checks of the grammar rule beyond the subject that opens a sentence: a personal or demonstrative pronoun
// and its verb (`He have served`, `they was`, `she arrive`), a relative pronoun and the verb it
// takes from the noun before it (`a man who know`, `a room that are`), on the story model's tags, in
// the manner of LanguageTool's English agreement rules (ideas re-implemented).
//
// Decisions:
// - A pronoun is judged only as a subject: `he`, `she`, `they`, `we`, `I` always are; `it` and `you`
//   only at a clause start (`made it work`, `gave you time` have it as object; not after a
//   preposition: `the scene before you is`), and after `and`/`or` only when the word before joins
//   clauses (a verb, adverb or comma: `studied and she are`), not subjects (`Lucy and he were`); never after an auxiliary or modal (`would he
//   have`, `should she win`: inversion) or after `that`/`lest` with a base form (`insisted that he
//   go`: subjunctive); `were` after `if`, `as though`, `wish` is a subjunctive.
// - A base form after `he`/`she`/`it` must be a certain base (not `put`, `cut`, `set`, which are
//   also pasts), and `need`/`dare` are modals (`he need not`).
// - A relative `who`/`which`/`that` takes the number of the noun just before it, only when that
//   noun phrase is not itself the object of a preposition (`the leader of the rebels who was` agrees
//   with `leader`) and not after `one of`; `that` + a singular verb after a plural noun may be a
//   demonstrative (`told reporters that was wrong`), and `, which` + singular may take a whole clause
//   (`prices rose, which was expected`): neither fires.
// - A demonstrative pronoun where a clause starts with `be`/`have`/`do` (`this were disclosed`;
//   `that` only opening the sentence), and a title + name opening the clause (`Gen. Tarik have`):
//   a name alone may be a team or a firm (`India were all out`), so it is not judged.
import type { Token } from '../../src/rule/types.js'
import { atClauseStart, type GrammarFinding, hasClauseVerb, isCertainBase, isThirdPersonS, nounNumber, runTokenChecks, type TokenCheck, triggered } from './grammar.js'

type Number = 'sg' | 'pl'
type Check = TokenCheck<'subjectVerb', undefined>

const numberName: Readonly<Record<Number, string>> = { sg: 'singular', pl: 'plural' }
/** Forms of `be`, `have`, `do` that demand a number, and the form of the other number. */
const auxSwap: Readonly<Record<string, { number: Number; other: string }>> = {
  is: { number: 'sg', other: 'are' }, was: { number: 'sg', other: 'were' }, has: { number: 'sg', other: 'have' }, does: { number: 'sg', other: 'do' },
  are: { number: 'pl', other: 'is' }, were: { number: 'pl', other: 'was' }, have: { number: 'pl', other: 'has' }, do: { number: 'pl', other: 'does' },
}
/** Adverbs that may stand between a subject and its verb. */
const midAdverbs: ReadonlySet<string> = new Set(['also', 'still', 'never', 'now', 'then', 'just', 'already', 'only', 'even', 'always', 'often', 'later', 'too', 'again', 'once', 'first', 'reportedly', 'allegedly'])
/** Words after which `it` opens a clause. */
const itOpeners: ReadonlySet<string> = new Set([',', ';', ':', 'that', 'because', 'while', 'when', 'if', 'and', 'but', 'so', 'said', 'says', 'although', 'though', 'since', 'after', 'before', 'until', 'unless', 'where', 'whether'])
/** Words before a subjunctive `were` (`if he were`, `as though it were`, `wish she were`). */
const subjunctiveOpeners: ReadonlySet<string> = new Set(['if', 'as', 'though', 'wish', 'wished', 'suppose', 'supposing', 'unless', 'whether', 'imagine'])
/** Words after which a base form is a subjunctive (`demanded that he resign`). */
const subjunctiveThat: ReadonlySet<string> = new Set(['that', 'lest'])
/** Verbs before a subjunctive clause, with or without `that` (`insist he rest`). */
const subjunctiveVerbs = /^(?:insist|demand|recommend|suggest|urge|require|ask|propos|request|order|prefer|move[sd]?$|essential|important|vital|necessary|imperative)/u
/** Adverbs the tagger may read as verbs after a pronoun (`he further said`, `it last met`). */
const adverbLike: ReadonlySet<string> = new Set(['further', 'last', 'first', 'next', 'best', 'better', 'even', 'still', 'long', 'like', 'else', 'alone', 'right', 'back', 'home', 'down', 'up', 'out', 'off', 'together', 'twice'])

/** Base forms that are also modals (`he need not`, `she dare not`). */
const modalBases: ReadonlySet<string> = new Set(['need', 'dare', 'ought', 'use', 'better'])

/** The -s form of a base verb (`walk` to `walks`, `go` to `goes`). */
export function sForm(base: string): string {
  if (/(?:s|sh|ch|x|z|o)$/u.test(base)) return `${base}es`
  if (/[^aeiou]y$/u.test(base)) return `${base.slice(0, -1)}ies`
  return `${base}s`
}

/** The base form of an -s verb (`walks` to `walk`, `goes` to `go`, `carries` to `carry`). */
export function baseForm(s: string): string {
  if (s === 'has') return 'have'
  if (/[^aeiou]ies$/u.test(s)) return `${s.slice(0, -3)}y`
  if (/(?:sh|ch|x|z|ss|o)es$/u.test(s)) return s.slice(0, -2)
  return s.slice(0, -1)
}

/** The verb after a subject at `i`, past up to two adverbs, or undefined. */
function verbAfter(tokens: readonly Token[], i: number): number | undefined {
  let k = i + 1
  while (midAdverbs.has(tokens[k]?.lower ?? '') && tokens[k]?.text === tokens[k]?.lower && k - i <= 2) k++
  const verb = tokens[k]
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || verb.text !== verb.lower || adverbLike.has(verb.lower)) return undefined
  // A hyphen or an apostrophe makes a compound or a contraction (`he’d`, `has-been`).
  if (tokens[k + 1]?.text === '-' || /['’]/u.test(verb.text)) return undefined
  return k
}

/**
 * What a finite verb at `k` says about its subject's number, for a subject of number `number`:
 * the verb's own number and the expected form, when it disagrees, or undefined.
 */
function disagreement(tokens: readonly Token[], k: number, number: Number, allowBase: boolean): string | undefined {
  const verb = tokens[k] as Token
  const v = verb.lower
  const aux = auxSwap[v]
  if (aux) return aux.number === number ? undefined : aux.other
  if (verb.pos !== 'VERB') return undefined
  if (number === 'pl' && isThirdPersonS(v)) return baseForm(v)
  if (number === 'sg' && allowBase && isCertainBase(verb) && !modalBases.has(v)) return sForm(v)
  return undefined
}

/** Subject pronouns and their number; `it` and `you` (plural in agreement) only at a clause start (`gave you time`). */
const pronouns: Readonly<Record<string, Number>> = { he: 'sg', she: 'sg', it: 'sg', they: 'pl', we: 'pl' }

/** Demonstrative pronouns and their number. */
const demonstratives: Readonly<Record<string, Number>> = { this: 'sg', that: 'sg', these: 'pl', those: 'pl' }

/**
 * `This were disclosed`, `these is`: a demonstrative pronoun where a clause starts (`that` only at
 * the sentence start: elsewhere it is a relative or a conjunction), with `be`, `have` or `do` only.
 */
function demonstrativeVerb(tokens: readonly Token[], i: number, number: Number): GrammarFinding<'subjectVerb'> | undefined {
  const t = tokens[i] as Token
  const prev = tokens[i - 1]
  if (t.lower === 'that' ? i !== 0 : !(prev === undefined || itOpeners.has(prev.lower))) return undefined
  const verb = tokens[i + 1]
  const aux = auxSwap[verb?.text ?? '']
  if (!verb || !aux || aux.number === number) return undefined
  if (verb.text === 'were' && tokens.slice(Math.max(0, i - 4), i).some((b) => subjunctiveOpeners.has(b.lower))) return undefined
  return finding(t, verb, number, aux.other)
}

/** Whether a conjunction after `t` joins two clauses rather than two subjects (`Lucy and he`). */
const joinsClauses = (t: Token): boolean => t.text === ',' || (['VERB', 'ADV', 'ADJ'].includes(t.pos) && t.text === t.lower)

/** `He have served`, `they was`, `she arrive`, `we turns`. */
const pronounVerb: Check = (tokens, i) => {
  const t = tokens[i] as Token
  if (t.pos !== 'PRON') return undefined
  const prev = tokens[i - 1]
  const demonstrative = demonstratives[t.lower]
  if (demonstrative) return demonstrativeVerb(tokens, i, demonstrative)
  // `you` only where a clause starts (`gave you time`, `the scene before you is` have it as object).
  const clauseYou = t.lower === 'you' && (prev === undefined || (itOpeners.has(prev.lower) && prev.pos !== 'ADP'))
  const number = t.text === 'I' ? 'sg' : clauseYou ? 'pl' : pronouns[t.lower]
  if (!number || (t.text !== t.lower && !(t.text === 'I' || atClauseStart(prev)))) return undefined
  // Not after an auxiliary (inversion), a determiner (`a she wolf`) or a conjunction joining two
  // subjects (`Lucy and he were`); `it` only where a clause starts (`like it cool` has it as object).
  if (prev?.pos === 'AUX' || prev?.pos === 'DET' || prev?.pos === 'ADJ' || (t.lower === 'it' && !(prev === undefined || itOpeners.has(prev.lower)))) return undefined
  // After a verb, an adverb or an adjective the conjunction joins two clauses (`has studied and she are`).
  if (prev?.pos === 'CCONJ' && tokens[i - 2] !== undefined && !joinsClauses(tokens[i - 2] as Token)) return undefined
  const k = verbAfter(tokens, i)
  if (k === undefined) return undefined
  const v = (tokens[k] as Token).lower
  const before = tokens.slice(Math.max(0, i - 4), i)
  if (v === 'were' && before.some((b) => subjunctiveOpeners.has(b.lower))) return undefined
  // `as` opens a subjunctive only with `were` (`as it were`); `if it rain` is one with a base form.
  const subjunctive = before.some((b) => b.lower !== 'as' && subjunctiveOpeners.has(b.lower)) || subjunctiveThat.has(prev?.lower ?? '') || before.some((b) => subjunctiveVerbs.test(b.lower))
  if (t.text === 'I') {
    // `I` takes `am`, `was`, `have` and base forms: only `is`, `are`, `has`, `does` and -s forms are wrong.
    const wrong = ['is', 'are', 'has', 'does'].includes(v) || ((tokens[k] as Token).pos === 'VERB' && isThirdPersonS(v))
    if (!wrong) return undefined
    const expected = v === 'is' || v === 'are' ? 'am' : baseForm(v)
    return finding(t, tokens[k] as Token, 'sg', expected)
  }
  // `they` and `we` with `was` are wrong; `he` with `were` only outside a subjunctive.
  const expected = disagreement(tokens, k, number, !subjunctive)
  if (!expected || (subjunctive && !['is', 'are', 'was', 'were'].includes(v))) return undefined
  return finding(t, tokens[k] as Token, number, expected)
}

/** Verbs that take an object and an indirect question (`asked the officers who was`). */
const questionVerbs = /^(?:ask|tell|told|know|knew|wonder|inform|show|reveal|decid|determin|explain|remind|teach|taught|identif|name)/u

/** `A man who know`, `a slump that have brought`, `opponents who was`. */
const relativeVerb: Check = (tokens, i) => {
  const rel = tokens[i] as Token
  if (!['who', 'which', 'that'].includes(rel.text)) return undefined
  const noun = tokens[i - 1]
  const number = nounNumber(noun)
  if (!noun || !number) return undefined
  // The noun phrase must not be a preposition's object (`a man of mature years who tries` agrees
  // with `man`) or one of two joined nouns (`the city and state that were`).
  let s = i - 1
  while (s > 0 && ['NOUN', 'ADJ', 'DET', 'NUM'].includes(tokens[s - 1]?.pos ?? '') && i - s < 6) s--
  const before = tokens[s - 1]
  if (before && (before.pos === 'ADP' || before.pos === 'SCONJ' || before.lower === 'than')) return undefined
  if (tokens.slice(Math.max(0, i - 7), i - 1).some((x) => x.pos === 'ADP' || x.pos === 'CCONJ' || x.text === ',' || x.text === '-')) return undefined
  // `lifters which is easily understood`: `which` may take the whole clause; a singular in -s may be
  // read as a plural (`mathematics that are taught`).
  if ((rel.text === 'which' && number === 'pl') || (number === 'sg' && noun.lower.endsWith('s'))) return undefined
  const k = verbAfter(tokens, i)
  if (k === undefined) return undefined
  // `told reporters that was wrong`: `that` may be a demonstrative subject; `asked the officers who
  // was in charge` is a question.
  if (rel.text === 'that' && number === 'pl') return undefined
  if (rel.text === 'who' && before?.pos === 'VERB' && questionVerbs.test(before.lower)) return undefined
  const expected = disagreement(tokens, k, number, true)
  return expected ? finding(noun, tokens[k] as Token, number, expected) : undefined
}

function finding(subject: Token, verb: Token, number: Number, expected: string): GrammarFinding<'subjectVerb'> {
  return { id: 'subjectVerb', start: verb.start, end: verb.end, data: { number: numberName[number], subject: subject.text, expected } }
}

/** Titles of one person before a name (`Mr.`, `Gen.`, `President`). */
const personTitleWords = ['Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Rev', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Sgt', 'Prof', 'Maj', 'Adm', 'Cmdr', 'Justice', 'Judge', 'President', 'Minister', 'Mayor', 'Senator', 'Governor', 'Chancellor', 'Premier', 'Secretary', 'Inspector', 'Superintendent', 'Bishop', 'Cardinal', 'Sheikh', 'Shri', 'Smt']
const personTitles = new RegExp(`^(?:${personTitleWords.join('|')})\\.?$`, 'u')

/**
 * `Gen. Tarik have headed`, `Mr. Osei were taken`: a title and a name open the clause, so the subject
 * is one person. Names alone are not judged (`India were all out`, `Reuters is`: a team, a firm).
 */
const titledNameVerb: Check = (tokens, i) => {
  const title = tokens[i] as Token
  const prev = tokens[i - 1]
  if (!personTitles.test(title.text) || !(prev === undefined || prev.text === ',' || prev.text === ';')) return undefined
  let k = i + 1
  if (tokens[k]?.text === '.') k++
  const first = k
  while (tokens[k]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k]?.text ?? '') && k - first < 4) k++
  if (k === first || tokens[k]?.text === '.' && k === first + 1) return undefined
  const v = verbAfter(tokens, k - 1)
  if (v === undefined) return undefined
  const expected = disagreement(tokens, v, 'sg', prev === undefined)
  return expected ? finding(tokens[k - 1] as Token, tokens[v] as Token, 'sg', expected) : undefined
}

/** Verbs whose object takes a bare infinitive (`help the family buy`, `saw the plane land`, `had the crew stay`). */
const bareInfinitiveVerbs = /^(?:help|helps|helped|helping|let|lets|letting|make|makes|made|making|have|has|had|having|see|sees|saw|seen|watch|watched|hear|heard|bid|feel|felt|notice|noticed)$/u
/** Words that open a subjunctive or a clause with a bare verb (`demanded that the minister resign`). */
const bareClauseOpeners: ReadonlySet<string> = new Set(['that', 'lest', 'if', 'unless', 'whether', 'till', 'until', 'before', 'should', 'would', 'could', 'might', 'may', 'must', 'will', 'can', 'shall', 'to', 'not', 'did', 'do', 'does', 'why'])

/**
 * `Performers includes a company`, `the conferences comes on`, `A radio broadcast identify the
 * Americans`: a common noun and the verb right after it, disagreeing, where the noun phrase is a
 * subject (not a preposition's object: `the price of tickets rises`; not after a verb that takes a
 * bare infinitive: `helped the family buy`; not in a subjunctive: `that the minister resign`).
 */
const adjacentVerb: Check = (tokens, i) => {
  const noun = tokens[i] as Token
  const verb = tokens[i + 1]
  // Cheap tests first: this runs at every token.
  if (noun.pos !== 'NOUN' || !verb || verb.pos !== 'VERB' || verb.text !== verb.lower || tokens[i + 2] === undefined) return undefined
  const number = nounNumber(noun)
  if (!number) return undefined
  const wrong = number === 'pl' ? isThirdPersonS(verb.lower) && !/(?:ss|us|is)$/u.test(verb.lower) : isCertainBase(verb) && !modalBases.has(verb.lower)
  if (!wrong || !['DET', 'NUM', 'PRON', 'ADP', 'PART', 'ADV', 'PROPN'].includes(tokens[i + 2]?.pos ?? '')) return undefined
  // The noun phrase back to its determiner or the clause start: adjectives and nouns only.
  let s = i
  while (s > 0 && ['ADJ', 'NOUN', 'NUM'].includes(tokens[s - 1]?.pos ?? '') && i - s < 4) s--
  const before = tokens[s - 1]
  const determined = before !== undefined && ['DET'].includes(before.pos) && !['that', 'this', 'which', 'what', 'whose'].includes(before.lower)
  const opener = determined ? tokens[s - 2] : before
  // The phrase opens a clause: at the start, after punctuation or a clause word, never after a
  // preposition, a verb or a possessive.
  // (`and` only after a comma and a clause with a verb: `goods and services reflects` has a
  // preposition before `goods`, `teeth, a jawbone, and a jaw indicate` is a list).
  const clauseWord = ['but', 'while', 'because', 'although', 'when', 'since', 'where', 'after'].includes(opener?.lower ?? '') || (opener?.lower === 'and' && tokens[s - (determined ? 3 : 2)]?.text === ',' && hasClauseVerb(tokens, s - 1))
  if (opener !== undefined && !/^[,;:]$/u.test(opener.text) && !clauseWord) return undefined
  if (opener !== undefined && opener.pos === 'PUNCT' && tokens[s - 3]?.pos === 'NOUN' && determined) return undefined
  if (tokens.slice(Math.max(0, s - 6), s).some((t) => bareInfinitiveVerbs.test(t.lower) || bareClauseOpeners.has(t.lower))) return undefined
  // A singular noun with a base form is judged only with a determiner (`Police say` has none; `a broadcast identify` has one).
  // A singular with a base form only before an object: a base form before a preposition is often
  // a compound the tagger split (`A road block to`).
  if (number === 'sg' && !(determined && ['a', 'an', 'the', 'this', 'every', 'each', 'its', 'his', 'her', 'their', 'our'].includes(before?.lower ?? '') && ['DET', 'NUM', 'PRON'].includes(tokens[i + 2]?.pos ?? ''))) return undefined
  return finding(noun, verb, number, number === 'pl' ? baseForm(verb.lower) : sForm(verb.lower))
}

/** The checks in order, each with the words or tags it starts at (see `Trigger`). */
const agreementChecks: readonly Check[] = [
  triggered(pronounVerb, { tags: ['PRON'] }),
  triggered(relativeVerb, { words: ['who', 'which', 'that'] }),
  triggered(titledNameVerb, { words: personTitleWords.flatMap((w) => [w.toLowerCase(), `${w.toLowerCase()}.`]) }),
  triggered(adjacentVerb, { tags: ['NOUN'] }),
]

/** Runs the pronoun, relative-clause, titled-name and adjacent-noun agreement checks over one tagged sentence. */
export function findAgreement(tokens: readonly Token[]): GrammarFinding<'subjectVerb'>[] {
  return runTokenChecks(tokens, agreementChecks, undefined)
}
