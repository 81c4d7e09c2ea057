// The eval's split by site: first-batch files and sites are always tuned on; other sites fall on
// one side by a stable hash of the domain, so a file never changes side between runs.
import { expect, test } from 'vitest'
import { siteOf, splitOf } from '../../scripts/lib/dev-corpus.js'

test('a sources.tsv site cell gives its domain', () => {
  expect(siteOf('zawya.com (Reuters copy)')).toBe('zawya.com')
  expect(siteOf('www.Example.org')).toBe('example.org')
  expect(siteOf(undefined)).toBe('')
})

test('first-batch files and their sites are tune; other sites split by domain, stably', () => {
  const first = new Set(['zawya.com'])
  expect(splitOf('012.txt', 'elsewhere.example', first)).toBe('tune')
  expect(splitOf('245.txt', 'zawya.com', first)).toBe('tune')
  const sites = Array.from({ length: 40 }, (_, i) => `site${i}.example`)
  const sides = sites.map((s) => splitOf('250.txt', s, first))
  expect(new Set(sides)).toEqual(new Set(['tune', 'heldout']))
  expect(sites.map((s) => splitOf('290.txt', s, first))).toEqual(sides)
})
