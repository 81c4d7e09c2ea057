// The spelling rule's dictionary: every form of the Hunspell en_US and en_GB dictionaries (SCOWL,
// via dictionary-en and dictionary-en-gb), precomputed by `npm run build:spelling` into
// rules/data/spelling-dictionary.json. It is loaded on first use as two strings and searched by
// bisection, so start-up pays for reading the file (a few milliseconds) and builds no big Set.
import { z } from 'zod'
import { readPackageData } from '../../../src/rule/data.js'

const dataSchema = z.object({
  ranked: z.number().int().nonnegative(),
  acronyms: z.array(z.string()),
  noSuggest: z.array(z.string()),
  frequent: z.string().startsWith('\n').endsWith('\n'),
  words: z.string().startsWith('\n').endsWith('\n'),
  names: z.string().startsWith('\n').endsWith('\n'),
})

/** The loaded word list. */
export interface Lexicon {
  /** Whether a lower-case form (possessive removed) is a word of either dictionary. */
  has(word: string): boolean
  /** Whether a lower-case form is listed only capitalised (a name: `davis`, not `harry`, also a verb). */
  name(word: string): boolean
  /** A rank by frequency (lower is more frequent); `Infinity` for rare words. */
  rank(word: string): number
  /** Whether `rank(word) < limit`, without scanning the frequency list when the limit lies among the most frequent forms. */
  rankBelow(word: string, limit: number): boolean
  /** Words Hunspell never suggests (offensive words): a masked one is masked on purpose. */
  offensive(word: string): boolean
  /** Dictionary acronyms of 5+ letters (`UNESCO`). */
  readonly acronyms: readonly string[]
  /**
   * Dictionary words one edit (optimal string alignment) from a lower-case `word`, and with `limit`
   * 2 also two edits that keep its letters (a swap, a moved letter, a moved doubling), each with its distance.
   */
  near(word: string, limit: 1 | 2): readonly Near[]
}

/** A dictionary word near a looked-up one, with its edit distance. */
export interface Near {
  readonly word: string
  readonly distance: number
}

/** Words looked up in a Set before bisecting the list: the most frequent forms. */
const hotSize = 4000

let cached: Lexicon | undefined

/** The lexicon, loaded on first call. */
export function lexicon(): Lexicon {
  cached ??= load()
  return cached
}

function load(): Lexicon {
  const parsed = dataSchema.safeParse(readPackageData(import.meta.url, 'spelling-dictionary.json'))
  if (!parsed.success) throw new Error(`rules/data/spelling-dictionary.json: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
  const { words, frequent, noSuggest, acronyms, names } = parsed.data
  // The most frequent forms, with their positions in `frequent` (their rank).
  const hot = new Map<string, number>()
  for (let at = 0, i = 0; i < hotSize; i++) {
    const end = frequent.indexOf('\n', at + 1)
    if (end < 0) break
    hot.set(frequent.slice(at + 1, end), at)
    at = end
  }
  const hotEnd = Math.max(...hot.values())
  const offensive: ReadonlySet<string> = new Set(noSuggest)
  const has = (word: string): boolean => hot.has(word) || contains(words, word)
  // The frequent forms first, in their small map, then the memo of the rest: most words asked
  // about are frequent, and the small map is found in cache where the big memo is not (issue 14).
  const rareHas = remembered((word: string) => contains(words, word))
  // Frequent forms missing from `words` (none in the shipped file): `near` looks them up apart.
  const hotOnly: ReadonlySet<string> = new Set([...hot.keys()].filter((word) => !contains(words, word)))
  const nearBy = remembered((key: string): readonly Near[] =>
    Object.freeze(near(words, hotOnly, key.slice(1), key.startsWith('1') ? 1 : 2).map((c) => Object.freeze(c))),
  )
  return Object.freeze({
    has: (word: string) => hot.has(word) || rareHas(word),
    name: remembered((word: string) => contains(names, word)),
    rank: (word: string) => {
      const known = hot.get(word)
      if (known !== undefined) return known
      const at = frequent.indexOf(`\n${word}\n`, hotEnd)
      return at < 0 ? Infinity : at
    },
    rankBelow: (word: string, limit: number) => {
      const known = hot.get(word)
      if (known !== undefined) return known < limit
      if (limit <= hotEnd) return false
      const at = frequent.indexOf(`\n${word}\n`, hotEnd)
      return at >= 0 && at < limit
    },
    offensive: (word: string) => offensive.has(word),
    acronyms: Object.freeze([...acronyms]),
    // Remembered too: the unknown words it is asked about (names, terms) come back in story after
    // story and in every lint of a story being edited, and each costs a few hundred edit strings.
    near: (word: string, limit: 1 | 2) => nearBy(`${limit}${word}`),
  })
}

/** Answers kept per lookup function before the memo starts again (a few MB at most). */
const maxRemembered = 20_000

/**
 * `test` with its answers remembered: rules ask about the same words in every story (`name` for
 * each capitalised word, `has` beyond the frequent forms), and a bisection of the megabyte list
 * costs a few hundred nanoseconds (issue 14). Cleared when full, so a long-running service stays
 * flat; `near` looks its edit candidates up plainly, as they are mostly one-off strings.
 */
function remembered<T>(test: (word: string) => T): (word: string) => T {
  const answers = new Map<string, T>()
  return (word) => {
    let answer = answers.get(word)
    if (answer === undefined) {
      answer = test(word)
      if (answers.size >= maxRemembered) answers.clear()
      answers.set(word, answer)
    }
    return answer
  }
}

/** Compares `list.slice(start, end)` with `word` by UTF-16 code units (as `<` does), without slicing. */
function compareAt(list: string, start: number, end: number, word: string): number {
  const length = Math.min(end - start, word.length)
  for (let i = 0; i < length; i++) {
    const d = list.charCodeAt(start + i) - word.charCodeAt(i)
    if (d !== 0) return d
  }
  return end - start - word.length
}

/**
 * Whether `list` (`\nw1\nw2\n...\n`, sorted) holds `word`; with `lo` and `hi`, only among the
 * entries between the `\n`s at those offsets.
 */
function contains(list: string, word: string, lo = 0, hi = list.length - 1): boolean {
  while (hi > lo) {
    const mid = list.lastIndexOf('\n', (lo + hi) >>> 1)
    const end = list.indexOf('\n', mid + 1)
    const order = compareAt(list, mid + 1, end, word)
    if (order === 0) return true
    if (order < 0) lo = end
    else hi = mid
  }
  return false
}

const alphabet = 'abcdefghijklmnopqrstuvwxyz'

/** Every string one edit (deletion, adjacent transposition, substitution, insertion of a-z) from `word`. */
function edits1(word: string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (tail) out.add(head + tail.slice(1))
    if (tail.length > 1) out.add(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2))
    for (const c of alphabet) {
      if (tail && c !== tail.charAt(0)) out.add(head + c + tail.slice(1))
      out.add(head + c + tail)
    }
  }
  out.delete(word)
  return out
}

/**
 * Strings two edits from `word` that keep its letters: two letters swapped (`pseudynom`), one letter
 * moved (`grevious`), or a doubling moved from one letter to another (`collonaded`). Typists make
 * these; other two-edit neighbours are too many to be a likely slip.
 */
function moves(word: string): Set<string> {
  const out = new Set<string>()
  const n = word.length
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      out.add(word.slice(0, i) + word.charAt(j) + word.slice(i + 1, j) + word.charAt(i) + word.slice(j + 1))
    }
    const without = word.slice(0, i) + word.slice(i + 1)
    for (let j = 0; j <= n - 1; j++) if (Math.abs(j - i) > 1) out.add(without.slice(0, j) + word.charAt(i) + without.slice(j))
  }
  for (let i = 1; i < n; i++) {
    if (word.charAt(i) !== word.charAt(i - 1)) continue
    const single = word.slice(0, i) + word.slice(i + 1)
    for (let j = 0; j < single.length; j++) {
      if (j === i - 1 || single.charAt(j) === single.charAt(j + 1) || single.charAt(j) === single.charAt(j - 1)) continue
      out.add(single.slice(0, j + 1) + single.charAt(j) + single.slice(j + 1))
    }
  }
  out.delete(word)
  return out
}

/** The offset of the `\n` before the first entry of `list` not below `key`, between the `\n`s at `lo` and `hi`. */
function lowerBound(list: string, key: string, lo: number, hi: number): number {
  while (hi > lo) {
    const mid = list.lastIndexOf('\n', (lo + hi) >>> 1)
    const end = list.indexOf('\n', mid + 1)
    if (compareAt(list, mid + 1, end, key) < 0) lo = end
    else hi = mid
  }
  return lo
}

/**
 * Where the entries of `list` starting with each prefix of `word` lie: `[lo, hi]` (offsets of the
 * `\n`s around them) for `word.slice(0, m)` at index `m`, up to the first prefix no entry starts with.
 */
function prefixRanges(list: string, word: string): [number, number][] {
  const ranges: [number, number][] = [[0, list.length - 1]]
  for (let m = 1; m <= word.length; m++) {
    const [lo, hi] = ranges[m - 1] as [number, number]
    const prefix = word.slice(0, m)
    const start = lowerBound(list, prefix, lo, hi)
    const end = lowerBound(list, `${prefix}\uffff`, start, hi)
    if (start === end) break
    ranges.push([start, end])
  }
  return ranges
}

/**
 * Dictionary words one edit (or with `limit` 2, one of {@link moves}) from `word`. Each candidate is
 * bisected only among the entries that share its common prefix with `word`, and not at all when no
 * entry does (issue 14: a few hundred candidates per unknown word, most of them changed after the
 * point where no dictionary word starts like `word`); the answer is that of a plain lookup of each.
 */
function near(words: string, hotOnly: ReadonlySet<string>, word: string, limit: 1 | 2): { word: string; distance: number }[] {
  const ranges = prefixRanges(words, word)
  const has = (candidate: string): boolean => {
    if (hotOnly.size > 0 && hotOnly.has(candidate)) return true
    let shared = 0
    while (shared < ranges.length - 1 && candidate.charCodeAt(shared) === word.charCodeAt(shared)) shared++
    if (shared === ranges.length - 1 && shared < word.length && candidate.charCodeAt(shared) === word.charCodeAt(shared)) return false
    const [lo, hi] = ranges[shared] as [number, number]
    return contains(words, candidate, lo, hi)
  }
  const found = new Map<string, number>()
  for (const candidate of edits1(word)) if (has(candidate)) found.set(candidate, 1)
  if (limit === 2) for (const candidate of moves(word)) if (!found.has(candidate) && has(candidate)) found.set(candidate, 2)
  return [...found].map(([w, distance]) => ({ word: w, distance }))
}
