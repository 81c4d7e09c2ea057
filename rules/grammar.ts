// grammar: agreement slips of translated and non-native copy, in the manner of LanguageTool's English
// agreement rules (ideas re-implemented, no rule text taken), on the story model's tagged tokens.
//
// Decisions:
// - High precision over recall: each check fires only where the tags and word shapes leave one
//   reading. The tagger gives universal tags without number, so a noun's number comes from its
//   spelling (`-s`), a small list of irregular plurals and singulars in -s (`news`), and a list of
//   nouns never judged: collective, mass and quantity nouns (`police`, `government`, `team`, `data`,
//   `number`, `majority`, `series`), which take either verb, nor participles as nouns (`the accused
//   were`). Only lower-case nouns without digits are
//   judged, so names, titles and `the 1990s` never fire.
// - kind `style`: never inside quotations (the speaker's words); the headline, title-case lines and
//   sentences not ending in a full stop or exclamation mark (fragments, questions) are skipped.
// - `thereNumber`: existential `there` at a clause start with `is`/`was` before a plural noun phrase
//   (`There was no immediate reports`), or `are`/`were` before `a`/`an` + singular noun (`There are a
//   problem`) or a bare singular (`There were heavy rain`, not after `if`: subjunctive); the noun
//   phrase must end at a preposition, punctuation or a clause word.
// - `determinerNumber`: `a`, `an`, `this`, `every`, `another`, `each` + plural noun and `these`,
//   `those`, `many`, `several`, `both`, `few` + singular noun, the noun phrase ending at a preposition,
//   punctuation or an auxiliary, and the noun standing alone (`a sailor returns` is a clause);
//   numbers (`every two weeks`) and `few`/`many` (`a few days`) stop it; after `a`/`an` a hyphenated
//   modifier is skipped (`a 24-year-old men`, `a three-day meetings`), unless it is a count (`a
//   half-dozen fields`, `a hundred-odd years`). `a` + plural + `of` fires
//   when a determiner, name or number follows `of` (`a graduates of the academy`; `a heads of
//   government meeting` is a compound); `this`/`another` + plural when a comma or full stop follows
//   (`this weeks.`), `Each` + plural + auxiliary opening a sentence. Pronoun uses are skipped:
//   `this`/`each`/`another` + plural need an adjective between (`for this doctors can`), `these`,
//   `those`, `both`, `many` + singular take the noun directly, not after a noun, a pronoun or `of`
//   (`Mason and Taylor both show`, `of these fall`), and `both ... and` coordinates.
// - `tensAndThousands`: `tens and thousands of` for `tens of thousands of`.
// - `articleSound`: `a`/`an` against the sound of the next word: vowel letters, with lists for
//   consonant sounds (`one`, `university`, `European`, `unit`, `U-turn`) and vowel sounds (`hour`,
//   `honest`, `heir`); `an` before other h-words (`an historic`) is left alone. Acronyms are read by
//   letter (`an FBI`, `an MP`) unless they are pronounced as words (`a NATO`); where the letter and
//   word readings differ and the acronym could be either, nothing fires.
// - `modalForm`: a modal (`will`, `can`, `must`...) or `did`/`does`/`do` + `not` before a past or -s
//   form (`will went`, `can goes`, `must has`, `did not went`), and `to` before a simple past that is
//   never a participle (`to went`). A modal after a determiner, adjective, possessive or full stop
//   is a noun (`the political will was`, `8-oz. can crushed`); questions are not checked.
//   garbled-sentence leaves `will went` and `to went` to this check (one defect, one finding).
//   Also a modal before an -ing form or a participle only (`would gone`, `should going`), past one
//   adverb (`may merely meant`), after a comma (`The winner, will met`), `can't`/`won't` + a finite
//   form, `did not` + a participle (`does not taken`), and `to` + an -s form, a regular past or a
//   participle only after a word that takes an infinitive (`willing to signs`, `tried to raised`):
//   elsewhere `to` + such a word is a preposition's object the tagger read as a verb (`grants to
//   states`, `return to elected rule`).
// - `pluralModifier`: `records` before `levels`, `highs`, `lows` (`record` as a modifier).
// - `subjectVerb`: the subject that opens a sentence (determiner, adjectives, head noun), then
//   prepositional phrases (`of police forces`, `regarding any such change`) and comma-enclosed
//   `which`/`who` clauses, then the verb: a plural head with `is`/`was`/`has` or an -s form, a singular
//   head with `are`/`were`/`have` or a certain base form (`A member of police forces walk`). A
//   conjunction, a possessive, a name, a number or a wh-word on the way stops it. An -s or base verb
//   counts only after a prepositional phrase (a noun + verb right after the head is often a compound
//   the tagger split: `A road block`), a base verb only right after a plural (attraction), and a
//   singular head + `of` + plural with a plural verb only for heads naming one person or thing
//   (`member`, `price`), since group nouns agree by sense (`A body of redcoats were`). A subject
//   with a determiner after a comma or a clause word (`In the north, the road were`, `said the
//   economy are`) is judged too, with the verb right after it (no prepositional phrase: the subject
//   may have begun earlier), no base form after `that` or `if` (`insisted that the child have`:
//   subjunctive). Pronoun subjects (`He have`, `they was`) and relative pronouns after a noun (`a
//   clerk who know`) are rules/lib/grammar-agreement.ts's.
// - Articles (rules/lib/grammar-articles.ts, `missingArticle`, `extraArticle`): a bare ordinal after a
//   preposition (`on second day`), `further` + count, `and half`, an institution name or `X area` after
//   a preposition, a bare title as subject, a sentence opening `Amount of`; `the` before an acronym
//   spoken as a word, `the law and order`, `the Section 144`, `the past one month`.
// - Word forms (rules/lib/grammar-forms.ts): `numeralNumber` (`two country`, `one of the leader`),
//   `participleForm` (`has went`, `was took`, `has go`), `doubleComparative` (`more cheaper`, from
//   rules/data/grammar-words.json), `pronounCase` (`between you and I`), `missingVerb` (`It not
//   about`), `verbPreposition` (`discussed about`, `returned back`), `infinitiveForm` (`should to
//   decide`; `to discussed` is a `modalForm`), `one of the reasons were`, `Each of them are` and
//   `The minister, along with his aides, were` (`subjectVerb`), `there is many` (`thereNumber`), `much problems` (`determinerNumber`) and
//   `idiom` (`today morning`, `10 times of the`, `worth` without `of`, `over phone`, `since two
//   years`, `despite of`, `till date`). Word order after a modal (`will its report
//   submit`) is garbled-sentence's.
// - Counted kinds (rules/lib/grammar-collocations.ts, counts of clean copy in rules/data/
//   grammar-collocations.json from Brown D-R, `npm run build:grammar-collocations`): `bareNoun` (a
//   singular count noun with no article after a preposition or verb: `slept in old tent`),
//   `extraArticle` before a name clean copy never writes with `the` (`the Japan`), and
//   `prepositionChoice` (an adjective or participle after `be` with a preposition clean copy never
//   puts after it: `interested on`, `responsible of`, or a participle opening a reduced clause after
//   a comma or a noun: `The ferry, filled of tourists`; a verb that governs one preposition, its forms
//   pooled, with one clean copy never puts after any of them: `depend of`, `insisted at`). Word forms add `finiteVerb` (`she signing the
//   order`, `he taken 300 calls`, a sentence whose only verb is an -ing form), a noun and the
//   verb right after it opening a clause (`A radio broadcast identify the`), `missingOf` (an office
//   and its field with `of` dropped: `the commissioner railway safety`), `'ll` as a modal, `to` + a finite form (`to makes the`, `to
//   walked off`), `have` + -ing (`had towing the`) and `been` + a base form (`been approve by`).
// - Verb-only forms (rules/data/grammar-verbs.json, counted on Brown D-R and filtered by WordNet,
//   `npm run build:grammar-verbs`): a form clean copy uses only as a verb after `have` or `be`
//   (`participleForm`: `has develops`, `have now deteriorate`, `is conceal`) and a base form right after
//   a singular head (`subjectVerb`: `The economy seem`), where a plural noun (`have leads`) or a split
//   compound (`A road block`) would otherwise be read.
// - `subjectVerb` also judges a capitalised bare plural opening the sentence before `of` (`Prices of
//   rice has`; the tagger reads it as a name), when the spelling dictionary lists it in lower case and
//   no name follows `of` (`Woods of Georgia has` is a person).
// - Doubled auxiliaries: a modal after a modal (`modalForm`: `will can`, `might can`; not `his will
//   can`), `have` + a finite `be` after a noun phrase no noun or pronoun precedes (`participleForm`:
//   `Montgomery has is stated`; not `the money he has is`). `numeralNumber` also takes a span of
//   time (`three year ago`, `70 year old`) and a noun ending the sentence (`in ten minute.`).
//   `doubleComparative` also fires before a noun after an article or a degree word (`a more better
//   fate`, `much more better time`), where `more` cannot count the noun (`more older voters`).
//   `thereNumber` also takes a noun phrase ending at a clause word or a place or time adverb
//   (`There were a protest that`, `There is times when`).
//   `pronounCase` also takes a pronoun right after the preposition before another preposition or a
//   comma (`taken from he by`), and after a quantity and `of` (`Most of they were`).
// - The fix is `suggest`: the message names the corrected form; the wording may need more changes.
import { z } from 'zod'
import { readJsonData } from '../src/rule/data.js'
import { defineRule } from '../src/rule/define-rule.js'
import type { Sentence, Story, Token } from '../src/rule/types.js'
import { atClauseStart, endsPhrase, hasClauseVerb, irregularPasts, isCertainBase, isCertainPast, isThirdPersonS, isWord, nounNumber, nounPhrase, parseVerbForms, type VerbForms, verbNumber } from './lib/grammar.js'
import { baseForm, findAgreement, sForm } from './lib/grammar-agreement.js'
import { articleMessages, findArticles } from './lib/grammar-articles.js'
import { lexicon } from './lib/spelling/lexicon.js'
import { type CollocationData, collocationMessages, findCollocations, parseCollocations } from './lib/grammar-collocations.js'
import { findForms, type FormWords, formMessages, parseDegreeWords, participleOnly } from './lib/grammar-forms.js'

// Comparative and superlative adjectives (rules/data/grammar-words.json, `npm run build:grammar-words`), loaded on first use.
// Verb-only forms (rules/data/grammar-verbs.json, `npm run build:grammar-verbs`), loaded with them.
const loaded: { words?: FormWords; collocations?: CollocationData } = {}
function degreeWords(): FormWords {
  loaded.words ??= { ...parseDegreeWords(readJsonData(import.meta.url, 'grammar-words.json')), ...parseVerbForms(readJsonData(import.meta.url, 'grammar-verbs.json')) }
  return loaded.words
}
// Counts of clean copy (rules/data/grammar-collocations.json, `npm run build:grammar-collocations`), loaded on first use.
function collocations(): CollocationData {
  loaded.collocations ??= parseCollocations(readJsonData(import.meta.url, 'grammar-collocations.json'))
  return loaded.collocations
}

type GrammaticalNumber = 'sg' | 'pl'
const numberName: Readonly<Record<GrammaticalNumber, string>> = { sg: 'singular', pl: 'plural' }

/**
 * Whether a sentence opens with a plural common noun capitalised only by the sentence and `of`, not
 * before a name (`Prices of rice`; not `Reuters`, `Woods of Georgia`): the cheap shape first, then
 * the spelling dictionary (rules/lib/spelling/lexicon.ts, shared with the spelling rule).
 */
function sentenceCaseNoun(tokens: readonly Token[]): boolean {
  const t = tokens[0]
  // `Woods of Georgia has won`: a name and its place.
  if (!t || tokens[1]?.lower !== 'of' || !/^\p{Lu}\p{Ll}{2,}s$/u.test(t.text) || tokens[2]?.pos === 'PROPN') return false
  const words = lexicon()
  return words.has(t.lower) && !words.name(t.lower)
}

/** Whether the noun at `head` has another noun right before it (a compound: `cotton gin plant`). */
function nounAfter(tokens: readonly Token[], head: number): boolean {
  return tokens[head - 1]?.pos === 'NOUN'
}

/**
 * The token after a hyphenated modifier of lower-case words or numbers starting at `from` (`a
 * three-day visits`, `a 24-year-old men`: the compound is singular, the noun after it carries the
 * number), or `from` when none starts there or it is a count (`a half-dozen`).
 */
function afterHyphenated(tokens: readonly Token[], from: number): number {
  let k = from
  const part = (t: Token | undefined): boolean => t !== undefined && /^(?:\p{Ll}+|\p{N}+)$/u.test(t.text)
  while (part(tokens[k]) && tokens[k + 1]?.text === '-' && part(tokens[k + 2]) &&
    tokens[k + 1]?.start === tokens[k]?.end && tokens[k + 2]?.start === tokens[k + 1]?.end) k += 2
  // `a half-dozen fields`, `a hundred-odd years`: a compound count is a quantifier, not a modifier.
  const count = /^(?:dozen|score|hundred|thousand|million|billion|odd)$/u.test(tokens[k]?.lower ?? '')
  return k > from && !count && tokens[k + 1]?.start !== tokens[k]?.end ? k + 1 : from
}

/** Sentences longer than this (in UTF-16 code units) are not tagged. */
const maxSentenceLength = 2000

/** Words that end the noun phrase after existential `there` (`There were a protest that`, `There is times when`, `there was cheers here`). */
const thereEnds: ReadonlySet<string> = new Set(['that', 'which', 'who', 'when', 'where', 'here', 'there', 'too', 'today', 'yesterday', 'now', 'again'])

const singularDeterminers: ReadonlySet<string> = new Set(['a', 'an', 'this', 'every', 'another', 'each'])
const pluralDeterminers: ReadonlySet<string> = new Set(['these', 'those', 'many', 'several', 'both', 'few'])
const pronounLike: ReadonlySet<string> = new Set(['this', 'each', 'another', 'these', 'those', 'many', 'several', 'both', 'few'])

const verbSwap: Readonly<Record<string, string>> = {
  is: 'are', are: 'is', was: 'were', were: 'was', has: 'have', have: 'has', does: 'do', do: 'does',
}

/** The sound that starts a word: `vowel`, `consonant` or undefined when unsure. */
function soundOf(word: string): 'vowel' | 'consonant' | undefined {
  const acronym = /^([A-Z][A-Z0-9]+)s?$/u.exec(word)
  if (acronym?.[1] !== undefined) return acronymSound(acronym[1])
  if (/^\p{L}(?:-|$)/u.test(word)) return /^[AEFHILMNORSX]/iu.test(word) ? 'vowel' : 'consonant'
  if (!/^\p{L}\p{Ll}*(?:-[\p{L}\p{N}]+)*$/u.test(word)) return undefined
  if (/^\p{Lu}/u.test(word) && !/^\p{L}{4}/u.test(word)) return undefined
  const w = word.toLowerCase()
  if (/^(?:hour|honest|honou?r|heir)/u.test(w)) return 'vowel'
  if (/^(?:one(?:-|$|s)|once)/u.test(w) || /^(?:eu|ewe|u-turn|ukrain|ugand|utah|uzbek|uran|urin|usa|use|usu|uten|uti|unanim)/u.test(w)) {
    return 'consonant'
  }
  if (/^uni(?:vers|on|que|t|form|lateral|corn|fi|son)/u.test(w)) return 'consonant'
  if (/^[aeio]/u.test(w)) return 'vowel'
  if (/^u(?:n[^i]|p|l|m|tter|gl|nd)/u.test(w)) return 'vowel'
  if (/^[bcdfgjklmnpqrstvwyz]/u.test(w)) return 'consonant'
  return undefined
}

/** Nouns `record` modifies (`record levels`, `a record high`). */
const recordHeads: ReadonlySet<string> = new Set(['level', 'levels', 'high', 'highs', 'low', 'lows', 'profit', 'profits', 'turnout', 'numbers'])

/** Tags of a word an article may stand before (`Group A of` is a label, not an article). */
const articleTargets: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM', 'VERB', 'ADV'])

/** Acronyms spoken as words, with the sound they start with. */
const spokenAcronyms: ReadonlyMap<string, 'vowel' | 'consonant'> = new Map([
  ...['NATO', 'NASA', 'UNESCO', 'UNICEF', 'UEFA', 'FIFA', 'NAFTA', 'SARS', 'COVID', 'NASDAQ', 'SWAT', 'FEMA', 'SAARC', 'SEBI', 'MERS', 'LIDAR', 'RADAR']
    .map((a): [string, 'consonant'] => [a, 'consonant']),
  ...['AIDS', 'OPEC', 'ASEAN', 'ISRO', 'ISIS', 'ISIL', 'IKEA', 'OFCOM', 'ESPN'].map((a): [string, 'vowel'] => [a, 'vowel']),
])

function acronymSound(acronym: string): 'vowel' | 'consonant' | undefined {
  const spoken = spokenAcronyms.get(acronym)
  if (spoken) return spoken
  const first = acronym[0] ?? ''
  const letter = /[AEFHILMNORSX]/u.test(first) ? 'vowel' : 'consonant'
  if (acronym.length <= 2) return letter
  const wordLike = /^(?:[AEIOU]|(?:[BCDFGHJKLMNPQRSTVWXYZ]|BL|BR|CL|CR|DR|FL|FR|GL|GR|PL|PR|SC|SK|SL|SM|SN|SP|ST|SW|TR|TW|TH|SH|CH|WH)[AEIOU])/u.test(acronym)
  if (!wordLike) return letter
  const spokenSound = /^[AEIO]/u.test(first) ? 'vowel' : first === 'U' ? undefined : 'consonant'
  return spokenSound === letter ? letter : undefined
}

const modals: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', "'ll", '’ll'])
/** Tags of the word before a modal used as a verb (not `the will`, `8-oz. can`). */
const modalSubjects: ReadonlySet<string> = new Set(['PRON', 'NUM', 'NOUN', 'PROPN', 'ADV', 'PART', 'CCONJ', 'SCONJ', 'AUX', 'VERB'])
const doForms: ReadonlySet<string> = new Set(['do', 'does', 'did'])
const negations: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never'])
const possessives: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your'])
/** Simple pasts that are never a participle or a base form, for `to` + past. */
const pureAfterTo: ReadonlySet<string> = new Set([...irregularPasts].filter((w) =>
  ['went', 'came', 'took', 'gave', 'knew', 'began', 'wrote', 'spoke', 'chose', 'broke', 'drove', 'ate', 'grew', 'threw', 'flew', 'stole', 'swore', 'forgot', 'forgave', 'sang', 'swam', 'drank'].includes(w)))

/** Adverbs that may stand between a modal and its verb (`may merely mean`, `will also go`). */
const modalAdverbs: ReadonlySet<string> = new Set(['also', 'still', 'just', 'only', 'even', 'never', 'already', 'then', 'now', 'soon', 'probably', 'certainly', 'surely', 'definitely', 'likely', 'again', 'ever', 'not'])
const isMidAdverb = (t: Token | undefined): boolean => t !== undefined && t.pos === 'ADV' && t.text === t.lower && (modalAdverbs.has(t.lower) || /^\p{Ll}{3,}ly$/u.test(t.text))

/** Whether a verb after a modal or `did not` is not a base form: a finite form, an -ing form or a participle only. */
function nonBaseForm(verb: Token): boolean {
  const v = verb.lower
  if (v === 'needs') return false
  if (['is', 'are', 'was', 'were', 'am', 'has', 'does'].includes(v)) return true
  if (verb.pos !== 'VERB') return false
  return isThirdPersonS(v) || (isCertainPast(v) && v !== 'used') || participleOnly.has(v) || (/^\p{Ll}{2,}ing$/u.test(v) && !ingBases.has(v))
}
/** Base forms in -ing (`bring`, `sing`), not -ing forms. */
const ingBases: ReadonlySet<string> = new Set(['bring', 'sing', 'ring', 'sting', 'swing', 'spring', 'cling', 'fling', 'sling', 'string', 'wring', 'ding', 'ping', 'king', 'wing', 'zing'])
/** A regular past in -ed (`raised`), not `need`, `shed`, `bed`. */
const isRegularPast = (word: string): boolean => /^\p{Ll}{3,}ed$/u.test(word) && isCertainPast(word) && !irregularPasts.has(word)

/** Verbs and adjectives before a `to`-infinitive (`want`, `tried`, `willing`, `has`), never before a preposition `to`. */
const takesInfinitive = /^(?:wants?|wanted|wanting|needs?|needed|try|tries|tried|trying|decided?|decides|plann?(?:ed|ing|s)?|agreed?|agrees|refused?|refuses|hoped?|hopes|expected|expects?|attempt(?:ed|s|ing)?|seek(?:s|ing)?|sought|able|unable|willing|unwilling|likely|unlikely|eager|failed|fails?|managed?|manages|promised?|promises|vowed?|vows|pledged?|pledges|threatened?|threatens|continued?|continues|began|begins?|started|starts?|wish(?:ed|es)?|intend(?:ed|s)?|aim(?:ed|s)?|allowed|ha[sd]|have|having|order|afford|chose|chosen|choose|forced|obliged|seems?|seemed|appears?|appeared|tends?|tended|helps?|helped|sought|learn(?:s|ed|t)?|determined|declined|refuse|ready|unable)$/u

/** Words that open a subject noun phrase. */
const subjectDeterminers: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'all', 'every', 'no', 'some', 'any', 'its', 'their', 'his', 'her', 'our',
  'both', 'several', 'many',
])
/** Words that open a clause inside a prepositional phrase (`with which animals convert`). */
const whWords: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'what', 'that', 'where', 'when'])
/** Singular heads that name one person or one thing, never a group or an amount. */
const individuals: ReadonlySet<string> = new Set([
  'member', 'leader', 'head', 'chief', 'resident', 'citizen', 'official', 'spokesman', 'spokeswoman', 'spokesperson',
  'president', 'minister', 'secretary', 'director', 'officer', 'soldier', 'student', 'teacher', 'worker', 'farmer',
  'child', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'man', 'woman', 'boy', 'girl', 'person', 'victim',
  'suspect', 'driver', 'owner', 'player', 'captain', 'employee', 'doctor', 'lawyer', 'judge', 'writer', 'reporter',
  'journalist', 'activist', 'candidate', 'price', 'cost', 'rate', 'level', 'value', 'quality', 'safety', 'impact',
  'effect', 'use', 'lack', 'absence', 'presence', 'role', 'size', 'news', 'list', 'report', 'plan', 'decision',
])
/** Participles used as prepositions. */
const participlePrepositions: ReadonlySet<string> = new Set([
  'regarding', 'concerning', 'including', 'involving', 'surrounding', 'affecting', 'following', 'excluding',
])
const compass: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'])
/** Tags inside the object of a preposition. */
const objectTags: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])

type Finding = { id: 'thereNumber' | 'determinerNumber' | 'tensAndThousands' | 'pluralModifier' | 'articleSound' | 'modalForm' | 'subjectVerb'; start: number; end: number; data?: Record<string, string> }

/** Whether a sentence is running prose to check: a statement, not a title-case line. */
function isProse(sentence: Sentence, story: Story): boolean {
  // A first line that ends like a sentence is a paragraph of copy without a headline.
  if (story.headline && sentence.start < story.headline.end && !/[.!]["'”’)]*$/u.test(story.headline.text.trimEnd())) return false
  if (sentence.text.length > maxSentenceLength) return false
  if (!/[.!][\s"'”’)\]]*$/u.test(sentence.text.trimEnd())) return false
  const words = sentence.text.match(/\p{L}+/gu) ?? []
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return words.length >= 3 && capitals / words.length < 0.6
}

/** The words the checks of `findGrammar`'s token loop start at. */
const loopWords: ReadonlySet<string> = new Set(['there', ...singularDeterminers, ...pluralDeterminers, 'tens', 'records', 'a', 'an', ...modals, 'ca', 'wo', ...doForms, 'to'])

/** Runs every check over one tagged sentence. */
function findGrammar(tokens: readonly Token[], text: (start: number, end: number) => string, verbs: VerbForms): Finding[] {
  const found: Finding[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const lower = t.lower
    // Every check below starts at one of these words: most tokens need none of them.
    if (!loopWords.has(lower)) continue
    const prev = tokens[i - 1]
    const initialOrLower = t.text === lower || (prev === undefined || prev.pos === 'PUNCT')
    // There was no immediate reports / There are a problem.
    if (lower === 'there' && atClauseStart(prev)) {
      // One adverb may stand between (`There apparently are no school`, `there also was reports`).
      const adverb = tokens[i + 1]?.pos === 'ADV' && /^(?:also|still|apparently|reportedly|already|now|then|certainly|clearly|obviously|usually|often|always|never)$/u.test(tokens[i + 1]?.text ?? '') ? 1 : 0
      const verb = tokens[i + 1 + adverb]
      const v = verb?.lower ?? ''
      if (verb && verb.text === v && ['is', 'was', 'are', 'were'].includes(v)) {
        const singularVerb = v === 'is' || v === 'was'
        let j = i + 2 + adverb
        if (singularVerb && tokens[j]?.lower === 'no') j++
        const article = !singularVerb && ['a', 'an', 'another'].includes(tokens[j]?.lower ?? '')
        if (article) j++
        // `There were heavy rain`: a bare singular noun phrase (`no` allowed) with a plural verb.
        if (!singularVerb && !article && tokens[j]?.lower === 'no') j++
        // `if there were no marriage` is a subjunctive.
        const bareSingular = !singularVerb && !article && (tokens[j]?.pos === 'NOUN' || tokens[j]?.pos === 'ADJ') &&
          !tokens.slice(Math.max(0, i - 3), i).some((x) => ['if', 'though', 'wish', 'unless'].includes(x.lower))
        if (singularVerb || article || bareSingular) {
          // "there is cracks": the tagger may read a bare plural after `there is` as a verb.
          const bare = tokens[j]
          const np = singularVerb && bare?.pos === 'VERB' && isThirdPersonS(bare.text) && endsPhrase(tokens[j + 1])
            ? { head: j, next: j + 1 }
            : nounPhrase(tokens, j)
          const head = np ? tokens[np.head] : undefined
          const after = np ? tokens[np.next] : undefined
          const number = np?.head === j && head?.pos === 'VERB' ? 'pl' : nounNumber(head)
          if (np && head && (endsPhrase(after) || thereEnds.has(after?.lower ?? '')) && (singularVerb || after?.lower !== 'of') && number === (singularVerb ? 'pl' : 'sg')) {
            found.push({
              id: 'thereNumber', start: t.start, end: head.end,
              data: { number: numberName[number], expected: `${text(t.start, verb.start)}${verbSwap[v] ?? v}${text(verb.end, head.end)}` },
            })
            i = np.next - 1
            continue
          }
        }
      }
    }
    // a parliamentary polls / these decision.
    if ((singularDeterminers.has(lower) || pluralDeterminers.has(lower)) && initialOrLower && (t.pos === 'DET' || t.pos === 'ADJ')) {
      const start = ['a', 'an'].includes(lower) ? afterHyphenated(tokens, i + 1) : i + 1
      const np = nounPhrase(tokens, start)
      const head = np ? tokens[np.head] : undefined
      const number = nounNumber(head)
      const want: GrammaticalNumber = singularDeterminers.has(lower) ? 'pl' : 'sg'
      const pronoun = pronounLike.has(lower) && np?.head === i + 1 && atClauseStart(prev) && tokens[np.next]?.pos !== 'AUX'
      const afterPrev = prev?.lower ?? ''
      // A plural after `a` must follow its adjectives directly (`a sailor returns` is a clause); a
      // phrase ending in `of` may be a fixed name (`a heads of government meeting`).
      // A hyphenated modifier may end in a noun (`a three-day meetings`).
      const single = np !== undefined && np.next - 1 === np.head && (!nounAfter(tokens, np.head) || (np.head === start && start > i + 1))
      const adjectives = np !== undefined && np.head > i + 1
      // `this`, `each`, `another` are pronouns as often: with a plural they need an adjective between
      // (`this human beings` after `for` is a pronoun and a subject). `these`, `those`, `both`, `many`
      // take their noun directly, not after a noun or pronoun (`Mason and Taylor both show`), and
      // `both ... and` coordinates.
      const pronounUse = pronounLike.has(lower) && (
        (want === 'pl' ? !adjectives || prev?.pos === 'ADP' : adjectives || prev?.lower === 'of') ||
        (want === 'sg' && (prev?.pos === 'NOUN' || prev?.pos === 'PROPN' || prev?.pos === 'PRON')) ||
        (lower === 'both' && tokens.slice(i + 1).some((x) => x.lower === 'and')))
      // A pronoun is not followed by its noun and then a comma or full stop (`in another respects,`,
      // `this weeks.`), nor opens a sentence with a plural noun and an auxiliary (`Each members would`).
      const closed = np !== undefined && want === 'pl' && (tokens[np.next]?.text === ',' || tokens[np.next]?.text === '.' ||
        (i === 0 && lower === 'each' && tokens[np.next]?.pos === 'AUX'))
      // `a graduates of the academy`: after `of` a determiner, a name or a number shows the noun is
      // the head, where `a heads of government meeting` is a compound.
      const ofHead = ['DET', 'PROPN', 'NUM', 'PRON'].includes(tokens[(np?.next ?? 0) + 1]?.pos ?? '') && ['a', 'an'].includes(lower)
      const ok = np && head && single && number === want && endsPhrase(tokens[np.next]) && (!pronoun || closed) && (!pronounUse || closed) && (want === 'sg' || tokens[np.next]?.lower !== 'of' || ofHead) &&
        !(lower === 'few' && ['a', 'the', 'very', 'quite'].includes(afterPrev)) && !(lower === 'many' && ['great', 'good', 'so', 'how'].includes(afterPrev)) &&
        !(want === 'sg' && /(?:ed|ing)$/u.test(head.lower)) && !(lower === 'each' && afterPrev === 'to')
      if (ok) {
        found.push({ id: 'determinerNumber', start: t.start, end: head.end, data: { number: numberName[number], det: t.text } })
        i = np.next - 1
        continue
      }
    }
    // tens and thousands of.
    if (lower === 'tens' && tokens[i + 1]?.lower === 'and' && tokens[i + 2]?.lower === 'thousands' && tokens[i + 3]?.lower === 'of') {
      found.push({ id: 'tensAndThousands', start: t.start, end: (tokens[i + 3] as Token).end, data: { expected: `${t.text} of thousands of` } })
      i += 3
      continue
    }
    // records levels: `record` as a modifier takes no plural.
    if (lower === 'records' && t.text === lower && recordHeads.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.start === t.end + 1) {
      found.push({ id: 'pluralModifier', start: t.start, end: (tokens[i + 1] as Token).end, data: { expected: `record ${tokens[i + 1]?.text ?? ''}` } })
      i++
      continue
    }
    // a hour, an university, an one-day.
    if ((lower === 'a' || lower === 'an') && initialOrLower && t.pos === 'DET') {
      const next = tokens[i + 1]
      if (isWord(next) && next.start === t.end + 1 && articleTargets.has(next.pos)) {
        let last = next
        for (let k = i + 2; tokens[k]?.text === '-' && tokens[k]?.start === last.end && isWord(tokens[k + 1]) && tokens[k + 1]?.start === tokens[k]?.end; k += 2) {
          last = tokens[k + 1] as Token
        }
        const word = text(next.start, last.end)
        const sound = soundOf(word)
        const wrong = (lower === 'a' && sound === 'vowel') || (lower === 'an' && sound === 'consonant')
        if (wrong && sound) {
          const article = lower === 'a' ? (t.text === 'A' ? 'An' : 'an') : t.text === 'An' ? 'A' : 'a'
          found.push({ id: 'articleSound', start: t.start, end: last.end, data: { sound, expected: `${article} ${word}` } })
          continue
        }
      }
    }
    // will went, can goes, must has, would requiring, did not went, can't has, to went, to takes.
    const modal = modals.has(lower) || ((lower === 'ca' || lower === 'wo') && negations.has(tokens[i + 1]?.lower ?? ''))
    if ((modal || doForms.has(lower)) && t.text === lower && t.pos === 'AUX') {
      const noun = prev !== undefined && prev.text !== ',' && (!modalSubjects.has(prev.pos) || possessives.has(prev.lower) || /\.$/u.test(prev.text) || /^['’]s$/u.test(prev.text) ||
        (lower === 'can' && tokens.slice(Math.max(0, i - 3), i).some((x) => x.pos === 'NUM')))
      let j = i + 1
      const negated = negations.has(tokens[j]?.lower ?? '')
      if (negated) j++
      if (isMidAdverb(tokens[j])) j++
      const verb = tokens[j]
      if (!noun && (modal || negated) && verb && verb.text === verb.lower && (verb.pos === 'VERB' || verb.pos === 'AUX') && tokens[j + 1]?.text !== '-') {
        // A modal after a modal (`will can`, `might could`): a modal has no base form.
        if (nonBaseForm(verb) || (modal && modals.has(verb.lower) && !/['’]/u.test(verb.text))) {
          found.push({ id: 'modalForm', start: t.start, end: verb.end, data: { word: lower === 'ca' || lower === 'wo' ? text(t.start, (tokens[i + 1] as Token).end) : t.text } })
          i = j
          continue
        }
      }
    }
    const infinitive = tokens[i + 1]
    // `to` + an -s form or a regular past only after a word that takes an infinitive (`willing to
    // takes`, `tried to raised`): `to` + a plural noun or a participle is often a preposition's
    // object the tagger took for a verb (`grants to states`, `to elected leadership`).
    if (lower === 'to' && t.pos === 'PART' && infinitive?.pos === 'VERB' && infinitive.text === infinitive.lower &&
      (pureAfterTo.has(infinitive.text) || (takesInfinitive.test(prev?.lower ?? '') &&
        (participleOnly.has(infinitive.text) || (isThirdPersonS(infinitive.text) && infinitive.text !== 'does') || isRegularPast(infinitive.text) ||
          (/^\p{Ll}{2,}ing$/u.test(infinitive.text) && !ingBases.has(infinitive.text) && /(?:ed|able|ing|ly|eager)$/u.test(prev?.lower ?? '')))))) {
      found.push({ id: 'modalForm', start: t.start, end: infinitive.end, data: { word: t.text } })
      i++
      continue
    }
  }
  // A bare plural opening the sentence, which the tagger reads as a name, is judged with its capital
  // dropped when the dictionary lists it in lower case and a prepositional phrase stands between it
  // and the verb (`Prices of rice has risen`): right before a verb it may be a surname (`Woods has`).
  const agreement = subjectVerb(tokens, verbs) ?? (sentenceCaseNoun(tokens) ? subjectVerb([{ ...(tokens[0] as Token), pos: 'NOUN', text: (tokens[0] as Token).lower }, ...tokens.slice(1)], verbs, { bare: true, subjunctive: false, base: true, cross: true, crossOnly: true }) : undefined)
  if (agreement && agreement.data?.subject === tokens[0]?.lower) agreement.data = { ...agreement.data, subject: tokens[0]?.text ?? '' }
  if (agreement) found.push(agreement)
  // The subject of a clause after `while`, `because`, `although` (`while expectations of a cut
  // also underpins`), where a bare plural may open it; after a comma or another clause word
  // (`In the north, the picture were`), a subject with a determiner.
  for (let k = 1; k < tokens.length; k++) {
    const opener = tokens[k - 1]?.lower ?? ''
    const bare = clauseConjunctions.has(opener)
    // `, and the schools was`: `and` after a comma joins clauses when a verb stands before the comma
    // (not a list: `the shea tree, and the coconut palm are used`).
    const joined = opener === 'and' && tokens[k - 2]?.text === ',' && hasClauseVerb(tokens, k - 2)
    if (!bare && !((clauseOpeners.has(opener) || joined) && subjectDeterminers.has(tokens[k]?.lower ?? ''))) continue
    // Inside a sentence the verb must follow the subject directly: a prepositional phrase may end
    // a longer subject that began before the comma or the clause word.
    const inner = subjectVerb(tokens.slice(k), verbs, { bare, subjunctive: subjunctiveOpeners.has(opener), base: !thatOpeners.has(opener), cross: bare })
    if (inner) found.push(inner)
  }
  return found
}

/** Conjunctions that open a finite clause with its own subject. */
const clauseConjunctions: ReadonlySet<string> = new Set(['while', 'whereas', 'although', 'because'])
/** Words after which a clause with a determiner-led subject may start. */
const clauseOpeners: ReadonlySet<string> = new Set([',', ';', 'but', 'when', 'if', 'though', 'whether', 'unless', 'where', 'that', 'so', 'said', 'says', 'after', 'before', 'until', 'since', 'once'])
/** Words after which `were` with a singular may be a subjunctive (`as if the blitz were`). */
const subjunctiveOpeners: ReadonlySet<string> = new Set(['if', 'though', 'as', 'whether', 'unless', 'while', 'whereas', 'although', 'because'])
/** Words after which a base form may be a subjunctive (`insisted that the leader resign`). */
const thatOpeners: ReadonlySet<string> = new Set(['that', 'lest', 'if', 'unless', 'whether'])

/**
 * How a clause's subject is read: a bare plural may open it, `were` may be subjunctive, base forms
 * count (not after `that`: `insisted that the child have`), prepositional phrases may follow the head.
 */
interface ClauseReading {
  bare: boolean
  subjunctive: boolean
  base: boolean
  cross: boolean
  /** Judged only when a prepositional phrase stands between the subject and the verb. */
  crossOnly?: boolean
}

/**
 * Whether the verb at `k` inside a preposition's object is a noun the tagger misread: a bare form
 * after a determiner or an adjective, or after a name that follows a determiner (`of a September
 * cut`), then more of the phrase (a preposition or a noun), never an -s or past form (the subject's own verb).
 */
function misreadNoun(tokens: readonly Token[], k: number, object: number): boolean {
  const t = tokens[k] as Token
  if (t.pos !== 'VERB' || !/^\p{Ll}{3,}$/u.test(t.text) || isThirdPersonS(t.text) || /ed$/u.test(t.text)) return false
  const prev = tokens[k - 1]
  // `to interest rates`: the word after a prepositional `to`, before a noun.
  if (object === 0) return prev?.lower === 'to' && tokens[k + 1]?.pos === 'NOUN'
  const afterDeterminer = prev?.pos === 'DET' || prev?.pos === 'ADJ' || (prev?.pos === 'PROPN' && tokens[k - 2]?.pos === 'DET')
  return afterDeterminer && ['ADP', 'PART'].includes(tokens[k + 1]?.pos ?? '')
}

/** Subject-verb agreement for the subject that opens the sentence. */
function subjectVerb(tokens: readonly Token[], verbs: VerbForms, clause: ClauseReading = { bare: false, subjunctive: false, base: true, cross: true }): Finding | undefined {
  let i = 0
  if (['but', 'and', 'yet', 'however', 'meanwhile'].includes(tokens[0]?.lower ?? '')) i = tokens[1]?.text === ',' ? 2 : 1
  const first = tokens[i]
  // In a clause a bare plural noun may open the subject (`while prices of tea rise`).
  const bare = clause.bare && first?.pos === 'NOUN' && nounNumber(first) === 'pl'
  const det = bare ? undefined : first
  if (!bare && (!det || !subjectDeterminers.has(det.lower) || (det.pos !== 'DET' && det.pos !== 'PRON'))) return undefined
  const np = nounPhrase(tokens, bare ? i : i + 1)
  if (!np) return undefined
  const head = tokens[np.head] as Token
  const number = nounNumber(head)
  if (!number || /ing$/u.test(head.lower)) return undefined
  if (det && ['this', 'a', 'an', 'every'].includes(det.lower) && number === 'pl') return undefined
  if (det && ['these', 'those', 'both', 'several', 'many'].includes(det.lower) && number === 'sg') return undefined
  let k = np.next
  for (let guard = 0; guard < 8; guard++) {
    const t = tokens[k]
    if (!t) return undefined
    // `to` before a noun phrase the tagger read as a verb and a noun (`a cut to interest rates`) is a preposition.
    const toPhrase = t.lower === 'to' && t.pos === 'PART' && ['VERB', 'NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '') && tokens[k + 2]?.pos === 'NOUN' && nounNumber(tokens[k + 2]) !== undefined
    if (clause.cross && ((t.pos === 'ADP' && t.lower !== 'that' && t.text === t.lower) || (t.pos === 'VERB' && participlePrepositions.has(t.lower)) || toPhrase)) {
      k++
      let object = 0
      while (tokens[k] && (objectTags.has((tokens[k] as Token).pos) || possessives.has((tokens[k] as Token).lower) || compass.has((tokens[k] as Token).lower) || misreadNoun(tokens, k, object))) {
        if (whWords.has((tokens[k] as Token).lower)) return undefined
        k++
        object++
      }
      if (object === 0 || whWords.has(tokens[k]?.lower ?? '')) return undefined
      continue
    }
    if (t.text === ',' && ['which', 'who'].includes(tokens[k + 1]?.lower ?? '')) {
      let close = k + 2
      while (tokens[close] && tokens[close]?.text !== ',' && tokens[close]?.pos !== 'CCONJ') close++
      if (tokens[close]?.text !== ',') return undefined
      k = close + 1
      continue
    }
    break
  }
  let adverbs = 0
  while (tokens[k]?.pos === 'ADV' && adverbs < 2 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? '')) {
    k++
    adverbs++
  }
  const verb = tokens[k]
  if (!verb) return undefined
  // A base form right after the noun is too often a compound the tagger split (`A road block`),
  // unless clean copy uses the form only as a verb (`The economy seem`, `The melodies flows`).
  const crossed = k - adverbs > np.next
  if (clause.crossOnly && !crossed) return undefined
  const form = verbNumber(verb)
  const verbOnly = verb.pos === 'VERB' && (verbs.sForms.has(verb.lower) || (clause.base && verbs.bases.has(verb.lower)))
  const verbNum = verb.pos === 'VERB' && !crossed && !verbOnly ? undefined : form ?? ((crossed || verbOnly) && clause.base && isCertainBase(verb) ? 'pl' : undefined)
  if (!verbNum || verbNum === number) return undefined
  // A singular head before `of` + plural takes a plural verb by sense when it names a group or an
  // amount (`A body of redcoats were`): only heads that name one thing or one person are judged.
  const attracted = nounNumber(tokens[k - adverbs - 1]) === 'pl'
  if (number === 'sg' && attracted && !individuals.has(head.lower)) return undefined
  if (form === undefined && !attracted && !verbOnly) return undefined
  // A clause may be subjunctive (`as if the blitz were`).
  if (clause.subjunctive && number === 'sg' && verb.lower === 'were') return undefined
  if (!clause.base && number === 'sg' && ['have', 'do', 'were'].includes(verb.lower)) return undefined
  const v = verb.lower
  const expected = verbSwap[v] ?? (verbNum === 'sg' ? baseForm(v) : sForm(v))
  return { id: 'subjectVerb', start: verb.start, end: verb.end, data: { number: numberName[number], subject: head.text, expected } }
}

export default defineRule(
  {
    id: 'grammar',
    category: 'grammar',
    kind: 'style',
    severity: 'warning',
    description: 'Flag grammar slips of translated and non-native copy: agreement (`There was no reports`, `two country`), articles (`on first day`, `the NATO`), verb forms (`will went`, `has go`) and bent idioms (`discussed about`, `more cheaper`)',
    rationale:
      'Agreement, article and verb-form slips are the commonest marks of unedited translated copy; readers notice them at once and trust the story less.',
    fix: 'suggest',
    messages: {
      thereNumber: 'Unexpected `{actual}` with a {number} noun, expected `{expected}`',
      determinerNumber: 'Unexpected {number} noun after `{det}` in `{actual}`',
      tensAndThousands: 'Unexpected `{actual}`, expected `{expected}`',
      pluralModifier: 'Unexpected plural modifier in `{actual}`, expected `{expected}`',
      articleSound: 'Unexpected article in `{actual}` before a {sound} sound, expected `{expected}`',
      modalForm: 'Unexpected verb form after `{word}` in `{actual}`, expected the base form',
      subjectVerb: 'Unexpected verb `{actual}` with the {number} subject `{subject}`, expected `{expected}`',
      ...articleMessages,
      ...formMessages,
      ...collocationMessages,
    },
    options: z.strictObject({}),
    examples: {
      invalid: [
        {
          text: 'There was no immediate reports of damage after the storm.',
          diagnostics: ['1:1-1:31 thereNumber Unexpected `There was no immediate reports` with a plural noun, expected `There were no immediate reports`'],
        },
        {
          text: 'The vote comes ahead of a parliamentary polls in May.',
          diagnostics: ['1:25-1:46 determinerNumber Unexpected plural noun after `a` in `a parliamentary polls`'],
        },
        {
          text: 'Tens and thousands of people fled, and tens and thousands of homes were lost.',
          diagnostics: [
            '1:1-1:22 tensAndThousands Unexpected `Tens and thousands of`, expected `Tens of thousands of`',
            '1:40-1:61 tensAndThousands Unexpected `tens and thousands of`, expected `tens of thousands of`',
          ],
        },
        {
          text: 'Onion prices hit records levels in three states.',
          diagnostics: ['1:18-1:32 pluralModifier Unexpected plural modifier in `records levels`, expected `record levels`'],
        },
        {
          text: 'The talks lasted a hour before an university panel took over.',
          diagnostics: [
            '1:18-1:24 articleSound Unexpected article in `a hour` before a vowel sound, expected `an hour`',
            '1:32-1:45 articleSound Unexpected article in `an university` before a consonant sound, expected `a university`',
          ],
        },
        {
          text: 'The council will went ahead, but the mayor did not signed the order.',
          diagnostics: [
            '1:13-1:22 modalForm Unexpected verb form after `will` in `will went`, expected the base form',
            '1:44-1:58 modalForm Unexpected verb form after `did` in `did not signed`, expected the base form',
          ],
        },
        {
          text: 'The port would gone quiet, and the pilots may merely wanted a rest.',
          diagnostics: [
            '1:10-1:20 modalForm Unexpected verb form after `would` in `would gone`, expected the base form',
            '1:43-1:60 modalForm Unexpected verb form after `may` in `may merely wanted`, expected the base form',
          ],
        },
        {
          text: 'The mayor was willing to signs the order, but the board does not taken sides.',
          diagnostics: [
            '1:23-1:31 modalForm Unexpected verb form after `to` in `to signs`, expected the base form',
            '1:57-1:71 modalForm Unexpected verb form after `does` in `does not taken`, expected the base form',
          ],
        },
        {
          text: 'The port has historically serves the valley, and the new fare is conceal from riders.',
          diagnostics: [
            '1:10-1:33 participleForm Unexpected verb form after `has` in `has historically serves`, expected a past participle',
            '1:63-1:73 participleForm Unexpected verb form after `is` in `is conceal`, expected a past participle',
          ],
        },
        {
          text: 'Prices of rice has risen again; the tide turned sharply and she are sure of it.',
          diagnostics: [
            '1:16-1:19 subjectVerb Unexpected verb `has` with the plural subject `Prices`, expected `have`',
            '1:65-1:68 subjectVerb Unexpected verb `are` with the singular subject `she`, expected `is`',
          ],
        },
        {
          text: 'The pilot might can dock at noon, and the harbour master has is stated the fee.',
          diagnostics: [
            '1:11-1:20 modalForm Unexpected verb form after `might` in `might can`, expected the base form',
            '1:58-1:64 participleForm Unexpected verb form after `has` in `has is`, expected a past participle',
          ],
        },
        {
          text: 'The ferry left three year ago and returns in ten minute.',
          diagnostics: [
            '1:16-1:26 numeralNumber Unexpected singular noun after `three` in `three year`, expected `three years`',
            '1:46-1:56 numeralNumber Unexpected singular noun after `ten` in `ten minute`, expected `ten minutes`',
          ],
        },
        {
          text: 'The ferry had a much more better season than the barge.',
          diagnostics: ['1:22-1:33 doubleComparative Unexpected double comparison `more better`, expected `better`'],
        },
        {
          text: 'Most of they were late, and the bags were taken from he by a porter.',
          diagnostics: [
            '1:9-1:13 pronounCase Unexpected subject pronoun `they` after a preposition, expected `them`',
            '1:54-1:56 pronounCase Unexpected subject pronoun `he` after a preposition, expected `him`',
          ],
        },
        {
          text: 'The ferry economy seem weak this winter, the harbour master said.',
          diagnostics: ['1:19-1:23 subjectVerb Unexpected verb `seem` with the singular subject `economy`, expected `seems`'],
        },
        {
          text: 'The harbour master has announce the new fares, and a pilots of the old port is angry.',
          diagnostics: [
            '1:20-1:32 participleForm Unexpected verb form after `has` in `has announce`, expected a past participle',
            '1:52-1:60 determinerNumber Unexpected plural noun after `a` in `a pilots`',
          ],
        },
        {
          text: 'Each ferries would sail this weeks, and this were confirmed by the port.',
          diagnostics: [
            '1:1-1:13 determinerNumber Unexpected plural noun after `Each` in `Each ferries`',
            '1:25-1:35 determinerNumber Unexpected plural noun after `this` in `this weeks`',
            '1:46-1:50 subjectVerb Unexpected verb `were` with the singular subject `this`, expected `was`',
          ],
        },
        {
          text: 'Mayor Osei have said there were heavy rain in the hills.',
          diagnostics: [
            '1:12-1:16 subjectVerb Unexpected verb `have` with the singular subject `Osei`, expected `has`',
            '1:22-1:43 thereNumber Unexpected `there were heavy rain` with a singular noun, expected `there was heavy rain`',
          ],
        },
        {
          text: 'The affected towns in the north is now suffering from the drought.',
          diagnostics: ['1:33-1:35 subjectVerb Unexpected verb `is` with the plural subject `towns`, expected `are`'],
        },
        {
          text: 'He have worked at the port for years, and they was ready when the storm came.',
          diagnostics: [
            '1:4-1:8 subjectVerb Unexpected verb `have` with the singular subject `He`, expected `has`',
            '1:48-1:51 subjectVerb Unexpected verb `was` with the plural subject `they`, expected `were`',
          ],
        },
        {
          text: 'A clerk who know the harbour rules will help, and in the north, the road were closed.',
          diagnostics: [
            '1:13-1:17 subjectVerb Unexpected verb `know` with the singular subject `clerk`, expected `knows`',
            '1:74-1:78 subjectVerb Unexpected verb `were` with the singular subject `road`, expected `was`',
          ],
        },
        {
          text: 'During the review, Minister praised the crews who worked on second day of the storm.',
          diagnostics: [
            '1:20-1:28 missingArticle Unexpected `Minister` without an article, expected `the Minister`',
            '1:61-1:71 missingArticle Unexpected `second day` without an article, expected `the second day`',
          ],
        },
        {
          text: 'Ferries were suspended for further three weeks, or four and half weeks in all.',
          diagnostics: [
            '1:28-1:47 missingArticle Unexpected `further three weeks` without an article, expected `a further three weeks`',
            '1:57-1:65 missingArticle Unexpected `and half` without an article, expected `and a half`',
          ],
        },
        {
          text: 'Shares fell on Northport Grain Exchange and in Eastbank area.',
          diagnostics: [
            '1:16-1:40 missingArticle Unexpected `Northport Grain Exchange` without an article, expected `the Northport Grain Exchange`',
            '1:48-1:61 missingArticle Unexpected `Eastbank area` without an article, expected `the Eastbank area`',
          ],
        },
        {
          text: 'Amount of aid for each family is now higher.',
          diagnostics: ['1:1-1:7 missingArticle Unexpected `Amount` without an article, expected `The amount`'],
        },
        {
          text: 'He is seeking talks with the OPEC to maintain the law and order.',
          diagnostics: [
            '1:26-1:34 extraArticle Unexpected article in `the OPEC`, expected `OPEC`',
            '1:47-1:64 extraArticle Unexpected article in `the law and order`, expected `law and order`',
          ],
        },
        {
          text: 'The suspect was held under the Section 151 in the past one month.',
          diagnostics: [
            '1:28-1:43 extraArticle Unexpected article in `the Section 151`, expected `Section 151`',
            '1:47-1:65 extraArticle Unexpected article in `the past one month`, expected `the past month`',
          ],
        },
        {
          text: 'Three ferry sank in the storm, and one of the captain was rescued.',
          diagnostics: [
            '1:1-1:12 numeralNumber Unexpected singular noun after `Three` in `Three ferry`, expected `Three ferries`',
            '1:36-1:54 numeralNumber Unexpected singular noun after `one` in `one of the captain`, expected `one of the captains`',
          ],
        },
        {
          text: 'The crews have went home and the port was took over by the navy.',
          diagnostics: [
            '1:11-1:20 participleForm Unexpected verb form after `have` in `have went`, expected a past participle',
            '1:39-1:47 participleForm Unexpected verb form after `was` in `was took`, expected a past participle',
          ],
        },
        {
          text: 'The new berth is more bigger than the old one.',
          diagnostics: ['1:18-1:29 doubleComparative Unexpected double comparison `more bigger`, expected `bigger`'],
        },
        {
          text: 'The dispute is between the union and I, he said.',
          diagnostics: ['1:38-1:39 pronounCase Unexpected subject pronoun `I` after a preposition, expected `me`'],
        },
        {
          text: 'It not about the fares, the harbour master said in a statement.',
          diagnostics: ['1:1-1:7 missingVerb Unexpected `It not` without a verb, expected `It is not`'],
        },
        {
          text: 'The board discussed about the fares and emphasised on safety.',
          diagnostics: [
            '1:11-1:26 verbPreposition Unexpected preposition in `discussed about`, expected `discussed`',
            '1:41-1:54 verbPreposition Unexpected preposition in `emphasised on`, expected `emphasised`',
          ],
        },
        {
          text: 'The mayor will speak today evening about 3 times of the old fares and 5 million dollars worth port equipment.',
          diagnostics: [
            '1:22-1:35 idiom Unexpected `today evening`, expected `this evening`',
            '1:44-1:52 idiom Unexpected `times of`, expected `times`',
            '1:89-1:94 idiom Unexpected `worth`, expected `worth of`',
          ],
        },
        {
          text: 'He told the agency over phone that the fares would rise.',
          diagnostics: ['1:20-1:30 idiom Unexpected `over phone`, expected `over the phone`'],
        },
        {
          text: 'The port is largest exporter of rice, and they bought equipments and an information desk.',
          diagnostics: [
            '1:13-1:29 missingArticle Unexpected `largest exporter` without an article, expected `the largest exporter`',
            '1:55-1:65 massNoun Unexpected count of the uncountable noun `equipment` in `equipments`, expected `equipment`',
          ],
        },
        {
          text: 'The board should to decide soon, and he wanted to discussed the fares with them.',
          diagnostics: [
            '1:11-1:27 infinitiveForm Unexpected verb form in `should to decide`, expected `should decide`',
            '1:48-1:60 modalForm Unexpected verb form after `to` in `to discussed`, expected the base form',
          ],
        },
        {
          text: 'Each of the ferries are full, and there is many problems since two years, despite of the warnings.',
          diagnostics: [
            '1:21-1:24 subjectVerb Unexpected verb `are` with the singular subject `Each`, expected `is`',
            '1:35-1:57 thereNumber Unexpected `there is many problems` with a plural noun, expected `there are many problems`',
            '1:58-1:67 idiom Unexpected `since two`, expected `for two`',
            '1:75-1:85 idiom Unexpected `despite of`, expected `despite`',
          ],
        },
        {
          text: 'The ferries have carried much passengers till date, officials said.',
          diagnostics: [
            '1:26-1:41 determinerNumber Unexpected plural noun after `much` in `much passengers`',
            '1:42-1:51 idiom Unexpected `till date`, expected `to date`',
          ],
        },
        {
          text: 'The divers worked in small pond near the pier before they flew to the India.',
          diagnostics: [
            '1:22-1:32 bareNoun Unexpected singular noun `pond` without an article in `small pond`, expected `a` or `the` before it',
            '1:67-1:76 extraArticle Unexpected article in `the India`, expected `India`',
          ],
        },
        {
          text: 'Talks resumed in the Sri Lanka, and aid reached the Bangladesh.',
          diagnostics: [
            '1:18-1:31 extraArticle Unexpected article in `the Sri Lanka`, expected `Sri Lanka`',
            '1:49-1:63 extraArticle Unexpected article in `the Bangladesh`, expected `Bangladesh`',
          ],
        },
        {
          text: 'The board is interested on the plan, and she signing the order today.',
          diagnostics: [
            '1:14-1:27 prepositionChoice Unexpected preposition in `interested on`, expected `interested in`',
            '1:42-1:53 finiteVerb Unexpected verb form without an auxiliary in `she signing`, expected `she is signing`',
          ],
        },
        {
          text: 'Fares will depend of the fuel price, and the crew insisted at a rest day.',
          diagnostics: [
            '1:12-1:21 prepositionChoice Unexpected preposition in `depend of`, expected `depend on`',
            '1:51-1:62 prepositionChoice Unexpected preposition in `insisted at`, expected `insisted on`',
          ],
        },
        {
          text: 'The crews were paid to makes the trip, and the tugs had towing the barge.',
          diagnostics: [
            '1:21-1:29 modalForm Unexpected verb form after `to` in `to makes`, expected the base form',
            '1:53-1:63 participleForm Unexpected verb form after `had` in `had towing`, expected a past participle',
          ],
        },
        {
          text: 'The crash was examined by the commissioner railway safety, and they\'ll starting repairs soon.',
          diagnostics: [
            '1:27-1:58 missingOf Unexpected `the commissioner railway safety` without `of`, expected `the commissioner of railway safety`',
            "1:68-1:80 modalForm Unexpected verb form after `'ll` in `'ll starting`, expected the base form",
          ],
        },
      ],
      valid: [
        'The director general met the board, and they gave the director power to act.',
        'He was named captain of the team, and she was taken to hospital by car.',
        'The Paris of the 1920s was different, and the Kennedy family is here.',
        'The Nepal Army and the Pakistan government thanked the Netherlands and the Gambia.',
        'What they objected to is the fare, and investors are interested in the plan.',
        'They worked step by step and day after day in the valley, and it being Sunday, the port was shut.',
        'There were no immediate reports of damage after the storm.',
        'The police are searching the hills, and the team are ready.',
        'The 1990s were good years for the port.',
        'They flew home on a one-day visit to an FBI office near a NATO base.',
        'The news from the valley is grim, the mayor said.',
        '"There was no reports," the mayor said.',
        'A number of people are waiting at the first gate, and more than 200 others were sent home.',
        'Two men and one of the women were rescued after two weeks at sea.',
        'The news is good: the police have found the boat, and at first light the crew was safe.',
        'Shares rose on the London Stock Exchange and on Wall Street, and NATO said it would meet.',
        'The minister said the council has gone to court and the cargo was taken to the depot.',
        'Prices are higher than last year, and more older voters turned out than ever.',
        'The dispute between him and me is over, he said, and talks went back to the start.',
        'Law and order is a state subject, and the past month was calm in the Dockside area.',
        'Mayor Lee said the Section 8 housing plan and a 10 minute walk were popular.',
        'President Okafor arrived on Monday, and the Governor said the visit was welcome.',
        'All he could to help was done, and more information and a news conference followed.',
        'The ferry is the largest in the region, and pilots were paid at best rates.',
        'The court insisted that he resign, and if it were up to her, the port would stay shut.',
        'The chief of the dockers who were sacked is back, and he asked the guards who was on duty.',
        'She and he were friends; the board were divided, as it were.',
        'He wanted to move but could not find a place, and officials will be meeting today.',
        'They held a heads of government meeting, and for this doctors can be thanked.',
        'If there were no ferries, Mr. and Mrs. Lee have said, the island would starve.',
        'All the council did was approve the plan, and those underlying it agreed.',
        'The accused were remanded, and police said the deceased were named.',
        'Aid was sent to states hit by floods and to elected councils, as they had planned to.',
        'The talks, which he said were useful, ended, and the men that were hired left.',
        'Pilots have leads in the case, and their whole being participates in the work.',
        'All the crew could do was wait, and for want of fuel the ferry is idle.',
        'Woods of Georgia has won the open, and the skipper and she were friends.',
        'The money he has is spent, his will can be contested, and the chores a pilot has are many.',
        'The wall is 4 ft. high, and it was a 10 minute walk to the pier.',
      ],
    },
  },
  ({ story, report }) => {
    for (const sentence of story.sentences) {
      if (!isProse(sentence, story)) continue
      const tokens = story.tags(sentence)
      const findings = [...findGrammar(tokens, (start, end) => story.text.slice(start, end), degreeWords()), ...findAgreement(tokens), ...findArticles(tokens, degreeWords().superlatives), ...findForms(tokens, degreeWords()), ...findCollocations(tokens, collocations())]
      for (const f of findings) {
        report(f.id, { start: f.start, end: f.end }, f.data ? { data: f.data } : undefined)
      }
    }
  },
)
