// A word dropped after a verb, judged against what clean copy does after that verb
// (rules/data/garbled-verbs.json, counted on Brown by scripts/build-garbled-verbs.ts):
// - a verb that clean copy follows with its preposition, never with a noun phrase, here followed by
//   a noun phrase (`Traders will also rely key figures`: `on` looks missing);
// - a passive whose participle never takes an object, here followed by an article and a noun
//   (`The rally was organised a local body`: `by` looks missing);
// - a perfect whose verb never takes `to` and a verb, given one (`has announced to make efforts`).
// Time phrases (`was arrested a day later`, `depends this week`) and quantities (`a few`, `a number
// of`) are noun phrases clean copy does put there, so they stop both checks. Offsets are relative to
// the tagged text.
import type { Token } from '../../../src/rule/types.js'
import { isCertainBase } from '../grammar.js'

/** The counted verb forms, as loaded from the data file. */
export interface VerbData {
  /** Verb form to the preposition clean copy puts after it. */
  readonly preposition: ReadonlyMap<string, string>
  /** Past participles never followed by an object after `be`. */
  readonly passive: ReadonlySet<string>
  /** -ed forms never followed by `to` and a base verb. */
  readonly noInfinitive: ReadonlySet<string>
  /** Forms often followed by `to` and a base verb and never by a bare one. */
  readonly toInfinitive: ReadonlySet<string>
}

/** A missing-word finding: the span from the verb to the noun phrase's head. */
export interface MissingWordHit {
  readonly start: number
  readonly end: number
  readonly verb: string
  readonly word: string
}

const beForms: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being'])
const articles: ReadonlySet<string> = new Set(['a', 'an', 'the'])
const phraseStarts: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'several', 'many'])
const timeWords: ReadonlySet<string> = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'weekend', 'month',
  'months', 'year', 'years', 'decade', 'decades', 'century', 'time', 'times', 'morning', 'afternoon', 'evening', 'season', 'ago',
  'later', 'earlier', 'while', 'moment', 'fortnight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'few', 'number', 'total', 'lot', 'bit', 'little', 'couple', 'series', 'way', 'result', 'part', 'record', 'step', 'half', 'quarter',
])

/** The head noun (last of a compound) of the noun phrase starting at `from` (a determiner, then adjectives), or -1. */
function phraseNoun(tokens: readonly Token[], from: number): number {
  let k = from
  if (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'PRON') k++
  while (k < tokens.length && k - from < 4 && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NUM')) k++
  if (tokens[k]?.pos !== 'NOUN' || !/^\p{Ll}/u.test(tokens[k]?.text ?? '')) return -1
  while (tokens[k + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '')) k++
  return k
}

/** Whether a time or quantity word is among the few tokens from `from`. */
function timeAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) if (timeWords.has(tokens[k]?.lower ?? '')) return true
  return false
}

/**
 * Whether the noun phrase ending at `noun` is the subject of a new clause, a verb right after it
 * (`if the timetable is followed a vote will be held`: a comma dropped, no word).
 */
function opensClause(tokens: readonly Token[], noun: number): boolean {
  const after = tokens[noun + 1]
  return after !== undefined && (after.pos === 'AUX' || after.pos === 'VERB')
}

/**
 * Whether the form of `be` at `be` follows a fronted phrase with no verb before it, so that the
 * subject comes after the participle (`From this belief is derived the practical orientation`).
 */
function frontedPhrase(tokens: readonly Token[], be: number): boolean {
  if (tokens[0]?.pos !== 'ADP') return false
  for (let k = 1; k < be; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false
  return true
}

/** Finds the missing prepositions and missing `by`s of one tagged sentence. */
export function findMissingWords(tokens: readonly Token[], data: VerbData): MissingWordHit[] {
  const hits: MissingWordHit[] = []
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!
    if (t.text !== t.lower) continue
    const next = tokens[i + 1]!
    const preposition = data.preposition.get(t.lower)
    if (preposition !== undefined && t.pos === 'VERB' && phraseStarts.has(next.lower) && next.text === next.lower) {
      const noun = phraseNoun(tokens, i + 1)
      if (noun > 0 && !timeAhead(tokens, i + 1)) hits.push({ start: t.start, end: tokens[noun]!.end, verb: t.text, word: preposition })
      continue
    }
    if (data.passive.has(t.lower) && beForms.has(tokens[i - 1]?.lower ?? '') && articles.has(next.lower) && next.text === next.lower) {
      const noun = phraseNoun(tokens, i + 1)
      if (noun > 0 && !timeAhead(tokens, i + 1) && !opensClause(tokens, noun) && !frontedPhrase(tokens, i - 1)) {
        hits.push({ start: t.start, end: tokens[noun]!.end, verb: t.text, word: 'by' })
      }
    }
  }
  return hits
}

// What makes the word before a verb form read as a noun (`the plans call for`, `her claims seem`).
const nounMarkers: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADP'])

/**
 * `to` dropped between a verb that clean copy follows with `to` and a verb, never with a bare one,
 * and a base verb (`the pinch-hitters failed produce`): the span of the two verbs. Not when the
 * first reads as a noun (`the plans call for`).
 */
export function findDroppedTo(tokens: readonly Token[], data: VerbData): MissingWordHit[] {
  const hits: MissingWordHit[] = []
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!
    const next = tokens[i + 1]!
    if (t.pos !== 'VERB' || t.text !== t.lower || !data.toInfinitive.has(t.lower) || !isCertainBase(next)) continue
    if (nounMarkers.has(tokens[i - 1]!.pos) && !['NOUN', 'PROPN'].includes(tokens[i - 1]!.pos)) continue
    // A noun before the form is its subject (`the team tried`) unless a determiner makes the pair a noun phrase.
    if (['NOUN', 'PROPN'].includes(tokens[i - 1]!.pos) && ['DET', 'ADJ', 'NUM'].includes(tokens[i - 2]?.pos ?? '') && /s$/u.test(t.lower)) continue
    hits.push({ start: t.start, end: next.end, verb: t.text, word: 'to' })
  }
  return hits
}

/**
 * A perfect whose verb never takes `to` and a verb in clean copy, given one (`the ministry has
 * announced to build`): the span from the verb to the second verb.
 */
export function findBadInfinitives(tokens: readonly Token[], data: VerbData): { start: number; end: number; verb: string }[] {
  const hits: { start: number; end: number; verb: string }[] = []
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i]!
    const second = tokens[i + 2]!
    if (!data.noInfinitive.has(t.text) || t.pos !== 'VERB' || !['has', 'have', 'had'].includes(tokens[i - 1]!.lower)) continue
    if (tokens[i + 1]!.lower !== 'to' || !(isCertainBase(second) || (second.pos === 'AUX' && ['be', 'have'].includes(second.lower)))) continue
    hits.push({ start: t.start, end: second.end, verb: t.text })
  }
  return hits
}

/** Parses rules/data/garbled-verbs.json (validated shape). */
export function parseVerbData(data: unknown): VerbData {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>
  const { preposition, passive, noInfinitive, toInfinitive } = record
  if (typeof preposition !== 'object' || preposition === null || !Object.values(preposition).every((v) => typeof v === 'string')) {
    throw new Error('garbled-verbs: `preposition` must map verb forms to prepositions')
  }
  if (!Array.isArray(passive) || !passive.every((v) => typeof v === 'string')) throw new Error('garbled-verbs: `passive` must be strings')
  if (!Array.isArray(noInfinitive) || !noInfinitive.every((v) => typeof v === 'string')) throw new Error('garbled-verbs: `noInfinitive` must be strings')
  if (!Array.isArray(toInfinitive) || !toInfinitive.every((v) => typeof v === 'string')) throw new Error('garbled-verbs: `toInfinitive` must be strings')
  return {
    toInfinitive: new Set(toInfinitive as string[]),
    preposition: new Map(Object.entries(preposition as Record<string, string>)),
    passive: new Set(passive as string[]),
    noInfinitive: new Set(noInfinitive as string[]),
  }
}
