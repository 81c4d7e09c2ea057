// The spelling rule's dictionary: every form of the Hunspell en_US and en_GB dictionaries (SCOWL,
// via dictionary-en and dictionary-en-gb), precomputed by `npm run build:spelling` into
// rules/data/spelling-dictionary.json. It is loaded on first use as two strings and searched by
// bisection, so start-up pays for reading the file (a few milliseconds) and builds no big Set.
import { z } from 'zod'
import { readJsonData } from '../../../src/rule/data.js'

const dataSchema = z.object({
  ranked: z.number().int().nonnegative(),
  acronyms: z.array(z.string()),
  noSuggest: z.array(z.string()),
  frequent: z.string().startsWith('\n').endsWith('\n'),
  words: z.string().startsWith('\n').endsWith('\n'),
})

/** The loaded word list. */
export interface Lexicon {
  /** Whether a lower-case form (possessive removed) is a word of either dictionary. */
  has(word: string): boolean
  /** A rank by frequency (lower is more frequent); `Infinity` for rare words. */
  rank(word: string): number
  /** Words Hunspell never suggests (offensive words): a masked one is masked on purpose. */
  offensive(word: string): boolean
  /** Dictionary acronyms of 5+ letters (`UNESCO`). */
  readonly acronyms: readonly string[]
  /**
   * Dictionary words within `limit` edits (1 or 2; optimal string alignment) of a lower-case
   * `word`, each with its distance: one edit anywhere, two only among words with the same first letter.
   */
  near(word: string, limit: 1 | 2): { word: string; distance: number }[]
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
  const parsed = dataSchema.safeParse(readJsonData(new URL('../../spelling.js', import.meta.url).href, 'spelling-dictionary.json'))
  if (!parsed.success) throw new Error(`rules/data/spelling-dictionary.json: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
  const { words, frequent, noSuggest, acronyms } = parsed.data
  let hotEnd = 0
  for (let i = 0; i < hotSize && hotEnd >= 0; i++) hotEnd = frequent.indexOf('\n', hotEnd + 1)
  const hot: ReadonlySet<string> = new Set(frequent.slice(1, hotEnd < 0 ? frequent.length - 1 : hotEnd).split('\n'))
  const offensive: ReadonlySet<string> = new Set(noSuggest)
  const has = (word: string): boolean => hot.has(word) || contains(words, word)
  return Object.freeze({
    has,
    rank: (word: string) => {
      const at = frequent.indexOf(`\n${word}\n`)
      return at < 0 ? Infinity : at
    },
    offensive: (word: string) => offensive.has(word),
    acronyms: Object.freeze([...acronyms]),
    near: (word: string, limit: 1 | 2) => near(words, has, word, limit),
  })
}

/** Whether `list` (`\nw1\nw2\n...\n`, sorted) holds `word`. */
function contains(list: string, word: string): boolean {
  let lo = 0
  let hi = list.length - 1
  while (hi > lo) {
    const mid = list.lastIndexOf('\n', (lo + hi) >>> 1)
    const end = list.indexOf('\n', mid + 1)
    const candidate = list.slice(mid + 1, end)
    if (candidate === word) return true
    if (candidate < word) lo = end
    else hi = mid
  }
  return false
}

/** The position of the line feed before the first word of `list` not sorted before `prefix`. */
function lowerBound(list: string, prefix: string): number {
  let lo = 0
  let hi = list.length - 1
  while (hi > lo) {
    const mid = list.lastIndexOf('\n', (lo + hi) >>> 1)
    const end = list.indexOf('\n', mid + 1)
    if (list.slice(mid + 1, end) < prefix) lo = end
    else hi = mid
  }
  return lo
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

function near(list: string, has: (w: string) => boolean, word: string, limit: 1 | 2): { word: string; distance: number }[] {
  const found = new Map<string, number>()
  for (const candidate of edits1(word)) if (has(candidate)) found.set(candidate, 1)
  if (limit === 2 && word.length > 1) {
    const first = word.charAt(0)
    const rows = newRows()
    let at = lowerBound(list, first)
    while (at < list.length - 1) {
      const end = list.indexOf('\n', at + 1)
      if (list.charCodeAt(at + 1) !== first.charCodeAt(0)) break
      const length = end - at - 1
      if (Math.abs(length - word.length) <= 2) {
        const candidate = list.slice(at + 1, end)
        if (!found.has(candidate) && candidate !== word && boundedDistance(word, candidate, 2, rows) <= 2) found.set(candidate, 2)
      }
      at = end
    }
  }
  return [...found].map(([w, distance]) => ({ word: w, distance }))
}

/** Three rows for {@link boundedDistance}, reused across the calls of one search. */
export type Rows = readonly [Int32Array, Int32Array, Int32Array]

/** Rows for words of up to 62 characters. */
export const newRows = (): Rows => [new Int32Array(64), new Int32Array(64), new Int32Array(64)]

/**
 * Optimal-string-alignment distance between `a` and `b` (up to 62 characters), or `limit + 1` as
 * soon as it must exceed `limit`.
 */
export function boundedDistance(a: string, b: string, limit: number, rows: Rows = newRows()): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  if (a.length > 62 || b.length > 62) return limit + 1
  let [before, previous, current] = rows
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1)
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (ca === cb ? 0 : 1))
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, (before[j - 2] ?? 0) + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    ;[before, previous, current] = [previous, current, before]
  }
  const result = previous[b.length] ?? limit + 1
  return result > limit ? limit + 1 : result
}
