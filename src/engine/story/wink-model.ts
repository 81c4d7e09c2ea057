// The tagger's language model, wink-eng-lite-web-model (MIT), loaded faster than its own entry
// point does (issue 14: cold start). The package's `dist/model.js` requires the 3 MB core model
// JSON, then on load deep-copies it (JSON.parse of JSON.stringify), decodes two base64 arrays one
// character at a time and parses the NER and sentiment machines, which a part-of-speech pipe never
// runs: together about half the tagger's start-up. Here the core JSON is parsed once from the file
// (nothing else holds it, so no copy is needed), base64 is decoded by Buffer, and NER and
// sentiment get empty machines. The prepared model is the package's own, field for field: the
// steps below are those of its `read-core-model.js` and `load-core-model.js`, and tests compare
// the tags with the package's loader.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** A wink feature table: its values, and their index by value once prepared. */
interface Feature {
  list: unknown[]
  hash?: Record<string, number>
  intrinsicSize?: number
  index?: number
  maxIndex?: number
}

/** The parts of the core model JSON that loading prepares; the rest passes through untouched. */
interface CoreModel {
  lexicon: string | Uint32Array
  xpansions: string | Uint32Array
  packing: { layout: Record<string, number[]>; efList?: string[] }
  features: Record<string, Feature> & { lexeme: Feature; posClusters: Feature }
  pos: { hash: Record<string, number> }
}

/** The model object wink-nlp takes (`winkNlp(model, pipe)`). */
export interface WinkModel {
  core(): CoreModel
  sbd(): unknown
  pos(): unknown
  ner(): unknown
  negation(): unknown
  sa(): unknown
  metaCER(): unknown
  featureFn: unknown
  addons: Record<string, unknown>
}

const fromPackage = (file: string): unknown => require(`wink-eng-lite-web-model/dist/${file}`) as unknown

/** Base64 to 32-bit words, as the package's `bufferFromBase64` and `Uint32Array` give them. */
function words(base64: string | Uint32Array): Uint32Array {
  if (typeof base64 !== 'string') return base64
  const bytes = Buffer.from(base64, 'base64')
  // A fresh buffer, so the words start at a 4-byte boundary whatever pool Buffer used.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
}

/** Index of each value of `list`, in a prototype-less object as wink reads it. */
function indexOf(list: readonly unknown[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>
  for (let k = 0; k < list.length; k++) hash[String(list[k])] = k
  return hash
}

/** The core model, prepared as `load-core-model.js` prepares it. */
function core(): CoreModel {
  const file = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json')
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel
  const { packing, features, pos } = model
  model.lexicon = words(model.lexicon)
  model.xpansions = words(model.xpansions)
  for (const f in packing.layout) {
    const feature = features[f]
    if (packing.layout[f]?.[3] === 0 && feature) feature.hash = indexOf(feature.list)
  }
  features.lexeme.hash = indexOf(features.lexeme.list)
  const clusters = features.posClusters.list
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set(String(clusters[k]).split('_').map((e) => pos.hash[e] ?? 0))
  // Then load-core-model.js:
  packing.efList = []
  for (const f in packing.layout) {
    const layout = packing.layout[f] ?? []
    const feature = features[f]
    if (layout[3] === 0 && feature) {
      feature.intrinsicSize = feature.list.length
      feature.index = feature.list.length
      feature.maxIndex = (layout[1] ?? 0) >>> (layout[2] ?? 0)
    }
    if (layout[4] === 1) packing.efList.push(f)
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length
  features.lexeme.index = features.lexeme.list.length
  return model
}

/** An automaton with no states (wink's `emptyModelJSON`): recognises nothing. */
const emptyMachine = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}])

/**
 * The model for a part-of-speech pipe (`winkNlp(model, ['pos'])`): the package's own core,
 * sentence, part-of-speech, negation and pattern parts; NER and sentiment recognise nothing (a
 * pipe that asks for them must use the package's model). Addons load on first use.
 */
export function posModel(): WinkModel {
  const addons = Object.create(null) as Record<string, unknown>
  for (const [name, file] of [['stem', 'porter-stemmer.js'], ['lemmatize', 'lemmatize.js'], ['readabilityStats', 'readability-stats.js']] as const) {
    Object.defineProperty(addons, name, { enumerable: true, get: () => fromPackage(file) })
  }
  addons.wordVectors = undefined
  return {
    core,
    sbd: fromPackage('load-sbd-model.js') as () => unknown,
    pos: fromPackage('load-pos-model.js') as () => unknown,
    ner: () => ({ machines: [], transformers: [] }),
    negation: fromPackage('load-negation-model.js') as () => unknown,
    sa: () => ({ machines: [emptyMachine], setter: () => undefined }),
    metaCER: fromPackage('load-cer-meta-model.js') as () => unknown,
    featureFn: fromPackage('feature.js'),
    addons,
  }
}
