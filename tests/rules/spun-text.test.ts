import { describe, expect, test } from 'vitest'
import { parseSpunPhrases } from '../../rules/lib/spun-shapes.js'
import spunText, { spunEntries } from '../../rules/spun-text.js'
import { describeDiagnostic, fixRule, lintRule } from '../helpers.js'

const phrases = spunEntries.filter((e) => !e.evidence)
const evidence = spunEntries.filter((e) => e.evidence)
const companion = (phrase: string): string =>
  phrase === 'went via' ? 'The ferry runs solely on weekdays.' : 'The firm went via a rough year.'

describe('spun-text data: every phrase fires on its example and not on its near miss', () => {
  test.each(phrases.map((e) => [e.phrase, e] as const))('%s', (phrase, entry) => {
    const found = lintRule(spunText, entry.example)
    expect(found.map((d) => [d.messageId, d.actual.toLowerCase().replace(/\s+/gu, ' ')])).toEqual([['spun', phrase.toLowerCase()]])
    expect(found[0]?.message.toLowerCase()).toContain(`expected \`${entry.expected.toLowerCase()}\``)
    expect((found[0]?.expected ?? []).length > 0).toBe(entry.fix === 'safe')
    expect(lintRule(spunText, entry.nearMiss)).toEqual([])
  })
})

describe('spun-text data: evidence phrases only count toward the story signal', () => {
  test.each(evidence.map((e) => [e.phrase, e] as const))('%s', (phrase, entry) => {
    expect(lintRule(spunText, entry.example)).toEqual([])
    const withCompanion = lintRule(spunText, `${entry.example} ${companion(phrase)}`, { storyThreshold: 2 })
    // Both substitutions are reported, each where it stands.
    expect(withCompanion.map((d) => d.messageId)).toEqual(['spunStory', 'spunStory'])
    expect(withCompanion[0]?.actual.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'")).toBe(phrase.toLowerCase())
    expect(lintRule(spunText, `${entry.nearMiss} ${companion(phrase)}`, { storyThreshold: 2 })).toEqual([])
  })
})

describe('spun-text behaviour', () => {
  test('the spun copy of the issue is flagged at each substitution', () => {
    const text = "I'll solely tell you the economic system of the state goes via a troublesome state of affairs."
    expect(lintRule(spunText, text).map(describeDiagnostic)).toEqual([
      '1:6-1:12 spunStory Unexpected spinner wording `solely` with 3 other substitutions in this story, check it against the original copy',
      '1:26-1:41 spunStory Unexpected spinner wording `economic system` with 3 other substitutions in this story, check it against the original copy',
      '1:55-1:63 spunStory Unexpected spinner wording `goes via` with 3 other substitutions in this story, check it against the original copy',
      '1:78-1:94 spunStory Unexpected spinner wording `state of affairs` with 3 other substitutions in this story, check it against the original copy',
    ])
  })

  test('a substitution used twice in a spun story is reported both times', () => {
    const text = 'The economic system shrank. Farmers went via a dry year, solely the mills grew. The economic system may recover.'
    expect(lintRule(spunText, text).map((d) => d.actual)).toEqual(['economic system', 'went via', 'solely', 'economic system'])
  })

  test('a story below the threshold is not reported at all', () => {
    expect(lintRule(spunText, 'The economic system shrank, and farmers went via a dry year.')).toEqual([])
  })

  test('talks on achieving the vision, spun, are fixed safely', () => {
    const text = 'Talks on attaining the imaginative and prescient of making the state a USD 2 trillion economic system went on.'
    expect(lintRule(spunText, text).map((d) => d.actual)).toEqual(['imaginative and prescient'])
    expect(fixRule(spunText, text)).toBe('Talks on attaining the vision of making the state a USD 2 trillion economic system went on.')
  })

  test('a capitalised match keeps its capital in the fix', () => {
    expect(fixRule(spunText, 'Imaginative and prescient, he said, is what the port lacks.')).toBe('Vision, he said, is what the port lacks.')
  })

  test('stated for said throughout a story is story-level evidence, never alone', () => {
    const text = 'He stated the dam is safe. She stated the gates were shut. Officials went via the ledger by way of an audit.'
    expect(lintRule(spunText, text).map((d) => [d.messageId, d.actual])).toEqual([
      ['spunStory', 'stated'],
      ['spunStory', 'stated'],
      ['spunStory', 'went via'],
      ['spunStory', 'by way of'],
    ])
    expect(lintRule(spunText, 'He stated the dam is safe. She stated the gates were shut.')).toEqual([])
    const withSaid = 'He stated the dam is safe. She said the gates were shut. Officials went via the ledger by way of an audit.'
    expect(lintRule(spunText, withSaid)).toEqual([])
  })

  test('hard-wrapped phrases still match', () => {
    expect(lintRule(spunText, 'The Supreme\nCourtroom heard the plea.').map((d) => d.messageId)).toEqual(['spun'])
  })

  test('curly apostrophes match straight ones', () => {
    const text = 'The authorities’s plan, solely on paper, went via a review.'
    expect(lintRule(spunText, text).map((d) => d.actual)).toEqual(['authorities’s', 'solely', 'went via'])
  })

  test('quoted speech is never flagged', () => {
    expect(lintRule(spunText, '"The Supreme Courtroom is closed," he joked.')).toEqual([])
  })

  test('extra entries are suggestions, exclude removes built-ins', () => {
    const found = lintRule(spunText, 'The vote tally was late.', { extra: [{ phrase: 'vote tally', expected: 'vote count' }] })
    expect(found.map((d) => [d.actual, d.expected ?? []])).toEqual([['vote tally', []]])
    expect(lintRule(spunText, 'The Excessive Courtroom sat.', { exclude: ['Excessive  Courtroom'] })).toEqual([])
  })
})

describe('spun-text: a verb phrase in the place of a noun (issue 13 point 3)', () => {
  test.each([
    ['The council made a last-minute make an effort to keep the depot open.', 'a last-minute make an effort'],
    ['Inspectors carried out a final take a look at the pier on Friday.', 'a final take a look'],
    ['The board approved a new give a hand scheme for the growers.', 'a new give a hand'],
  ])('%s', (text, actual) => {
    const found = lintRule(spunText, text)
    expect(found.map((d) => [d.messageId, d.actual])).toEqual([['verbPhraseNoun', actual]])
    expect(found[0]?.expected ?? []).toEqual([])
  })

  test.each([
    // The plain noun, a plural or collective subject with a base verb, quantities, compounds.
    'The council made a last-minute bid to keep the depot open.',
    'The home side make a change at half-time, and the visitors make two.',
    'A few make a living from the ferry, and a lot take the bus.',
    'It was a make-or-break vote for the growers.',
    'Dock hands who take a break must make a note of it.',
    'Under a new scheme farmers get a bonus for each crate.',
    'With a late surge prices take a turn upward.',
  ])('%s', (text) => {
    expect(lintRule(spunText, text)).toEqual([])
  })
})

describe('spun-text: a fixed phrase with one word swapped for a synonym counts toward the story signal (issue 13 point 3)', () => {
  test('swapped fixed phrases join the other substitutions of a spun story', () => {
    const text = 'The Joined States envoy solely praised the economic system of the island, and the prime parson agreed.'
    expect(lintRule(spunText, text).map((d) => [d.messageId, d.actual])).toEqual([
      ['spunStory', 'Joined States'],
      ['spunStory', 'solely'],
      ['spunStory', 'economic system'],
      ['spunStory', 'prime parson'],
    ])
  })

  test.each([
    // Alone, a swapped pair is never reported: Brown cannot tell every one from good copy.
    'The Joined States envoy praised the harbour.',
    // The fixed phrases themselves, and pairs that only look alike.
    'The United States envoy solely praised the economic system, and the prime minister agreed.',
    'A fresh coat of paint, a raw deal and a new yorker cartoon.',
    // A pair Brown never saw but good copy uses (`vice chair`) only counts in a story spun anyway.
    'The vice chair and the armed forces chief went via the ledger.',
  ])('%s', (text) => {
    expect(lintRule(spunText, text).filter((d) => !['solely', 'economic system'].includes(d.actual))).toEqual([])
  })

  test('an evidence phrase outside its usual next words still counts once the story is spun', () => {
    const spun = 'Officials went via the ledger by way of an audit, solely raising points together with inflation.'
    expect(lintRule(spunText, spun).map((d) => d.actual)).toEqual(['went via', 'by way of', 'solely', 'together with'])
    // It never brings a story to the threshold itself.
    expect(lintRule(spunText, 'Officials went via the ledger, solely raising points together with inflation.')).toEqual([])
  })
})

describe('spun-text: the spun-phrases data', () => {
  test('a damaged file is refused naming its entry', () => {
    expect(() => parseSpunPhrases({ phrases: { 'joined states': 'united' } })).toThrow(/phrases\.joined states/u)
    expect(() => parseSpunPhrases({})).toThrow(/phrases/u)
    expect(parseSpunPhrases({ phrases: { 'joined states': 'united states' } }).get('joined states')).toBe('united states')
  })
})
