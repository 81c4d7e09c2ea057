// Features and scoring of the garbled-sentence model: a logistic regression over hashed n-grams
// of token windows. A token's symbol is its lower-cased word when the word is among the model's
// frequent words, otherwise its part of speech (with a suffix hint for verbs and nouns). Each
// window (a centre token and two tokens either side) gets n-grams of symbols and of tags, binned
// clean-text counts of its n-grams, and "what if" counts (the centre swapped with a neighbour, the
// centre skipped, a function word put back before it); the sentence scores as its worst window,
// which also gives the narrow span to report.
import type { Token } from '../../../src/rule/types.js'

/** A loaded model: frequent words, hashed weights, threshold. */
export interface GarbledModel {
  readonly vocab: ReadonlySet<string>
  readonly bits: number
  /** Quantised weights; a weight is `weights[h] * scale`. */
  readonly weights: Int8Array
  readonly scale: number
  readonly bias: number
  /** Window logit above which a sentence is flagged. */
  readonly threshold: number
  readonly countBits: number
  /** Count bins of n-grams in clean text, by hashed key. */
  readonly counts: Uint8Array
}

/** The score of a sentence's worst window. */
export interface WindowScore {
  /** Logit of the window. */
  readonly logit: number
  /** Index of the window's centre token. */
  readonly center: number
}

const punctuationSymbols: ReadonlySet<string> = new Set([',', '.', ';', ':', '(', ')', '"', "'", '?', '!', '--', '-'])

/** The part-of-speech symbol of a token: the wink tag refined by a suffix hint. */
export function posSymbol(token: Token): string {
  const { pos, lower } = token
  if (pos === 'PUNCT' || pos === 'SYM') return punctuationSymbols.has(lower) ? lower : 'P'
  if (pos === 'VERB' || pos === 'AUX') {
    if (lower.endsWith('ing')) return `${pos}g`
    if (lower.endsWith('ed')) return `${pos}d`
    if (lower.endsWith('s') && !lower.endsWith('ss')) return `${pos}z`
    return pos
  }
  if (pos === 'NOUN' && lower.endsWith('s') && !lower.endsWith('ss')) return 'NOUNs'
  if (pos === 'PROPN' && /^[\p{Lu}\d.&-]{2,12}$/u.test(token.text)) return 'ACRO'
  return pos
}

/** Symbols for a token list: frequent words as themselves, other tokens as tags. */
export function symbolsOf(tokens: readonly Token[], vocab: ReadonlySet<string>): { words: string[]; tags: string[] } {
  const words: string[] = []
  const tags: string[] = []
  for (const token of tokens) {
    const tagSymbol = posSymbol(token)
    tags.push(tagSymbol)
    words.push(vocab.has(token.lower) ? token.lower : tagSymbol)
  }
  return { words, tags }
}

/** 32-bit FNV-1a hash of a string, or of `text` appended to a string whose hash is `h`. */
export function fnv1a(text: string, h = 0x811c9dc5): number {
  return hash(text, h) >>> 0
}

/**
 * The FNV-1a state after `text` from state `h`, as a signed 32-bit integer (the bits of
 * {@link fnv1a}). The window hashes stay signed until they are masked or stored in a
 * `Uint32Array`: V8 keeps a signed 32-bit value unboxed, while an unsigned one above 2^30 becomes
 * a heap number on every return (issue 14: a third less time per hashed piece).
 */
function hash(text: string, h = 0x811c9dc5 | 0): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h
}

/**
 * The hash of `prefix` followed by the pieces joined with `|`: the bits of `fnv1a(prefix + pieces.join('|'))`
 * (signed, as {@link hash}), hashed piece by piece (FNV-1a runs left to right), so no string is built per window (issue 14:
 * the window hashes were a third of the lint time, mostly building and flattening strings).
 */
function joined(prefix: number, a: string, b: string, c?: string): number {
  const h = hash(b, bar(hash(a, prefix)))
  return c === undefined ? h : hash(c, bar(h))
}

/** The hash after one more `|`. */
function bar(h: number): number {
  return Math.imul(h ^ 0x7c, 0x01000193)
}

/** Prefix hashes: `P.C2a` is `fnv1a('C2a|')`, one per counted and looked-up n-gram kind. */
const P = Object.freeze({
  C2a: hash('C2a|'),
  C2b: hash('C2b|'),
  C3a: hash('C3a|'),
  C3b: hash('C3b|'),
  C3c: hash('C3c|'),
  Cp3: hash('Cp3|'),
})

/** Number of n-gram kinds counted in clean text per window. */
export const countKinds = 6

/**
 * Function words tried in the gap before a window's centre: a clean count of `b X c` much higher
 * than that of `b c` suggests a dropped word.
 */
export const dropCandidates: readonly string[] = Object.freeze([
  'the', 'a', 'an', 'of', 'to', 'in', 'and', 'is', 'was', 'for', 'that', 'by', 'with', 'on', 'has', 'be', 'are', 'have', 'it', 'as',
])

/** Number of "what if" n-grams looked up (never counted) per window: swaps, a skipped word, a dropped word. */
export const altKinds = 7 + dropCandidates.length

/** Number of features per window (the bias not counted). */
export const featuresPerWindow = 15 + countKinds + 4 + 8

/** The count bin of a window's counted n-gram `k`. */
function bin(bins: ArrayLike<number>, k: number): number {
  return bins[k] ?? 0
}

/** The count bin of a window's "what if" n-gram `k`. */
function alt(bins: ArrayLike<number>, k: number): number {
  return bins[countKinds + k] ?? 0
}

/** Hashes of the counted n-grams of the window centred on token `i` (before masking). */
export function countKeys(words: readonly string[], tags: readonly string[], i: number, out: Uint32Array): void {
  countKeysOf(symbolStates(words, tags), i, out)
}

/**
 * Hashes of alternative n-grams of the window centred on token `i`, keyed like {@link countKeys}
 * so they are looked up in the same clean counts: the centre swapped with its neighbours, the
 * centre skipped, and a function word put back before the centre.
 */
export function altKeys(words: readonly string[], i: number, out: Uint32Array): void {
  altKeysOf(symbolStates(words, []), i, out)
}

/** Log-scale bin of a clean-text count: 0, 1, 2, 3-4, 5-8... capped at 9. */
export function countBin(count: number): number {
  return count <= 0 ? 0 : Math.min(9, 1 + Math.floor(Math.log2(count)))
}

/** Prefix hashes of the window features: `F.p3a` is `fnv1a('p3a|')`. */
const F = Object.freeze({
  w1: hash('1|'),
  w2a: hash('2a|'),
  w2b: hash('2b|'),
  w3a: hash('3a|'),
  w3b: hash('3b|'),
  w3c: hash('3c|'),
  w4a: hash('4a|'),
  w4b: hash('4b|'),
  sk: hash('sk|'),
  p2a: hash('p2a|'),
  p2b: hash('p2b|'),
  p3a: hash('p3a|'),
  p3b: hash('p3b|'),
  p3c: hash('p3c|'),
  m: hash('m|'),
  n: Array.from({ length: countKinds }, (_, k) => hash(`n${k}|`)),
  nj: hash('nj|'),
  nk: hash('nk|'),
  r1: hash('r1|'),
  r2: hash('r2|'),
  s1: hash('s1|'),
  s2: hash('s2|'),
  s3: hash('s3|'),
  s4: hash('s4|'),
  x1: hash('x1|'),
  x2: hash('x2|'),
  d1: hash('d1|'),
  d2: hash('d2|'),
})

/** The hash after `|` and one more piece: `then(h, x)` continues the string hashed into `h` with `|x`. */
function then(h: number, text: string): number {
  return hash(text, bar(h))
}

/**
 * The prefixes an n-gram starts from, by the slot of {@link symbolStatesOf} that holds the state
 * after the prefix and a first symbol (`S.w3a` holds the hash of `3a|<symbol>`).
 */
const firstPrefixes = [P.C2a, P.C2b, P.C3a, P.C3b, P.C3c, P.Cp3, F.w1, F.w2a, F.w2b, F.w3a, F.w3b, F.w3c, F.w4a, F.w4b, F.sk, F.p2a, F.p2b, F.p3a, F.p3b, F.p3c, F.m, F.s4]
const S = Object.freeze({
  C2a: 0, C2b: 1, C3a: 2, C3b: 3, C3c: 4, Cp3: 5, w1: 6, w2a: 7, w2b: 8, w3a: 9, w3b: 10, w3c: 11, w4a: 12, w4b: 13, sk: 14,
  p2a: 15, p2b: 16, p3a: 17, p3b: 18, p3c: 19, m: 20, s4: 21,
  /** Then `C3b|<symbol>|<x>|` for each drop candidate `x`, in order. */
  drop: 22,
  /** Last, the symbol's number among the kept ones (-1 if not kept), for {@link dropAt}. */
  id: 22 + dropCandidates.length,
})

/**
 * Hash states that start with one symbol, computed once per symbol and kept (issue 14: a window's
 * n-grams all start from a prefix and a symbol, and the 20 dropped-word keys from the same
 * `C3b|b|x|`, so hashing them anew for every window cost a quarter of the model's time). The
 * symbols are the model's frequent words, tags and sentence markers, a few hundred in all; the cap
 * only guards against callers passing arbitrary words.
 */
const cachedStates = new Map<string, Int32Array>()
const maxCachedSymbols = 5000

function symbolStatesOf(symbol: string): Int32Array {
  const known = cachedStates.get(symbol)
  if (known) return known
  const states = new Int32Array(S.id + 1)
  for (let k = 0; k < firstPrefixes.length; k++) states[k] = hash(symbol, firstPrefixes[k] as number)
  const c3b = states[S.C3b] as number
  for (let k = 0; k < dropCandidates.length; k++) states[S.drop + k] = bar(then(c3b, dropCandidates[k] as string))
  states[S.id] = -1
  if (cachedStates.size < maxCachedSymbols) {
    states[S.id] = cachedStates.size
    cachedStates.set(symbol, states)
  }
  return states
}

/**
 * A sentence's symbols with their cached states. The state lists are padded with two
 * sentence-start markers before and two sentence-end markers after, so token `k`'s states are at
 * `k + 2` for every `k` a window reaches (`i - 2` to `i + 2`).
 */
interface SymbolStates {
  readonly words: readonly string[]
  readonly tags: readonly string[]
  readonly wordStates: readonly Int32Array[]
  readonly tagStates: readonly Int32Array[]
}

function symbolStates(words: readonly string[], tags: readonly string[]): SymbolStates {
  return { words, tags, wordStates: padded(words), tagStates: padded(tags) }
}

function padded(symbols: readonly string[]): Int32Array[] {
  const start = symbolStatesOf('<s>')
  const end = symbolStatesOf('</s>')
  return [start, start, ...symbols.map(symbolStatesOf), end, end]
}

function countKeysOf(sentence: SymbolStates, i: number, out: Uint32Array): void {
  const { words, tags } = sentence
  // Token k's states are at k + 2: `sa` is token i - 2's.
  const ws = sentence.wordStates
  const sa = ws[i] as Int32Array, sb = ws[i + 1] as Int32Array, sc = ws[i + 2] as Int32Array
  const pb = sentence.tagStates[i + 1] as Int32Array
  const b = at(words, i - 1), c = at(words, i), d = at(words, i + 1), e = at(words, i + 2)
  out[0] = then(sb[S.C2a] as number, c) // C2a|b|c
  out[1] = then(sc[S.C2b] as number, d) // C2b|c|d
  out[2] = then(then(sa[S.C3a] as number, b), c) // C3a|a|b|c
  out[3] = then(then(sb[S.C3b] as number, c), d) // C3b|b|c|d
  out[4] = then(then(sc[S.C3c] as number, d), e) // C3c|c|d|e
  out[5] = then(then(pb[S.Cp3] as number, at(tags, i)), at(tags, i + 1)) // Cp3|pb|pc|pd
}

function altKeysOf(sentence: SymbolStates, i: number, out: Uint32Array, withDrops = true): void {
  const { words } = sentence
  const ws = sentence.wordStates
  const sa = ws[i] as Int32Array, sb = ws[i + 1] as Int32Array, sc = ws[i + 2] as Int32Array, sd = ws[i + 3] as Int32Array
  const b = at(words, i - 1), c = at(words, i), d = at(words, i + 1), e = at(words, i + 2)
  out[0] = then(sd[S.C2b] as number, c) // C2b|d|c
  out[1] = then(sc[S.C2b] as number, b) // C2b|c|b
  out[2] = then(then(sb[S.C3b] as number, d), c) // C3b|b|d|c
  out[3] = then(then(sc[S.C3b] as number, b), d) // C3b|c|b|d
  out[4] = then(sb[S.C2b] as number, d) // C2b|b|d
  out[5] = then(then(sa[S.C3b] as number, b), d) // C3b|a|b|d
  out[6] = then(then(sb[S.C3b] as number, d), e) // C3b|b|d|e
  if (withDrops) for (let k = 0; k < dropCandidates.length; k++) out[7 + k] = hash(c, sb[S.drop + k] as number) // C3b|b|x|c
}

/**
 * The dropped-word evidence of a window from its count bins: the highest bin of the "what if"
 * keys `C3b|b|x|c` and the index of the first drop candidate `x` with it, packed as
 * `bin * 64 + index + 1` (0 when no candidate was ever seen there).
 */
function dropOf(bins: ArrayLike<number>): number {
  let dropBin = 0
  let packed = 0
  for (let k = 0; k < dropCandidates.length; k++) {
    const b = alt(bins, 7 + k)
    if (b > dropBin) {
      dropBin = b
      packed = b * 64 + k + 1
    }
  }
  return packed
}

/**
 * {@link dropOf} by the pair of symbols `b c` around the gap, remembered per model (in `memo`, by
 * the two symbols' numbers): it depends on nothing else, and the pairs recur (`said the`, `NOUN
 * of`), while working it out hashes 20 three-word keys and reads 20 scattered counts for every
 * window (issue 14). The symbols are the model's frequent words, tags and markers, so the pairs
 * are bounded; the cap only guards a long-running service.
 */
const rememberedDrops = new WeakMap<GarbledModel, Map<number, number>>()
const maxRememberedDrops = 200_000

function dropMemo(model: GarbledModel): Map<number, number> {
  let memo = rememberedDrops.get(model)
  if (!memo) rememberedDrops.set(model, (memo = new Map()))
  return memo
}

function dropAt(model: GarbledModel, memo: Map<number, number>, sentence: SymbolStates, i: number, countMask: number): number {
  const sb = sentence.wordStates[i + 1] as Int32Array
  const sc = sentence.wordStates[i + 2] as Int32Array
  const b = sb[S.id] as number
  const c = sc[S.id] as number
  const key = b < 0 || c < 0 ? -1 : b * maxCachedSymbols + c
  const known = key < 0 ? undefined : memo.get(key)
  if (known !== undefined) return known
  const symbol = at(sentence.words, i)
  let dropBin = 0
  let packed = 0
  for (let k = 0; k < dropCandidates.length; k++) {
    const found = model.counts[hash(symbol, sb[S.drop + k] as number) & countMask] ?? 0 // C3b|b|x|c
    if (found > dropBin) {
      dropBin = found
      packed = found * 64 + k + 1
    }
  }
  if (key >= 0) {
    if (memo.size >= maxRememberedDrops) memo.clear()
    memo.set(key, packed)
  }
  return packed
}

/** The symbol at `k` of a window's list, with sentence-start and sentence-end markers beyond it. */
function at(list: readonly string[], k: number): string {
  return k < 0 ? '<s>' : (list[k] ?? '</s>')
}

/** The hash of `String(n)` (an integer) appended to a string whose hash is `h`. */
function number(n: number, h: number): number {
  if (n >= 0 && n <= 9) return Math.imul(h ^ (48 + n), 0x01000193)
  return hash(String(n), h)
}

/** Like {@link joined}, for integers: the bits of `fnv1a(prefix + [x, y, z].join('|'))`. */
function joinedNumbers(prefix: number, x: number, y: number, z?: number): number {
  const h = number(y, bar(number(x, prefix)))
  return z === undefined ? h : number(z, bar(h))
}

/**
 * Hashed feature indices of the window centred on token `i`, written into `out` (length
 * {@link featuresPerWindow}); `bins` holds the count bins of the window's {@link countKeys}
 * followed by those of its {@link altKeys}. Each feature is the hash of the string in the comment
 * beside it, hashed piece by piece as in {@link countKeys}.
 */
export function windowFeatures(
  lowers: readonly string[],
  words: readonly string[],
  tags: readonly string[],
  i: number,
  bins: ArrayLike<number>,
  bits: number,
  out: Uint32Array | number[],
): void {
  featuresOf(symbolStates(words, tags), lowers, i, bins, dropOf(bins), bits, out)
}

function featuresOf(sentence: SymbolStates, lowers: readonly string[], i: number, bins: ArrayLike<number>, drop: number, bits: number, out: Uint32Array | number[]): void {
  const { words, tags } = sentence
  const ws = sentence.wordStates
  const ts = sentence.tagStates
  const sa = ws[i] as Int32Array, sb = ws[i + 1] as Int32Array, sc = ws[i + 2] as Int32Array
  const ta = ts[i] as Int32Array, tb = ts[i + 1] as Int32Array, tc = ts[i + 2] as Int32Array
  const mask = (1 << bits) - 1
  const b = at(words, i - 1), c = at(words, i), d = at(words, i + 1), e = at(words, i + 2)
  const pb = at(tags, i - 1), pc = at(tags, i), pd = at(tags, i + 1), pe = at(tags, i + 2)
  out[0] = (sc[S.w1] as number) & mask // 1|c
  out[1] = then(sb[S.w2a] as number, c) & mask // 2a|b|c
  out[2] = then(sc[S.w2b] as number, d) & mask // 2b|c|d
  out[3] = then(then(sa[S.w3a] as number, b), c) & mask // 3a|a|b|c
  out[4] = then(then(sb[S.w3b] as number, c), d) & mask // 3b|b|c|d
  out[5] = then(then(sc[S.w3c] as number, d), e) & mask // 3c|c|d|e
  out[6] = then(then(then(sa[S.w4a] as number, b), c), d) & mask // 4a|a|b|c|d
  out[7] = then(then(then(sb[S.w4b] as number, c), d), e) & mask // 4b|b|c|d|e
  out[8] = then(sb[S.sk] as number, d) & mask // sk|b|d
  out[9] = then(tb[S.p2a] as number, pc) & mask // p2a|pb|pc
  out[10] = then(tc[S.p2b] as number, pd) & mask // p2b|pc|pd
  out[11] = then(then(ta[S.p3a] as number, pb), pc) & mask // p3a|pa|pb|pc
  out[12] = then(then(tb[S.p3b] as number, pc), pd) & mask // p3b|pb|pc|pd
  out[13] = then(then(tc[S.p3c] as number, pd), pe) & mask // p3c|pc|pd|pe
  out[14] = then(then(sb[S.m] as number, pc), d) & mask // m|b|pc|d
  for (let k = 0; k < countKinds; k++) out[15 + k] = number(bin(bins, k), F.n[k] as number) & mask // n<k>|bin
  out[15 + countKinds] = joinedNumbers(F.nj, bin(bins, 0), bin(bins, 1), bin(bins, 3)) & mask // nj|bin0|bin1|bin3
  out[16 + countKinds] = hash(pc, bar(joinedNumbers(F.nk, bin(bins, 2), bin(bins, 4), bin(bins, 5)))) & mask // nk|bin2|bin4|bin5|pc
  // Repetition: the same symbol or the same pair of words again right after.
  out[17 + countKinds] = hash(at(lowers, i) === at(lowers, i - 1) ? c : '-', F.r1) & mask // r1|c or r1|-
  const repeatedPair = at(lowers, i) === at(lowers, i - 2) && at(lowers, i + 1) === at(lowers, i - 1)
  out[18 + countKinds] = (repeatedPair ? joined(F.r2, b, c) : hash('-', F.r2)) & mask // r2|b|c or r2|-
  // What-if counts: the clean text prefers another order, the sequence without the centre, or a
  // function word before the centre.
  const dropBin = drop >> 6
  const dropWord = drop === 0 ? '-' : (dropCandidates[(drop & 63) - 1] ?? '-')
  const o = 19 + countKinds
  out[o] = joinedNumbers(F.s1, bin(bins, 1), alt(bins, 0)) & mask // s1|bin1|alt0
  out[o + 1] = joinedNumbers(F.s2, bin(bins, 0), alt(bins, 1)) & mask // s2|bin0|alt1
  out[o + 2] = joinedNumbers(F.s3, bin(bins, 3), alt(bins, 2), alt(bins, 3)) & mask // s3|bin3|alt2|alt3
  out[o + 3] = joinedNumbers(bar(tc[S.s4] as number), Math.sign(alt(bins, 0) - bin(bins, 1)), Math.sign(alt(bins, 1) - bin(bins, 0))) & mask // s4|pc|sign|sign
  out[o + 4] = joinedNumbers(F.x1, bin(bins, 0), bin(bins, 1), alt(bins, 4)) & mask // x1|bin0|bin1|alt4
  out[o + 5] = joinedNumbers(F.x2, bin(bins, 3), alt(bins, 5), alt(bins, 6)) & mask // x2|bin3|alt5|alt6
  out[o + 6] = joinedNumbers(F.d1, bin(bins, 0), dropBin) & mask // d1|bin0|dropBin
  out[o + 7] = number(Math.max(-3, Math.min(3, dropBin - bin(bins, 0))), bar(joined(F.d2, dropWord, pc))) & mask // d2|dropWord|pc|clamped
}

/** Index of the first tag-trigram feature (`p3a`, then `p3b`, `p3c`) in {@link windowFeatures}. */
const tagTrigramFeature = 11

/** Count bin from which a tag trigram is common in clean press copy. */
const commonTagTrigramBin = 6

/** The clean-count bin of the tag trigram centred on each token. */
function tagTrigramBins(sentence: SymbolStates, model: GarbledModel): Uint8Array {
  const { tags } = sentence
  const countMask = (1 << model.countBits) - 1
  const out = new Uint8Array(tags.length)
  for (let i = 0; i < tags.length; i++) {
    const key = then(then(sentence.tagStates[i + 1]?.[S.Cp3] as number, at(tags, i)), at(tags, i + 1)) // Cp3|pb|pc|pd
    out[i] = model.counts[key & countMask] ?? 0
  }
  return out
}

/**
 * Scores every window of a tagged sentence and returns the worst, or undefined for no tokens.
 * Windows centred on a token for which `skip` is true are not scored.
 */
export function worstWindow(tokens: readonly Token[], model: GarbledModel, skip?: (center: number) => boolean): WindowScore | undefined {
  const { words, tags } = symbolsOf(tokens, model.vocab)
  const sentence = symbolStates(words, tags)
  const lowers = tokens.map((t) => t.lower)
  const features = new Uint32Array(featuresPerWindow)
  const keys = new Uint32Array(countKinds + altKinds)
  const altScratch = keys.subarray(countKinds)
  const bins = new Uint8Array(countKinds + altKinds)
  const countMask = (1 << model.countBits) - 1
  const tagBins = tagTrigramBins(sentence, model)
  const memo = dropMemo(model)
  let best: WindowScore | undefined
  for (let i = 0; i < tokens.length; i++) {
    if (tags[i] === 'P' || punctuationSymbols.has(tags[i] ?? '') || skip?.(i)) continue
    countKeysOf(sentence, i, keys)
    altKeysOf(sentence, i, altScratch, false)
    for (let k = 0; k < countKinds + 7; k++) bins[k] = model.counts[(keys[k] ?? 0) & countMask] ?? 0
    featuresOf(sentence, lowers, i, bins, dropAt(model, memo, sentence, i, countMask), model.bits, features)
    // Integer weights: the sum is exact in any order.
    let sum = 0
    for (let k = 0; k < features.length; k++) sum += model.weights[features[k] ?? 0] ?? 0
    // A tag trigram clean press copy uses often is no evidence of a garble, whatever weight the
    // synthetic garbles gave it (`for hearing the`, `in the like period`): only its negative part counts.
    for (let t = 0; t < 3; t++) {
      if ((tagBins[i - 1 + t] ?? 0) < commonTagTrigramBin) continue
      const weight = model.weights[features[tagTrigramFeature + t] ?? 0] ?? 0
      if (weight > 0) sum -= weight
    }
    const logit = model.bias + sum * model.scale
    if (best === undefined || logit > best.logit) best = { logit, center: i }
  }
  return best
}

/** Whether a symbol is punctuation (windows are centred on words only). */
export function isPunctuationSymbol(symbol: string): boolean {
  return symbol === 'P' || punctuationSymbols.has(symbol)
}

/** Parses the model data file (validated shape), decoding the base64 weight table. */
export function parseModel(data: unknown): GarbledModel {
  if (typeof data !== 'object' || data === null) throw new Error('garbled-sentence model: expected an object')
  const record = data as Record<string, unknown>
  const { vocab, bits, weights, scale, bias, threshold } = record
  if (!Array.isArray(vocab) || !vocab.every((v) => typeof v === 'string')) throw new Error('garbled-sentence model: `vocab` must be strings')
  if (typeof bits !== 'number' || typeof scale !== 'number' || typeof bias !== 'number' || typeof threshold !== 'number') {
    throw new Error('garbled-sentence model: `bits`, `scale`, `bias`, `threshold` must be numbers')
  }
  const { countBits, counts } = record
  if (typeof weights !== 'string' || typeof counts !== 'string') throw new Error('garbled-sentence model: `weights` and `counts` must be base64')
  if (typeof countBits !== 'number') throw new Error('garbled-sentence model: `countBits` must be a number')
  const bytes = Buffer.from(weights, 'base64')
  if (bytes.length !== 1 << bits) throw new Error(`garbled-sentence model: expected ${1 << bits} weights, got ${bytes.length}`)
  const packed = Buffer.from(counts, 'base64')
  if (packed.length * 2 !== 1 << countBits) throw new Error(`garbled-sentence model: expected ${1 << countBits} counts, got ${packed.length * 2}`)
  const bins = new Uint8Array(1 << countBits)
  for (let i = 0; i < packed.length; i++) {
    const byte = packed[i] ?? 0
    bins[2 * i] = byte & 15
    bins[2 * i + 1] = byte >> 4
  }
  return {
    vocab: new Set(vocab as string[]),
    bits,
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    scale,
    bias,
    threshold,
    countBits,
    counts: bins,
  }
}
