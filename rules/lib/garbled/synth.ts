// Synthetic garbles for training and measuring the garbled-sentence model (dev-time use by
// scripts/train-garbled.ts and scripts/eval-garbled.ts). `realisticGarble` makes the errors of
// translated, non-native and spun wire copy, in about the proportions the labelled corpus shows
// (`kindShares`): a dropped or extra article, a wrong or extra preposition, a wrong verb form, broken
// agreement, a dropped function word, word order (a swap, a verb moved to the end), a near-synonym
// for a word (spinning), and the older shapes (a duplicated phrase, an inserted auxiliary or
// question inversion). Each edit reads the sentence's Brown tags. Pure and seeded. Edits that leave a
// grammatical sentence are not made (a change of tense, a group noun with a plural verb): an
// "error" a careful editor would pass is no test of a rule (issue 13).

import { isGroupNoun } from '../grammar.js'

/** A sentence as words, joined with news spacing. */
export interface Joined {
  readonly text: string
  /** Offsets of each word in `text`. */
  readonly spans: readonly { readonly start: number; readonly end: number }[]
}

/** A garbled sentence and the character span of the edit. */
export interface Garble {
  readonly text: string
  readonly kind: GarbleKind
  readonly start: number
  readonly end: number
  /** The shape within the kind, for reporting (`a/an`, `verb number`, `after modal or to`). */
  readonly detail?: string
}

/** The kinds of synthetic garble. */
export type GarbleKind =
  | 'article' | 'preposition' | 'verbForm' | 'agreement' | 'drop' | 'order' | 'spun' | 'swap' | 'insert' | 'inversion' | 'duplicate'

/** Word forms and synonyms the realistic garbles draw on (built from Brown and WordNet by scripts/lib/garble-lexicon.ts). */
export interface Lexicon {
  /** Another form (Brown tag `wanted`: vb, vbd, vbn, vbz, vbg, nn, nns) of the word tagged `tag`. */
  formOf(word: string, tag: string, wanted: string): string | undefined
  /** The lemma of a word with its Brown tag, when known. */
  lemma(word: string, tag: string): string | undefined
  /** The form of `lemma` for Brown tag `tag`, when Brown shows it. */
  inflect(lemma: string, tag: string): string | undefined
  /** Near-synonyms of a lemma in the part of speech of `tag`. */
  synonyms(lemma: string, tag: string): readonly string[]
}

/**
 * Share of each kind among the realistic garbles, from the kinds of the tune split's
 * garbled-sentence and grammar labels (articles most, then spinning, prepositions, verb forms,
 * agreement, dropped words, word order; the rest, fragments and tangles, as the older shapes).
 */
export const kindShares: Readonly<Record<Exclude<GarbleKind, 'swap'>, number>> = Object.freeze({
  article: 0.26, spun: 0.14, preposition: 0.11, verbForm: 0.11, agreement: 0.1, drop: 0.11, order: 0.07, duplicate: 0.04, insert: 0.03, inversion: 0.03,
})

/** A seeded pseudo-random generator (mulberry32) returning floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const noSpaceBefore: ReadonlySet<string> = new Set([',', '.', ';', ':', '?', '!', ')', "'", "n't", "'s"])
const noSpaceAfter: ReadonlySet<string> = new Set(['('])

/** Joins words with news spacing, keeping each word's offsets (quote marks are glued inward). */
export function join(words: readonly string[]): Joined {
  let text = ''
  const spans: { start: number; end: number }[] = []
  let glue = true
  let openQuote = false
  for (const word of words) {
    const isQuote = word === '"'
    const before = isQuote ? openQuote : noSpaceBefore.has(word)
    if (!glue && !before) text += ' '
    spans.push({ start: text.length, end: text.length + word.length })
    text += word
    glue = noSpaceAfter.has(word) || (isQuote && !openQuote)
    if (isQuote) openQuote = !openQuote
  }
  return { text, spans }
}

const functionWords: readonly string[] = [
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'is', 'are', 'was', 'were',
  'has', 'have', 'had', 'be', 'been', 'will', 'would', 'that', 'which', 'who', 'and', 'it', 'its', 'their', 'his', 'as',
]
const functionSet: ReadonlySet<string> = new Set(functionWords)
const auxiliaries: readonly string[] = ['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'did', 'does', 'be', 'been', 'can']
const inversions: readonly string[][] = [
  ['is', 'it', 'not'], ['was', 'it', 'not'], ['is', 'it'], ['did', 'they'], ['has', 'he'], ['were', 'they'], ['does', 'it'],
  ['are', 'they', 'not'], ['have', 'we'], ['will', 'it'], ['can', 'they'], ['would', 'he', 'not'], ['do', 'you'], ['was', 'she'],
]

const isWord = (w: string | undefined): boolean => w !== undefined && /^[A-Za-z][A-Za-z'-]*$/u.test(w)

function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)]
}

/** Makes one garble of `words` (or undefined when the sentence offers no place for the chosen kind). */
export function garble(words: readonly string[], random: () => number): Garble | undefined {
  const roll = random()
  const n = words.length
  const edited = [...words]
  if (roll < 0.3) {
    const places = [...Array(n - 1).keys()].filter((i) => i > 0 && isWord(words[i]) && isWord(words[i + 1]) && words[i]?.toLowerCase() !== words[i + 1]?.toLowerCase())
    const i = pick(places, random)
    if (i === undefined) return undefined
    edited[i] = words[i + 1] ?? ''
    edited[i + 1] = words[i] ?? ''
    return build(edited, 'swap', i, i + 2)
  }
  if (roll < 0.55) {
    const places = [...Array(n).keys()].filter((i) => i > 0 && i < n - 1 && functionSet.has(words[i]?.toLowerCase() ?? '') && isWord(words[i - 1]) && isWord(words[i + 1]))
    const i = pick(places, random)
    if (i === undefined) return undefined
    edited.splice(i, 1)
    return build(edited, 'drop', i - 1, i + 1)
  }
  if (roll < 0.8) {
    const places = [...Array(n).keys()].filter((i) => i > 1 && i < n - 1 && isWord(words[i - 1]) && isWord(words[i]))
    const i = pick(places, random)
    if (i === undefined) return undefined
    const inversion = random() < 0.5
    const inserted = inversion ? (pick(inversions, random) ?? []) : [pick(auxiliaries, random) ?? 'is']
    edited.splice(i, 0, ...inserted)
    return build(edited, inversion ? 'inversion' : 'insert', i, i + inserted.length)
  }
  const length = 1 + Math.floor(random() * 3)
  const places = [...Array(n).keys()].filter((i) => i + length < n && words.slice(i, i + length).every(isWord))
  const i = pick(places, random)
  if (i === undefined) return undefined
  edited.splice(i + length, 0, ...words.slice(i, i + length))
  return build(edited, 'duplicate', i + length - 1, i + 2 * length)
}

/** Builds the garble text and the character span of words `[from, to)`. */
function build(words: readonly string[], kind: Garble['kind'], from: number, to: number): Garble {
  const { text, spans } = join(words)
  const first = spans[Math.max(0, from)]
  const last = spans[Math.min(spans.length - 1, to - 1)]
  return { text, kind, start: first?.start ?? 0, end: last?.end ?? text.length }
}

/**
 * Where a Brown file goes: press files (A-C) with index % 5 === 0 are the held-out evaluation set,
 * index % 5 === 2 calibration; other categories with index % 10 === 0 calibration; the rest train.
 * `index` is the file's position in the sorted list of its group (press, or other categories).
 */
export function splitOf(press: boolean, index: number): 'eval' | 'calibration' | 'train' {
  if (press) return index % 5 === 0 ? 'eval' : index % 5 === 2 ? 'calibration' : 'train'
  return index % 10 === 0 ? 'calibration' : 'train'
}

/** Brown token to plain word (quote marks straightened). */
export function plainWord(word: string): string {
  return word === '``' || word === "''" ? '"' : word === '`' ? "'" : word
}

/** Whether a sentence (as words) is a usable clean sample: 6 to 50 words, starts like a sentence. */
export function usableSentence(words: readonly string[]): boolean {
  if (words.length < 6 || words.length > 50) return false
  const first = words[0] ?? ''
  const last = words[words.length - 1] ?? ''
  return /^[A-Z"]/u.test(first) && /^[.!?"]$/u.test(last)
}

const prepositionSwaps: Readonly<Record<string, readonly string[]>> = {
  of: ['for', 'from', 'about', 'on'], in: ['on', 'at', 'into', 'of'], on: ['in', 'at', 'about', 'over'], at: ['in', 'on', 'to'],
  for: ['of', 'to', 'at'], with: ['by', 'to', 'of'], by: ['with', 'from', 'on'], from: ['of', 'by', 'since'], to: ['for', 'at', 'with'],
  about: ['on', 'of', 'regarding'], into: ['in', 'to'], over: ['on', 'about'], against: ['of', 'to'], under: ['in', 'by'],
}
const extraPrepositions: readonly string[] = ['to', 'about', 'on', 'of', 'for', 'with', 'at']
const numberSwaps: Readonly<Record<string, string>> = { is: 'are', are: 'is', was: 'were', were: 'was', has: 'have', have: 'has' }
const verbTags: ReadonlySet<string> = new Set(['vb', 'vbd', 'vbn', 'vbz', 'vbg'])
const objectStart: ReadonlySet<string> = new Set(['at', 'np', 'nn', 'nns', 'pp$', 'ppo', 'jj', 'cd', 'ap', 'dt', 'abn'])
const nounPhraseTags: ReadonlySet<string> = new Set(['at', 'jj', 'nn', 'nns', 'np', 'pp$', 'cd', 'ap', 'od'])
const singularDeterminers: ReadonlySet<string> = new Set(['a', 'an', 'this', 'every', 'another', 'each'])
const pluralDeterminers: ReadonlySet<string> = new Set(['these', 'those', 'many', 'several', 'both', 'two', 'three', 'four', 'five'])

/** The Brown tag of the head of the noun phrase starting at `i` (after adjectives and numbers). */
function headTag(tags: readonly string[], i: number): string {
  let k = i
  while (['jj', 'jjr', 'jjs', 'od', 'cd', 'ql', 'vbn', 'vbg'].includes(tags[k] ?? '') && k - i < 4) k++
  return tags[k] ?? ''
}

/** Indices `i` of `n` for which `test` holds. */
function where(n: number, test: (i: number) => boolean): number[] {
  const out: number[] = []
  for (let i = 0; i < n; i++) if (test(i)) out.push(i)
  return out
}

/** `words` with word `i` replaced (keeping a capital at the sentence start). */
function replaced(words: readonly string[], i: number, word: string): string[] {
  const edited = [...words]
  edited[i] = i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word
  return edited
}

const finiteTags: ReadonlySet<string> = new Set(['vbd', 'vbz'])
const beWords: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"])
const nonFiniteBefore: ReadonlySet<string> = new Set(['md', 'to', 'do', 'dod', 'doz'])

/**
 * Whether putting the verb at `i` into the form `wanted` leaves a grammatical sentence, so that the
 * edit is no error: a change of tense between finite forms (`he wins` for `he won`, `they live` for
 * `they lived`), a regular past participle that is also the past (`he worked` for `he works`), and
 * active for passive after `be` (`was taking` for `was taken`, `was organized` for `was organizing`).
 */
function grammaticalSwap(words: readonly string[], tags: readonly string[], i: number, wanted: string, lexicon: Lexicon): boolean {
  const tag = tags[i] ?? ''
  const word = words[i]?.toLowerCase() ?? ''
  const previous = tags[i - 1] ?? ''
  const finite = finiteTags.has(tag) || (tag === 'vb' && !nonFiniteBefore.has(previous) && !beWords.has(words[i - 1]?.toLowerCase() ?? ''))
  if (finite) {
    if (wanted === 'vbd' || (wanted === 'vbz' && tag !== 'vb')) return true
    // `he express` for `he expressed` is an error, `they express` is not.
    if (tag === 'vbd' && wanted === 'vb' && !['pps', 'np', 'nn'].includes(previous)) return true
    if (wanted === 'vbn' && lexicon.formOf(word, tag, 'vbn') === lexicon.formOf(word, tag, 'vbd')) return true
  }
  const afterBe = words.slice(Math.max(0, i - 2), i).some((w) => beWords.has(w.toLowerCase()))
  if (afterBe && ((tag === 'vbn' && wanted === 'vbg') || (tag === 'vbg' && (wanted === 'vbn' || wanted === 'vbd')))) return true
  return false
}

/** Words before a verb that make a swap of its number no error: a subjunctive (`if he were`), `none`. */
const numberFree: ReadonlySet<string> = new Set(['if', 'though', 'wish', 'none', 'whether', 'suppose'])

/**
 * Whether swapping the number of the verb at `i` to `form` leaves a grammatical sentence: a group
 * noun before it takes either verb (`the board were`, `the crew was`), `none` and a subjunctive
 * (`if he was`, `if he were`) too, and an -s form put back to a base form that is also the past
 * (`word spread` for `word spreads`, with `past` the verb's past form).
 */
function grammaticalNumberSwap(words: readonly string[], i: number, form: string, past: string | undefined): boolean {
  if (form === past) return true
  return words.slice(Math.max(0, i - 5), i).some((w) => numberFree.has(w.toLowerCase()) || isGroupNoun(w.toLowerCase()))
}

/** Picks a kind by `kindShares`. */
function pickKind(random: () => number): Exclude<GarbleKind, 'swap'> {
  let roll = random()
  for (const [kind, share] of Object.entries(kindShares) as [Exclude<GarbleKind, 'swap'>, number][]) {
    roll -= share
    if (roll < 0) return kind
  }
  return 'article'
}

/**
 * Makes one realistic garble of `words` (tags: Brown base tags, one per word), of a kind drawn by
 * `kindShares`, or undefined when the sentence offers no place for it.
 */
export function realisticGarble(words: readonly string[], tags: readonly string[], lexicon: Lexicon, random: () => number): Garble | undefined {
  // A sentence without a place for the drawn kind gets up to two more draws, so that the shares
  // hold for the kinds that need a rarer place (a verb after a modal, a plural determiner).
  for (let attempt = 0; attempt < 3; attempt++) {
    const made = garbleOfKind(pickKind(random), words, tags, lexicon, random)
    if (made) return made
  }
  return undefined
}

function garbleOfKind(kind: Exclude<GarbleKind, 'swap'>, words: readonly string[], tags: readonly string[], lexicon: Lexicon, random: () => number): Garble | undefined {
  const n = words.length
  const lower = (i: number): string => words[i]?.toLowerCase() ?? ''
  const tag = (i: number): string => tags[i] ?? ''
  const plain = (i: number): boolean => isWord(words[i]) && words[i] === lower(i)
  switch (kind) {
    case 'article': {
      const roll = random()
      if (roll < 0.1) {
        // `a` for `an` and back before the next word (`a hour`, `an university`), as in copy typed by
        // a writer who goes by the letter, not the sound.
        const i = pick(where(n - 1, (k) => ['a', 'an'].includes(lower(k)) && tag(k) === 'at' && isWord(words[k + 1])), random)
        if (i === undefined) return undefined
        const swapped = lower(i) === 'a' ? 'an' : 'a'
        return { ...build(replaced(words, i, swapped), kind, i, i + 2), detail: 'a/an' }
      }
      if (roll < 0.7) {
        // Only before a singular count noun (`in a private ceremony`): without the article a plural
        // or a name still reads as clean copy.
        const i = pick(where(n - 1, (k) => tag(k) === 'at' && ['the', 'a', 'an'].includes(lower(k)) && isWord(words[k + 1]) && headTag(tags, k + 1) === 'nn'), random)
        if (i === undefined) return undefined
        const edited = [...words]
        edited.splice(i, 1)
        if (i === 0) edited[0] = (edited[0] ?? '').charAt(0).toUpperCase() + (edited[0] ?? '').slice(1)
        return { ...build(edited, kind, Math.max(0, i - 1), i + 1), detail: 'dropped' }
      }
      const i = pick(where(n, (k) => k > 0 && ['np', 'nns', 'nn', 'jj'].includes(tag(k)) && (tag(k - 1) === 'in' || verbTags.has(tag(k - 1)))), random)
      if (i === undefined) return undefined
      const edited = [...words]
      edited.splice(i, 0, 'the')
      return { ...build(edited, kind, i, i + 2), detail: 'extra the' }
    }
    case 'preposition': {
      if (random() < 0.6) {
        const i = pick(where(n, (k) => k > 0 && tag(k) === 'in' && prepositionSwaps[lower(k)] !== undefined && plain(k)), random)
        const other = i === undefined ? undefined : pick(prepositionSwaps[lower(i)] ?? [], random)
        return i === undefined || other === undefined ? undefined : build(replaced(words, i, other), kind, i, i + 1)
      }
      const i = pick(where(n - 1, (k) => verbTags.has(tag(k)) && objectStart.has(tag(k + 1)) && plain(k)), random)
      if (i === undefined) return undefined
      const edited = [...words]
      edited.splice(i + 1, 0, pick(extraPrepositions, random) ?? 'to')
      return build(edited, kind, i, i + 2)
    }
    case 'verbForm': {
      const i = pick(where(n, (k) => k > 0 && verbTags.has(tag(k)) && plain(k)), random)
      if (i === undefined) return undefined
      const wanted = pick([...verbTags].filter((t) => t !== tag(i) && !grammaticalSwap(words, tags, i, t, lexicon)), random)
      const form = wanted === undefined ? undefined : lexicon.formOf(lower(i), tag(i), wanted)
      if (form === undefined || form === lower(i)) return undefined
      const before = lower(i - 1)
      const detail = ['md', 'to'].includes(tag(i - 1)) ? 'after modal or to' : /^(?:be|bed|bedz|bez|bem|ber|ben|hv|hvd|hvz|hvn)$/u.test(tag(i - 1)) || beWords.has(before) ? 'after have or be' : 'other'
      return { ...build(replaced(words, i, form), kind, i, i + 1), detail }
    }
    case 'agreement': {
      if (random() < 0.6) {
        const i = pick(where(n, (k) => k > 0 && plain(k) && (numberSwaps[lower(k)] !== undefined || tag(k) === 'vbz' || (tag(k) === 'vb' && ['nns', 'ppss'].includes(tag(k - 1))))), random)
        if (i === undefined) return undefined
        const form = numberSwaps[lower(i)] ?? lexicon.formOf(lower(i), tag(i), tag(i) === 'vbz' ? 'vb' : 'vbz')
        if (form === undefined || form === lower(i) || grammaticalNumberSwap(words, i, form, lexicon.formOf(lower(i), tag(i), 'vbd'))) return undefined
        return { ...build(replaced(words, i, form), kind, i, i + 1), detail: lower(i - 1) === 'there' ? 'there + verb' : 'verb number' }
      }
      // A noun against its determiner or as a plural modifier: `a parliamentary polls`, `records levels`.
      const i = pick(where(n, (k) => k > 0 && plain(k) && ((tag(k) === 'nn' && (singularDeterminers.has(lower(k - 1)) || ['nn', 'nns'].includes(tag(k + 1)))) || (tag(k) === 'nns' && pluralDeterminers.has(lower(k - 1))) || (tag(k) === 'nn' && tag(k - 1) === 'jj' && singularDeterminers.has(lower(k - 2))))), random)
      if (i === undefined) return undefined
      const form = lexicon.formOf(lower(i), tag(i), tag(i) === 'nn' ? 'nns' : 'nn')
      if (form === undefined || form === lower(i)) return undefined
      const determined = singularDeterminers.has(lower(i - 1)) || pluralDeterminers.has(lower(i - 1)) || singularDeterminers.has(lower(i - 2))
      return { ...build(replaced(words, i, form), kind, i, i + 1), detail: determined ? 'determiner + noun' : 'plural modifier' }
    }
    case 'order': {
      if (random() < 0.7) {
        const swapped = garbleOf('swap', words, random)
        return swapped && { ...swapped, kind }
      }
      // A verb moved after its object: `will submit its report` -> `will its report submit`.
      const i = pick(where(n, (k) => tag(k) === 'vb' && ['md', 'to'].includes(tag(k - 1)) && nounPhraseTags.has(tag(k + 1))), random)
      if (i === undefined) return undefined
      let end = i + 1
      while (end < n && end - i <= 4 && nounPhraseTags.has(tag(end))) end++
      if (!['nn', 'nns', 'np'].includes(tag(end - 1))) return undefined
      const edited = [...words.slice(0, i), ...words.slice(i + 1, end), words[i] ?? '', ...words.slice(end)]
      return build(edited, kind, i, end)
    }
    case 'spun': {
      const places = where(n, (k) => k > 0 && plain(k) && (verbTags.has(tag(k)) || ['nn', 'nns', 'jj'].includes(tag(k))))
      for (let attempt = 0; attempt < 4; attempt++) {
        const i = pick(places, random)
        if (i === undefined) return undefined
        const lemma = lexicon.lemma(lower(i), tag(i))
        const synonym = lemma === undefined ? undefined : pick(lexicon.synonyms(lemma, tag(i)), random)
        const form = synonym === undefined ? undefined : lexicon.inflect(synonym, tag(i))
        if (form !== undefined && form !== lower(i)) return build(replaced(words, i, form), kind, i, i + 1)
      }
      return undefined
    }
    default:
      return garbleOf(kind, words, random)
  }
}

/** One garble of the older shapes, of the given kind. */
function garbleOf(kind: 'swap' | 'drop' | 'insert' | 'inversion' | 'duplicate', words: readonly string[], random: () => number): Garble | undefined {
  // The older generator picks the kind from its first roll: feed it a roll inside the kind's band.
  const band: Readonly<Record<typeof kind, number>> = { swap: 0.1, drop: 0.4, insert: 0.6, inversion: 0.6, duplicate: 0.9 }
  let first = true
  const forced = (): number => {
    if (!first) return random()
    first = false
    return band[kind]
  }
  if (kind === 'insert' || kind === 'inversion') {
    // The older generator then rolls for inversion (< 0.5) after picking the place.
    let calls = 0
    const steer = (): number => {
      calls++
      if (calls === 1) return band[kind]
      if (calls === 3) return kind === 'inversion' ? 0.1 : 0.9
      return random()
    }
    return garble(words, steer)
  }
  return garble(words, forced)
}
