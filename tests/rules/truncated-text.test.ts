import { describe, expect, test } from 'vitest'
import rule from '../../rules/truncated-text.js'
import { describeDiagnostic, lintRule } from '../helpers.js'

const lint = (text: string, options?: Record<string, unknown>) => lintRule(rule, text, options).map(describeDiagnostic)
const ids = (text: string, options?: Record<string, unknown>) => lintRule(rule, text, options).map((d) => `${d.messageId} ${d.actual}`)

const body = 'Dock workers in Varna Bay returned to work on Monday after a six-day strike over pay.'
const more = 'The harbour master said the first ships would leave on Tuesday.'

describe('cut stories and paragraphs', () => {
  test.each([
    // The story stops mid-sentence.
    [`Port strike ends\n\n${body}\n\nThe union said talks with the port authority on shift patterns and overtime would resume`, 'storyEnd resume'],
    // One paragraph per line, a sentence cut before an unrelated paragraph (the dev corpus case).
    [
      `${body}\nBeyond the strike, the main worry for the port this year has been the new canal at Orrin, where cargo traffic\nOnly one other port handles more grain in the region.`,
      'paragraphEnd traffic',
    ],
    // The same with blank lines between paragraphs.
    [
      `${body}\n\nBeyond the strike, the main worry for the port has been the new canal at Orrin, where cargo traffic\n\nOnly one other port handles more grain in the region.`,
      'paragraphEnd traffic',
    ],
    // Dangling words and commas.
    [`${body}\n\nThe mayor said the money would go to the\n\n${more}`, 'dangling the'],
    [`${body}\n\nThe council will meet on Friday to discuss wages and\n\n${more}`, 'dangling and'],
    [`${body}\n\nThe strike was the longest in the history of\n\n${more}`, 'dangling of'],
    // A sentence's first word left after a whole sentence (issue 11).
    [`${body}\n\n${more} Crews had waited at anchor for a week. But\n\n${more}`, 'dangling But'],
    [`${body}\n\n${more} Crews had waited at anchor for a week. In`, 'dangling In'],
    // Points after a word no sentence ends on, in a short paragraph.
    [`${body}\n\nHeating is ...\n\n${more}`, 'cutMarker ...'],
    [`${body}\n\nThe union, which represents most dock workers,`, 'dangling workers,'],
    // Feed cut markers.
    [`${body}\n\nThe council will meet on Friday to discuss wages...\n\n${more}`, 'cutMarker wages...'],
    [`${body}\n\nThe council will meet on Friday to discuss wages and the…`, 'cutMarker the…'],
    [`${body}\n\nThe council will meet on Friday to discuss wages […]`, 'cutMarker […]'],
    [`${body}\n\nThe council will meet on Friday to discuss wages [...]`, 'cutMarker [...]'],
    [`${body}\n\nThe council will meet on Friday to discuss wages (more)`, 'cutMarker (more)'],
    // issue 11: two points for a cut, and a bare figure where a unit or the rest of the sentence is due
    [`${body}\n\nThe council will meet on Friday to discuss wages and the..\n\n${more}`, 'cutMarker the..'],
    [`${body}\n\nThe union said its members would be paid overtime from..`, 'cutMarker from..'],
    [`${body}\n\nThe port said the number of ships waiting at anchor had fallen to 14\n\n${more}`, 'paragraphEnd 14'],
    [`${body}\n\nThe union said the share of members who voted for the deal stood at 62`, 'storyEnd 62'],
    [`${body}\n\nThe union said the new pier, which the port began in 2019, would cost Rs 4`, 'storyEnd 4'],
    // A last paragraph far shorter than a sentence.
    [`${body}\n\nThe`, 'fragment The'],
    [`${body}\n\nHe said`, 'fragment He said'],
    [`${body}\n\nIn the`, 'fragment In the'],
    // A paragraph that lost its first letters.
    [`Port strike ends\n\n${body}\n\nfficials in Varna Bay said the first ships would leave on Tuesday.`, 'lostStart fficials'],
    // A cut marker in a first paragraph that holds a whole sentence first: a lede, not a teaser.
    [`Dock workers in Varna Bay returned to work on Monday. The union said the vote was…\n\n${body}`, 'cutMarker was…'],
  ])('fires: %s', (text, expected) => {
    expect(ids(text)).toEqual([expected])
  })

  test('positions point at the last word of the cut sentence', () => {
    expect(lint(`${body}\nThe port has been busy since the canal at Orrin opened in 2019, when cargo traffic through the strait\nOnly one other port handles more grain.`)).toEqual([
      '2:96-2:102 paragraphEnd Unexpected paragraph end mid-sentence after `strait`, restore the missing text',
    ])
  })
})

describe('legitimate endings without punctuation', () => {
  test.each([
    // Headline, deck, dateline and byline before the body.
    `Port strike ends after six days as dock workers in Varna Bay accept the new pay offer from the authority\n\nBy Ana Petrov\n\nVARNA BAY, May 3\n\n${body}`,
    `Port strike ends\n\nDock workers accept a new pay offer from the port authority after six days of talks in the city centre\n\n${body}`,
    // A repeated headline in the body.
    `Port strike ends as dock workers in Varna Bay accept the pay offer from the authority\n\n${body}\n\nPort strike ends as dock workers in Varna Bay accept the pay offer from the authority\n\n${more}`,
    // Subheads, on their own or glued to a paragraph's end.
    `${body}\n\nBudget cuts\n\n${more}`,
    `${body}\n\nWAGES RISE\n\n${more}`,
    `${body} Shipping lines wait for the first sailings of the week\n\n${more}`,
    // Lists: after a colon, with bullets, or as a run of unpunctuated lines.
    `${body}\n\nThe agreement includes:\n\nA pay rise of four percent for all dock workers from the start of the next financial year\n\nTwo extra rest days for night shifts in the container terminal and the grain terminal at Orrin\n\n${more}`,
    `${body}\n- a pay rise of four percent for all dock workers from the start of the next financial year\n- two extra rest days for night shifts\n${more}`,
    `${body}\n\n• A pay rise of four percent for all dock workers from the start of the next year\n• Two extra rest days`,
    // Quotes, brackets and dashes.
    `${body}\n\n"We will be back at work tomorrow, and we will stay there"\n\n${more}`,
    `${body}\n\nThe strike cost the port about 2 million crowns a day (the authority's estimate)\n\n${more}`,
    `${body}\n\nThe deal covers three terminals —\n\n${more}`,
    // Credit lines, label lines and links at the end.
    `${body}\n\nReporting by Ana Petrov; Editing by Tom Hale and Lina Berg in the Varna Bay newsroom`,
    `${body}\n\nRead more…`,
    `${body}\n\nRelated: Dockers in Orrin vote on a strike over pay and shift patterns next month`,
    `${body}\n\nGive Feedback`,
    `${body}\n\n(WNA)`,
    // Related headlines appended at the end.
    `${body}\n\nDockers in Orrin vote on strike over pay and shift patterns at the grain terminal\nFerry operator cuts routes to the islands after fuel prices rise for the third month`,
    // A teaser headline and a doubled period after `etc`.
    `Rains lash the coast again as ferries stay in port...\n\n${body}`,
    `${body}\n\nThe strikers asked for water, food, blankets etc...\n\n${more}`,
    // issue 11 near misses: a doubled point after an abbreviation; figures in lists, tables and labels
    `${body}\n\nThe ships will sail on to the U.S..\n\n${more}`,
    `${body}\n\nShips waiting: 14\n\n${more}`,
    `${body}\n\nGrain ships in port on Monday 14\nContainer ships in port on Monday 9\n\n${more}`,
    `${body}\n\nThe dock was built in 1904 and rebuilt in 1962\n\nShips in port | 14`,
    `Port strike ends\n\nThe strike by dock workers at Varna Bay ends after day 6\n\n${body}`,
    // Ellipsis inside a quotation.
    `${body}\n\n"We will see what happens..."`,
    // Hard-wrapped prose: lines end mid-sentence and the paragraph ends properly.
    'Dock workers in Varna Bay returned to work on Monday after a six-day\nstrike over pay, the union said, and the port authority said the first\nships would leave on Tuesday.\n\nThe harbour master agreed.',
    // Lower-case starts that are not lost letters.
    `${body}\n\nThe union wrote:\n\nmembers will vote on the offer again in June, the letter said.`,
    `${body}\n\niPhone sales at the port shop fell by half during the strike, the manager said.`,
    `${body}\n\nvan Dijk, the union leader, said the vote was close and fair.`,
    // A headline teaser with a cut marker.
    `The port strike ends, but for how long…\n\n${body}`,
  ])('does not fire: %s', (text) => {
    expect(lint(text)).toEqual([])
  })

  test('a paragraph break inside a sentence (next paragraph in lower case) is not a cut', () => {
    expect(lint(`${body}\n\nThe union said the talks on shift patterns and overtime at the grain terminal\n\nwould resume on Friday.`)).toEqual([])
  })

  test('storyEnd: false leaves the end of the story alone, but not the middle', () => {
    const cut = `${body}\n\nThe union said talks with the port authority on shift patterns and overtime would resume`
    expect(lint(cut, { storyEnd: false })).toEqual([])
    expect(ids(`${body}\n\nThe mayor said the money would go to the\n\n${more}`, { storyEnd: false })).toEqual(['dangling the'])
  })
})
