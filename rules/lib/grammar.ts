// Word-shape helpers for the grammar rule: the number of a noun and the form of a verb, from the
// universal tag and the spelling (the tagger gives no morphological number).
import type { Token } from '../../src/rule/types.js'

/** Nouns in -s that are singular (or take a singular verb). */
const singularInS: ReadonlySet<string> = new Set([
  'news', 'lens', 'shambles', 'corps', 'contretemps', 'rendezvous', 'chassis', 'gas', 'bias', 'canvas', 'atlas', 'alias', 'chaos', 'ethos', 'pathos', 'cosmos', 'kudos',
  'rabies', 'herpes', 'measles', 'mumps', 'diabetes', 'innings', 'summons', 'whereabouts', 'gallows', 'yes', 'dais',
  'physics', 'mathematics',
])
/** Nouns that are plural without an -s. */
const irregularPlurals: ReadonlySet<string> = new Set([
  'men', 'women', 'children', 'feet', 'teeth', 'mice', 'geese', 'oxen', 'lice', 'dice', 'brethren', 'alumni', 'fungi',
  'nuclei', 'stimuli', 'phenomena', 'criteria',
])
/** Singular nouns in -men (`spokesmen` is plural, `specimen` is not). */
const menSingulars: ReadonlySet<string> = new Set([
  'specimen', 'abdomen', 'regimen', 'acumen', 'omen', 'stamen', 'hymen', 'amen', 'semen', 'dolmen', 'albumen', 'cyclamen', 'bitumen', 'lumen', 'rumen', 'foramen',
])
/**
 * Group and quantity nouns: a verb may follow their sense either way (`the board were divided`, `a
 * third of voters are`). Never judged.
 */
const groupNouns: ReadonlySet<string> = new Set([
  'police', 'government', 'team', 'staff', 'committee', 'family', 'crew', 'board', 'council', 'jury', 'public', 'majority',
  'minority', 'couple', 'audience', 'army', 'cabinet', 'party', 'company', 'club', 'group', 'management', 'union', 'class',
  'panel', 'band', 'firm', 'parliament', 'opposition', 'administration', 'side', 'squad', 'navy', 'department', 'ministry',
  'press', 'youth', 'clergy', 'personnel', 'number', 'total', 'lot', 'lots', 'range', 'host', 'variety', 'rest', 'bulk',
  'half', 'third', 'quarter', 'percent', 'cent', 'percentage', 'proportion', 'none', 'plenty', 'dozen', 'score', 'kind',
  'sort', 'type', 'pair', 'set', 'bunch', 'handful', 'batch', 'wave', 'spate', 'series', 'string', 'raft', 'slew', 'flurry',
  'fraction', 'share', 'portion', 'part', 'remainder', 'mass', 'crowd', 'mob', 'fleet', 'herd', 'flock', 'population',
  'electorate', 'faculty', 'orchestra', 'choir', 'congress', 'senate', 'assembly', 'court', 'bench', 'delegation',
  'alliance', 'coalition', 'community', 'society', 'force', 'troop', 'militia', 'gentry', 'enemy', 'cast', 'leadership',
  'membership', 'league', 'association', 'federation', 'commission', 'agency', 'organisation',
  'organization', 'establishment', 'household', 'workforce', 'tribe', 'clan', 'gang', 'contingent',
  'regiment', 'battalion', 'brigade', 'platoon', 'secretariat', 'consortium', 'syndicate', 'cartel', 'franchise', 'generation',
  'peasantry', 'aristocracy', 'intelligentsia', 'readership', 'constituency',
])
/**
 * Nouns whose number a verb may follow either way or that are the same in both numbers: group and
 * quantity nouns, mass nouns in -a and -i, `-s` words that are also singular, words the tagger may
 * read as nouns (`today`, modals). Never judged.
 */
const undecided: ReadonlySet<string> = new Set([
  ...groupNouns,
  'people', 'data', 'media', 'livestock', 'cattle', 'bacteria', 'agenda', 'headquarters', 'species', 'works', 'barracks',
  'crossroads', 'sheep', 'deer', 'fish', 'aircraft', 'offspring', 'per', 'hundred', 'thousand', 'million', 'billion',
  'trillion', 'lakh', 'lakhs', 'crore', 'crores', 'average', 'maximum', 'minimum', 'swathe', 'swath', 'folk', 'folks',
  'kin', 'troops', 'graffiti', 'trivia', 'paparazzi', 'sweets', 'each', 'other', 'others', 'one', 'ones', 'amount', 'sum',
  'means', 'savings', 'today', 'yesterday', 'tomorrow', 'tonight', 'ashes', 'heads', 'must', 'will', 'can', 'may', 'might',
  'shall', 'would', 'could', 'should', 'blues', 'present', 'following', 'needs', 'premises', 'tons', 'loads', 'heaps',
  'pence', 'yen', 'baht', 'rand', 'won', 'poultry', 'vermin', 'cannon', 'craft', 'moose', 'salmon', 'trout', 'swine', 'bison', 'shrimp', 'squid', 'hovercraft', 'spacecraft',
])

/** Whether a lower-case word is a noun never judged for number (`police`, `board`, `majority`). */
export function isGroupNoun(word: string): boolean {
  return groupNouns.has(word)
}

/** Whether a noun is never judged (collective, mass or quantity noun). */
export function isUndecided(t: Token | undefined): boolean {
  return t !== undefined && undecided.has(t.lower)
}

/** Whether a token is a lower-case noun the checks may judge (no digits, no capitals, no hyphen tricks). */
export function isPlainNoun(t: Token | undefined): t is Token {
  return t !== undefined && t.pos === 'NOUN' && /^\p{Ll}[\p{Ll}'’-]*$/u.test(t.text) && !undecided.has(t.lower)
}

/** The number of a plain noun: `sg`, `pl` or undefined (not decided). */
export function nounNumber(t: Token | undefined): 'sg' | 'pl' | undefined {
  if (!isPlainNoun(t)) return undefined
  const w = t.lower.replace(/^.*-/u, '')
  if (w.length < 3 || undecided.has(w)) return undefined
  // Participles as nouns take either number (`the accused were`, `the deceased was`).
  if (/^\p{Ll}{3,}ed$/u.test(w) && !/eed$/u.test(w)) return undefined
  if (singularInS.has(w)) return 'sg'
  if (irregularPlurals.has(w) || /(?:children|people|feet|teeth|mice|geese)$/u.test(w) || (/men$/u.test(w) && !menSingulars.has(w))) return 'pl'
  if (/(?:ss|us|is|os|as|ics|'s|’s|s')$/u.test(w)) return undefined
  if (/s$/u.test(w)) return 'pl'
  if (/(?:ae|ia|i|a)$/u.test(w)) return undefined
  return 'sg'
}

/** Verb forms that only go with a singular subject. */
const singularVerbs: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does'])
/** Verb forms that only go with a plural subject. */
const pluralVerbs: ReadonlySet<string> = new Set(['are', 'were', 'have', 'do'])
/** Past forms identical to their base form (`put`, `cut`): a base-form reading is not certain. */
const pastLikeBase: ReadonlySet<string> = new Set([
  'put', 'cut', 'set', 'hit', 'let', 'cost', 'hurt', 'spread', 'shut', 'quit', 'read', 'beat', 'cast', 'bet', 'split',
  'bid', 'broadcast', 'forecast', 'upset', 'burst', 'thrust', 'shed', 'rid', 'slit', 'come', 'become', 'run', 'overrun', 'done', 'gone', 'been', 'seen', 'undone',
])
/** Irregular simple past forms that are never a base form. */
export const irregularPasts: ReadonlySet<string> = new Set([
  'went', 'came', 'took', 'gave', 'saw', 'knew', 'began', 'wrote', 'spoke', 'chose', 'broke', 'drove', 'ate', 'grew',
  'threw', 'flew', 'stole', 'wore', 'tore', 'swore', 'forgot', 'forgave', 'sang', 'rang', 'swam', 'drank', 'ran',
  'rode', 'rose', 'fell', 'held', 'told', 'sold', 'thought', 'brought', 'bought', 'caught', 'taught', 'fought',
  'sought', 'left', 'felt', 'kept', 'slept', 'meant', 'sent', 'spent', 'built', 'lost', 'found', 'stood', 'understood',
  'won', 'paid', 'said', 'made', 'had', 'did', 'got', 'arose', 'awoke', 'bore', 'bound', 'bled', 'bred', 'clung', 'crept',
  'dealt', 'dug', 'drew', 'dwelt', 'fled', 'flung', 'forbade', 'froze', 'ground', 'hung', 'hid', 'knelt', 'laid', 'lay',
  'led', 'lit', 'leapt', 'lent', 'met', 'mistook', 'overcame', 'overtook', 'shook', 'shone', 'shot', 'shrank', 'slid',
  'slung', 'sped', 'spun', 'spat', 'sprang', 'stank', 'stuck', 'stung', 'strode', 'struck', 'strove', 'swept', 'swung',
  'trod', 'undertook', 'underwent', 'upheld', 'wept', 'withdrew', 'withheld', 'withstood', 'woke', 'wound', 'wrung',
  'became', 'bent', 'bit', 'blew', 'fed', 'heard', 'sat', 'sank', 'sought', 'dove', 'wove', 'begot', 'befell', 'beheld',
  'forsook', 'foresaw', 'oversaw', 'outgrew', 'stove', 'hove', 'quoth', 'slew', 'smote', 'spoilt', 'spelt', 'dreamt',
  'undid', 'redid', 'outdid', 'overdid', 'misled', 'overheard', 'rebuilt', 'retold', 'resold',
])

/** The number a finite verb form demands of its subject: `sg`, `pl` or undefined. */
export function verbNumber(t: Token | undefined): 'sg' | 'pl' | undefined {
  if (t === undefined || (t.pos !== 'VERB' && t.pos !== 'AUX') || t.text !== t.lower) return undefined
  if (singularVerbs.has(t.lower)) return 'sg'
  if (pluralVerbs.has(t.lower)) return 'pl'
  if (t.pos !== 'VERB') return undefined
  if (isThirdPersonS(t.lower)) return 'sg'
  return undefined
}

/**
 * Verb forms clean copy uses only as verbs (rules/data/grammar-verbs.json, counted on Brown D-R by
 * `npm run build:grammar-verbs`): a base form (`conceal`) or an -s form (`develops`) there is no
 * noun, adjective or participle reading of, so the tags' `VERB` can be trusted where a plural noun
 * (`has plans`) or a compound (`a road block`) would otherwise stop a check.
 */
export interface VerbForms {
  readonly bases: ReadonlySet<string>
  readonly sForms: ReadonlySet<string>
}

/** Parses rules/data/grammar-verbs.json (validated shape, naming the field at fault). */
export function parseVerbForms(data: unknown): VerbForms {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>
  const { bases, sForms } = record
  if (typeof bases !== 'string' || !/^[a-z ]*$/u.test(bases)) throw new Error('grammar-verbs: `bases` must be lower-case words separated by spaces')
  if (typeof sForms !== 'string' || !/^[a-z ]*$/u.test(sForms)) throw new Error('grammar-verbs: `sForms` must be lower-case words separated by spaces')
  return { bases: new Set(bases.split(' ')), sForms: new Set(sForms.split(' ')) }
}

/** Whether a verb is a base form for certain (not a past or participle that looks the same). */
export function isCertainBase(t: Token | undefined): boolean {
  if (t === undefined || t.pos !== 'VERB' || t.text !== t.lower || !/^\p{Ll}{3,}$/u.test(t.text)) return false
  if (pastLikeBase.has(t.lower) || irregularPasts.has(t.lower)) return false
  return !/(?:s|ed|ing|en|wn|ght|ung|unk)$/u.test(t.lower)
}

/** Whether a verb form is an -s form (`goes`, `walks`), not a base form in -ss or -us. */
export function isThirdPersonS(word: string): boolean {
  return /^\p{Ll}{2,}s$/u.test(word) && !/(?:ss|us|is|as)$/u.test(word)
}

/** Past forms that are also base forms of other verbs (`lay`, `found`) or auxiliaries. */
const alsoBase: ReadonlySet<string> = new Set([
  'had', 'did', 'got', 'lay', 'bore', 'bound', 'found', 'ground', 'wound', 'fell', 'saw', 'rose', 'slew', 'stove', 'hove',
  'dove', 'quoth', 'lit', 'bit', 'spat', 'won', 'left', 'felt', 'sat', 'hung',
])

/** Whether a verb form is a past form for certain (`went`, `walked`; not `need`, `shed`). */
export function isCertainPast(word: string): boolean {
  if (irregularPasts.has(word) && !alsoBase.has(word)) return true
  return /^\p{Ll}{3,}ed$/u.test(word) && !/eed$/u.test(word) && !['shed', 'wed', 'shred', 'embed', 'bed'].includes(word)
}

export const isWord = (t: Token | undefined): t is Token => t !== undefined && /^[\p{L}\p{N}]/u.test(t.text)

/** Words after which a clause starts (for `there` and clause-initial pronouns). */
const clauseOpeners: ReadonlySet<string> = new Set([
  'that', 'because', 'while', 'where', 'when', 'if', 'as', 'although', 'though', 'since', 'but', 'and', 'or', 'so',
  'said', 'says', 'whether', 'after', 'before', 'until', 'unless', 'yet', 'now',
])
export const atClauseStart = (prev: Token | undefined): boolean =>
  prev === undefined || (prev.pos === 'PUNCT' && prev.text !== '-') || prev.pos === 'CCONJ' || prev.pos === 'SCONJ' || clauseOpeners.has(prev.lower)

/** Whether a finite-looking verb stands in `tokens[0, end)` (an auxiliary, or a verb not right after a determiner or an adjective): a clause, not a list of nouns. */
export function hasClauseVerb(tokens: readonly Token[], end: number): boolean {
  for (let k = 0; k < end; k++) {
    const t = tokens[k] as Token
    if (t.pos === 'AUX' || (t.pos === 'VERB' && k > 0 && !['DET', 'ADJ'].includes(tokens[k - 1]?.pos ?? ''))) return true
  }
  return false
}

/** Tags that may end a noun phrase for certain. */
const phraseEnds: ReadonlySet<string> = new Set(['ADP', 'PUNCT', 'AUX', 'PART', 'SCONJ'])
export const endsPhrase = (t: Token | undefined): boolean =>
  t === undefined || (phraseEnds.has(t.pos) && t.text !== '-' && t.text !== '/' && t.text !== '&' && !/^['’]/u.test(t.text))

/** Adjectives that quantify (`a few days`, `a great many`, `every other`): they stop the checks. */
export const quantifiers: ReadonlySet<string> = new Set([
  'few', 'many', 'several', 'more', 'most', 'less', 'least', 'other', 'great', 'good', 'further', 'additional', 'extra',
  'whole', 'entire', 'same', 'certain', 'various', 'numerous', 'countless', 'much', 'estimated', 'reported', 'total',
  'record', 'staggering', 'mere', 'whopping', 'combined', 'average', 'approximately', 'nearly', 'about',
])

/** A noun phrase from `from`: adjectives, then a run of nouns; the head is its last noun. */
export function nounPhrase(tokens: readonly Token[], from: number): { head: number; next: number } | undefined {
  let j = from
  while (tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'ADV') {
    const t = tokens[j] as Token
    if (quantifiers.has(t.lower) || !/^\p{Ll}/u.test(t.text)) return undefined
    if (t.pos === 'ADV' && !/ly$/u.test(t.lower)) return undefined
    j++
  }
  let head = -1
  while (tokens[j]?.pos === 'NOUN' && j - from < 6) head = j++
  if (head < 0 || !isPlainNoun(tokens[head])) return undefined
  for (let k = from; k < head; k++) if (isUndecided(tokens[k])) return undefined
  for (let k = from; k < head; k++) if (quantifiers.has(tokens[k]?.lower ?? '') || tokens[k]?.text !== tokens[k]?.lower) return undefined
  return { head, next: j }
}

/** One finding of a grammar check: a message id, the span it covers and the message's fields. */
export interface GrammarFinding<Id extends string = string> {
  id: Id
  start: number
  end: number
  data?: Record<string, string>
}

/** A token-level grammar check: a finding for the phrase at token `i`, or none. */
export type TokenCheck<Id extends string, Extra> = (tokens: readonly Token[], i: number, extra: Extra) => GrammarFinding<Id> | undefined

/**
 * What a token check needs at token `i` before it can fire, so that most tokens run none of the
 * checks (issue 14): any one of these must hold, and a check declares only conditions it tests
 * itself before finding anything. `words`: the token's lower-case form; `prev`: the lower-case form
 * of the token before; `tags`: its tag; `digits`: it starts with a digit; `opening`: run at the
 * first two tokens whatever they are. A check with no trigger runs at every token.
 */
export interface Trigger {
  words?: Iterable<string>
  prev?: Iterable<string>
  tags?: Iterable<string>
  digits?: boolean
  opening?: boolean
}

const triggers = new WeakMap<object, Trigger>()

/** Declares the trigger of a token check (see `Trigger`) and returns the check. */
export function triggered<C extends object>(check: C, trigger: Trigger): C {
  triggers.set(check, trigger)
  return check
}

/** Bit masks of the checks each word, previous word and tag may start. */
interface Dispatch {
  always: number
  opening: number
  digits: number
  words: Map<string, number>
  prev: Map<string, number>
  tags: Map<string, number>
}

const dispatches = new WeakMap<readonly object[], Dispatch>()

function dispatchOf(checks: readonly object[]): Dispatch {
  let d = dispatches.get(checks)
  if (d) return d
  if (checks.length > 31) throw new Error(`Expected at most 31 token checks in one list, got ${checks.length}`)
  d = { always: 0, opening: 0, digits: 0, words: new Map(), prev: new Map(), tags: new Map() }
  const add = (map: Map<string, number>, keys: Iterable<string> | undefined, bit: number): void => {
    for (const key of keys ?? []) map.set(key, (map.get(key) ?? 0) | bit)
  }
  checks.forEach((check, k) => {
    const bit = 1 << k
    const trigger = triggers.get(check)
    if (!trigger) {
      d.always |= bit
      return
    }
    add(d.words, trigger.words, bit)
    add(d.prev, trigger.prev, bit)
    add(d.tags, trigger.tags, bit)
    if (trigger.digits) d.digits |= bit
    if (trigger.opening) d.opening |= bit
  })
  dispatches.set(checks, d)
  return d
}

/**
 * Runs checks over one tagged sentence: at each token, the first check that finds something reports
 * it. Each token runs only the checks its word, the word before, its tag or its place can trigger.
 */
export function runTokenChecks<Id extends string, Extra>(tokens: readonly Token[], checks: readonly TokenCheck<Id, Extra>[], extra: Extra): GrammarFinding<Id>[] {
  const found: GrammarFinding<Id>[] = []
  const d = dispatchOf(checks)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const code = t.text.charCodeAt(0)
    let mask = d.always | (d.words.get(t.lower) ?? 0) | (d.tags.get(t.pos) ?? 0) | (i > 0 ? d.prev.get((tokens[i - 1] as Token).lower) ?? 0 : 0) |
      (i < 2 ? d.opening : 0) | (code >= 48 && code <= 57 ? d.digits : 0)
    while (mask !== 0) {
      const low = mask & -mask
      mask ^= low
      const finding = (checks[31 - Math.clz32(low)] as TokenCheck<Id, Extra>)(tokens, i, extra)
      if (finding) {
        found.push(finding)
        break
      }
    }
  }
  return found
}

/** Number words that count more than one (`two` to `ninety`), for agreement after a numeral. */
export const pluralNumberWords: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety',
])

/** Whether a token is a numeral (a number word or digits, not a year) that counts more than one. */
export function isPluralNumeral(t: Token | undefined): boolean {
  if (t === undefined) return false
  if (pluralNumberWords.has(t.lower)) return true
  if (!/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$/u.test(t.text)) return false
  // Four digits without a comma are left out: they are years as often (`the 1990 election`).
  return Number(t.text.replaceAll(',', '')) > 1
}
