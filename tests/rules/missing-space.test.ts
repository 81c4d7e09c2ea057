import { describe, expect, test } from 'vitest'
import rule from '../../rules/missing-space.js'
import { describeDiagnostic, fixRule, lintRule } from '../helpers.js'

const lint = (text: string, options?: Record<string, unknown>) => lintRule(rule, text, options).map(describeDiagnostic)

describe('fixes a missing space after a mark or before a bracket', () => {
  test.each([
    ['The ferry crews,who had waited,went home.', 'The ferry crews, who had waited, went home.'],
    ['Turnout was 61%and rising; the count went on.', 'Turnout was 61% and rising; the count went on.'],
    ['The board (HPA)voted to reopen the pier.', 'The board (HPA) voted to reopen the pier.'],
    ['Mosaddek Lowe (44)steadied the innings.', 'Mosaddek Lowe (44) steadied the innings.'],
    ['The mayor came to one conclusion,according to aides.', 'The mayor came to one conclusion, according to aides.'],
    ['The strike ended;crews returned to the docks.', 'The strike ended; crews returned to the docks.'],
    ['The mayor said:the pier reopens in May.', 'The mayor said: the pier reopens in May.'],
    ['Photo:Harbor Authority', 'Photo: Harbor Authority'],
    ['Senator Vole (R)said nothing.', 'Senator Vole (R) said nothing.'],
    ['See notes.docx,then call.', 'See notes.docx, then call.'],
    ['Votes for the SNP,Labour and the Greens rose.', 'Votes for the SNP, Labour and the Greens rose.'],
    ['\u201cIt is over,\u201dshe said.', '\u201cIt is over,\u201d she said.'],
    ['The mayor said it was over.\u201dCrowds left.', 'The mayor said it was over.\u201d Crowds left.'],
    ['"It is over,"she said.', '"It is over," she said.'],
    ['Shares rose in 2023,the report said.', 'Shares rose in 2023, the report said.'],
    ['Crews resume on Thursday(Revised) at the pier.', 'Crews resume on Thursday (Revised) at the pier.'],
    ['The fine for a Level Crossing(due to negligence) rose.', 'The fine for a Level Crossing (due to negligence) rose.'],
  ])('%s', (text, output) => {
    expect(lint(text).length).toBeGreaterThan(0)
    expect(fixRule(rule, text)).toBe(output)
    expect(lint(output)).toEqual([])
  })
})

describe('glued words are suggested, not fixed', () => {
  test.each([
    ['The coach was calledin after the match.', 'calledin', 'called in'],
    ['Interest incricket\'s shorter format grew.', 'incricket', 'in cricket'],
    ['Fares rose at theend of the month.', 'theend', 'the end'],
    ['Rates were set asdefined by the board.', 'asdefined', 'as defined'],
    ['The payout was five lakhonly, officials said.', 'lakhonly', 'lakh only'],
    ['Most ofthe crews went home.', 'ofthe', 'of the'],
    ['The ferry wasnot late on Monday.', 'wasnot', 'was not'],
    ['Repairs to theRailways bridge began.', 'theRailways', 'the Railways'],
    ['A grant of FiveThousand rupees was paid.', 'FiveThousand', 'Five Thousand'],
    ['The fee is one lakhFifty thousand.', 'lakhFifty', 'lakh Fifty'],
    // found with the dictionary (issue 12): a function word or a modifier glued to a word
    ['In this ageof ferries fares fell.', 'ageof', 'age of'],
    ['The mayor said ifpeople asked, the pier would open.', 'ifpeople', 'if people'],
    ['It was abigger ship than the last.', 'abigger', 'a bigger'],
    ['The crowd gave a mostattentive hearing.', 'mostattentive', 'most attentive'],
    ['The pier was completelyrebuilt last year.', 'completelyrebuilt', 'completely rebuilt'],
    // a rarer first word whose shape opens no compound: a plural, a participle, a number word, a function word after it
    ['Market ownerswork six days a week.', 'ownerswork', 'owners work'],
    ['The ferry sank two yearsago near the pier.', 'yearsago', 'years ago'],
    ['He triedagain and failed.', 'triedagain', 'tried again'],
    ['To almost twogenerations of sailors the pier was home.', 'twogenerations', 'two generations'],
    ['The rebelsmay try again.', 'rebelsmay', 'rebels may'],
  ])('%s', (text, actual, expected) => {
    expect(lint(text)).toEqual([expect.stringContaining(`glued Unexpected glued words \`${actual}\`, expected \`${expected}\``)])
    expect(fixRule(rule, text)).toBe(text)
  })

  test('gluedWords: false turns the word check off', () => {
    expect(lint('The coach was calledin after the match.', { gluedWords: false })).toEqual([])
  })
})

describe('does not fire', () => {
  test.each([
    // numbers, times, decimals, tickers
    'Inflation rose 3.5% to 1,000.5 points at 10:30 a.m., then 4:15 p.m.',
    'Shares of Pell (PELL.O) and BRV.N rose; NYSE:IBM and TSE:7203 fell.',
    'The score was 3:1 and the ratio 2,5 in some countries.',
    // web and e-mail addresses, file names, entities, styles
    'Mail desk@norvale.org,or see https://norvale.in/a,b and www.norvale.gov.in today.',
    'The file report.PDF and notes.docx were sent.',
    'The page said &nbsp;hello and color:red;font-size:12px in its style.',
    'Tags:harbour,ferry,strike',
    // quote marks: an opening quote glued after a comma, an apostrophe, capitals before a comma
    'She said,"the pier is shut," and left; it haven\u201dt mattered to the UK,US talks.',
    // brackets: plurals, party names, emoticons, functions
    'The member(s) of Congress(I) and Product(RED) met; f(x)dx was fine :)ok.',
    // real words a split would take for glued words
    'The cabin often had income from the island; the online onboarding forum was together.',
    'He went into town, whereas the heroin seizure was therefore made onshore.',
    'The login and checkin pages, a plugin and the lockdown ongoing since May.',
    // new compounds of two nouns, prefixes and suffixes on a word are not glued words
    'Crews met in the clubrooms near the woodsmoke; the antimonopoly office fought petty nationalisms.',
    'The newsmakers, wildfires, landslides, heatwaves, floodwaters, peacekeepers and policymakers were in the news.',
    'The tehsildar and the panchayats met jawans at the gurdwaras, and sarpanches held dharnas.',
    // names, hashtags, handles, capitalised words
    'Newcastle, Churchill, Washington and Fairfield backed #inthemoment and @ofthepeople.',
    'The iPhone, eBay, YouTube, BlackRock and JPMorgan posts stayed.',
    // dialect and a cut-off last word
    '"Ye must be countin\' the echoes," he said.',
    'The gold council is launchin',
  ])('%s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

describe('positions', () => {
  test('a glued word with a possessive is reported without it', () => {
    expect(lint("Interest incricket's shorter format grew.")).toEqual([
      "1:10-1:19 glued Unexpected glued words `incricket`, expected `in cricket`",
    ])
  })
  test('a bracket glued to a word is reported up to the end of the next word', () => {
    expect(lint('Crews resume on Thursday(Revised) at the pier.')).toEqual([
      '1:17-1:33 beforeBracket Unexpected missing space before `(` in `Thursday(Revised`, expected `Thursday (Revised`',
    ])
  })
})
