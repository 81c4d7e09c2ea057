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
    // a closing glyph opening a paragraph or a sentence, glued or before its space (issue 11)
    ['” Our ferries run at dawn,” the skipper said.', '“Our ferries run at dawn,” the skipper said.'],
    ['”Once the tide turns, we sail,” the skipper said.', '“Once the tide turns, we sail,” the skipper said.'],
    ['The skipper waved. ”Once the tide turns, we sail.”', 'The skipper waved. “Once the tide turns, we sail.”'],
    // two single marks drawn as a double one
    ['“The crossing takes 40 km,’’ the skipper said.', '“The crossing takes 40 km,” the skipper said.'],
    ['‘‘Ferries run at dawn,’’ the port said.', '“Ferries run at dawn,” the port said.'],
    // a mark alone at the end of its paragraph or opening it before a space: its role is certain
    ['The ferry will dock by evening. "', 'The ferry will dock by evening."'],
    ['"The ferry will dock by evening. "\n\nThe crew rested.', '"The ferry will dock by evening."\n\nThe crew rested.'],
    ['“The ferry will dock by evening. “', '“The ferry will dock by evening.”'],
    ['" Ferries run at dawn," the skipper said.', '"Ferries run at dawn," the skipper said.'],
    ['"Ferries run at dawn. " The crew nodded.', '"Ferries run at dawn." The crew nodded.'],
    // a mark glued to the word outside it
    ['“Ferries run at dawn,”the skipper said.', '“Ferries run at dawn,” the skipper said.'],
    ['The skipper said,“Ferries run at dawn.”', 'The skipper said, “Ferries run at dawn.”'],
    // an opening mark glued to the sentence end before it (issue 11)
    ['The skipper waved."Ferries run at dawn," he said.', 'The skipper waved. "Ferries run at dawn," he said.'],
    ['The skipper waved.“Ferries run at dawn,” he said.', 'The skipper waved. “Ferries run at dawn,” he said.'],
    // a closing mark's comma glued to the next word
    ['"Ferries run at dawn",the skipper said.', '"Ferries run at dawn", the skipper said.'],
    ['The skipper spoke of “dawn runs”;then the tide turned.', 'The skipper spoke of “dawn runs”; then the tide turned.'],
    // a quote mark typed twice
    ['The skipper said ""Ferries run at dawn."', 'The skipper said "Ferries run at dawn."'],
    ['The skipper said “Ferries run at dawn.””', 'The skipper said “Ferries run at dawn.”'],
    // stand-ins for quote marks: TeX backticks, primes, acute accents, a lone backtick
    ["The skipper said, ``Ferries run at dawn.''", 'The skipper said, "Ferries run at dawn."'],
    ['The skipper said, ′′Ferries run at dawn.′′', 'The skipper said, "Ferries run at dawn."'],
    ['The skipper said, ´´Ferries run at dawn.´´', 'The skipper said, "Ferries run at dawn."'],
    ['The skipper said, ″Ferries run at dawn.″', 'The skipper said, "Ferries run at dawn."'],
    ["The skipper called it `the dawn run' on Friday.", "The skipper called it 'the dawn run' on Friday."],
    // continental marks in English copy, a right single mark opening a quotation
    ['The mayor said, \u00abWe will rebuild the harbour\u00bb, and left.', 'The mayor said, "We will rebuild the harbour", and left.'],
    ['\u201cWe agree,\u201d she said. The mayor said \u201eWe will rebuild the harbour\u201d and left.', '\u201cWe agree,\u201d she said. The mayor said \u201cWe will rebuild the harbour\u201d and left.'],
    ['\u2019We will rebuild the harbour,\u2019 the mayor said.', '\u2018We will rebuild the harbour,\u2019 the mayor said.'],
    // a quotation opening its paragraph or a sentence in lower case
    ['\u201cwhen the ships come back, we will fish,\u201d he said.', '\u201cWhen the ships come back, we will fish,\u201d he said.'],
    ['The harbour reopened. "a fine day," she said.', 'The harbour reopened. "A fine day," she said.'],
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
    // feet and inches in curly marks
    'The centre is 6’11” tall.',
    // a single closing mark after a plural possessive, and a nested quotation closing
    'She said the “skippers’ ferries” ran late.',
    '“He called it ‘the dawn run’” she said.',
    // an opening mark at the end of a paragraph after a colon: its quotation follows
    'The skipper said: "\n\nFerries run at dawn."',
    // a lower-case word after a spaced mark opening a paragraph: a broken paragraph, not a reversed mark
    '"Ferries run at dawn,\n\n” the skipper said.',
    // Brown's tokenised titles
    'The band played "Who Cares?? " and left.',
    // a double prime after a figure is an inch mark; a backtick inside a word is not a quote mark
    'The pipe is 12″ wide and the beam 9′′ deep.',
    'Run `make` to build it.',
    // mis-decoded dashes end in bytes that read as curly marks: `–` as `â€“`, `—` as `â€”`, twice as `Ã¢â‚¬â€œ`
    'The plan won \u00e2\u20ac\u201c easily \u00e2\u20ac\u201d on Monday, \u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u20ac\u0153 again.',
    // a comma after a closing mark before a space, or before a figure
    '"Ferries run at dawn", the skipper said, "and at dusk".',
    // elisions, decades and possessives with a right single mark
    '\u2019Twas the night the harbour reopened, in the \u201990s.',
    'The members\u2019 union and the port\u2019s board met. Rock \u2019n\u2019 roll played.',
    // a lower-case quotation mid-sentence, or after a paragraph that stops mid-sentence (a broken paragraph)
    'The mayor called it "a fine day" and left.',
    'The union leader said on Monday that the port authority had agreed to resume talks and called it\n\n\u201ca fine day\u201d for the port.',
  ])('%s', (text) => {
    expect(lint(text)).toEqual([])
  })
})
