import { parseRuleOptions } from '../../src/config/resolve.js'
import { describe, expect, test } from 'vitest'
import rule from '../../rules/write-good.js'
import { describeDiagnostic, lintRule } from '../helpers.js'

const found = (text: string, options?: Readonly<Record<string, unknown>>) => lintRule(rule, text, options).map(describeDiagnostic)

describe('write-good', () => {
  test('metadata: info, style, off in recommended, no fix', () => {
    expect(rule.meta).toMatchObject({ severity: 'info', kind: 'style', recommended: false, fix: 'none', category: 'style' })
  })

  test.each([
    'The council closed the bridge on Monday.',
    'Crews finished the runway at night.',
    // illusion is off: repeated words belong to repeated-words
    'Officials said the the talks would resume.',
    // direct quotations are never checked (style rule)
    '"There is a very clear plan in order to win," the mayor said.',
    '“So it was decided,” she said.',
    // `too few` is not a weasel word
    'Ports had too few drivers.',
    // a sentence containing "so" later is fine
    'The port grew, so the city hired pilots.',
  ])('does not fire: %s', (text) => {
    expect(found(text)).toEqual([])
  })

  test.each([
    ['A new pier was built last year.', ['1:12-1:21 passive Unexpected passive voice `was built`, use the active voice']],
    ['Several ferries left.', ['1:1-1:8 weasel Unexpected weasel word `Several`, remove it or be specific']],
    ['The tug just left.', ['1:9-1:13 adverb Unexpected adverb `just`, remove it or use a stronger word']],
    ['They met with respect to tariffs.', ['1:10-1:25 tooWordy Unexpected wordy phrase `with respect to`, use a shorter one']],
    ['The pilot arrived in the nick of time.', ['1:19-1:38 cliches Unexpected cliché `in the nick of time`, say it plainly']],
    ['So the ferry sailed.', ['1:1-1:3 so Unexpected `So` opening a sentence, remove it']],
    ['There is a storm.', ['1:1-1:9 thereIs Unexpected `There is` opening a sentence, start with the subject']],
    // several spaces before a sentence (write-good reports the span one space early)
    ['The port shut.   So crews left.   There are no ships.', [
      '1:18-1:20 so Unexpected `So` opening a sentence, remove it',
      '1:35-1:44 thereIs Unexpected `There are` opening a sentence, start with the subject',
    ]],
    // hard-wrapped copy: the paragraph is checked as one line, positions map back
    ['The old pier\nwas\nbuilt in 1901.', ['2:1-3:6 passive Unexpected passive voice `was\nbuilt`, use the active voice']],
    // every paragraph, with positions from the story start
    ['The tug left.\n\nA new pier was built.', ['3:12-3:21 passive Unexpected passive voice `was built`, use the active voice']],
    // outside a quotation in the same paragraph
    ['"We left," said the pilot, who was very tired.', ['1:36-1:40 weasel Unexpected weasel word `very`, remove it or be specific']],
    // a word two checks flag is reported once, by the earlier check
    ['The plan was completely new.', ['1:14-1:24 weasel Unexpected weasel word `completely`, remove it or be specific']],
  ])('fires: %s', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  test('options: checks turn single checks on and off', () => {
    expect(found('A new pier was built.', { checks: { passive: false } })).toEqual([])
    expect(found('The plan was completely new.', { checks: { weasel: false } })).toEqual([
      '1:14-1:24 adverb Unexpected adverb `completely`, remove it or use a stronger word',
    ])
    expect(found('The pier is old.')).toEqual([])
    expect(found('The pier is old.', { checks: { eprime: true } })).toEqual(['1:10-1:12 eprime Unexpected form of to be `is`, use another verb'])
    expect(() => parseRuleOptions(rule, { checks: { illusion: true } })).toThrow()
  })

  test('weasel words', () => {
    expect(found('Ports had few drivers.')).toEqual(['1:11-1:14 weasel Unexpected weasel word `few`, remove it or be specific'])
  })

  test('a finding at offset 0 is kept (write-good whitelist bug not used)', () => {
    expect(found('Very few ships came.').map((d) => d.slice(0, 7))).toContain('1:1-1:5')
  })

  test('allow drops a finding', () => {
    expect(found('A new pier was built.', { allow: ['was built'] })).toEqual([])
  })
})
