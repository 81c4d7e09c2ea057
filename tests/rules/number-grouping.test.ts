import { describe, expect, test } from 'vitest'
import rule from '../../rules/number-grouping.js'
import type { Diagnostic } from '../../src/engine/diagnostic.js'
import { fixRule, lintRule } from '../helpers.js'

/** `messageId actual -> expected` (no arrow when the finding has no safe replacement). */
const brief = (d: Diagnostic) => `${d.messageId} ${d.actual}${d.expected.length > 0 ? ` -> ${d.expected[0]}` : ''}`

describe('number-grouping: fires', () => {
  test.each([
    // Indian (lakh) grouping, with its exact international regrouping
    ['Around 4,70,000 of them went home.', ['indian 4,70,000 -> 470,000']],
    ['The trust holds 1,00,00,000 shares.', ['indian 1,00,00,000 -> 10,000,000']],
    ['It paid 12,34,567 in dues.', ['indian 12,34,567 -> 1,234,567']],
    ['Police seized Rs 2,15,40,300 in cash.', ['indian 2,15,40,300 -> 21,540,300']],
    ['The bill came to Rs1,25,000.', ['indian 1,25,000 -> 125,000']],
    ['Aid of INR 3,00,000 was paid.', ['indian 3,00,000 -> 300,000']],
    ['The fee was 1,17,500.75 in all.', ['indian 1,17,500.75 -> 117,500.75']],
    ['The Dorvan plant employs 1,20,000 people.', ['indian 1,20,000 -> 120,000']],
    ['"We counted 6,50,000 votes," the officer said.', ['indian 6,50,000 -> 650,000']],
    // one malformed number, not a list
    ['The ship carried 1,0000 tonnes.', ['malformed 1,0000']],
    ['The fine was $12,34 on appeal.', ['malformed 12,34']],
    ['They raised Rs 5,4321 for the school.', ['malformed 5,4321']],
    ['Turnout reached 1,000,00 voters.', ['malformed 1,000,00']],
    ['Exports were 1,000,00,000 units.', ['malformed 1,000,00,000']],
    ['A sum of 1,05 was missing.', ['malformed 1,05']],
    ['The total was 1,000,00.50 in all.', ['malformed 1,000,00.50']],
    // doubled and mixed separators
    ['About 1,,500 people signed.', ['doubled 1,,500 -> 1,500']],
    ['Sales hit 2,000,,000 units.', ['doubled 2,000,,000 -> 2,000,000']],
    ['Turnout was 1.000,000 in all.', ['mixed 1.000,000']],
    ['The total was 1.,500 that day.', ['mixed 1.,500']],
    // European formats
    ['The club paid 2.450.000 euros.', ['european 2.450.000 -> 2,450,000']],
    ['The bill was 1.234,50 a month.', ['european 1.234,50 -> 1,234.50']],
    ['The tab was 12.345.678,9 in total.', ['european 12.345.678,9 -> 12,345,678.9']],
    ['Prices rose 3,5 percent in May.', ['decimalComma 3,5 -> 3.5']],
    ['Prices rose 2,75% in May.', ['decimalComma 2,75 -> 2.75']],
    ['The ratio was 0,5 at the close.', ['decimalComma 0,5 -> 0.5']],
    // a space inside one number
    ['The index lost 9.1 points, or 1. 25 percent, on Friday.', ['spaced 1. 25 -> 1.25']],
    ['Output rose by 3. 5 percent in May.', ['spaced 3. 5 -> 3.5']],
    ['The plan costs $4. 5 billion.', ['spaced 4. 5 -> 4.5']],
    ['Some 10, 000 people marched.', ['spaced 10, 000 -> 10,000']],
    // no thousands separator where the story groups its other figures
    ['The Orel index closed at 31544.2 and the Vesk index at 4,105.9.', ['ungrouped 31544.2 -> 31,544.2']],
    ['The Vesk index stood at 3,278.1 and the Tarn index at 1892.5 points.', ['ungrouped 1892.5 -> 1,892.5']],
    // a full stop that may be a thousands separator in a money amount
    // issue 11: grouping that is neither international nor Indian, spaces inside figures, words in figures
    ['The bank opened 3,7500 new accounts.', ['malformed 3,7500']],
    ['The Rivo index settled at 318. 06 on Friday.', ['spaced 318. 06 -> 318.06']],
    ['The index closed 46. 12 points higher.', ['spaced 46. 12 -> 46.12']],
    ['The state spent Rs 64, 350 on each bed.', ['spaced 64, 350 -> 64,350']],
    ['Lead traded at 16 420 yuan, and tin at 21,300 yuan.', ['spaced 16 420 -> 16,420']],
    ['Officials counted 1,150 rifles and 1740 registered pistols in the town.', ['ungrouped 1740 -> 1,740']],
    ['About 2,300 fled, and 4600 people stayed behind.', ['ungrouped 4600 -> 4,600']],
    ['Ticket sales reached 84,000, with 12750 sold on Sunday.', ['ungrouped 12750 -> 12,750']],
    ['Each family got Rs 2,40,000 and each driver Rs 36500 in aid.', ['indian 2,40,000 -> 240,000', 'ungrouped 36500 -> 36,500']],
    ['Each family got Rs 15 Thousand in relief.', ['scaleWord 15 Thousand -> 15,000']],
    ['The debt stood at 2.5 Billion dollars.', ['scaleWord 2.5 Billion -> 2.5 billion']],
    ['The fine was 30 thousands of rupees.', ['scaleWord 30 thousands -> 30,000']],
    ['The court awarded ₹three lakh to each victim.', ['spelledAmount ₹three']],
    ['The fee is Rs. 2,000/- for each form.', ['dashSuffix /- -> ']],
    ['Silver closed at $3.245.75 an ounce, off $3,300.', ['malformed 3.245.75']],
    ['The port handled 212.640 tonnes, against 180,000 a year ago.', ['ambiguousPoint 212.640']],
    ['Nickel rose to $17.245 a tonne, off its peak of $18,020.', ['ambiguousPoint 17.245']],
    ['The contract rose to 71.330 yuan, or about 9,950 dollars.', ['ambiguousPoint 71.330']],
  ] as const)('%s', (text, expected) => {
    expect(lintRule(rule, text).map(brief)).toEqual(expected)
  })
})

describe('number-grouping: does not fire', () => {
  test.each([
    // years, ranges, scores, times, decimals, dates
    'The treaty was signed in 2023 and renewed in 1998.',
    'Between 1,000-2,000 people came; 10-12 were hurt; the score was 3-1.',
    'The session ended at 14:58 and resumed at 15.30.',
    'Pi is about 3.14 and the rate was 6.5%.',
    'It was filed on 10.01.2022 and again on 12.3.22.',
    'A 1,234-page report, No. 1,234 in the series.',
    'The dollar index stood at 92.547, up from 92.300.',
    'The average yield was 2.325% this week.',
    'The euro rose to $1.125 after the vote, while copper held at $8,900.',
    'Gasoline averaged $3.599 a gallon; the index was 12,400.',
    'Shares rose to $12.345 a share against 10,000 last year.',
    'It sold a $1.250 billion bond and a $2.125bn note; the fund has $40,000.',
    // lists, not single numbers
    'Rows 12,34 and 56 were marked.',
    'Items 1, 2, 3 and 4 were sold.',
    'Pages 12,34 were torn.',
    'The years 2019,2020 and 2021 were dry.',
    'Codes 01,02 and 03 apply.',
    'Scores of 4.5,3 and 2 were given.',
    'Ratings of 1,2,3 were possible.',
    'Grades 1,2.5 and 3 were possible.',
    // sentence boundaries that look like spaced decimals
    'The law passed in 2014. 5 people objected.',
    'The results are on page 3. 25 percent of voters agreed.',
    'Turn to chapter 2. 10 percent of the text is new.',
    'The agents 6, 007 and 008 left.',
    // codes, versions, addresses, links, phone numbers
    'Version 1.2.3 shipped; the server at 192.168.100.200 answered.',
    'Call 022-2345-6789 or +1.202.555.0123 today.',
    'See https://example.org/a/4,70,000 or mail 1,00,000@example.org for details.',
    'The A4 sheet and COVID-19 cases were counted.',
    // ungrouped figures without evidence of comma grouping, and years
    'The index closed at 26788.47 on Monday.',
    'Attendance was 12,500 in 2014.5 rounds.',
    'Flight 12345 landed at 31978 Mound Road.',
    'Scores ranged from 1..5 in the survey.',
    // issue 11 near misses: years, times, codes, addresses, lists and house style stay alone
    'In 1890 about 1,200 people lived there; by 2015 police had 3,400 officers.',
    'The 2019 elections drew 1,300 candidates and the 2024 polls 1,500.',
    'Flight 2231 left at 1930 hours with 1,204 people; room 4410 was empty.',
    'The shop at 2274 Elm Road sold 1,100 lamps; the 2100 block was shut.',
    'Bids ranged from $2400 to $3100 a joint, and 1000 rooms cost $5000, but one cost $1,200.',
    'He scored 3 hundreds and 1,450 runs; 50 millions of dollars were later pledged.',
    'STOCKS HIT 20 Thousand Mark\n\nThe index rose 1,200 points.',
    'Call 22 345 678 or 1,800 others; the score was 12 000 to nil.',
    'The law passed in 2014. 5 people objected, and on page 3. 25 percent agreed.',
    'Codes 1,2 and 3 were used; No. 1. 25 voters came.',
    'The budget (in Rs crore) was 1,200 and the tab was $ million.',
  ])('%s', (text) => {
    expect(lintRule(rule, text).map(brief)).toEqual([])
  })
})

describe('number-grouping: options and fixes', () => {
  test('allowIndian accepts lakh grouping but still flags malformed numbers', () => {
    const text = 'It cost 4,70,000 and 1,0000 more.'
    expect(lintRule(rule, text, { allowIndian: true }).map(brief)).toEqual(['malformed 1,0000'])
  })

  test('allowIndian does not hide European formats', () => {
    expect(lintRule(rule, 'It cost 2.450.000.', { allowIndian: true }).map(brief)).toEqual([
      'european 2.450.000 -> 2,450,000',
    ])
  })

  test('safe fixes regroup exactly and are idempotent', () => {
    const text = 'Some 4,70,000 came, 1,,500 left, 2.450.000 paid and it rose 1. 25 percent to 9,100.'
    const output = 'Some 470,000 came, 1,500 left, 2,450,000 paid and it rose 1.25 percent to 9,100.'
    expect(fixRule(rule, text)).toBe(output)
    expect(fixRule(rule, output)).toBe(output)
  })

  test('findings without a certain conversion carry no expected', () => {
    for (const d of lintRule(rule, 'Turnout was 1.000,000 and $17.245 a tonne after $18,020.')) {
      expect(d.expected).toEqual([])
    }
  })

  test('hard-wrapped copy still matches (a line break inside a spaced number)', () => {
    expect(lintRule(rule, 'The index fell, or 1.\n25 percent, on Friday.').map(brief)).toEqual(['spaced 1.\n25 -> 1.25'])
  })

  test('seed-like sentence: a lakh-grouped figure among clean ones', () => {
    const text =
      'Since 2015 the army has detained 21,480 suspects, and about a million people returned, 3,60,000 of whom settled near Kerva.'
    expect(lintRule(rule, text).map(brief)).toEqual(['indian 3,60,000 -> 360,000'])
  })

  // Speed on such input is measured by `npm run bench` (adversarial inputs); catastrophic
  // backtracking in the rule's regexes is ruled out by tests/properties/redos.test.ts.
  test('hostile input: no finding in the runs of digits, and a real one after them still found', () => {
    const hostile = `${'1,'.repeat(5000)}1 ${'9.'.repeat(5000)} ${'0, '.repeat(3000)}`
    const text = `${hostile}\n\nAround 4,70,000 of them went home.`
    const diagnostics = lintRule(rule, text)
    // `1,1,1,...`, `9.9.9...` and `0, 0, ...` read as lists (like `Ratings of 1,2,3` above), not numbers.
    expect(diagnostics.map(brief)).toEqual(['indian 4,70,000 -> 470,000'])
    expect(diagnostics[0]?.offset).toBe(text.lastIndexOf('4,70,000'))
  })
})
