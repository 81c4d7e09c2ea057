import { describe, expect, test } from 'vitest'
import rule from '../../rules/broken-paragraph.js'
import truncated from '../../rules/truncated-text.js'
import { fixRule, lintRule } from '../helpers.js'

const ids = (text: string) => lintRule(rule, text).map((d) => `${d.messageId} ${d.actual.replace(/\n/gu, '|')}`)

const body = 'Dock workers in Varna Bay returned to work on Monday after a six-day strike over pay.'
const more = 'The harbour master said the first ships would leave on Tuesday from the grain terminal.'
const long = 'The port authority said it would review shift patterns at the container terminal and the grain terminal before the end of the year.'

describe('breaks inside a sentence', () => {
  test.each([
    // Paragraph breaks in the body.
    [`${body}\n\nThe union said the talks on shift patterns and overtime at the grain\n\nterminal would resume on Friday.`, 'paragraphBreak grain||terminal'],
    [`${body}\n\nThe union said the talks would resume on Friday at the offices of the\n\n\nport authority in the old town.`, 'paragraphBreak the|||port'],
    [`${body}\n\nThe union said that the talks, which had stalled over overtime pay,\n\nwould resume on Friday.`, 'paragraphBreak pay,||would'],
    // One paragraph per line, a line break in the lede under a headline that has no verb.
    ['The flood situation in the Orrin valley\nworsened on Monday with some 30,000 people affected by the floods in four districts of the province, officials said.\nTwo people drowned, the report said.', 'lineBreak valley|worsened'],
    // A headline ending on a function word.
    ['Dock workers in Varna Bay return to work after six days of\n\nstrikes over pay, the union said on Monday evening in a statement.', 'paragraphBreak of||strikes'],
    // A short sentence left on an article, and a verbless one with a comma (issue 12).
    [`${body}\n\nThe mayor is content. He has a\n\n\nloyal crew and two ferries.`, 'paragraphBreak a|||loyal'],
    [`${body}\n\nThe port was shut. Undeterred by the strike, a small band\n\nof volunteers loaded the ferry on Friday.`, 'paragraphBreak band||of'],
    // One stray line break in a story of long single-line paragraphs.
    [`${long}\n\nThe union said the talks on shift patterns would\nresume on Friday at the port.\n\n${long}`, 'lineBreak would|resume'],
  ])('fires: %s', (text, expected) => {
    expect(ids(text)).toEqual([expected])
  })

  test('joins the pieces with one space when the break is certainly inside a sentence', () => {
    expect(fixRule(rule, `${body}\n\nThe union said the talks on shift patterns and overtime at the grain\n\nterminal would resume on Friday.`)).toBe(
      `${body}\n\nThe union said the talks on shift patterns and overtime at the grain terminal would resume on Friday.`,
    )
    // Under a headline the break is only suggested.
    const headline = 'The flood situation in the Orrin valley\nworsened on Monday with some 30,000 people affected by the floods in four districts of the province, officials said.'
    expect(fixRule(rule, headline)).toBe(headline)
  })

  test('truncated-text leaves the break to broken-paragraph (one finding per defect)', () => {
    const text = 'The flood situation in the Orrin valley\nworsened on Monday with some 30,000 people affected by the floods in four districts of the province, officials said.\nTwo people drowned, the report said.'
    expect(lintRule(truncated, text)).toEqual([])
    expect(lintRule(truncated, `${body}\n\nThe union said the talks on shift patterns and overtime at the grain\n\nterminal would resume on Friday.`)).toEqual([])
  })
})

describe('flattened tables', () => {
  test.each([
    ['Relief amounts\n\nType of claimAmount for deathAmount for injuryAmount for minor hurt', 'flattened Type of claimAmount for deathAmount for injuryAmount for minor hurt'],
    [`${body}\n\nroute nameFirst sailingLast sailingFare band`, 'flattened route nameFirst sailingLast sailingFare band'],
  ])('fires: %s', (text, expected) => {
    expect(ids(text)).toEqual([expected])
  })
})

describe('near misses', () => {
  test.each([
    // A headline and a paragraph that lost its first letters (truncated-text's finding).
    `Port strike ends\n\nfficials in Varna Bay said the first ships would leave on Tuesday.`,
    `Port strike ends as dock workers accept the pay offer\n\nfficials in Varna Bay said the first ships would leave on Tuesday.`,
    // A label colon, lower-case brands and name particles.
    `${body}\n\nThe union wrote:\n\nmembers will vote on the offer again in June, the letter said.`,
    `Port strike ends\n\niPhone sales at the port shop fell by half during the strike, the manager said.`,
    `${body}\n\nThe new union leader\n\nvan Dijk said the vote was close and fair.`,
    // A subhead run into the end of a paragraph.
    `${body} Budget cuts\n\nthose watching the port say the cuts will hurt.`,
    // Lists of lower-case items without punctuation.
    `${body}\n\nThe crates held\nflour\nsugar\nsalt\n\n${more}`,
    // Hard-wrapped copy: every paragraph wrapped.
    'Dock workers returned to work on Monday after a six-day\nstrike over pay, the union said.\n\nThe port authority said the first\nships would leave on Tuesday.',
    // Lines wrapped wider than 100 characters: many breaks, a layout and not a slip.
    `${body}\nThe union said the talks on shift patterns and overtime at the grain terminal and the container terminal would\nresume on Friday, and that members would vote on any offer made by the port authority before the end of the\nmonth, when the current agreement runs out and the authority must publish its new pay scales for all dock\nworkers in the port, including those on night shifts at the grain terminal and the oil terminal in the\nnorth of the bay.`,
    // Brand names glued by design, not a flattened table.
    'Shares of BlackRock, SoftBank, WhatsApp and PlayStation makers rose on Monday.',
    // A sentence that ends properly.
    `${body}\n\n${more}`,
    // A verbless heading with no comma run into the end of a paragraph stays a heading (issue 12).
    `${body} A short note on fares\n\nprices and timetables follow on the website of the port.`,
  ])('does not fire: %s', (text) => {
    expect(ids(text)).toEqual([])
  })
})

describe('labels after a break and rows of a flattened table (issue 12)', () => {
  test('a lower-case label or salutation after a break is a new block', () => {
    expect(ids(`${body}\n\nThe harbour master wrote a short verse to mark the end of the long strike at the port\n\nto the editor of the Herald: ${more}`)).toEqual([])
  })

  test('in a story with a flattened table, a short row glued at a capital is another row of it', () => {
    const table = 'Type of claimAmount for deathAmount for injuryAmount for minor hurt'
    expect(ids(`Relief amounts\n\n${table}\n\nIn case of Rail AccidentIn case of Road Accident\n\n${body}`)).toEqual([
      `flattened ${table}`,
      'flattened In case of Rail AccidentIn case of Road Accident',
    ])
    // without a flattened table, one glued pair is a brand or a slip, not a table
    expect(ids(`Relief amounts\n\nIn case of Rail AccidentIn case of Road Accident\n\n${body}`)).toEqual([])
  })
})
