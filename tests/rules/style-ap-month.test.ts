import { describe, expect, test } from 'vitest'
import rule from '../../rules/style/ap-month.js'
import reuters from '../../rules/style/reuters-month.js'
import type { Diagnostic } from '../../src/engine/diagnostic.js'
import { fixRule, lintRule } from '../helpers.js'

const brief = (d: Diagnostic) => `${d.messageId} ${d.actual} -> ${d.expected[0] ?? ''}`

const fires = [
  ['The strike began on January 11.', ['abbreviate January -> Jan.']],
  ['It was signed September 5, 2023, in Velm.', ['abbreviate September -> Sept.']],
  ['Riots ran from August 2-7.', ['abbreviate August -> Aug.']],
  ['Payments resume on December 1st.', ['abbreviate December -> Dec.']],
  ['Sessions on February 3 and November 14 and 18.', ['abbreviate February -> Feb.', 'abbreviate November -> Nov.']],
  ['Talks resume Sep. 5 in Kerva.', ['abbreviation Sep. -> Sept.']],
  ['Talks resume Sept 5 in Kerva.', ['abbreviation Sept -> Sept.']],
  ['The vote is on Jan 11.', ['abbreviation Jan -> Jan.']],
  ['The vote is on Mar. 3 and Jun 4.', ['abbreviation Mar. -> March', 'abbreviation Jun -> June']],
  ['Output fell in Jan. 2023.', ['spellOut Jan. -> January']],
  ['Output fell in Oct 2022.', ['spellOut Oct -> October']],
] as const

const quiet = [
  'The strike began on Jan. 11 and ended on Sept. 5, 2023.',
  'March 3, April 9, May 1, June 30 and July 4 are never abbreviated.',
  'Prices rose in January, and in January 2023 they fell.',
  'The session of 11 January and the 16 Sep 2012 file are day-first.',
  'In October 30 people were hurt; in December 2,000 more.',
  'Jan Koval met Dec at the May Day rally.',
  '"We meet on January 11," she said.',
  'The treaty of September 1850 is old.',
]

describe('style/ap-month', () => {
  test.each(fires)('fires: %s', (text, expected) => {
    expect(lintRule(rule, text).map(brief)).toEqual(expected)
  })
  test.each(quiet)('does not fire: %s', (text) => {
    expect(lintRule(rule, text)).toEqual([])
  })
  test('fixes are exact and idempotent', () => {
    const text = 'From January 11 to Sep. 5, 2024, and in Jan. 2025.'
    const output = 'From Jan. 11 to Sept. 5, 2024, and in January 2025.'
    expect(fixRule(rule, text)).toBe(output)
    expect(fixRule(rule, output)).toBe(output)
  })
})

describe('style/reuters-month follows the same Handbook rule', () => {
  test.each(fires)('fires: %s', (text, expected) => {
    expect(lintRule(reuters, text).map(brief)).toEqual(expected)
  })
  test.each(quiet)('does not fire: %s', (text) => {
    expect(lintRule(reuters, text)).toEqual([])
  })
})
