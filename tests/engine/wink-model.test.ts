// The tagger's faster model loader (src/engine/story/wink-model.ts) must give wink the package's
// own model: the same prepared core, and the same tags as wink-eng-lite-web-model's entry point.
import { createRequire } from 'node:module'
import winkNlp from 'wink-nlp'
import { expect, test } from 'vitest'
import { posModel } from '../../src/engine/story/wink-model.js'

const require = createRequire(import.meta.url)
type Model = Parameters<typeof winkNlp>[0]
const packaged = require('wink-eng-lite-web-model') as Model & { core: () => unknown }

test('the prepared core model equals the package loader’s, field for field', () => {
  expect(posModel().core()).toStrictEqual(packaged.core())
})

test('a part-of-speech pipe tags exactly as with the package’s model', () => {
  const ours = winkNlp(posModel() as unknown as Model, ['pos'])
  const theirs = winkNlp(packaged, ['pos'])
  const sentences = [
    'The finance minister said on Tuesday that the budget would be tabled next week.',
    "Officials didn't say how many of the 4,70,000 applicants had been screened.",
    'Rs 20 crore was sanctioned for the bridge, which collapsed in 2019 — again.',
    'Heavy rain lashed Mumbai; trains ran late and schools shut early.',
    'Zxqv blorfed the wibbly council’s plan, @reporter wrote at https://example.com.',
  ]
  for (const text of sentences) {
    const tagged = (nlp: typeof ours) => {
      const doc = nlp.readDoc(text)
      return [doc.tokens().out(nlp.its.value), doc.tokens().out(nlp.its.pos)]
    }
    expect(tagged(ours)).toStrictEqual(tagged(theirs))
  }
})
