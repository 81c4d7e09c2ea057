import { describe, expect, test } from 'vitest'
import rule from '../../rules/date-format.js'
import type { Diagnostic } from '../../src/engine/diagnostic.js'
import { lintRule } from '../helpers.js'

/** `messageId actual` plus the message's detail after the actual text. */
const brief = (d: Diagnostic) => `${d.messageId} ${d.actual}`

describe('date-format: fires', () => {
  test.each([
    // all-numeric dates that read two ways
    ['PNA | Updated: 04-05-2023 11:02 IST', ['ambiguous 04-05-2023']],
    ['The court sits again on 3/4/21.', ['ambiguous 3/4/21']],
    ['Source: Tassar 11-02-23 09:15 local time', ['ambiguous 11-02-23']],
    ['Tassar 20-01-22 09:15', ['ambiguous 20-01-22']],
    ['The note is dated 06.11.2019 in the archive.', ['ambiguous 06.11.2019']],
    // numeric dates that read one way only
    ['Updated: 15-02-2024 18:11 IST', ['numeric 15-02-2024']],
    ['The lease ends 12/25/2031.', ['numeric 12/25/2031']],
    ['Signed in Kerva on 25.12.2021.', ['numeric 25.12.2021']],
    ['Signed on 07-07-2021 by both sides.', ['numeric 07-07-2021']],
    // machine timestamps pasted from a feed
    ['and last updated 2021-03-14 16:05:44-05', ['timestamp 2021-03-14 16:05:44-05']],
    ['Published 2024-09-01T07:30Z by the desk.', ['timestamp 2024-09-01T07:30Z']],
    // days that do not exist
    ['The offer closes on February 30.', ['impossible February 30']],
    ['Results are due April 31, the board said.', ['impossible April 31']],
    ['The vote is on 31 June.', ['impossible 31 June']],
    ['The levy began on February 29, 2023.', ['impossible February 29, 2023']],
    ['The census ran to Feb. 29, 2100.', ['impossible Feb. 29, 2100']],
    ['The fair ends on the 30th of February.', ['impossible 30th of February']],
    ['Strikes were held on June 30-31.', ['impossible June 30-31']],
    ['The decree is dated 31-04-2022.', ['impossible 31-04-2022']],
    ['The file says 2022-02-29 in its header.', ['impossible 2022-02-29']],
    // a weekday that contradicts its date
    ['Polls opened on Sunday, January 11, 2022.', ['weekday Sunday']],
    ['The summit opens on Friday, 3 March 2025.', ['weekday Friday']],
    ['The report is due January 12, 2022 (Monday).', ['weekday Monday']],
    ['The talks on Thursday, Sept. 3, 2025, ended early.', ['weekday Thursday']],
    // the year comes from the dateline, across the new year
    ['KERVA, Dec. 30, 2021 (PNA) - The court will rule on Tuesday, Jan. 3.', ['weekday Tuesday']],
    ['Posted 10:02 AM, March 2, 2025\n\nThe council meets on Monday (March 4).', ['weekday Monday']],
    ['Updated: 02-03-2025 10:02 IST\n\nThe council meets on Monday (March 4).', ['ambiguous 02-03-2025', 'weekday Monday']],
    // or from two full dates in the body that agree
    ['The fund, set up on May 2, 2024, and renewed on June 3, 2024, meets on Tuesday, June 10.', ['weekday Tuesday']],
    // mechanical: inside quotations too
    ['"We meet on Sunday, January 11, 2022," she said.', ['weekday Sunday']],
  ] as const)('%s', (text, expected) => {
    expect(lintRule(rule, text).map(brief)).toEqual(expected)
  })

  test('messages name the readings and the true weekday', () => {
    const [ambiguous] = lintRule(rule, 'Dated 10-01-2022.')
    expect(ambiguous?.message).toBe(
      'Unexpected ambiguous numeric date `10-01-2022` (10 January 2022 or 1 October 2022), write the month in words',
    )
    const [weekday] = lintRule(rule, 'KERVA, Dec. 30, 2021 (PNA) - The court will rule on Tuesday, Jan. 3.')
    expect(weekday?.message).toBe('Unexpected weekday `Tuesday` for `Jan. 3`, which falls on a Monday in 2022')
    const [leap] = lintRule(rule, 'It began on 29 February 2023.')
    expect(leap?.message).toBe('Unexpected impossible date `29 February 2023`, February has 28 days in 2023')
  })

  test('no fix is offered', () => {
    for (const d of lintRule(rule, 'Dated 10-01-2022, held on Sunday, January 11, 2022, until April 31.')) {
      expect(d.expected).toEqual([])
    }
  })
})

describe('date-format: does not fire', () => {
  test.each([
    // correct dates and weekdays
    'Polls opened on Tuesday, January 11, 2022, and closed on Jan. 12.',
    'The summit opens on Monday, 3 March 2025.',
    'The levy began on February 29, 2024.',
    'Riots took place on January 2-7 and ended on 11th January.',
    'KERVA, Dec. 30, 2021 (PNA) - The court will rule on Monday, Jan. 3.',
    'Posted 10:02 AM, March 2, 2025\n\nThe council meets on Tuesday (March 4).',
    // no year anywhere: no guess
    'Rallies are planned for Monday, March 3.',
    'The minister said on Monday that talks would resume on Thursday.',
    'He arrived Sunday and left Monday, a day early.',
    // a lone historical date does not date the story
    'The board meets on Monday, March 3; its first meeting, on March 5, 1960, was a Saturday.',
    // body dates years apart give no safe year
    'Founded on May 2, 2001, and renamed on June 3, 2019, the fund meets on Tuesday, June 10.',
    // months without a day, counts, years outside 1900-2100
    'Prices rose in January and fell in January 2023.',
    'In October 30 people were hurt and May 45 is no date.',
    'The treaty of January 11, 1850 (Monday) is older.',
    // ISO dates are standard
    'The deadline is 2024-05-14 and the review 2024-06-01.',
    // scores, phone numbers, ratios, versions, times, addresses, paths
    'The final ended 10-01 after extra time, and the series stands 3-1-1.',
    'Call 022-2345-6789 or +44-20-7946-0000 before 14:58.',
    'The ratio was 3:1 and the vote 5-4; half is 1/2 and 9/11 is a date name.',
    'Version 2.10.12 and build 1.2.3 shipped; the server is 192.168.1.10.',
    'Open 24/7 from 10:01:22 onward; section 4.1.2 applies.',
    'See https://example.org/news/10-01-2022/story and mail desk-10-01-2022@example.org today.',
    'The club finished with a 12-10-12 record this season.',
    'Scores of 21-18, 21-15 and 6-3 6-4 were posted.',
    'Codes A10-01-2022 and 10-01-2022B are not dates.',
  ])('%s', (text) => {
    expect(lintRule(rule, text).map(brief)).toEqual([])
  })

  test('unambiguousNumeric: false keeps ambiguous dates only', () => {
    const text = 'Signed on 15-02-2024 and filed on 04-05-2024.'
    expect(lintRule(rule, text, { unambiguousNumeric: false }).map(brief)).toEqual(['ambiguous 04-05-2024'])
  })

  test('allow silences one date', () => {
    expect(lintRule(rule, 'Dated 10-01-2022.', { allow: ['10-01-2022'] })).toEqual([])
  })

  // Speed on such input is measured by `npm run bench` (adversarial inputs); catastrophic
  // backtracking in the rule's regexes is ruled out by tests/properties/redos.test.ts.
  test('hostile input: every finding in bounds, and a real one after it still found', () => {
    const hostile = `${'1-'.repeat(4000)}2022 ${'Monday, January '.repeat(800)}${'31 June '.repeat(500)}`
    const text = `${hostile}\n\nThe offer closes on February 30.`
    const diagnostics = lintRule(rule, text)
    for (const d of diagnostics) expect(text.slice(d.offset, d.endOffset)).toBe(d.actual)
    // `31 June 31 June ...`: each of the 499 `June 31` between two repeats, then the real one.
    expect(diagnostics.map(brief)).toEqual([...Array<string>(499).fill('impossible June 31'), 'impossible February 30'])
    expect(diagnostics.at(-1)?.offset).toBe(text.lastIndexOf('February 30'))
  })
})
