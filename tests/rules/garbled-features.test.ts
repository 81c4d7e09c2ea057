import { describe, expect, test } from 'vitest'
import { altKeys, altKinds, countKeys, countKinds, dropCandidates, featuresPerWindow, fnv1a, windowFeatures } from '../../rules/lib/garbled/features.js'

// The trained model's weights are indexed by these hashes: windowFeatures hashes piece by piece
// for speed, and must give exactly the hashes of the feature strings the model was trained on.
function reference(lowers: string[], words: string[], tags: string[], i: number, bins: Uint8Array, bits: number): number[] {
  const at = (list: string[], k: number): string => (k < 0 ? '<s>' : (list[k] ?? '</s>'))
  const [a, b, c, d, e] = [-2, -1, 0, 1, 2].map((k) => at(words, i + k))
  const [pa, pb, pc, pd, pe] = [-2, -1, 0, 1, 2].map((k) => at(tags, i + k))
  const bin = (k: number): number => bins[k] ?? 0
  const alt = (k: number): number => bins[countKinds + k] ?? 0
  const same = (x: number, y: number): boolean => at(lowers, i + x) === at(lowers, i + y)
  const drops = Array.from({ length: altKinds - 7 }, (_, k) => alt(7 + k))
  const dropBin = Math.max(0, ...drops)
  const dropWord = dropBin > 0 ? dropCandidates[drops.indexOf(dropBin)] : '-'
  const strings = [
    `1|${c}`, `2a|${b}|${c}`, `2b|${c}|${d}`, `3a|${a}|${b}|${c}`, `3b|${b}|${c}|${d}`, `3c|${c}|${d}|${e}`,
    `4a|${a}|${b}|${c}|${d}`, `4b|${b}|${c}|${d}|${e}`, `sk|${b}|${d}`,
    `p2a|${pb}|${pc}`, `p2b|${pc}|${pd}`, `p3a|${pa}|${pb}|${pc}`, `p3b|${pb}|${pc}|${pd}`, `p3c|${pc}|${pd}|${pe}`, `m|${b}|${pc}|${d}`,
    ...Array.from({ length: countKinds }, (_, k) => `n${k}|${bin(k)}`),
    `nj|${bin(0)}|${bin(1)}|${bin(3)}`, `nk|${bin(2)}|${bin(4)}|${bin(5)}|${pc}`,
    `r1|${same(0, -1) ? c : '-'}`, `r2|${same(0, -2) && same(1, -1) ? `${b}|${c}` : '-'}`,
    `s1|${bin(1)}|${alt(0)}`, `s2|${bin(0)}|${alt(1)}`, `s3|${bin(3)}|${alt(2)}|${alt(3)}`,
    `s4|${pc}|${Math.sign(alt(0) - bin(1))}|${Math.sign(alt(1) - bin(0))}`,
    `x1|${bin(0)}|${bin(1)}|${alt(4)}`, `x2|${bin(3)}|${alt(5)}|${alt(6)}`,
    `d1|${bin(0)}|${dropBin}`, `d2|${dropWord}|${pc}|${Math.max(-3, Math.min(3, dropBin - bin(0)))}`,
  ]
  return strings.map((s) => fnv1a(s) & ((1 << bits) - 1))
}

describe('garbled-sentence window features', () => {
  const lowers = ['the', 'the', 'port', 'port', 'strike', 'ends', '.']
  const words = ['the', 'the', 'NOUN', 'NOUN', 'strike', 'VERBz', '.']
  const tags = ['DET', 'DET', 'NOUN', 'NOUN', 'NOUN', 'VERBz', '.']
  test.each([
    ['zero counts', () => 0],
    ['single-digit counts', (k: number) => (k * 7) % 10],
    ['two-digit counts and ties', (k: number) => 15 - (k % 4)],
  ])('are the hashes of the feature strings (%s)', (_, count) => {
    const bins = Uint8Array.from({ length: countKinds + altKinds }, (_, k) => count(k))
    for (let i = 0; i < words.length; i++) {
      const out = new Uint32Array(featuresPerWindow)
      windowFeatures(lowers, words, tags, i, bins, 20, out)
      expect([...out]).toEqual(reference(lowers, words, tags, i, bins, 20))
    }
  })

  test('count and alternative keys are the hashes of their n-gram strings', () => {
    for (let i = 0; i < words.length; i++) {
      const [a, b, c, d, e] = [-2, -1, 0, 1, 2].map((k) => (i + k < 0 ? '<s>' : (words[i + k] ?? '</s>')))
      const [pb, pc, pd] = [-1, 0, 1].map((k) => (i + k < 0 ? '<s>' : (tags[i + k] ?? '</s>')))
      const counted = [`C2a|${b}|${c}`, `C2b|${c}|${d}`, `C3a|${a}|${b}|${c}`, `C3b|${b}|${c}|${d}`, `C3c|${c}|${d}|${e}`, `Cp3|${pb}|${pc}|${pd}`]
      const alternatives = [`C2b|${d}|${c}`, `C2b|${c}|${b}`, `C3b|${b}|${d}|${c}`, `C3b|${c}|${b}|${d}`, `C2b|${b}|${d}`, `C3b|${a}|${b}|${d}`, `C3b|${b}|${d}|${e}`]
      const keys = new Uint32Array(countKinds + altKinds)
      countKeys(words, tags, i, keys)
      altKeys(words, i, keys.subarray(countKinds))
      const strings = [...counted, ...alternatives, ...dropCandidates.map((x) => `C3b|${b}|${x}|${c}`)]
      expect([...keys]).toEqual(strings.map((s) => fnv1a(s)))
    }
  })
})
