// The realistic synthetic garbles that train and measure the garbled-sentence model (issue 13):
// each kind makes the edit it names, at the place its Brown tags allow, and the same seed gives the
// same garbles.
import { describe, expect, test } from 'vitest'
import { type Garble, type GarbleKind, type Lexicon, kindShares, realisticGarble, rng } from '../../rules/lib/garbled/synth.js'

// A tiny lexicon in place of the one built from Brown and WordNet.
const forms: Record<string, Record<string, string>> = {
  submit: { vb: 'submit', vbd: 'submitted', vbn: 'submitted', vbz: 'submits', vbg: 'submitting' },
  report: { nn: 'report', nns: 'reports' },
  poll: { nn: 'poll', nns: 'polls' },
}
const lemmaOf = (word: string): string | undefined => Object.keys(forms).find((lemma) => Object.values(forms[lemma] ?? {}).includes(word))
const lexicon: Lexicon = {
  formOf: (word, _tag, wanted) => forms[lemmaOf(word) ?? '']?.[wanted],
  lemma: (word) => lemmaOf(word),
  inflect: (lemma, tag) => forms[lemma]?.[tag],
  synonyms: (lemma) => (lemma === 'report' ? ['account'] : lemma === 'submit' ? ['present'] : []),
}
Object.assign(forms, { account: { nn: 'account', nns: 'accounts' }, present: { vb: 'present', vbd: 'presented', vbn: 'presented', vbz: 'presents', vbg: 'presenting' } })

const words = ['The', 'committee', 'will', 'submit', 'its', 'report', 'on', 'a', 'new', 'poll', 'next', 'week', '.']
const tags = ['at', 'nn', 'md', 'vb', 'pp$', 'nn', 'in', 'at', 'jj', 'nn', 'ap', 'nn', '.']
const clean = words.join(' ').replace(' .', '.')

/** Garbles of the sentence by kind, from many seeds. */
function garblesByKind(): Map<GarbleKind, Garble[]> {
  const byKind = new Map<GarbleKind, Garble[]>()
  for (let seed = 1; seed <= 400; seed++) {
    const made = realisticGarble(words, tags, lexicon, rng(seed))
    if (made) byKind.set(made.kind, [...(byKind.get(made.kind) ?? []), made])
  }
  return byKind
}

describe('realistic garbles', () => {
  const byKind = garblesByKind()

  test('every kind of the shares is made, and the shares sum to one', () => {
    expect(Object.values(kindShares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6)
    for (const kind of Object.keys(kindShares)) expect(byKind.get(kind as GarbleKind)?.length ?? 0).toBeGreaterThan(0)
  })

  test.each([
    ['article', /^Committee will submit|report on new poll|on an new poll/u],
    ['verbForm', /will (?:submitted|submits|submitting) its report/u],
    ['agreement', /a new polls/u],
    ['spun', /will present its report|its account on/u],
  ] as const)('%s garbles change the sentence as named', (kind, shape) => {
    const made = byKind.get(kind) ?? []
    expect(made.length).toBeGreaterThan(0)
    for (const g of made) {
      expect(g.text).not.toBe(clean)
      expect(g.text).toMatch(shape)
    }
  })

  test('order garbles move words and keep them all', () => {
    const made = byKind.get('order') ?? []
    const sorted = (text: string): string => text.toLowerCase().replace('.', '').split(' ').sort().join(' ')
    expect(made.map((g) => g.text)).toContain('The committee will its report submit on a new poll next week.')
    for (const g of made) {
      expect(g.text).not.toBe(clean)
      expect(sorted(g.text)).toBe(sorted(clean))
    }
  })

  test('the span covers the edit', () => {
    for (const made of byKind.values()) {
      for (const g of made) {
        expect(g.start).toBeGreaterThanOrEqual(0)
        expect(g.end).toBeGreaterThan(g.start)
        expect(g.end).toBeLessThanOrEqual(g.text.length)
      }
    }
  })

  test('an article is dropped only before a singular noun phrase', () => {
    const plural = ['The', 'officials', 'said', 'the', 'talks', 'would', 'resume', '.']
    const pluralTags = ['at', 'nns', 'vbd', 'at', 'nns', 'md', 'vb', '.']
    for (let seed = 1; seed <= 300; seed++) {
      const made = realisticGarble(plural, pluralTags, lexicon, rng(seed))
      if (made?.kind === 'article') expect(made.text.split(' ').length).toBeGreaterThanOrEqual(plural.length - 1)
    }
  })

  test('no garble leaves a grammatical sentence: a change of tense, a group noun with a plural verb', () => {
    const finite = ['The', 'mayor', 'submits', 'a', 'report', 'and', 'the', 'board', 'is', 'ready', '.']
    const finiteTags = ['at', 'nn', 'vbz', 'at', 'nn', 'cc', 'at', 'nn', 'bez', 'jj', '.']
    let verbForms = 0
    for (let seed = 1; seed <= 400; seed++) {
      const made = realisticGarble(finite, finiteTags, lexicon, rng(seed))
      if (made?.kind === 'verbForm') verbForms++
      expect(made?.text ?? '').not.toMatch(/mayor submitted|board are/u)
    }
    expect(verbForms).toBeGreaterThan(0)
  })

  test('the same seed gives the same garble', () => {
    for (let seed = 1; seed <= 50; seed++) {
      expect(realisticGarble(words, tags, lexicon, rng(seed))).toEqual(realisticGarble(words, tags, lexicon, rng(seed)))
    }
  })
})
