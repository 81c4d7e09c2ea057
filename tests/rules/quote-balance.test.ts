import { describe, expect, test } from 'vitest'
import rule from '../../rules/quote-balance.js'
import { shapeOf } from '../../src/engine/story/quotes.js'
import { describeDiagnostic, lintRule } from '../helpers.js'

const lint = (text: string) => lintRule(rule, text).map(describeDiagnostic)

describe('fires', () => {
  test.each([
    // straight and curly quotations left open, the next paragraph not reopening
    ['The mayor said, "We will rebuild the harbour.\n\nThe council met on Monday.', ['1:17-1:18 unclosed']],
    ['The mayor said “we will rebuild” and “start in May.\n\nThe council met on Monday.', ['1:38-1:39 unclosed']],
    // a partial quotation must close before the paragraph ends, even if the next one opens (AP)
    ['The union said it “has noted the delay with concern.\n\n“We expect an answer,” it said.', ['1:19-1:20 unclosed']],
    // a curly opening mark while a quotation is open
    ['She said “we will go and “we will stay.” Then she left.', ['1:10-1:11 unclosed']],
    // a closing mark with nothing open
    ['The port will reopen in May.” The council agreed.', ['1:29-1:30 unopened']],
    ['The mayor said "yes" and then no," the clerk said.', ['1:34-1:35 unopened']],
    // a straight closing mark first in its paragraph before a participle that attributes (issue 11)
    ['The ferry will sail at dawn," adding that the tide was high.', ['1:29-1:30 unopened']],
    ['The ferry will sail at dawn", according to the skipper.', ['1:28-1:29 unopened']],
    // a quotation carried on without reopening its paragraph
    ['The mayor said, "We will rebuild the harbour.\n\nIt will take a year," she said.', ['3:1-3:3 continuation']],
    // quoted text runs into an attribution in a cut excerpt: the closing mark was dropped
    ['The mayor said, "We are glad, she said, adding that the port', ['1:17-1:18 unclosed']],
    // mis-decoded curly marks still pair
    // a quotation running on into the next paragraph whose text runs into an attribution
    ['"The ferries run at dawn, the skipper said.\n\n"We sail at six," the mate added.', ['1:1-1:2 unclosed']],
    ['The panel found that \u00e2\u20ac\u0153the port was unsafe.\n\nThe council met.', ['1:22-1:25 unclosed']],
    // a single-quoted quotation (Indian and British copy) left open, the next paragraph not reopening
    ["The minister said, 'We will build the road by June.\n\nThe opposition walked out.", ['1:20-1:21 unclosed']],
    ["'The road opens in June, the minister said.\n\nThe opposition walked out.", ['1:1-1:2 unclosed']],
    // a quotation running on into a paragraph that another speaker says was not closed
    ['"We sail at six," he said. "The tide is high.\n\n"We wait," she said.', ['1:28-1:29 unclosed']],
    ['"We sail at six," said Ana Petrov. "The tide is high.\n\n"We wait," Tom Hale said.', ['1:36-1:37 unclosed']],
    // a quotation that swallowed its attribution: the closing mark belongs before it
    ['"We will rebuild the harbour, the mayor said." Crowds cheered.', ['1:29-1:47 attributionInside']],
    ['\u201cWe will rebuild the harbour by May, Lena Dorvik added.\u201d', ['1:36-1:57 attributionInside']],
  ])('%s', (text, expected) => {
    expect(lint(text).map((d) => d.split(' ').slice(0, 2).join(' '))).toEqual(expected)
  })

  test('a closing mark never opened points to where the quoted words start', () => {
    const [first] = lintRule(rule, 'The ferry was late again. Nobody told us why.” The skipper shrugged.')
    expect(first?.related?.actual).toBe('The')
    const [second] = lintRule(rule, '“We wait,” he said. Nobody told us why.” The skipper shrugged.')
    expect(second?.related?.actual).toBe('he')
  })

  test('a continuation points back to the quotation it carries on', () => {
    const [diagnostic] = lintRule(rule, 'He said, "We will rebuild.\n\nIt will take a year," she said.')
    expect(diagnostic?.related?.actual).toBe('"')
    expect(diagnostic?.related?.line).toBe(1)
  })
})

describe('does not fire', () => {
  test.each([
    // a mis-decoded closing mark that lost its third byte (`â€` then a space) still closes: mojibake reports it
    'The panel said \u00e2\u20ac\u0153the port is unsafe.\u00e2\u20ac The council met.',
    'He said, "Yes."',
    '"Yes," he said. "No," she replied.',
    // news style: every paragraph of a long quotation opens, only the last closes
    '"We will rebuild the harbour.\n\n"It will take a year.\n\n"Then the pier reopens," the mayor said.',
    '“We will rebuild the harbour.\n\n“It will take a year,” the mayor said.',
    // the same speaker carries the quotation on (by name, surname or pronoun)
    '"We sail at six," said Ana Petrov. "The tide is high.\n\n"We wait," Petrov added.',
    '"We sail at six," he said. "The tide is high.\n\n"We wait," the skipper said.',
    // misplaced marks are quote-spacing's business; the pairing still balances
    '"Calm is our aim, "the admiral said. He added: "We are ready ".',
    'She called it “a ‘temporary’ measure,” and left.',
    'The guard is 5\'10" tall, the pipe 12" wide.',
    'The centre is 6’11” tall and the net 3’3” high.',
    "The reforms haven”t reached the port and the city\"s docks.",
    // a straight closing mark first in its paragraph: its opening may be paragraphs above
    'Officials said the talks would go on.\n\nas long as it takes", the envoy said.',
    // mis-decoded dashes (`â€“`, `â€”`, `Ã¢â‚¬â€œ`) are mojibake's, not quote marks
    'The plan won \u00e2\u20ac\u201c easily \u00e2\u20ac\u201d on Monday, \u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u20ac\u0153 again.',
    // a cut excerpt ending inside a quotation proves nothing
    'The mayor said, "We will rebuild the harbour and the',
    // single quotes: closed, closed by a plural possessive's mark, reopened, nested, apostrophes
    "The minister said, 'We will build the road,' and left.",
    "The minister said 'We will build the road for the members' union.",
    "The minister said, 'We will build the road.\n\n'It opens in June,' he added.",
    'He said: “They told us, ‘Wait for June.’ We did.”',
    "Rock 'n' roll in the '90s and 'Tis the season.",
    '',
    // attribution words inside what was said, not after it
    '"I asked him, and he said yes," the mayor said.',
    '"He said so," the mayor said. "Then she said no."',
  ])('%s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

describe('shapeOf', () => {
  test.each([
    [' ', 'W', 'opener'],
    [undefined, 'W', 'opener'],
    [' ', "'", 'weakOpener'],
    ['.', ' ', 'closer'],
    ['e', '.', 'closer'],
    ['e', undefined, 'closer'],
    ['e', ' ', 'weakCloser'],
    [' ', ' ', 'floating'],
    [' ', '.', 'floating'],
    [',', 'W', 'glued'],
  ] as const)('%s " %s is %s', (left, right, shape) => {
    expect(shapeOf(left, right)).toBe(shape)
  })
})
