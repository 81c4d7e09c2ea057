// The synthetic defects behind `npm run eval:mechanical`: every variant changes the story only by
// putting its defect in, marks spans that lie inside the story, and the same seed gives the same
// stories (the measure is deterministic).
import { describe, expect, test } from 'vitest'
import { rng } from '../../rules/lib/garbled/synth.js'
import {
  acronymExpansion,
  malformedNumber,
  names,
  quotePunctuation,
  repeatedAttribution,
  sentencesOf,
  spacing,
  truncation,
  unbalancedQuote,
  type Variant,
} from '../../scripts/lib/inject.js'

// A carrier story of our own: five plain paragraphs of two or three sentences.
const story = [
  'The harbour board met on Monday to discuss the new ferry timetable for the summer. Members agreed that the early crossing would start a week sooner than planned. The chairman said the vote was close.',
  'Traders at the fish market have asked for longer opening hours since the spring season began. The council has promised to look at their request before the end of the month.',
  'Work on the north pier is running about two weeks behind the schedule agreed last year. Engineers blame the storms that closed the site for most of the winter months.',
  'A survey of residents found that most of them use the ferry at least once a week for shopping. Fewer than a third said they would pay, if asked, a higher fare for a faster boat.',
  'The board will meet again in June to set the fares for the autumn and winter seasons. Its members hope to publish the new timetable in the first week of July.',
]

const kinds: [string, Variant[]][] = [
  ['quotes', quotePunctuation],
  ['balance', unbalancedQuote],
  ['attribution', repeatedAttribution],
  ['numbers', malformedNumber],
  ['spacing', spacing],
  ['names', names],
  ['acronyms', acronymExpansion],
  ['truncation', truncation],
]

describe.each(kinds)('%s', (_, variants) => {
  test.each(variants.map((v) => [v.name, v] as const))('%s', (_name, variant) => {
    let made = 0
    for (let seed = 1; seed <= 40; seed++) {
      const first = variant.inject(story, rng(seed))
      expect(variant.inject(story, rng(seed))).toEqual(first)
      if (!first) continue
      made++
      expect(first.paragraphs.join('\n\n')).not.toBe(story.join('\n\n'))
      expect(first.spans.length).toBeGreaterThan(0)
      for (const [index, start, end] of first.spans) {
        const paragraph = first.paragraphs[index] ?? ''
        expect(0 <= start && start < end && end <= paragraph.length).toBe(true)
      }
    }
    expect(made).toBeGreaterThan(0)
  })
})

test('sentences split after a stop before a capital', () => {
  expect(sentencesOf('The pier opened. It rained. Ships left.')).toEqual(['The pier opened.', 'It rained.', 'Ships left.'])
})
