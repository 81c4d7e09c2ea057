// npm run train: builds rules/data/garbled-sentence-model.json, the garbled-sentence model.
// Clean sentences: Brown categories D-R (press, A-C, only with `--brown=all`; see below);
// garbles: synthetic edits of the same sentences (rules/lib/garbled/synth.ts). Every sentence is
// tagged with the run-time tagger (wink-nlp), windows become hashed n-gram features, and a logistic
// regression (AdaGrad, seeded shuffling) separates edited windows from clean ones, then a
// hard-window phase (`--hard` epochs) trains on each sample's worst window only, as the rule scores
// a sentence by its worst window. Dropped-word garbles are left out of training (`--skip=drop`: they
// are too often grammatical and only blur the clean tail). The threshold is calibrated on clean
// calibration sentences (`--fa`, share flagged), never on the evaluation files. Deterministic: the
// defaults rebuild the shipped model byte for byte.
// `--realistic` trains on the realistic garbles instead (articles, prepositions, verb forms,
// agreement, spinning... in the labelled corpus's proportions, rules/lib/garbled/synth.ts
// realisticGarble), `--mix` on one garble of the older shapes and two realistic ones per sentence;
// measured with `npm run eval:garbled` (issue 13), neither was better than the shipped model at the
// same share of clean sentences flagged, so neither is the default. Brown press (A-C) is left out of
// training and calibration unless `--brown=all`; the threshold is calibrated on the scores as the
// rule computes them unless `--approx` (the sentence scores without the rule's clipping).
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { altKeys, altKinds, countBin, countKeys, countKinds, featuresPerWindow, parseModel, symbolsOf, windowFeatures, worstWindow } from '../rules/lib/garbled/features.js'
import { garble, plainWord, realisticGarble, rng, splitOf, usableSentence, join } from '../rules/lib/garbled/synth.js'
import { tag, type Token } from '../src/engine/story/tagger.js'
import { baseTag, brownPress } from './lib/brown.js'
import { buildLexicon } from './lib/garble-lexicon.js'

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/u, '').split('=') as [string, string]))
const num = (key: string, fallback: number): number => Number(args.get(key) ?? fallback)
const bits = num('bits', 20)
const countBits = num('countbits', 20)
const vocabSize = num('vocab', 400)
const garblesPerSentence = num('garbles', 3)
const epochs = num('epochs', 5)
const rate = num('rate', 0.1)
const l2 = num('l2', 1e-7)
const targetFalseAlarms = num('fa', 0.0025)
const limit = num('limit', Infinity)
const out = args.get('out') ?? 'rules/data/garbled-sentence-model.json'
const spread = num('spread', 1)
const hardEpochs = num('hard', 15)
const hardRate = num('hardrate', 0.05)
const hardWeight = num('hardweight', 3)
const realistic = args.has('realistic')
const mix = args.has('mix')
const skipKinds = new Set((args.get('skip') ?? (realistic ? '' : 'drop')).split(',').filter(Boolean))
const seed = 20240611

interface Tagged {
  tokens: Token[]
  /** Edit span for garbles; undefined for clean sentences. */
  edit?: { start: number; end: number }
  kind?: string
}

const t0 = performance.now()
const log = (m: string): void => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${m}`)

// 1. Sentences by split (words and their Brown tags), and the stories of the training files.
interface Words {
  words: string[]
  tags: string[]
}
const sets = { train: [] as Words[], calibration: [] as Words[] }
const trainStories: ReturnType<typeof brownPress> = []
// Brown press (A-C) is the false-alarm test of `npm run eval` and the source of `npm run
// eval:garbled`'s synthetic garbles, so by default it is left out and the other categories split four
// fifths train, one fifth calibration. `--brown=all` trains on three fifths of the press files as the
// model before December 2026 did: their own n-grams were in its counts and `npm run eval` understated
// its false alarms there (issue 13).
const otherOnly = args.get('brown') !== 'all'
const otherSplit = (index: number): 'calibration' | 'train' => (index % 5 === 0 ? 'calibration' : 'train')
for (const [group, press] of [['abc', true], ['defghjklmnpr', false]] as const) {
  if (press && otherOnly) continue
  brownPress(group).forEach((story, index) => {
    const split = otherOnly ? otherSplit(index) : splitOf(press, index)
    if (split === 'eval') return
    if (split === 'train') trainStories.push(story)
    // Calibrate on non-fiction only (press, religion, skills, lore, belles-lettres, government, learned).
    if (split === 'calibration' && !/^c[a-j]/u.test(story.id)) return
    for (const sentence of story.sentences) {
      const words = sentence.map((t) => plainWord(t.word))
      const tags = sentence.map((t) => baseTag(t.tag))
      if (!usableSentence(words)) continue
      sets[split].push({ words, tags })
      // Training also sees the comma outside the closing quote mark (`bill", said Grey.`), as
      // British-style and much wire copy punctuates it, so that order is not mistaken for a garble.
      const comma = words.findIndex((w, i) => (w === ',' || w === '.') && words[i + 1] === '"' && i + 2 < words.length)
      if (split === 'train' && comma > 0) {
        const variant = [...words]
        variant[comma] = '"'
        variant[comma + 1] = ','
        sets.train.push({ words: variant, tags })
      }
    }
  })
}
sets.train = sets.train.slice(0, limit)
log(`train ${sets.train.length} sentences, calibration ${sets.calibration.length}`)
const lexicon = realistic ? buildLexicon(trainStories) : undefined

// 2. Tag clean sentences and garbles.
interface Group {
  clean: Tagged
  garbled: Tagged[]
}
function tagAll(sentences: Words[], random: () => number): { groups: Group[]; clean: Tagged[]; garbled: Tagged[] } {
  const groups: Group[] = []
  for (const { words, tags } of sentences) {
    const garbled: Tagged[] = []
    for (let g = 0; g < garblesPerSentence; g++) {
      // `--mix`: the first garble of each sentence of the older shapes, the others realistic.
      const made = lexicon && !(mix && g === 0) ? realisticGarble(words, tags, lexicon, random) : garble(words, random)
      if (made) garbled.push({ tokens: tag(made.text), edit: { start: made.start, end: made.end }, kind: made.kind })
    }
    groups.push({ clean: { tokens: tag(join(words).text) }, garbled })
  }
  return { groups, clean: groups.map((g) => g.clean), garbled: groups.flatMap((g) => g.garbled) }
}
const train = tagAll(sets.train, rng(seed))
log(`tagged train: ${train.clean.length} clean, ${train.garbled.length} garbled`)
const calibration = tagAll(sets.calibration, rng(seed + 1))
log(`tagged calibration: ${calibration.clean.length} clean, ${calibration.garbled.length} garbled`)

// 3. Frequent words.
const counts = new Map<string, number>()
for (const { tokens } of train.clean) for (const t of tokens) if (/^[a-z]/u.test(t.lower)) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1)
const vocabList = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, vocabSize).map(([w]) => w).sort()
const vocab: ReadonlySet<string> = new Set(vocabList)

// 4. Windows: clean windows negative; garble windows next to the edit positive.
function positives(sample: Tagged): Set<number> {
  const set = new Set<number>()
  if (!sample.edit) return set
  sample.tokens.forEach((t, i) => {
    if (t.end > sample.edit!.start && t.start < sample.edit!.end) for (const k of spread === 0 ? [i] : [i - 1, i, i + 1]) set.add(k)
  })
  return set
}
const isPunct = (t: Token | undefined): boolean => t === undefined || t.pos === 'PUNCT' || t.pos === 'SYM'
const countMask = (1 << countBits) - 1
const rawCounts = new Uint32Array(1 << countBits)
const keyScratch = new Uint32Array(countKinds)
/** Masked count keys of every window of a sample. */
function keysOf(sample: Tagged): Uint32Array {
  const { words, tags } = symbolsOf(sample.tokens, vocab)
  const keys = new Uint32Array(sample.tokens.length * countKinds)
  for (let i = 0; i < sample.tokens.length; i++) {
    countKeys(words, tags, i, keyScratch)
    for (let k = 0; k < countKinds; k++) keys[i * countKinds + k] = keyScratch[k]! & countMask
  }
  return keys
}
const altScratch = new Uint32Array(altKinds)
/** Masked what-if keys (looked up, never counted) of every window of a sample. */
function altKeysOf(sample: Tagged): Uint32Array {
  const { words } = symbolsOf(sample.tokens, vocab)
  const keys = new Uint32Array(sample.tokens.length * altKinds)
  for (let i = 0; i < sample.tokens.length; i++) {
    altKeys(words, i, altScratch)
    for (let k = 0; k < altKinds; k++) keys[i * altKinds + k] = altScratch[k]! & countMask
  }
  return keys
}
const groupKeys = train.groups.map((g) => keysOf(g.clean))
for (const keys of groupKeys) for (const key of keys) rawCounts[key]!++
log('counted clean n-grams')

let feats = new Uint32Array(1 << 24)
let labels = new Uint8Array(1 << 20)
let windows = 0
const scratch = new Uint32Array(featuresPerWindow)
const bins = new Uint8Array(countKinds + altKinds)
/** Window index ranges of each training sample, for the hard-window phase. */
const sampleStarts: number[] = []
function addWindows(sample: Tagged): void {
  if (sample.kind !== undefined && skipKinds.has(sample.kind)) return
  sampleStarts.push(windows)
  const { words, tags } = symbolsOf(sample.tokens, vocab)
  const lowers = sample.tokens.map((t) => t.lower)
  const pos = positives(sample)
  const keys = keysOf(sample)
  const alts = altKeysOf(sample)
  for (let i = 0; i < sample.tokens.length; i++) {
    if (isPunct(sample.tokens[i])) continue
    const label = pos.has(i) ? 1 : 0
    if (sample.edit && label === 0) continue
    for (let k = 0; k < countKinds; k++) bins[k] = countBin(rawCounts[keys[i * countKinds + k]!]!)
    for (let k = 0; k < altKinds; k++) bins[countKinds + k] = countBin(rawCounts[alts[i * altKinds + k]!]!)
    windowFeatures(lowers, words, tags, i, bins, bits, scratch)
    if ((windows + 1) * featuresPerWindow > feats.length) { const f = new Uint32Array(feats.length * 2); f.set(feats); feats = f }
    if (windows + 1 > labels.length) { const l = new Uint8Array(labels.length * 2); l.set(labels); labels = l }
    feats.set(scratch, windows * featuresPerWindow)
    labels[windows] = label
    windows++
  }
}
// Leave one out: a sentence and its garbles see counts without the sentence's own n-grams.
train.groups.forEach((group, g) => {
  const own = groupKeys[g]!
  for (const key of own) rawCounts[key]!--
  addWindows(group.clean)
  for (const s of group.garbled) addWindows(s)
  for (const key of own) rawCounts[key]!++
})
let positiveCount = 0
for (let i = 0; i < windows; i++) positiveCount += labels[i] ?? 0
log(`windows ${windows} (${positiveCount} positive)`)

// 5. Logistic regression, AdaGrad, seeded shuffle.
const size = 1 << bits
const weights = new Float32Array(size)
const squares = new Float32Array(size).fill(1e-6)
let bias = 0
let biasSquare = 1e-6
const order = new Uint32Array(windows)
for (let i = 0; i < windows; i++) order[i] = i
const shuffle = rng(seed + 2)
for (let epoch = 0; epoch < epochs; epoch++) {
  for (let i = windows - 1; i > 0; i--) { const j = Math.floor(shuffle() * (i + 1)); const x = order[i]!; order[i] = order[j]!; order[j] = x }
  let loss = 0
  for (let n = 0; n < windows; n++) {
    const w = order[n]!
    const base = w * featuresPerWindow
    let z = bias
    for (let k = 0; k < featuresPerWindow; k++) z += weights[feats[base + k]!]!
    const p = 1 / (1 + Math.exp(-z))
    const y = labels[w]!
    loss += -Math.log(y ? Math.max(p, 1e-12) : Math.max(1 - p, 1e-12))
    const g = p - y
    for (let k = 0; k < featuresPerWindow; k++) {
      const h = feats[base + k]!
      const grad = g + l2 * weights[h]!
      squares[h]! += grad * grad
      weights[h]! -= (rate * grad) / Math.sqrt(squares[h]!)
    }
    biasSquare += g * g
    bias -= (rate * g) / Math.sqrt(biasSquare)
  }
  log(`epoch ${epoch + 1}: mean loss ${(loss / windows).toFixed(4)}`)
}

// 5b. Hard windows: each sample's worst window only (the highest-scoring clean window, the
// highest-scoring window at the edit), as the rule scores a sentence by its worst window.
sampleStarts.push(windows)
const sampleOrder = new Uint32Array(sampleStarts.length - 1)
for (let i = 0; i < sampleOrder.length; i++) sampleOrder[i] = i
const hardSquares = new Float32Array(size).fill(1)
for (let epoch = 0; epoch < hardEpochs; epoch++) {
  for (let i = sampleOrder.length - 1; i > 0; i--) { const j = Math.floor(shuffle() * (i + 1)); const x = sampleOrder[i]!; sampleOrder[i] = sampleOrder[j]!; sampleOrder[j] = x }
  let loss = 0
  for (const s of sampleOrder) {
    const from = sampleStarts[s]!, to = sampleStarts[s + 1]!
    if (to <= from) continue
    let bestZ = -Infinity
    let best = from
    for (let w = from; w < to; w++) {
      let z = bias
      const base = w * featuresPerWindow
      for (let k = 0; k < featuresPerWindow; k++) z += weights[feats[base + k]!]!
      if (z > bestZ) { bestZ = z; best = w }
    }
    const y = labels[best]!
    const p = 1 / (1 + Math.exp(-bestZ))
    loss += -Math.log(y ? Math.max(p, 1e-12) : Math.max(1 - p, 1e-12))
    const g = (p - y) * (y ? 1 : hardWeight)
    const base = best * featuresPerWindow
    for (let k = 0; k < featuresPerWindow; k++) {
      const h = feats[base + k]!
      const grad = g + l2 * weights[h]!
      hardSquares[h]! += grad * grad
      weights[h]! -= (hardRate * grad) / Math.sqrt(hardSquares[h]!)
    }
  }
  log(`hard epoch ${epoch + 1}: mean loss ${(loss / sampleOrder.length).toFixed(4)}`)
}

// 6. Quantise to int8.
let max = 0
for (const w of weights) max = Math.max(max, Math.abs(w))
const scale = max / 127
const quantised = new Int8Array(size)
for (let i = 0; i < size; i++) quantised[i] = Math.round(weights[i]! / scale)

// 7. Calibrate on clean calibration sentences (sentence score = worst window).
const countTable = new Uint8Array(1 << countBits)
for (let i = 0; i < countTable.length; i++) countTable[i] = countBin(rawCounts[i]!)
function sentenceScore(tokens: Token[]): number {
  const { words, tags } = symbolsOf(tokens, vocab)
  const lowers = tokens.map((t) => t.lower)
  const keys = keysOf({ tokens })
  const alts = altKeysOf({ tokens })
  let best = -Infinity
  for (let i = 0; i < tokens.length; i++) {
    if (isPunct(tokens[i])) continue
    for (let k = 0; k < countKinds; k++) bins[k] = countTable[keys[i * countKinds + k]!]!
    for (let k = 0; k < altKinds; k++) bins[countKinds + k] = countTable[alts[i * altKinds + k]!]!
    windowFeatures(lowers, words, tags, i, bins, bits, scratch)
    let sum = 0
    for (const h of scratch) sum += quantised[h]!
    best = Math.max(best, bias + sum * scale)
  }
  return best
}
// The rule scores through worstWindow, which also drops the positive weight of tag trigrams common
// in clean copy: the threshold is calibrated on those scores (`--fa`, default 0.25% of clean
// calibration sentences, the operating point of issue 13); `--approx` calibrates on sentenceScore.
const scoring = parseModel({
  vocab: vocabList, bits, scale: Number(scale.toPrecision(6)), bias: Number(bias.toPrecision(6)), threshold: 0,
  weights: Buffer.from(quantised.buffer).toString('base64'), countBits, counts: packNibbles(countTable),
})
const ruleScore = (tokens: Token[]): number => worstWindow(tokens, scoring)?.logit ?? -Infinity
const exact = !args.has('approx')
const score = exact ? ruleScore : sentenceScore
const cleanScores = calibration.clean.map((s) => score(s.tokens)).sort((a, b) => a - b)
const garbleScores = calibration.garbled.map((s) => score(s.tokens))
const at = (fa: number): number => cleanScores[Math.min(cleanScores.length - 1, Math.floor(cleanScores.length * (1 - fa)))] ?? 0
for (const fa of [0.001, 0.003, 0.004, 0.005, 0.01, 0.05]) {
  const th = at(fa)
  const recall = garbleScores.filter((s) => s > th).length / garbleScores.length
  log(`calibration: threshold ${th.toFixed(3)} at ${(fa * 100).toFixed(1)}% clean flagged -> synthetic recall ${(recall * 100).toFixed(1)}%`)
}
const threshold = at(targetFalseAlarms)
if (!exact) {
  const above = calibration.clean.filter((s) => ruleScore(s.tokens) > threshold).length
  log(`as the rule scores: ${((100 * above) / calibration.clean.length).toFixed(2)}% of clean calibration sentences above ${threshold.toFixed(3)}`)
}
for (const kind of new Set(calibration.garbled.map((s) => s.kind ?? ''))) {
  const scores = calibration.garbled.map((s, i) => [s, garbleScores[i]!] as const).filter(([s]) => s.kind === kind)
  log(`  ${kind}: ${((100 * scores.filter(([, v]) => v > threshold).length) / scores.length).toFixed(1)}% of ${scores.length}`)
}
if (args.has('show')) {
  const worst = calibration.clean.map((s, i) => [s, cleanScores.length ? score(s.tokens) : 0, i] as const).sort((a, b) => b[1] - a[1]).slice(0, 25)
  for (const [s, v] of worst) console.log(v.toFixed(2), s.tokens.map((t) => t.text).join(' '))
}

// 8. Write the model.
const model = {
  about: 'garbled-sentence model: logistic regression over hashed window n-grams; built by `npm run train` (scripts/train-garbled.ts)',
  tagger: 'wink-nlp + wink-eng-lite-web-model',
  bits,
  vocab: vocabList,
  scale: Number(scale.toPrecision(6)),
  bias: Number(bias.toPrecision(6)),
  threshold: Number(threshold.toPrecision(6)),
  weights: Buffer.from(quantised.buffer).toString('base64'),
  countBits,
  counts: packNibbles(countTable),
}
writeFileSync(out, `${JSON.stringify(model)}\n`)
log(`wrote ${out} (${(JSON.stringify(model).length / 1024).toFixed(0)} KB), threshold ${model.threshold}`)

function packNibbles(values: Uint8Array): string {
  const packed = new Uint8Array(values.length / 2)
  for (let i = 0; i < packed.length; i++) packed[i] = (values[2 * i]! & 15) | ((values[2 * i + 1]! & 15) << 4)
  return Buffer.from(packed.buffer).toString('base64')
}
