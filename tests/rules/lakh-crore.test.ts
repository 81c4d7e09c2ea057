import { parseRuleOptions } from '../../src/config/resolve.js'
import { describe, expect, test } from 'vitest'
import rule from '../../rules/lakh-crore.js'
import type { Diagnostic } from '../../src/engine/diagnostic.js'
import { fix } from '../../src/index.js'
import { fixRule, lintRule } from '../helpers.js'

/** `messageId actual -> expected`, or `messageId actual ~ converted` when the fix needs review. */
function brief(d: Diagnostic): string {
  if (d.expected.length > 0) return `${d.messageId} ${d.actual} -> ${d.expected[0]}`
  const converted = /`([^`]*)`[^`]*$/u.exec(d.message)?.[1] ?? ''
  return `${d.messageId} ${d.actual} ~ ${converted}`
}

describe('lakh-crore: fires', () => {
  test.each([
    // the conversions, exact
    ['The state spent Rs 89,000 crore on roads.', ['unit Rs 89,000 crore -> 890 billion rupees']],
    ['The debt stood at 2.23 lakh crore.', ['unit 2.23 lakh crore -> 2.23 trillion']],
    ['About 4.7 lakh pilgrims came.', ['unit 4.7 lakh -> 470,000']],
    ['The board cleared Rs 500 crore for the port.', ['unit Rs 500 crore -> 5 billion rupees']],
    ['Nearly 1.5 crore people voted.', ['unit 1.5 crore -> 15 million']],
    // decimals without floating-point artefacts
    ['The haul was worth Rs 45.11 lakh.', ['unit Rs 45.11 lakh -> 4.511 million rupees']],
    ['Officers seized Rs 18.78 crore, and Rs 12.11 crore was returned.', [
      'unit Rs 18.78 crore -> 187.8 million rupees',
      'unit Rs 12.11 crore -> 121.1 million rupees',
    ]],
    ['The bank lent Rs 1.49 lakh crore in all.', ['unit Rs 1.49 lakh crore -> 1.49 trillion rupees']],
    ['A tax of 0.35 lakh applies.', ['unit 0.35 lakh -> 35,000']],
    ['It raised 1.234567 lakh.', ['unit 1.234567 lakh -> 123,456.7']],
    // spellings: plural, capitalised, lac, cr, Rs., INR, ₹, no space
    ['They owe Rs 88,000 crores.', ['unit Rs 88,000 crores -> 880 billion rupees']],
    ['Some 4 Crore women enrolled.', ['unit 4 Crore -> 40 million']],
    ['Each got Rs 5 lacs.', ['unit Rs 5 lacs -> 500,000 rupees']],
    ['Police seized Rs 18.78cr.', ['unit Rs 18.78cr -> 187.8 million rupees']],
    ['Aid of Rs. 5 lakh was paid.', ['unit Rs. 5 lakh -> 500,000 rupees']],
    ['Aid of Rs.5 lakh was paid.', ['unit Rs.5 lakh -> 500,000 rupees']],
    ['The budget is INR 750 crore.', ['unit INR 750 crore -> 7.5 billion rupees']],
    ['The budget is ₹750 crore.', ['unit ₹750 crore -> 7.5 billion rupees']],
    ['The town has 3 LAKH voters.', ['unit 3 LAKH -> 300,000']],
    ['A lakh people and one crore trees.', ['unit A lakh -> 100,000', 'unit one crore -> 10 million']],
    ['Farmers got 5 lakh rupees each.', ['unit 5 lakh -> 500,000']],
    ['The firm paid Rs 2,50,000 crore.', ['unit Rs 2,50,000 crore -> 2.5 trillion rupees']],
    // ranges, the scale word once
    ['Each family gets Rs 5-6 lakh.', ['unit Rs 5-6 lakh -> 500,000-600,000 rupees']],
    ['Some 50-60 lakh voters stayed home.', ['unit 50-60 lakh -> 5-6 million']],
    ['It will cost 8 to 12 crore.', ['unit 8 to 12 crore -> 80 to 120 million']],
    // no figure
    ['Lakhs of people lined the route.', ['unit Lakhs of -> hundreds of thousands of']],
    ['They spent crores of rupees.', ['unit crores of -> tens of millions of']],
    ['Several lakh people came.', ['unit lakh -> hundred thousand']],
    ['Several lakhs of people came.', ['unit lakhs of -> hundred thousand']],
    // a money amount used before a noun, or hyphenated: the conversion needs rewording
    ['A Rs 5 lakh grant was approved.', ['unit Rs 5 lakh ~ 500,000 rupees']],
    ['The Rs 6,600 crore projects opened.', ['unit Rs 6,600 crore ~ 66 billion rupees']],
    ['The Rs 500-crore plan stalled.', ['unit Rs 500-crore ~ 5-billion-rupee']],
    ['A 10-lakh-strong rally formed.', ['unit 10-lakh ~ 1-million']],
    ['Some 5 lakhs of rupees vanished.', ['unit 5 lakhs ~ 500,000']],
    ['They spent several crore on it.', ['unit several crore ~ tens of millions']],
    // in a direct quotation the editor adds the conversion instead of rewriting the quote
    ['"We lost Rs 40 lakh," the trader said.', ['quoted Rs 40 lakh ~ 4 million rupees']],
    ['She said there were "cases of Rs 700 crore in the ministry".', ['quoted Rs 700 crore ~ 7 billion rupees']],
    // rupee abbreviations without Indian units
    ['Tickets cost Rs 250 and INR 1,200.', ['currency Rs 250 -> 250 rupees', 'currency INR 1,200 -> 1,200 rupees']],
    ['A coin of Rs 1 was found.', ['currency Rs 1 -> 1 rupee']],
    ['The fee is Rs. 12.50 per page.', ['currency Rs. 12.50 -> 12.50 rupees']],
    ['The fund has Rs 2.5 million.', ['currency Rs 2.5 million -> 2.5 million rupees']],
    ['Bids were Rs 500-600 each.', ['currency Rs 500-600 -> 500-600 rupees']],
    ['The fee is Rs 500/- only.', ['currency Rs 500/- -> 500 rupees']],
    // number-grouping regroups the figure first; the next fix pass writes out the rupees.
    ['Police found Rs 1,17,500 in a bag.', []],
    ['Police found Rs 117,500 in a bag.', ['currency Rs 117,500 -> 117,500 rupees']],
    ['A Rs 500 fine was imposed.', ['currency Rs 500 ~ 500 rupees']],
  ] as const)('%s', (text, expected) => {
    expect(lintRule(rule, text).map(brief)).toEqual(expected)
  })
})

describe('lakh-crore: does not fire', () => {
  test.each([
    'The grant was 30 million rupees, or about $360,000.',
    'Floods hit Lakhimpur and the Lac-Mégantic line; shellac prices held.',
    'The RS passed the bill; Messrs Oduya and Lenk agreed.',
    'The crorepati show returns, said Lakh Bahadur.',
    'Lac Vert lies 5 km away.',
    'The 20 cr of course credit was waived.',
    'The crisis of 5 cr units was mentioned.',
    '"Give us Rs 500 now," the vendor said.',
    'The Rs index rose 2.5 percent.',
  ])('%s', (text) => {
    expect(lintRule(rule, text).map(brief)).toEqual([])
  })
})

describe('lakh-crore: options and fixes', () => {
  test('allowIndianUnits accepts lakh and crore figures with their Rs', () => {
    const text = 'The grant was Rs 3 crore and 4.7 lakh people applied; tickets cost Rs 250.'
    expect(lintRule(rule, text, { allowIndianUnits: true }).map(brief)).toEqual(['currency Rs 250 -> 250 rupees'])
  })

  test('allowIndianUnits with currency keep: nothing fires (Indian house style)', () => {
    const text = 'The grant was Rs 3 crore and 4.7 lakh people applied; tickets cost Rs 250.'
    expect(lintRule(rule, text, { allowIndianUnits: true, currency: 'keep' })).toEqual([])
  })

  test('currency keep converts the unit and leaves Rs', () => {
    expect(lintRule(rule, 'The grant was Rs 3 crore and Rs 250.', { currency: 'keep' }).map(brief)).toEqual([
      'unit 3 crore -> 30 million',
    ])
  })

  test('an unknown currency option is rejected', () => {
    expect(() => parseRuleOptions(rule, { currency: 'inr' })).toThrow()
  })

  test('safe fixes give international copy and are idempotent', () => {
    const text = 'The state set aside Rs 89,000 crore, and 4.7 lakh farmers got Rs 5,000 each.'
    const output = 'The state set aside 890 billion rupees, and 470,000 farmers got 5,000 rupees each.'
    expect(fixRule(rule, text)).toBe(output)
    expect(fixRule(rule, output)).toBe(output)
  })

  test('suggestions and quotations carry no expected', () => {
    const text = '"We lost Rs 40 lakh," he said of the Rs 500-crore plan.'
    for (const d of lintRule(rule, text)) expect(d.expected).toEqual([])
  })

  // Speed on such input is measured by `npm run bench` (adversarial inputs); catastrophic
  // backtracking in the rule's regexes is ruled out by tests/properties/redos.test.ts.
  test('hostile input: every finding in bounds, each repeat found once, and a real one after it', () => {
    const hostile = `${'Rs 1,'.repeat(3000)} ${'9 lakh-'.repeat(3000)} ${'lakhs of '.repeat(2000)}`
    const text = `${hostile}\n\nNearly 1.5 crore people voted.`
    const diagnostics = lintRule(rule, text)
    for (const d of diagnostics) expect(text.slice(d.offset, d.endOffset)).toBe(d.actual)
    const counts = new Map<string, number>()
    for (const d of diagnostics) counts.set(`${d.messageId} ${d.actual}`, (counts.get(`${d.messageId} ${d.actual}`) ?? 0) + 1)
    expect(Object.fromEntries(counts)).toEqual({ 'currency Rs 1': 3000, 'unit 9 lakh': 3000, 'unit lakhs of': 2000, 'unit 1.5 crore': 1 })
    // `9 lakh-` needs rewording, so no amount in the story gets a fix.
    expect(diagnostics.at(-1)).toMatchObject({ offset: text.lastIndexOf('1.5 crore'), actual: '1.5 crore' })
    expect(diagnostics.at(-1)?.expected ?? []).toEqual([])
  })
})

describe('lakh-crore with number-grouping: one finding per figure, and --fix ends consistent', () => {
  const config = { preset: 'none' as const, rules: { 'lakh-crore': 'warning' as const, 'number-grouping': 'error' as const } }
  test.each([
    // number-grouping regroups or rewrites the figure; the next pass writes out the rupees
    ['Dealers paid Rs 1,25,000 and then Rs 20 Thousands a tonne for the onions.', 'Dealers paid 125,000 rupees and then 20,000 rupees a tonne for the onions.'],
    // one amount cannot be converted word for word, so none is
    ['Officers seize Rs 18cr cash\n\nOfficers seized Rs 18 crore in cash and Rs 1,25,000 in gold.', 'Officers seize Rs 18cr cash\n\nOfficers seized Rs 18 crore in cash and Rs 125,000 in gold.'],
  ])('%s', async (text, output) => {
    expect((await fix(text, { config })).output).toBe(output)
  })
})
