// Article checks for the grammar rule: the article translated copy drops (`On first day of`, `at
// same time`, `in last five years`, `a visit to US`, `is member of`, `on
// London Metal Exchange`, `for further six months`, `five and half months`, `is largest exporter`, a
// bare title as subject) or adds (`the NATO`, `the law and order`, `the Section 144`, `the past one
// month`), and uncountable nouns counted (`an information`, `equipments`). Each check is a
// word-shape or tag pattern with one reading, in the manner of LanguageTool's English article rules.
import type { Token } from '../../src/rule/types.js'
import { atClauseStart, endsPhrase, type GrammarFinding, isPluralNumeral, nounNumber, runTokenChecks, type TokenCheck, triggered } from './grammar.js'

/** Message ids of the article checks. */
export type ArticleCheck = 'missingArticle' | 'extraArticle' | 'massNoun'

/** Messages of the article checks, for the rule's metadata. */
export const articleMessages = {
  missingArticle: 'Unexpected `{actual}` without an article, expected `{expected}`',
  extraArticle: 'Unexpected article in `{actual}`, expected `{expected}`',
  massNoun: 'Unexpected count of the uncountable noun `{noun}` in `{actual}`, expected `{expected}`',
} as const satisfies Record<ArticleCheck, string>

const ordinals: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'])
/** Nouns an ordinal takes without an article in set phrases (`at first sight`, `in third grade`). */
const bareOrdinalNouns: ReadonlySet<string> = new Set([
  'sight', 'glance', 'light', 'reading', 'blush', 'hand', 'base', 'baseman', 'degree', 'grade', 'class', 'gear', 'person',
  'lieutenant', 'sergeant', 'mate', 'prize', 'place', 'team', 'division', 'string', 'cousin', 'nature', 'language',
  'priority', 'rate', 'choice', 'aid', 'seed', 'half', 'innings', 'quarter', 'period', 'set', 'leg', 'rank', 'position', 'look', 'fiddle', 'thought', 'thoughts', 'wind', 'opinion', 'offence', 'offense', 'time', 'down',
])
/** Prepositions before which a bare ordinal is read (not `than`, `as`, `like`, which compare). */
const articlePrepositions: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'for', 'from', 'of', 'to', 'into', 'during', 'after', 'before', 'until', 'till', 'since', 'by', 'with',
  'over', 'under', 'about', 'through', 'throughout', 'within', 'across', 'near', 'around', 'against', 'up',
])
/** Place nouns that take `the` after a name (`in the Raha area`). */
const areaNouns: ReadonlySet<string> = new Set(['area', 'areas', 'region', 'belt'])
/** Heads of institution names that take `the` (`the London Metal Exchange`, `the Railways Act`). */
const institutionHeads: ReadonlySet<string> = new Set([
  'Exchange', 'Congress', 'Assembly', 'Parliament', 'Council', 'Commission', 'Committee', 'Ministry', 'Department',
  'Bureau', 'Authority', 'Party', 'Army', 'Navy', 'Act', 'Secretariat', 'Tribunal', 'Federation',
])
/** Titles that need an article when they stand alone as a subject (`the minister said`). */
const titles: ReadonlySet<string> = new Set([
  'Minister', 'President', 'Secretary', 'Chairman', 'Chairperson', 'Chairwoman', 'Governor', 'Commissioner', 'Director',
  'Spokesman', 'Spokesperson', 'Spokeswoman', 'Premier', 'Ambassador', 'Chief', 'Prime', 'Deputy', 'Home', 'Foreign',
  'Finance', 'Defence', 'Defense', 'General', 'Vice', 'Superintendent', 'Collector', 'Inspector',
])
/** Nouns of quantity that open a sentence only after an article (`The amount of aid is`). */
const quantityHeads: ReadonlySet<string> = new Set(['Amount', 'Number', 'Price', 'Value', 'Rate', 'Level', 'Size', 'Total', 'Quantity', 'Volume'])
/** Organisations named by an acronym read as a word, which take no article (`NATO`, `OPEC`). */
const wordAcronyms: ReadonlySet<string> = new Set([
  'NATO', 'NASA', 'UNESCO', 'UNICEF', 'OPEC', 'ASEAN', 'SAARC', 'ISRO', 'FIFA', 'UEFA', 'NAFTA', 'APEC', 'CERN', 'UNAIDS',
  'INTERPOL', 'EUROPOL', 'MERCOSUR', 'OFCOM', 'SEBI', 'NABARD', 'DRDO',
])
/** Legal references numbered after their name (`Section 144`, `Article 370`). */
const numberedReferences: ReadonlySet<string> = new Set(['Section', 'Article', 'Clause', 'Rule', 'Schedule', 'Chapter'])
const timeNouns: ReadonlySet<string> = new Set(['day', 'week', 'fortnight', 'month', 'year', 'decade', 'hour', 'season', 'quarter'])

const isCapitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{L}*(?:['’]s)?$/u.test(t.text)
const isDeterminer = (t: Token | undefined): boolean =>
  t !== undefined && (t.pos === 'DET' || t.pos === 'PRON' || /^(?:['’]s|a|an|the)$/u.test(t.lower))
/** A NOUN or a lower-case word the tagger read as a name at the end of a phrase. */
const isCommonNoun = (t: Token | undefined): t is Token => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN') && /^\p{Ll}+$/u.test(t.text)

/** `On first day of`: a preposition, an ordinal and its noun with no article. */
function bareOrdinal(tokens: readonly Token[], i: number): GrammarFinding<ArticleCheck> | undefined {
  const prep = tokens[i - 1]
  const ordinal = tokens[i] as Token
  const noun = tokens[i + 1]
  // `at first` is an adverb (`at first cope`); a hyphen before the preposition makes it part of a
  // modifier (`hoped-for third year`).
  if (!prep || !articlePrepositions.has(prep.lower) || prep.lower === 'at' || !ordinals.has(ordinal.text) || !isCommonNoun(noun) || noun.pos !== 'NOUN') return undefined
  if (tokens[i - 2]?.text === '-' || bareOrdinalNouns.has(noun.lower) || nounNumber(noun) !== 'sg' || /ing$/u.test(noun.lower) || ordinal.end === noun.start) return undefined
  if (isCommonNoun(tokens[i + 2])) return undefined
  return { id: 'missingArticle', start: ordinal.start, end: noun.end, data: { expected: `the ${ordinal.text} ${noun.text}` } }
}

const timeSpanNouns = /^(?:days|weeks|months|years|decades|hours|seasons|quarters|sessions|matches|games|elections)$/u

/** `at same time`, `for rest of the day`, `in last five years`: words that take `the`. */
function bareDefinite(tokens: readonly Token[], i: number): GrammarFinding<ArticleCheck> | undefined {
  const prep = tokens[i - 1]
  const word = tokens[i] as Token
  const next = tokens[i + 1]
  // `to last three days` is a verb after infinitive `to`.
  if (!prep || !articlePrepositions.has(prep.lower) || prep.pos !== 'ADP' || word.pos === 'VERB' || word.text !== word.lower || !next || tokens[i - 2]?.text === '-') return undefined
  let end: Token | undefined
  if (word.text === 'same' && isCommonNoun(next) && next.pos === 'NOUN' && next.start > word.end) end = next
  else if (word.text === 'rest' && next.text === 'of') end = word
  else if (['last', 'past', 'next'].includes(word.text) && isPluralNumeral(next) && timeSpanNouns.test(tokens[i + 2]?.text ?? '')) end = tokens[i + 2]
  if (!end) return undefined
  return { id: 'missingArticle', start: word.start, end: end.end, data: { expected: `the ${textOf(tokens, i, tokens.indexOf(end) + 1)}` } }
}

/** Place and institution names that always take `the` (`the US`, `the Netherlands`, `the White House`). */
const theNames: readonly (readonly string[])[] = [
  ['US'], ['USA'], ['UK'], ['UAE'], ['EU'], ['UN'], ['United', 'States'], ['United', 'Kingdom'], ['United', 'Nations'],
  ['United', 'Arab', 'Emirates'], ['Netherlands'], ['Philippines'], ['Maldives'], ['Bahamas'], ['Czech', 'Republic'],
  ['Dominican', 'Republic'], ['Soviet', 'Union'], ['European', 'Union'], ['Kremlin'], ['Vatican'], ['Pentagon'],
  ['White', 'House'], ['Himalayas'], ['Alps'],
]

/** `visit to US`, `in Netherlands`: a name that takes `the` after a preposition, standing alone. */
function bareTheName(tokens: readonly Token[], i: number): GrammarFinding<ArticleCheck> | undefined {
  const prep = tokens[i - 1]
  if (!prep || !articlePrepositions.has(prep.text) || prep.pos !== 'ADP') return undefined
  const name = theNames.find((words) => words.every((w, k) => tokens[i + k]?.text === w))
  if (!name) return undefined
  const last = tokens[i + name.length - 1] as Token
  const after = tokens[i + name.length]
  // A name used as a modifier takes the article of its noun (`in US dollars`, `of UN peacekeepers`).
  const timeWord = ['next', 'last', 'this', 'earlier', 'later'].includes(after?.lower ?? '')
  if (after && !timeWord && (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(after.pos) || /^["“'’-]/u.test(after.text))) return undefined
  return { id: 'missingArticle', start: (tokens[i] as Token).start, end: last.end, data: { expected: `the ${textOf(tokens, i, i + name.length)}` } }
}

/** Roles one holds among many, which take `a` after `be` (`is a member of`; `is chairman of` is a title). */
const memberNouns: ReadonlySet<string> = new Set(['member', 'resident', 'native', 'citizen', 'supporter', 'graduate', 'employee', 'student', 'victim', 'fan'])

/** `He is member of the panel`: a role noun after `be` with no article. */
function bareMember(tokens: readonly Token[], i: number): GrammarFinding<ArticleCheck> | undefined {
  const noun = tokens[i] as Token
  if (!memberNouns.has(noun.text) || !['is', 'was', 'became', 'be', 'been'].includes(tokens[i - 1]?.lower ?? '') || tokens[i + 1]?.text !== 'of') return undefined
  return { id: 'missingArticle', start: noun.start, end: noun.end, data: { expected: `a ${noun.text}` } }
}

/** `for further six months`: `further` before a count takes `a`. */
function bareFurther(tokens: readonly Token[], i: number): GrammarFinding<ArticleCheck> | undefined {
  const further = tokens[i] as Token
  const count = tokens[i + 1]
  const noun = tokens[i + 2]
  if (further.text !== 'further' || isDeterminer(tokens[i - 1]) || !isPluralNumeral(count) || nounNumber(noun) !== 'pl' || !noun) return undefined
  return { id: 'missingArticle', start: further.start, end: noun.end, data: { expected: `a further ${count?.text ?? ''} ${noun.text}` } }
}

/** `five and half months`: `and a half`. */
function bareHalf(tokens: readonly Token[], i: number): GrammarFinding<ArticleCheck> | undefined {
  const and = tokens[i] as Token
  const half = tokens[i + 1]
  if (and.text !== 'and' || half?.text !== 'half' || tokens[i - 1]?.pos !== 'NUM' || !/^(?:NOUN|PUNCT|ADP)$/u.test(tokens[i + 2]?.pos ?? 'PUNCT')) return undefined
  return { id: 'missingArticle', start: and.start, end: half.end, data: { expected: 'and a half' } }
}

const namePossessors: ReadonlySet<string> = new Set(['People', 'Children', 'Women', 'Men'])

/** A run of capitalised words from `from`: the index after it. */
function nameRun(tokens: readonly Token[], from: number): number {
  let j = from
  for (; j - from < 7; j++) {
    const t = tokens[j]
    // A possessive inside the name (`National People's Congress`): only after a plural of persons,
    // never after its first word; another possessive is a determiner (`City Council's Committee`).
    if (/^['’]s$/u.test(t?.text ?? '') && j > from + 1 && namePossessors.has(tokens[j - 1]?.text ?? '') && isCapitalised(tokens[j + 1])) continue
    if (!isCapitalised(t) || t?.pos === 'DET') break
  }
  return j
}

/** `in Raha area`, `on London Metal Exchange`, `of Railways Act`: a name after a preposition. */
function bareName(tokens: readonly Token[], i: number): GrammarFinding<ArticleCheck> | undefined {
  const prep = tokens[i - 1]
  const first = tokens[i] as Token
  // The tagger may read a place name as a verb (`Shanghai`): any capitalised word but a determiner.
  if (!prep || !articlePrepositions.has(prep.text) || !isCapitalised(first) || isDeterminer(first) || /['’]s$/u.test(first.text)) return undefined
  // A preposition inside a longer name (`the Port of New York Authority`).
  if (i - 2 > 0 && /^\p{Lu}/u.test(tokens[i - 2]?.text ?? '')) return undefined
  const end = nameRun(tokens, i)
  const last = tokens[end - 1] as Token
  const after = tokens[end]
  const nameEnds = after === undefined || (!['NOUN', 'PROPN', 'NUM'].includes(after.pos) && !/^['’]/u.test(after.text) && after.text !== '-')
  // Not after `in`: membership and seats (`a seat in State Assembly`, `membership in Coast Stock
  // Exchange`) vary by house style; prices `on` and bills `before` a named body do not.
  if (end - i >= 2 && institutionHeads.has(last.text) && nameEnds && prep.text !== 'in') {
    return { id: 'missingArticle', start: first.start, end: last.end, data: { expected: `the ${textOf(tokens, i, end)}` } }
  }
  const noun = tokens[end]
  if (end > i && noun && areaNouns.has(noun.text) && endsPhrase(tokens[end + 1])) {
    return { id: 'missingArticle', start: first.start, end: noun.end, data: { expected: `the ${textOf(tokens, i, end + 1)}` } }
  }
  return undefined
}

/** The words of tokens `[from, to)` joined as they stand when single-spaced. */
function textOf(tokens: readonly Token[], from: number, to: number): string {
  let out = ''
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token
    out += k > from && t.start > (tokens[k - 1] as Token).end ? ` ${t.text}` : t.text
  }
  return out
}

/** `During the review, Minister stressed`: a bare title as the subject of a verb. */
function bareTitle(tokens: readonly Token[], i: number): GrammarFinding<ArticleCheck> | undefined {
  const first = tokens[i] as Token
  if (!titles.has(first.text) || !atClauseStart(tokens[i - 1]) || ['and', 'or', 'but'].includes(tokens[i - 1]?.lower ?? '')) return undefined
  let end = i
  while (titles.has(tokens[end]?.text ?? '') && end - i < 4) end++
  const last = tokens[end - 1] as Token
  const verb = tokens[end]
  if (!['Minister', 'President', 'Secretary', 'Chairman', 'Chairperson', 'Chairwoman', 'Governor', 'Commissioner', 'Director', 'Spokesman', 'Spokesperson', 'Spokeswoman', 'Premier', 'Ambassador', 'Superintendent', 'Collector', 'Inspector'].includes(last.text)) return undefined
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || !/^\p{Ll}+$/u.test(verb.text)) return undefined
  return { id: 'missingArticle', start: first.start, end: last.end, data: { expected: `the ${textOf(tokens, i, end)}` } }
}

/** `Amount of aid is`: a quantity noun opening a sentence without an article. */
function bareQuantity(tokens: readonly Token[], i: number): GrammarFinding<ArticleCheck> | undefined {
  const noun = tokens[i] as Token
  if ((i !== 0 && tokens[i - 1]?.text !== '.') || !quantityHeads.has(noun.text) || tokens[i + 1]?.text !== 'of') return undefined
  return { id: 'missingArticle', start: noun.start, end: noun.end, data: { expected: `The ${noun.lower}` } }
}

/** `the NATO`, `the law and order`, `the Section 144`, `the past one month`. */
function extraArticle(tokens: readonly Token[], i: number): GrammarFinding<ArticleCheck> | undefined {
  const the = tokens[i] as Token
  if (the.lower !== 'the') return undefined
  const next = tokens[i + 1]
  if (!next) return undefined
  const after = tokens[i + 2]
  const nominal = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.text === '-')
  if (wordAcronyms.has(next.text) && !nominal(after) && after?.text !== '’s' && after?.text !== "'s") {
    return { id: 'extraArticle', start: the.start, end: next.end, data: { expected: next.text } }
  }
  if (next.lower === 'law' && after?.lower === 'and' && tokens[i + 3]?.lower === 'order' && !nominal(tokens[i + 4])) {
    const order = tokens[i + 3] as Token
    return { id: 'extraArticle', start: the.start, end: order.end, data: { expected: 'law and order' } }
  }
  if (numberedReferences.has(next.text) && /^\d+[A-Z]?$/u.test(after?.text ?? '') && !nominal(tokens[i + 3]) && after) {
    return { id: 'extraArticle', start: the.start, end: after.end, data: { expected: `${next.text} ${after.text}` } }
  }
  const noun = tokens[i + 3]
  if (['past', 'last', 'next'].includes(next.lower) && after?.lower === 'one' && noun && timeNouns.has(noun.lower) && endsPhrase(tokens[i + 4])) {
    return { id: 'extraArticle', start: the.start, end: noun.end, data: { expected: `${the.text} ${next.text} ${noun.text}` } }
  }
  return undefined
}

/** Superlatives read as adverbs or in set phrases (`at least`, `at best`, `is best known`). */
const adverbialSuperlatives: ReadonlySet<string> = new Set(['best', 'worst', 'least', 'most', 'latest', 'earliest', 'fewest', 'utmost', 'uttermost', 'eldest'])

/** `is largest exporter`: a superlative and its noun with no article. */
function bareSuperlative(tokens: readonly Token[], i: number, superlatives: ReadonlySet<string>): GrammarFinding<ArticleCheck> | undefined {
  const prev = tokens[i - 1]
  const adjective = tokens[i] as Token
  const noun = tokens[i + 1]
  // Only after a form of `be`: after a preposition a bare superlative is set (`in largest quantity`).
  if (!prev || !['is', 'was', 'are', 'were', 'be', 'become', 'became', 'remains', 'remained'].includes(prev.lower)) return undefined
  if (adjective.pos !== 'ADJ' || !superlatives.has(adjective.text) || adverbialSuperlatives.has(adjective.text) || !isCommonNoun(noun) || noun.pos !== 'NOUN') return undefined
  return { id: 'missingArticle', start: adjective.start, end: noun.end, data: { expected: `the ${adjective.text} ${noun.text}` } }
}

/** Nouns English never counts (`information`, `equipment`), with their usual counted phrase. */
const massNouns: ReadonlyMap<string, string> = new Map([
  ['information', 'a piece of information'], ['advice', 'a piece of advice'], ['equipment', 'a piece of equipment'],
  ['furniture', 'a piece of furniture'], ['luggage', 'a piece of luggage'], ['baggage', 'a piece of baggage'],
  ['machinery', 'a machine'], ['jewellery', 'a piece of jewellery'],
  ['jewelry', 'a piece of jewelry'], ['homework', 'an assignment'], ['news', 'a piece of news'], ['feedback', 'a comment'],
])

/** `an information`, `equipments`: an uncountable noun counted. */
function countedMass(tokens: readonly Token[], i: number): GrammarFinding<ArticleCheck> | undefined {
  const t = tokens[i] as Token
  if (t.pos !== 'NOUN' || t.text !== t.lower) return undefined
  const singular = t.lower.endsWith('s') && t.lower !== 'news' ? t.lower.replace(/(?:ie)?s$/u, (m) => (m === 'ies' ? 'y' : '')) : undefined
  if (singular !== undefined && massNouns.has(singular) && !isCommonNoun(tokens[i + 1])) {
    return { id: 'massNoun', start: t.start, end: t.end, data: { noun: singular, expected: singular } }
  }
  const article = tokens[i - 1]
  const counted = massNouns.get(t.lower)
  if (counted && (article?.lower === 'a' || article?.lower === 'an') && !isCommonNoun(tokens[i + 1]) && tokens[i + 1]?.text !== '-') {
    return { id: 'massNoun', start: article.start, end: t.end, data: { noun: t.lower, expected: counted } }
  }
  return undefined
}

type ArticleRule = TokenCheck<ArticleCheck, ReadonlySet<string>>
const lowered = (words: Iterable<string>): string[] => [...words].map((w) => w.toLowerCase())
/** The checks in order, each with the words or tags it starts at (see `Trigger`). */
const articleChecks: readonly ArticleRule[] = [
  triggered(bareOrdinal, { words: lowered(ordinals) }),
  triggered(bareDefinite, { words: ['same', 'rest', 'last', 'past', 'next'] }),
  triggered(bareMember, { words: lowered(memberNouns) }),
  triggered(bareTheName, { words: lowered(theNames.map((name) => name[0] ?? '')) }),
  triggered(bareFurther, { words: ['further'] }),
  triggered(bareHalf, { words: ['and'] }),
  triggered(bareName, { prev: lowered(articlePrepositions) }),
  triggered(bareTitle, { words: lowered(titles) }),
  triggered(bareQuantity, { words: lowered(quantityHeads) }),
  triggered(extraArticle, { words: ['the'] }),
  triggered(bareSuperlative, { prev: ['is', 'was', 'are', 'were', 'be', 'become', 'became', 'remains', 'remained'] }),
  // A mass noun, its -s form or its -ies form (`jewelleries`).
  triggered(countedMass, { words: [...massNouns.keys()].flatMap((m) => [m, `${m}s`, `${m.replace(/y$/u, '')}ies`]) }),
]

/** Runs the article checks over one tagged sentence. */
export function findArticles(tokens: readonly Token[], superlatives: ReadonlySet<string>): GrammarFinding<ArticleCheck>[] {
  return runTokenChecks(tokens, articleChecks, superlatives)
}
