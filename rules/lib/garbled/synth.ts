// Synthetic garbles for training and measuring the garbled-sentence model (dev-time use by
// scripts/train-garbled.ts and scripts/eval-garbled.ts): adjacent word swaps, a dropped function
// word, an inserted auxiliary or question inversion, a duplicated phrase. Pure and seeded.

/** A sentence as words, joined with news spacing. */
export interface Joined {
  readonly text: string
  /** Offsets of each word in `text`. */
  readonly spans: readonly { readonly start: number; readonly end: number }[]
}

/** A garbled sentence and the character span of the edit. */
export interface Garble {
  readonly text: string
  readonly kind: 'swap' | 'drop' | 'insert' | 'inversion' | 'duplicate'
  readonly start: number
  readonly end: number
}

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
