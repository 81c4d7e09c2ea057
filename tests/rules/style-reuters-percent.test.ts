import { describe, expect, test } from 'vitest'
import rule from '../../rules/style/reuters-percent.js'
import type { Diagnostic } from '../../src/engine/diagnostic.js'
import { fixRule, lintRule } from '../helpers.js'

const brief = (d: Diagnostic) => `${d.messageId} ${d.actual} -> ${d.expected[0] ?? ''}`

describe('style/reuters-percent', () => {
  test.each([
    ['Brent rose 52 cents, or 0.6 per cent.', ['form 0.6 per cent -> 0.6%']],
    ['Brent rose 52 cents, or 0.6 percent.', ['form 0.6 percent -> 0.6%']],
    ['The yield rose nine per cent.', ['spelled nine per cent -> 9%']],
  ] as const)('fires: %s', (text, expected) => {
    expect(lintRule(rule, text).map(brief)).toEqual(expected)
  })

  test.each(['Brent rose 52 cents, or 0.6%.', 'Nine percent of the crop was lost.', '"It rose 5 per cent," he said.'])(
    'does not fire: %s',
    (text) => {
      expect(lintRule(rule, text)).toEqual([])
    },
  )

  test('`form: "word"` gives the older Handbook style', () => {
    expect(lintRule(rule, 'Brent rose 0.6%.', { form: 'word' }).map(brief)).toEqual(['form 0.6% -> 0.6 percent'])
    expect(lintRule(rule, 'Brent rose 0.6 percent.', { form: 'word' })).toEqual([])
    expect(fixRule(rule, 'Zinc fell 1.1 per cent.', { form: 'word' })).toBe('Zinc fell 1.1 percent.')
  })
})
