// The story model's one part-of-speech tagger: wink-nlp with wink-eng-lite-web-model (MIT),
// loaded lazily on first use (only when an active rule asks for tags), through the faster model
// loader of ./wink-model.ts. The garble model's
// training script tags Brown sentences with this same function, so the tag set at run time is
// the one the model learned.
import { createRequire } from 'node:module'
import type winkNlp from 'wink-nlp'

import type { Token } from '../../rule/types.js'
import { posModel } from './wink-model.js'

export type { Token }

type Nlp = ReturnType<typeof winkNlp>

// The loaded tagger: a lazily filled cache, never per-story state.
const cache: { nlp?: Nlp } = {}

function nlp(): Nlp {
  if (cache.nlp) return cache.nlp
  const require = createRequire(import.meta.url)
  const wink = require('wink-nlp') as typeof winkNlp
  cache.nlp = wink(posModel() as unknown as Parameters<typeof winkNlp>[0], ['pos'])
  return cache.nlp
}

/**
 * Tags one sentence (or any short text); offsets are relative to `text`, plus `base` (the text's
 * offset in the story, so the story model need not copy every token to move it).
 */
export function tag(text: string, base = 0): Token[] {
  const engine = nlp()
  const its = engine.its
  const doc = engine.readDoc(text)
  const values = doc.tokens().out(its.value)
  const tags = doc.tokens().out(its.pos)
  const tokens: Token[] = []
  let at = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? ''
    const found = text.indexOf(value, at)
    const start = found >= 0 && found - at < 8 ? found : at
    const end = Math.min(text.length, start + value.length)
    at = end
    tokens.push({ text: value, lower: value.toLowerCase(), pos: tags[i] ?? 'X', start: start + base, end: end + base })
  }
  return tokens
}
