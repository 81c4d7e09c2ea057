import { describe, expect, test } from 'vitest'
import rule from '../../rules/style/reuters-dash.js'
import type { Diagnostic } from '../../src/engine/diagnostic.js'
import { fixRule, lintRule } from '../helpers.js'

const brief = (d: Diagnostic) => `${d.messageId} ${JSON.stringify(d.actual)}`

describe('style/reuters-dash', () => {
  test.each([
    ['The deal — signed in Velm — ends the strike.', ['dash " — "', 'dash " — "']],
    ['The port—closed since May—reopened.', ['dash "—"', 'dash "—"']],
    ['Two ministers--both new--resigned.', ['dash "--"', 'dash "--"']],
    ['Aid arrived – late – on Friday.', ['dash " – "', 'dash " – "']],
  ] as const)('fires: %s', (text, expected) => {
    expect(lintRule(rule, text).map(brief)).toEqual(expected)
  })

  test.each([
    'KERVA (Reuters) - The deal - signed in Velm - ends the strike.',
    'The 2010–2015 term of a Paris–Lyon panel.',
    '"I just—" she began.',
    '- first item\n- second item',
    '"The deal — signed in Velm — ends it," she said.',
  ])('does not fire: %s', (text) => {
    expect(lintRule(rule, text)).toEqual([])
  })

  test('fixes are exact and idempotent', () => {
    const text = 'The deal — signed--late—ends – for now.'
    const output = 'The deal - signed - late - ends - for now.'
    expect(fixRule(rule, text)).toBe(output)
    expect(fixRule(rule, output)).toBe(output)
  })
})
