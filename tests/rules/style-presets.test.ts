import { describe, expect, test } from 'vitest'
import { type ConfigInput, fix, lint } from '../../src/index.js'

// House style presets through the public API: `style: "ap"` turns on the style/ap-* rules only,
// `style: "reuters"` the style/reuters-* rules only, and by default no style rule runs.
const story = 'Turnout rose 5 per cent on January 11 - as 3 parties merged—and split.'

async function styleIds(config: ConfigInput, text = story): Promise<string[]> {
  const { diagnostics } = await lint(text, { config })
  return [...new Set(diagnostics.map((d) => d.ruleId).filter((id) => id.startsWith('style/')))].sort()
}

describe('style presets', () => {
  test('the default config runs no style rule', async () => {
    expect(await styleIds({})).toEqual([])
  })

  test('`style: "none"` and `preset: "all"` run no style rule', async () => {
    expect(await styleIds({ style: 'none' })).toEqual([])
    expect(await styleIds({ preset: 'all' })).toEqual([])
  })

  test('`style: "ap"` runs the AP rules and not the Reuters ones', async () => {
    expect(await styleIds({ style: 'ap' })).toEqual(['style/ap-dash', 'style/ap-month', 'style/ap-numerals', 'style/ap-percent'])
  })

  test('`style: "reuters"` runs the Reuters rules and not the AP ones', async () => {
    expect(await styleIds({ style: 'reuters' })).toEqual(['style/reuters-dash', 'style/reuters-month', 'style/reuters-percent'])
  })

  test('a style rule can be turned on alone, or one rule of a preset turned off', async () => {
    expect(await styleIds({ rules: { 'style/ap-month': 'warning' } })).toEqual(['style/ap-month'])
    expect(await styleIds({ style: 'ap', rules: { 'style/ap-numerals': 'off' } })).toEqual([
      'style/ap-dash',
      'style/ap-month',
      'style/ap-percent',
    ])
  })

  test('preset options apply: reuters-percent with `form: "word"`', async () => {
    const { diagnostics } = await lint('Copper fell 0.4%.', { config: { style: 'reuters', rules: { 'style/reuters-percent': { form: 'word' } } } })
    expect(diagnostics.filter((d) => d.ruleId === 'style/reuters-percent').map((d) => d.expected)).toEqual([['0.4 percent']])
  })

  test('style rules are silent inside direct quotations', async () => {
    expect(await styleIds({ style: 'ap' }, `"${story}" she said.`)).toEqual([])
  })

  test('fix applies the safe edits of each preset', async () => {
    const ap = await fix(story, { config: { preset: 'none', style: 'ap' } })
    expect(ap.output).toBe('Turnout rose 5% on Jan. 11 — as three parties merged — and split.')
    const reuters = await fix(story, { config: { preset: 'none', style: 'reuters' } })
    expect(reuters.output).toBe('Turnout rose 5% on Jan. 11 - as 3 parties merged - and split.')
  })
})
