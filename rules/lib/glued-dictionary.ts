// Two words glued into one, found with the spelling dictionary rather than the missing-space word
// lists: a lower-case word that is no dictionary word splits into a frequent dictionary word and a
// dictionary word (frequent, or of four letters or more), one a function word (`ageof`, `abigger`,
// `ifpeople`, `whois`) or the first a modifier that never opens a closed compound
// (`sensiblysituated`, `criticalfield`, `risinggeneration`, `alreadyscheduled`). Two plain nouns
// (`clubrooms`, `woodsmoke`) may be a new compound and are left alone, as are prefixes
// (`antimonopoly`) and a bare verb before a particle (`checkin`). A rarer first word counts where
// its shape rules out a compound: before a function word (`rebelsmay`), or as a regular plural
// or a past participle, which open no compound (`ownerswork`, `yearsago`, `triedagain`; not the
// compound openers `news`, `sales`, `sports`); number words open none either (`twogenerations`).
import { lexicon } from './spelling/lexicon.js'
import { functionWords, prefixes } from './spelling/morphology.js'

/**
 * Rank (a character offset in the lexicon's newline-joined frequency list) below which a half is
 * frequent: about the 3,000 commonest forms.
 */
const frequentRank = 25_000

/** Words that modify the next one and never open a closed compound (`muchphysical`, `mostattentive`). */
const modifiers: ReadonlySet<string> = new Set([
  'more', 'most', 'much', 'very', 'too', 'such', 'already', 'also', 'just', 'still', 'even', 'only', 'quite', 'rather',
  'less', 'many', 'few', 'several', 'while', 'whose', 'whom', 'because', 'although', 'again', 'said', 'says', 'told',
])

/** Endings of adverbs, participles and adjectives (`sensibly`, `rising`, `tried`, `critical`, `foolish`). */
const modifierEnding = /(?:ly|ing|ed|al|ous|ive|ful|ic|ish|less|able|ible)$/u

/** Particles that make a compound with a bare verb (`checkin`, `login`, `setup`). */
const particles: ReadonlySet<string> = new Set(['in', 'on', 'up', 'out', 'off', 'down', 'back', 'over'])

/** Inflections and common suffixes on a dictionary word (`nationalisms`, `stagnationists`). */
const endings: readonly (readonly [string, string])[] = [
  ['s', ''], ['es', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', ''], ['er', ''], ['ers', ''], ['ness', ''],
]

/** Whether a word is a dictionary word with an inflection or a common suffix. */
function inflected(word: string, has: (w: string) => boolean): boolean {
  return endings.some(([ending, restore]) => word.endsWith(ending) && word.length - ending.length >= 3 && has(word.slice(0, -ending.length) + restore))
}

/**
 * The two words a lower-case non-word was glued from, or undefined: the split with the longer
 * first half wins (`aremore` is `are more`, not `a remore`).
 */
export function splitByDictionary(word: string): readonly [string, string] | undefined {
  if (word.length < 5 || word.length > 30 || !/^[a-z]+$/u.test(word)) return undefined
  const lex = lexicon()
  if (lex.has(word) || prefixes.some((p) => word.startsWith(p) && lex.has(word.slice(p.length))) || inflected(word, lex.has)) return undefined
  // The rank first: among the most frequent forms it is one Map lookup, and most halves are not there (issue 14).
  const frequent = (w: string): boolean => lex.rankBelow(w, frequentRank) && lex.has(w)
  for (let i = word.length - 2; i >= 1; i--) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    // A rarer second word only after a function word or a modifier, and only of four letters or more.
    if (!frequent(head) || !((tail.length >= 4 && lex.has(tail)) || frequent(tail)) || (prefixes.includes(head) && head !== 'a')) continue
    if (head.length === 1 && head !== 'a') continue
    if (functionWords.has(tail) && tail.length >= 2 && head.length >= 3 && frequent(tail)) {
      if (particles.has(tail) && !/(?:ed|ing|s)$/u.test(head)) continue
      return [head, tail]
    }
    if (functionWords.has(head) && tail.length >= 3) return [head, tail]
    if (tail.length >= 3 && (modifiers.has(head) || (head.length >= 6 && modifierEnding.test(head)))) return [head, tail]
    if (tail.length >= 3 && numberWords.has(head)) return [head, tail]
  }
  return rarerSplit(word)
}

/** Number words, which open no closed compound that is not in the dictionary (`twogenerations`, `nineprevious`). */
const numberWords: ReadonlySet<string> = new Set(
  'two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion'.split(' '),
)

/** Words in -s that open compounds or are no plural (`newsmakers`, `salesforce`, `sportscar`, `armsmaker`). */
const compoundOpeners: ReadonlySet<string> = new Set(['news', 'sales', 'sports', 'arms', 'goods', 'works', 'means', 'series', 'species', 'physics', 'customs', 'savings', 'rights', 'jobs', 'parks', 'arts', 'crafts', 'trades', 'towns', 'kins', 'states', 'games'])

/** Second words of compounds on a plural (`boatsmen`, `townspeople`, `menswear`, `kinsfolk`). */
const compoundTails: ReadonlySet<string> = new Set(['man', 'men', 'woman', 'women', 'people', 'person', 'persons', 'wear', 'folk', 'ship', 'hip'])

/**
 * Splits with a rarer first word, where its shape rules out a closed compound: a function word of
 * two letters or more after a dictionary word of four (`rebelsmay`, `tankwhere`, `pursuitwhen`), or
 * a regular plural or a past participle before a dictionary word of four letters or more
 * (`ownerswork`, `yearsago`, `triedagain`): compounds do not open with an inflected word.
 */
function rarerSplit(word: string): readonly [string, string] | undefined {
  const lex = lexicon()
  for (let i = word.length - 2; i >= 4; i--) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (!lex.has(head) || prefixes.includes(head)) continue
    if (functionWords.has(tail) && tail.length >= 3 && lex.rankBelow(tail, frequentRank) && !particles.has(tail)) return [head, tail]
    if (tail.length < 3 || compoundTails.has(tail) || !lex.has(tail) || !lex.rankBelow(tail, tail.length === 3 ? frequentRank : frequentRank * 2)) continue
    const plural = /[^s]s$/u.test(head) && !compoundOpeners.has(head) && lex.has(head.slice(0, -1)) && !lex.name(head.slice(0, -1))
    const participle = /[^e]ed$/u.test(head) && head.length >= 5 && [head.slice(0, -2), head.slice(0, -1), `${head.slice(0, -3)}y`].some((stem) => lex.has(stem))
    if (plural || participle) return [head, tail]
  }
  return undefined
}
