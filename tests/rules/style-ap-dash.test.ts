import { describe, expect, test } from 'vitest'
import rule from '../../rules/style/ap-dash.js'
import type { Diagnostic } from '../../src/engine/diagnostic.js'
import { fixRule, lintRule } from '../helpers.js'

const brief = (d: Diagnostic) => `${d.messageId} ${JSON.stringify(d.actual)}`

describe('style/ap-dash: fires', () => {
  test.each([
    ['The deal - signed in Velm - ends the strike.', ['dash " - "', 'dash " - "']],
    ['KERVA (Reuters) - Prices rose.', ['dash " - "']],
    ['Two ministers--both new--resigned.', ['dash "--"', 'dash "--"']],
    ['Two ministers -- both new -- resigned.', ['dash " -- "', 'dash " -- "']],
    ['Aid arrived – late – on Friday.', ['dash " – "', 'dash " – "']],
    ['The port—closed since May—reopened.', ['spacing "—"', 'spacing "—"']],
    ['The port —closed— reopened.', ['spacing " —"', 'spacing "— "']],
    ['It ended in 2019 - a year early.', ['dash " - "']],
  ] as const)('%s', (text, expected) => {
    expect(lintRule(rule, text).map(brief)).toEqual(expected)
  })
})

describe('style/ap-dash: does not fire', () => {
  test.each([
    'The deal — signed in Velm — ends the strike.',
    'A well-known, long-term plan for 2010–2015 and a Paris–Lyon train.',
    'The score was 3 - 1 and the range 10 - 12.',
    '- first item\n- second item',
    '"I just—" she began.',
    'He said: "Wait —"',
    'A line ending with a hyphen -\nand the next one.',
    '"The deal - signed in Velm - ends it," she said.',
  ])('%s', (text) => {
    expect(lintRule(rule, text)).toEqual([])
  })

  test('fixes are exact and idempotent', () => {
    const text = 'The deal - signed--late—ends – for now.'
    const output = 'The deal — signed — late — ends — for now.'
    expect(fixRule(rule, text)).toBe(output)
    expect(fixRule(rule, output)).toBe(output)
  })
})
