import { describe, expect, test } from 'vitest'
import rule from '../../rules/quote-spacing.js'
import { describeDiagnostic, fixRule, lintRule } from '../helpers.js'

const lint = (text: string) => lintRule(rule, text).map(describeDiagnostic)

describe('fixes', () => {
  test.each([
    // closing mark on the wrong side of its space
    ['"We will rebuild the harbour, "the mayor said on Monday.', '"We will rebuild the harbour," the mayor said on Monday.'],
    ['"We will rebuild the harbour, " the mayor said.', '"We will rebuild the harbour," the mayor said.'],
    ['The mayor said: "The harbour is safe ".', 'The mayor said: "The harbour is safe."'],
    ['The mayor said: "The harbour is safe ", and left.', 'The mayor said: "The harbour is safe," and left.'],
    ['The mayor said: “The harbour is safe ”.', 'The mayor said: “The harbour is safe.”'],
    // opening mark on the wrong side of its space
    ['The mayor said, " We will rebuild."', 'The mayor said, "We will rebuild."'],
    ['The mayor said," We will rebuild."', 'The mayor said, "We will rebuild."'],
    // both in one paragraph, as in the seed story
    [
      '"Peace is our goal. The harbour should be an island of calm, "the admiral said. He added: "We are ready to help our neighbours ".',
      '"Peace is our goal. The harbour should be an island of calm," the admiral said. He added: "We are ready to help our neighbours."',
    ],
    // doubled apostrophes, straight and in curly copy
    ["They marked ''50 years of the port'' on Friday.", 'They marked "50 years of the port" on Friday.'],
    ["She said “yes” to ''50 years of the port''.", 'She said “yes” to “50 years of the port”.'],
    // reversed and mixed glyphs, apostrophes
    ['Critics spoke of ”vote bank politics” in Norvale.', 'Critics spoke of “vote bank politics” in Norvale.'],
    ['“It is done“, she said, and “we are glad”.', '“It is done”, she said, and “we are glad”.'],
    ['"We will go,” he said, “and stay."', '“We will go,” he said, “and stay.”'],
    ['The port”s cranes and the city"s docks haven"t moved.', 'The port’s cranes and the city\'s docks haven\'t moved.'],
  ])('%s', (text, output) => {
    expect(lint(text).length).toBeGreaterThan(0)
    expect(fixRule(rule, text)).toBe(output)
    expect(lint(output)).toEqual([])
  })
})

describe('positions and messages', () => {
  test('flags the closing mark with the words around it', () => {
    expect(lint('"Calm is our aim, "the admiral said.')).toEqual([
      '1:14-1:23 spaceBeforeClosing Unexpected space before closing quote mark in `aim, "the`, expected `aim," the`',
    ])
  })

  test('hard-wrapped copy is paired across the line break', () => {
    expect(lint('"Calm is our aim,\n"the admiral said.')).toEqual([
      '1:14-2:5 spaceBeforeClosing Unexpected space before closing quote mark in `aim,\n"the`, expected `aim," the`',
    ])
  })
})

describe('does not fire', () => {
  test.each([
    'He said, "Yes."',
    '"Yes," he said.',
    '"Yes," he said. "No," she replied. "Maybe."',
    'She called it “a ‘temporary’ measure,” and left.',
    '"He told me \'never again,\'" she said.',
    'The guard is 5\'10" tall, the pipe 12" wide.',
    'The scores were 6-4, 7-5 and the "best of three".',
    // a quotation running over paragraphs: opened in each, closed in the last
    '"We will rebuild the harbour.\n\n"It will take a year," the mayor said.',
    // an unbalanced paragraph: pairing is not trusted (quote-balance reports it)
    'The mayor said, "We will rebuild. The council "agreed on Monday.',
    // two conflicting marks: nested double quotes, roles not trusted
    '"He called it "the best plan" we had," she said.',
    // a full stop then a capital: a lost closing mark or a new quotation, not a misplaced one
    '"The plan is set. "The vote is next," he said.',
    // tokenised corpora put a closing mark after a space at the end
    '"Where is it?? "',
    // markup
    '<img alt="Harbour at dusk" width="976">',
    "Rock 'n' roll and the boys' bikes stayed.",
  ])('%s', (text) => {
    expect(lint(text)).toEqual([])
  })
})
