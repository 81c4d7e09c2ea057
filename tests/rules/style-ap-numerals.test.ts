import { describe, expect, test } from 'vitest'
import rule from '../../rules/style/ap-numerals.js'
import type { Diagnostic } from '../../src/engine/diagnostic.js'
import { fixRule, lintRule } from '../helpers.js'

const brief = (d: Diagnostic) => `${d.messageId} ${d.actual}${d.expected.length > 0 ? ` -> ${d.expected[0]}` : ''}`

describe('style/ap-numerals: fires', () => {
  test.each([
    ['Police held 3 men.', ['spellOut 3 -> three']],
    ['About 5 people came.', ['spellOut 5 -> five']],
    ['They waited 2 weeks for 1 of the permits.', ['spellOut 2 -> two', 'spellOut 1 -> one']],
    ['The top 3 students won.', ['spellOut 3 -> three']],
    ['They had 10 dogs, 6 cats and 97 hamsters.', ['spellOut 6 -> six']],
    ['The unit lost 3 or 4 trucks.', ['spellOut 3 -> three']],
    ['It ended. 4 men were held.', ['sentenceStart 4 -> Four']],
    ['It ended. 15 men were held.', ['sentenceStart 15']],
    ['It ended. 1,200 men were held.', ['sentenceStart 1,200']],
    ['The court heard fifteen witnesses.', ['figure fifteen']],
    ['The siege lasted twenty-two days.', ['figure twenty-two']],
    ['Some ten million people voted.', ['figure ten']],
  ] as const)('%s', (text, expected) => {
    expect(lintRule(rule, text).map(brief)).toEqual(expected)
  })
})

describe('style/ap-numerals: does not fire (AP exceptions)', () => {
  test.each([
    // ages
    'A 4-year-old boy, aged 5, and the girl, 7, are 6 years old; children between 6 and 13 years of age.',
    // percentages, money, millions
    'Rents rose 3% or 2 percent; it cost $4, Rs 5 or 7 cents; 5 million people.',
    // dimensions, measures, speeds, temperatures, times
    'The plot is 6 feet by 3 feet, 2 miles away, at 5 mph and 4 degrees, at 5 p.m. for 3 hours.',
    // dates, addresses, labels
    'On March 7 at 4 Kerva Road, No. 1 in grade 2, Route 9, page 3, Channel 5 at 9:30.',
    // scores, votes, ratios, proportions
    'The court ruled 5 to 4, the odds were 3 to 1, 1 in 5 voters agreed, and it ended 3-1.',
    'He scored a 4 on the hole and a par 3 after that.',
    // decimals, fractions, ranges of figures, lists
    'It took 2.5 days or 2 1/2 days; items 1, 2, 3 were sold; on April 8 and 9 the shops shut.',
    // numbered list markers and residue at a line end
    'Two questions:\n\n1. Does it assail schools?\n\n2. Does it attack churches?',
    // names with numbers
    'Apollo 9, Windows 7 and Formula 1 are names.',
    // years and sentence starts after an abbreviation
    '2023 was a dry year. The rule is No. 1 in the list.',
    // spelled-out words AP keeps
    'Twelve people came, the Ten Commandments were read, nine times out of ten, a ten to one chance, twenty-first century, ten thousand, fifteen percent.',
    // style rules stay out of quotations
    '"We saw 3 men and fifteen cars," she said.',
  ])('%s', (text) => {
    expect(lintRule(rule, text).map(brief)).toEqual([])
  })

  test('headlines use figures in AP style', () => {
    expect(lintRule(rule, '3 held after fifteen cars burn\n\nThe police held three men.')).toEqual([])
  })
})

describe('style/ap-numerals: fixes', () => {
  test('only simple figures from 1 to 9 are fixed, exactly and idempotently', () => {
    const text = 'It ended. 4 men and 3 women were held for fifteen days. 12 were freed.'
    const output = 'It ended. Four men and three women were held for fifteen days. 12 were freed.'
    expect(fixRule(rule, text)).toBe(output)
    expect(fixRule(rule, output)).toBe(output)
  })
})
