// The spelling lexicon's `near` bisects each edit candidate only among the dictionary words that
// share its prefix with the looked-up word (rules/lib/spelling/lexicon.ts, issue 14). Its answers
// must be those of looking every candidate up plainly with `has`, which this test does by hand.
import { describe, expect, test } from 'vitest'
import { lexicon } from '../../rules/lib/spelling/lexicon.js'

const alphabet = 'abcdefghijklmnopqrstuvwxyz'

/** Every string one deletion, adjacent swap, substitution or insertion from `word`, kind by kind. */
function oneEdit(word: string): Set<string> {
  const out = new Set<string>()
  const at = (i: number, replaced: number, put: string) => word.slice(0, i) + put + word.slice(i + replaced)
  for (let i = 0; i < word.length; i++) out.add(at(i, 1, ''))
  for (let i = 0; i + 1 < word.length; i++) out.add(at(i, 2, `${word.charAt(i + 1)}${word.charAt(i)}`))
  for (const c of alphabet) {
    for (let i = 0; i < word.length; i++) out.add(at(i, 1, c))
    for (let i = 0; i <= word.length; i++) out.add(at(i, 0, c))
  }
  out.delete(word)
  return out
}

describe('lexicon near', () => {
  // Slips early and late in the word, a word past any dictionary prefix, an edit at either end,
  // a word with an apostrophe, a short word and one with no neighbour.
  test.each(['coutnry', 'goverment', 'recieve', 'kowalskj', 'zqxwv', 'xenophobi', 'aple', "dont'", 'teh', 'abcdefghij'])('%s: the words one edit away that has() knows', (word) => {
    const lex = lexicon()
    const plain = [...oneEdit(word)].filter((candidate) => lex.has(candidate)).sort()
    const found = lex.near(word, 1).map((n) => n.word).sort()
    expect(found).toEqual(plain)
    expect(lex.near(word, 1).every((n) => n.distance === 1)).toBe(true)
  })

  test('finds neighbours at both ends of a word', () => {
    const words = lexicon().near('counrty', 1).map((n) => n.word)
    expect(words).toContain('country')
    expect(lexicon().near('xcountry', 1).map((n) => n.word)).toContain('country')
  })
})
