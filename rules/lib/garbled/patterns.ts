// Hand-written, precise shapes of broken sentences, on tagged tokens (see tagger.ts). Each
// detector returns the narrow span (offsets into the tagged text) that shows the problem.
import type { Token } from '../../../src/rule/types.js'
import { isCertainBase } from '../grammar.js'
import { opensSentence } from '../sentence-starts.js'

/** A pattern finding, offsets relative to the tagged text. */
export interface PatternHit {
  readonly messageId:
    | 'inversion'
    | 'missingInversion'
    | 'verbAfterFunctionWord'
    | 'doubledWord'
    | 'modalForm'
    | 'repeatedPhrase'
    | 'cutOff'
    | 'wordOrder'
    | 'doubleAttribution'
    | 'alternatives'
  readonly start: number
  readonly end: number
  /** The function word before the verb (`verbAfterFunctionWord`), or the negative opener (`missingInversion`). */
  readonly word?: string
}

const invertingAuxiliaries: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'does', 'did', 'do', 'has', 'have', 'can', 'could', 'will', 'would', 'may', 'might', 'must',
])
const subjectPronouns: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we', 'you', 'i', 'there', 'this'])
const negations: ReadonlySet<string> = new Set(['not', "n't", 'n’t'])
// Words after which an inverted question order is grammatical ("not only is it", "nor did they",
// "as did he", "than was it", "where is it", "if it is"), or a new clause may start.
const inversionLicensors: ReadonlySet<string> = new Set([
  'only', 'nor', 'neither', 'so', 'as', 'than', 'where', 'when', 'why', 'how', 'what', 'who', 'whom', 'whose', 'which',
  'whether', 'if', 'not', 'and', 'but', 'or', 'yet', 'then', 'that', 'said', 'asked', 'wondered', 'asks', 'says',
])
const negativeAdverbs: ReadonlySet<string> = new Set(['little', 'never', 'rarely', 'seldom', 'hardly', 'scarcely', 'nowhere', 'barely'])
const articles: ReadonlySet<string> = new Set(['the', 'a', 'an'])
const modals: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must'])
const finiteOnly: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'am', 'has', 'does', 'did', 'went', 'came', 'took', 'gave', 'saw', 'knew', 'began', 'wrote',
  'spoke', 'chose', 'broke', 'drove', 'ate', 'grew', 'threw', 'flew', 'stole', 'wore', 'tore', 'swore', 'forgot', 'forgave',
])
// A stranded "to" may precede these ("what they object to is").
const beFormsAfterTo: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'am', 'has', 'does', 'did'])
const doubledWords: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'its', 'their', 'our', 'into', 'than', 'was', 'were', 'will', 'would', 'has', 'have', 'been',
])
const danglingEnds: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'your', 'and', 'or', 'nor'])

// Closed sets of which one word fills a slot: two different members side by side, with nothing but a
// space between, are an edit's leftover (`the second third round match`, `said on Monday Tuesday`).
// Ordinals in lower case only (`First Second Bank` may be a name), days and months capitalised
// (`march`, `may` are verbs); three in a row are a list. Brown (1M words) has no such pair.
const alternativeSets: readonly { readonly words: ReadonlySet<string>; readonly capitalised: boolean }[] = [
  { words: new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']), capitalised: false },
  { words: new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']), capitalised: true },
  { words: new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']), capitalised: true },
]

/** Whether tokens `i` and `i + 1` are two different members of one closed set, a space apart. */
function leftoverAlternatives(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i]!
  const next = tokens[i + 1]
  // Set lookups first: most words are in no set (issue 14: this runs at every word).
  const set = next === undefined || next.lower === t.lower ? undefined : alternativeSets.find(({ words }) => words.has(t.lower) && words.has(next.lower))
  if (set === undefined || next === undefined) return false
  const after = tokens[i + 2]
  // Three in a row are a list or a table's header (`Monday Tuesday Wednesday`), not a leftover;
  // `first second-half goal` is a compound of its own.
  if (set.words.has(tokens[i - 1]?.lower ?? '') || set.words.has(after?.lower ?? '')) return false
  if (after !== undefined && after.start === next.end && after.text === '-') return false
  if (!/^[ \t]+$/u.test(text.slice(t.end, next.start))) return false
  return set.capitalised ? /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(next.text) : t.text === t.lower && next.text === next.lower
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && /^[\p{Script=Latin}\p{N}]/u.test(t.text)
const possessives: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your'])
const nounPhraseTags: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON'])
const nounPhraseStart = (t: Token | undefined): boolean => isWord(t) && nounPhraseTags.has(t.pos) && t.lower !== 'to'
const isClauseStart = (t: Token | undefined): boolean =>
  t === undefined || !isWord(t) || t.lower === 'and' || t.lower === 'but' || t.lower === 'or'

// Words after which an auxiliary may grammatically come first ("not only is it", "nor did they",
// "so was she", "as did he", "than was it").
const invertingLicensors: ReadonlySet<string> = new Set(['only', 'nor', 'neither', 'so', 'as', 'than'])

/**
 * Whether token `i` is an auxiliary whose place is licensed by the word before it: inversion after
 * "only", "nor", "as", "than", or a negative adverb opening a clause ("seldom has it"), or a be
 * form after a stranded "to" ("what they object to is"). The model's finding there is dropped.
 */
export function isLicensedAuxiliary(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  const prev = tokens[i - 1]
  if (!isWord(t) || !isWord(prev)) return false
  if (prev.lower === 'to') return beFormsAfterTo.has(t.lower)
  if (!invertingAuxiliaries.has(t.lower) && !beFormsAfterTo.has(t.lower)) return false
  return invertingLicensors.has(prev.lower) || (negativeAdverbs.has(prev.lower) && isClauseStart(tokens[i - 2]))
}

const conditionalInverters: ReadonlySet<string> = new Set(['had', 'were', 'should'])
const conditionalModals: ReadonlySet<string> = new Set(['would', 'could', 'might'])

// Negative openers after which English puts the auxiliary before the subject (`Never had they
// seen`, `Not only did it`); `neither` only when `nor` does not follow the subject (`neither he nor`).
const inversionOpeners: ReadonlySet<string> = new Set(['never', 'rarely', 'seldom', 'hardly', 'scarcely', 'nowhere', 'neither'])
const plainSubjects: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we', 'you', 'i'])

/**
 * A negative opener followed by its subject and verb in statement order (`Neither they are the
 * last choice`, `Not only it has raised`, `Never I had seen`): translated and non-native copy
 * keeps the order of a plain statement where English inverts. The span runs from the opener to
 * the verb. `Not only he but also`, `neither he nor she` and `never you mind`-style dialogue (in
 * quotations, never reported) are not this shape.
 */
function missingInversion(tokens: readonly Token[], i: number): { start: number; end: number; word: string } | undefined {
  const t = tokens[i]!
  const notOnly = t.lower === 'only' && tokens[i - 1]?.lower === 'not'
  const opener = notOnly ? tokens[i - 1]! : t
  if (!notOnly && !inversionOpeners.has(t.lower)) return undefined
  const before = tokens[tokens.indexOf(opener) - 1]
  // The opener starts its clause: after punctuation, a coordinator or `that` (`said that neither they`).
  if (before !== undefined && isWord(before) && !['and', 'but', 'that'].includes(before.lower)) return undefined
  const subject = tokens[i + 1]
  const verb = tokens[i + 2]
  if (!isWord(subject) || !plainSubjects.has(subject.lower) || !isWord(verb) || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return undefined
  if (subject.text !== subject.lower && subject.text !== 'I') return undefined
  return { start: opener.start, end: verb.end, word: notOnly ? 'not only' : t.text }
}

/**
 * Whether a window centred on token `i` holds a conditional inversion (`would have done more had
 * it not been for`, `were they to win`, `should he resign`): `had`, `were` or `should`, then a
 * subject pronoun, then `not`, `to` or a verb, opening its clause or after `would`, `could` or `might`.
 */
export function hasConditionalInversion(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k <= i + 1; k++) {
    const [aux, pronoun, after] = [tokens[k], tokens[k + 1], tokens[k + 2]]
    if (!isWord(aux) || !conditionalInverters.has(aux.lower) || !isWord(pronoun) || !subjectPronouns.has(pronoun.lower)) continue
    if (!isWord(after) || !(negations.has(after.lower) || after.lower === 'to' || after.pos === 'VERB' || after.pos === 'AUX')) continue
    // The condition opens its clause or follows the conditional it qualifies.
    if (!isWord(tokens[k - 1]) || tokens.slice(0, k).some((t) => conditionalModals.has(t.lower))) return true
  }
  return false
}

/**
 * Indices of tokens that open a heading run into the text: a capitalised word right after a
 * lower-case word with no mark between (`the deal in works The club said`), as a subhead glued to
 * its paragraph reads. The word order across it is no garble (broken-paragraph's finding).
 */
export function runInStarts(tokens: readonly Token[]): number[] {
  const starts: number[] = []
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!
    const prev = tokens[i - 1]!
    if (isWord(t) && isWord(prev) && /^\p{Ll}/u.test(prev.text) && articles.has(t.lower) && t.text !== t.lower) starts.push(i)
  }
  return starts
}

const objectDeterminers: ReadonlySet<string> = new Set(['its', 'their', 'his', 'our', 'my', 'your', 'the', 'a', 'an'])
// Words after which a modal may come before its subject ("as will the others", "only then will the
// board", "where would the money go").
const modalInverters: ReadonlySet<string> = new Set([
  'only', 'nor', 'neither', 'so', 'as', 'than', 'then', 'where', 'when', 'why', 'how', 'what', 'whom', 'whose', 'whether', 'if',
  'not', 'nowhere', 'also', 'too', 'and', 'but', 'or', 'said', 'asked', 'wondered', ...negativeAdverbs,
])
// A clause opened by one of these inverts later on ("Only by molding can the maker compete", "At no
// time would the board agree").
const clauseInverters: ReadonlySet<string> = new Set(['only', 'never', 'not', 'nor', 'neither', 'so', 'such', 'no', ...negativeAdverbs])

/** Whether the clause holding token `i` (from the last punctuation) opens with an inverting word or holds `no`. */
function invertedClause(tokens: readonly Token[], i: number): boolean {
  let k = i - 1
  while (k >= 0 && isWord(tokens[k])) {
    if (tokens[k]?.lower === 'no') return true
    k--
  }
  return clauseInverters.has(tokens[k + 1]?.lower ?? '')
}

/**
 * A verb left at the end of its clause, after its object, as in verb-final languages: a modal, then
 * a determiner and a noun phrase, then a base verb (`a panel that will its findings submit`). The
 * span runs from the modal to the verb; undefined when token `i` starts no such run.
 */
function verbFinal(tokens: readonly Token[], i: number): { start: number; end: number } | undefined {
  const t = tokens[i]
  const prev = tokens[i - 1]
  if (!isWord(t) || !modals.has(t.lower) || t.pos !== 'AUX' || !isWord(prev) || modalInverters.has(prev.lower)) return undefined
  if (prev.pos === 'DET' || prev.pos === 'ADJ' || possessives.has(prev.lower) || invertedClause(tokens, i)) return undefined
  const determiner = tokens[i + 1]
  if (!isWord(determiner) || !objectDeterminers.has(determiner.text)) return undefined
  let k = i + 2
  while (k < tokens.length && k - i <= 5 && ['ADJ', 'NOUN', 'NUM'].includes(tokens[k]?.pos ?? '')) k++
  const verb = tokens[k]
  if (k === i + 2 || tokens[k - 1]?.pos !== 'NOUN' || !isCertainBase(verb)) return undefined
  return { start: t.start, end: verb!.end }
}

const infinitiveMarkers: ReadonlySet<string> = new Set([...modals, 'to'])
// Participles that look like base forms (`has come`, `will be run`).
const participleBases: ReadonlySet<string> = new Set(['come', 'become', 'overcome', 'run', 'outrun', 'overrun'])

/**
 * A base verb where a participle belongs after `be` that follows a modal or `to` (`will be agree`,
 * `to be sign`): the span of `be` and the verb. Existential `there` (`there will be time`), a noun
 * the tagger took for a verb (`would be head man`), hyphenated and `of` phrases stop it.
 */
function baseAfterBe(tokens: readonly Token[], i: number): { start: number; end: number } | undefined {
  const be = tokens[i]
  const verb = tokens[i + 1]
  const after = tokens[i + 2]
  if (be?.lower !== 'be' || !infinitiveMarkers.has(tokens[i - 1]?.lower ?? '') || !isCertainBase(verb)) return undefined
  if (participleBases.has(verb!.lower) || /(?:rn|rne|un)$/u.test(verb!.lower)) return undefined
  if (tokens.slice(Math.max(0, i - 3), i).some((t) => t.lower === 'there')) return undefined
  if (after && (after.pos === 'NOUN' || after.lower === 'of' || after.lower === 'to' || after.start === verb!.end)) return undefined
  return { start: be.start, end: verb!.end }
}

const reportingVerbs: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'stated', 'states', 'noted', 'told'])
const relativeWords: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'that', 'what', 'where', 'when', 'as', 'if'])
const reportingSubjects: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'it'])

/**
 * A sentence attributed twice: it opens with `According to` and its clause also has a reporting
 * verb with a pronoun subject (`According to him, he said.`, `According to police, they said the
 * road was shut`). The span runs from `According` to the second attribution.
 */
function doubleAttribution(tokens: readonly Token[]): { start: number; end: number } | undefined {
  if (tokens[0]?.text !== 'According' || tokens[1]?.lower !== 'to') return undefined
  for (let i = 2; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!]
    // A quotation or a relative clause may carry its own attribution (`the report, which he said was leaked`).
    if (['"', '“', '‘', ';'].includes(a.text) || relativeWords.has(a.lower)) return undefined
    const pronounFirst = reportingSubjects.has(a.lower) && reportingVerbs.has(b.lower)
    const verbFirst = reportingVerbs.has(a.lower) && reportingSubjects.has(b.lower) && tokens[i - 1]?.text === ','
    if (pronounFirst || verbFirst) return { start: tokens[0].start, end: b.end }
  }
  return undefined
}

/** Whether the tagged sentence reads as a statement: ends in a period or an exclamation mark. */
export function isStatement(text: string): boolean {
  return /[.!][\s"'”’)\]]*$/u.test(text.trimEnd())
}

/** Runs every pattern on one tagged sentence. */
// Prepositions no article or possessive ever stands right before (`the of`, `its in`).
const pairPrepositions: ReadonlySet<string> = new Set(['of', 'in', 'for', 'to', 'with', 'on', 'at', 'from', 'by', 'into', 'onto', 'upon', 'about', 'also'])
const latinAfterIn: ReadonlySet<string> = new Set(['vivo', 'vitro', 'situ', 'camera', 'absentia', 'toto', 'utero', 'memoriam'])
// Possessives that are never a whole noun phrase (`a friend of his in town` is good copy, `its in` is not).
const boundPossessives: ReadonlySet<string> = new Set(['its', 'their', 'our', 'my', 'your'])
// Prepositions never right before `of` (`out of`, `because of`, `instead of` are good copy, and so
// are particles: `the swearing in of`, `the putting on of`, `runs batted in of the game`).
const beforeOf: ReadonlySet<string> = new Set(['for', 'to', 'with', 'at', 'from', 'into'])

/**
 * Whether tokens `i` and `i + 1` are two function words that clean copy never puts side by side,
 * as a swap or a stray word leaves them: an article or bound possessive before a preposition, or a
 * preposition before `of`, or a pair of `pairs` (rules/data/garbled-pairs.json: never met in Brown
 * D-R although frequent enough to, `the they`, `of could`). Both in lower case (the first may open the sentence: `The of history`;
 * `from A to Z`, `The Of Montreal` are names), with only spaces between and no hyphen after
 * (`the in-laws`, `the to-do list`).
 */
function impossiblePair(tokens: readonly Token[], i: number, text: string, pairs: ReadonlySet<string>): boolean {
  const t = tokens[i]!
  const next = tokens[i + 1]!
  // The pair first (it runs at every word pair and almost never holds), then the guards.
  const paired =
    ((articles.has(t.lower) || boundPossessives.has(t.lower)) && pairPrepositions.has(next.lower)) ||
    (beforeOf.has(t.lower) && next.lower === 'of') ||
    pairs.has(`${t.lower} ${next.lower}`)
  if (!paired) return false
  if ((t.text !== t.lower && i > 0) || next.text !== next.lower || !/^[ \t]+$/u.test(text.slice(t.end, next.start))) return false
  const after = tokens[i + 2]
  if (after !== undefined && after.start === next.end && /^[-‐‑–]/u.test(after.text)) return false
  // A preposition used as a noun or in a Latin phrase (`an in with the clerk`, `the in vivo test`).
  return !(after !== undefined && (after.pos === 'ADP' || latinAfterIn.has(after.lower)))
}

export function findPatterns(tokens: readonly Token[], text: string, pairs: ReadonlySet<string> = new Set()): PatternHit[] {
  const hits: PatternHit[] = []
  const statement = isStatement(text)
  const n = tokens.length
  for (let i = 0; i < n; i++) {
    const t = tokens[i]
    if (!isWord(t)) continue
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    const after = tokens[i + 2]
    // 1. "... gone a little is it not in vain.": aux + pronoun + not (or aux + n't + pronoun) mid-statement.
    if (statement && invertingAuxiliaries.has(t.lower) && isWord(prev) && !inversionLicensors.has(prev.lower)) {
      const licensed = negativeAdverbs.has(prev.lower) && isClauseStart(tokens[i - 2])
      const negatedFirst = next !== undefined && negations.has(next.lower) && after !== undefined && subjectPronouns.has(after.lower)
      const negatedAfter = next !== undefined && subjectPronouns.has(next.lower) && after !== undefined && negations.has(after.lower)
      const lowerCase = [t, next, after].every((x) => x === undefined || x.text === 'I' || x.text === x.lower)
      // "The money isn't there to pay for it", "the will wasn't there": locative `there`, not a
      // question's subject, unless a noun phrase follows ("isn't there a way").
      const pronoun = negatedFirst ? after : next
      const locative = pronoun?.lower === 'there' && !nounPhraseStart(tokens[i + 3])
      if (!licensed && !locative && lowerCase && (negatedFirst || negatedAfter) && after !== undefined && next !== undefined && prev.pos !== 'PUNCT') {
        hits.push({ messageId: 'inversion', start: t.start, end: after.end })
        continue
      }
    }
    // 2. A finite verb right after an article ("the was"), or a modal or infinitive marker ("will went").
    if (isWord(next) && finiteOnly.has(next.lower)) {
      const afterArticle = articles.has(t.lower) && t.pos === 'DET'
      // "the political will was", "his will was": a modal's form after a determiner, an adjective or
      // a possessive is a noun.
      const nounModal = isWord(prev) && (prev.pos === 'DET' || prev.pos === 'ADJ' || possessives.has(prev.lower))
      const afterModal = (modals.has(t.lower) && t.pos === 'AUX' && !nounModal) || (t.lower === 'to' && t.pos === 'PART' && !beFormsAfterTo.has(next.lower))
      // After a modal or `to` it is grammar's `modalForm` (one defect, one finding): the hit only
      // keeps the model off this sentence.
      if (afterArticle) hits.push({ messageId: 'verbAfterFunctionWord', start: t.start, end: next.end, word: t.text })
      else if (afterModal) hits.push({ messageId: 'modalForm', start: t.start, end: next.end, word: t.text })
    }
    // 2b. A base verb after `will be` ("will be agree").
    const base = statement ? baseAfterBe(tokens, i) : undefined
    if (base) hits.push({ messageId: 'verbAfterFunctionWord', ...base, word: 'be' })
    // 2c. A negative opener with statement order after it ("Neither they are the last choice").
    const uninverted = statement ? missingInversion(tokens, i) : undefined
    if (uninverted) {
      hits.push({ messageId: 'missingInversion', start: uninverted.start, end: uninverted.end, word: uninverted.word })
      continue
    }
    // 3. A verb after its object ("that will its report submit").
    const final = statement ? verbFinal(tokens, i) : undefined
    if (final) {
      hits.push({ messageId: 'wordOrder', ...final })
      continue
    }
    // 3b. Two function words that never meet (`the of history`, `our of mouth`, `all for of them`).
    // (`the was` is already a verb after an article: one finding.)
    if (isWord(next) && hits[hits.length - 1]?.start !== t.start && impossiblePair(tokens, i, text, pairs)) {
      hits.push({ messageId: 'wordOrder', start: t.start, end: next.end })
      continue
    }
    // 3c. Two alternatives side by side (`the second third round`), an edit's leftover.
    if (isWord(next) && leftoverAlternatives(tokens, i, text)) {
      hits.push({ messageId: 'alternatives', start: t.start, end: next.end })
      continue
    }
    // 4. A doubled function word ("of of") or a repeated phrase ("in the in the").
    if (isWord(next) && next.lower === t.lower && doubledWords.has(t.lower) && next.start > t.end) {
      hits.push({ messageId: 'doubledWord', start: t.start, end: next.end })
      continue
    }
    for (const length of [3, 2]) {
      if (i + 2 * length > n) continue
      // `for years and years and`: a reduplicated word, not a repeated phrase.
      if (length === 2 && ['and', 'or'].includes(tokens[i + 1]?.lower ?? '')) continue
      // `the senate The Senate`: a heading run into its paragraph.
      const second = tokens[i + length]
      if (second && second.text !== second.lower && t.text === t.lower) continue
      let same = true
      for (let k = 0; k < length && same; k++) {
        const a = tokens[i + k]
        const b = tokens[i + length + k]
        same = isWord(a) && isWord(b) && a.lower === b.lower && !/^\p{N}/u.test(a.text)
      }
      if (same) {
        hits.push({ messageId: 'repeatedPhrase', start: t.start, end: tokens[i + 2 * length - 1]?.end ?? t.end })
        i += 2 * length - 1
        break
      }
    }
  }
  // 5. `According to him, he said`: the sentence attributed twice.
  const twice = doubleAttribution(tokens)
  if (twice) hits.push({ messageId: 'doubleAttribution', ...twice })
  // 6. A clause cut off: the statement ends on an article, a possessive or a conjunction.
  if (statement && n >= 5) {
    let last = n - 1
    while (last >= 0 && !isWord(tokens[last])) last--
    const end = tokens[last]
    if (end && danglingEnds.has(end.text) && last >= 4 && tokens[last + 1]?.text !== '-') hits.push({ messageId: 'cutOff', start: end.start, end: end.end })
  }
  return hits
}

// Abbreviations of five letters or more that a lower-case word may follow (`approx. two hours`).
const longAbbreviations: ReadonlySet<string> = new Set(['approx', 'assoc', 'estab', 'intro', 'illus', 'cont', 'govt'])

/**
 * Full stops inside a sentence: a word of five letters or more, a full stop, then a lower-case
 * word (`told regular media. briefing in Beijing`), as a scraper or an edit leaves them. Shorter
 * words before the stop are mostly abbreviations (`lbs. per person`, `etc. to`), an initial or a
 * second stop (`p.m.`, `...`) is not a sentence end, and a brand (`eBay`) is not lower case. Spans
 * are offsets into `text`, from the word before the stop to the word after it.
 */
export function findStrayStops(text: string): { start: number; end: number }[] {
  const hits: { start: number; end: number }[] = []
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.'’-])(\p{L}{5,})\. (\p{Ll}{2,})(?![\p{L}\p{N}.])/gu)) {
    const word = match[1] ?? ''
    if (word !== word.toLowerCase() || longAbbreviations.has(word)) continue
    // A new sentence that lost its capital (`the week ended. the port reopened`) is capitalisation's.
    if (opensSentence(text, match.index + word.length, match[2] ?? '')) continue
    hits.push({ start: match.index, end: match.index + match[0].length })
  }
  return hits
}


/** Parses rules/data/garbled-pairs.json: `pairs`, each two lower-case words and a space. */
export function parsePairData(data: unknown): ReadonlySet<string> {
  const list = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).pairs : undefined
  if (!Array.isArray(list) || !list.every((v) => typeof v === 'string' && /^\p{Ll}+ \p{Ll}+$/u.test(v))) {
    throw new Error('garbled-pairs: `pairs` must be strings of two lower-case words')
  }
  return new Set(list as string[])
}
