import { describe, expect, test } from 'vitest'
import rule from '../../rules/style/ap-percent.js'
import type { Diagnostic } from '../../src/engine/diagnostic.js'
import { fixRule, lintRule } from '../helpers.js'

const brief = (d: Diagnostic) => `${d.messageId} ${d.actual} -> ${d.expected[0] ?? ''}`

describe('style/ap-percent: fires', () => {
  test.each([
    ['Turnout rose 5 percent.', ['form 5 percent -> 5%']],
    ['Turnout rose 61.5 per cent.', ['form 61.5 per cent -> 61.5%']],
    ['The fee is 2 % a year.', ['form 2 % -> 2%']],
    ['It fell from 1,200 percent to 0.6 percent.', ['form 1,200 percent -> 1,200%', 'form 0.6 percent -> 0.6%']],
    ['Rates rose 5-10 percent.', ['form 10 percent -> 10%']],
    ['Wages rose seven percent.', ['spelled seven percent -> 7%']],
    ['Wages rose twenty-five per cent.', ['spelled twenty-five per cent -> 25%']],
    ['What per cent of voters stayed home?', ['perCent per cent -> percent']],
    ['It rose 5percent.', ['form 5percent -> 5%']],
  ] as const)('%s', (text, expected) => {
    expect(lintRule(rule, text).map(brief)).toEqual(expected)
  })
})

describe('style/ap-percent: does not fire', () => {
  test.each([
    'Turnout rose 5% to 61.5%, a 4 percentage point gain.',
    'She said he has a zero percent chance.',
    'A small percentage and the 90th percentile.',
    'Five percent of voters stayed home.',
    '"Turnout rose 5 percent," he said.',
    'The word apercent and the percentages are not figures.',
  ])('%s', (text) => {
    expect(lintRule(rule, text)).toEqual([])
  })
})

describe('style/ap-percent: form option and fixes', () => {
  test('`form: "word"` asks for `percent` after a figure', () => {
    const text = 'Sales rose 4% and costs 2 per cent; seven percent more.'
    expect(lintRule(rule, text, { form: 'word' }).map(brief)).toEqual([
      'form 4% -> 4 percent',
      'form 2 per cent -> 2 percent',
      'spelled seven percent -> 7 percent',
    ])
  })
  test('fixes are exact and idempotent', () => {
    const text = 'Turnout rose 5 percent, 2 % and seven per cent; what per cent stayed?'
    const output = 'Turnout rose 5%, 2% and 7%; what percent stayed?'
    expect(fixRule(rule, text)).toBe(output)
    expect(fixRule(rule, output)).toBe(output)
  })
})
